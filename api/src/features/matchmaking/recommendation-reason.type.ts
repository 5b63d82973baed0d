import { RecommendationReasonKind } from '@tt/shared/matchmaking-enums';
import { Field, Int, ObjectType } from 'type-graphql';
import { SectorType } from '../institutions/sector.type.js';
import type { RecommendationReasonRecord } from './recommendation-reasons.js';

@ObjectType('RecommendationReason', {
  simpleResolvers: true,
  description:
    'Why a listing is recommended, or a company proposed: the data it cites (the fields of its kind; the others are null). Clients word it',
})
export class RecommendationReasonType implements RecommendationReasonRecord {
  @Field(() => RecommendationReasonKind)
  kind!: RecommendationReasonKind;

  @Field(() => String, {
    nullable: true,
    description:
      "REQUEST: the open request the listing matches; TRL_RANGE: the request whose range it is (when it is one's)",
  })
  requestTitle!: string | null;

  @Field(() => String, { nullable: true })
  requestSlug!: string | null;

  @Field(() => SectorType, { nullable: true, description: "SECTOR: the company's sector the listing falls under" })
  sector!: SectorType | null;

  @Field(() => Int, { nullable: true, description: "TRL_RANGE: the listing's TRL" })
  trl!: number | null;

  @Field(() => Int, { nullable: true, description: 'TRL_RANGE: the range it lies in' })
  trlMin!: number | null;

  @Field(() => Int, { nullable: true })
  trlMax!: number | null;

  @Field(() => String, { nullable: true, description: "INTEREST: the company's interest the listing's text holds" })
  term!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SIMILAR_TO_INTEREST: the listing the company showed interest in, titled in the request language',
  })
  listingTitle!: string | null;

  @Field(() => String, { nullable: true })
  listingSlug!: string | null;
}

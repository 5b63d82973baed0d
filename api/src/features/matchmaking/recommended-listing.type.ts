import { Field, Float, ObjectType } from 'type-graphql';
import { AssetType } from '../catalogue/asset.type.js';
import { RecommendationReasonType } from './recommendation-reason.type.js';
import type { RecommendedListingRecord } from './recommendations.service.js';

@ObjectType('RecommendedListing', {
  simpleResolvers: true,
  description: 'A published listing recommended to the viewer’s company, with why',
})
export class RecommendedListingType implements RecommendedListingRecord {
  @Field(() => AssetType)
  listing!: AssetType;

  @Field(() => Float, { description: 'Higher is a better match (only the order means something)' })
  score!: number;

  @Field(() => [RecommendationReasonType])
  reasons!: RecommendationReasonType[];
}

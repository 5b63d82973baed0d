import { Field, Float, ObjectType } from 'type-graphql';
import { CompanyType } from '../partners/company.type.js';
import type { RecommendedCompanyRecord } from './companies-to-approach.service.js';
import { RecommendationReasonType } from './recommendation-reason.type.js';

@ObjectType('RecommendedCompany', {
  simpleResolvers: true,
  description: 'A company the office could approach about one of its listings, with why (office only)',
})
export class RecommendedCompanyType implements RecommendedCompanyRecord {
  @Field(() => CompanyType)
  company!: CompanyType;

  @Field(() => Float, { description: 'Higher is a better match (only the order means something)' })
  score!: number;

  @Field(() => [RecommendationReasonType])
  reasons!: RecommendationReasonType[];

  @Field(() => Date, { nullable: true, description: 'When it was last invited to look at the listing, if ever' })
  invitedAt!: Date | null;
}

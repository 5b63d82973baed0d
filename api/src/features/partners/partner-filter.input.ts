import { CompanySize } from '@tt/shared/company-enums';
import { Field, InputType } from 'type-graphql';

@InputType('PartnerFilter')
export class PartnerFilterInput {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes' })
  countries?: string[];

  @Field(() => [CompanySize], { nullable: true })
  sizes?: CompanySize[];

  @Field(() => [String], { nullable: true, description: 'Sector slugs; children included' })
  sectors?: string[];
}

import { CompanySize } from '@tt/shared/company-enums';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('UpdateCompanyProfileInput', {
  description:
    "A member edits their own company's profile (companyId left out); an administrator names the company. Only the fields given change; null clears website and city.",
})
export class UpdateCompanyProfileInput {
  @Field(() => ID, { nullable: true, description: 'Administrators only; members edit their own company' })
  companyId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => CompanySize, { nullable: true })
  size?: CompanySize | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'In Italian; empty until written' })
  descriptionIt?: string | null;

  @Field(() => [String], { nullable: true, description: 'What the company looks for, a few words each' })
  interests?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Sector and therapeutic-area slugs' })
  sectors?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The lowest TRL the company takes on (1–9); given with trlMax, both null to say none',
  })
  trlMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'The highest TRL the company takes on (1–9, at least trlMin)' })
  trlMax?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "The public partner directory. From a member, true asks to be listed (an administrator or an officer decides: see Company.listingRequestedAt) and false leaves it at once, withdrawing any request; an administrator's value is the decision.",
  })
  listed?: boolean | null;
}

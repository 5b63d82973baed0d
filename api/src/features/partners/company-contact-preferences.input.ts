import { PARTNER_LIMITS } from '@tt/shared/partner-rules';
import { Field, ID, InputType } from 'type-graphql';
import { TextLimit } from '../../schema/text-input.js';
import type { ContactPreferencesInput } from './company-contact-preferences.service.js';

@InputType('CompanyContactPersonInput')
export class CompanyContactPersonInput {
  @Field(() => ID, { description: 'A member of your company' })
  userId!: string;

  @Field({ description: "By e-mail, at their account's address" })
  byEmail!: boolean;

  @Field(() => String, { nullable: true, description: 'By phone, at this number' })
  @TextLimit({ max: PARTNER_LIMITS.contactPhoneMax, singleLine: true })
  phone?: string | null;
}

@InputType('SetCompanyContactPreferencesInput', {
  description: "A member says who of the company's people the institutes may contact, and how (replaces it all)",
})
export class SetCompanyContactPreferencesInput implements ContactPreferencesInput {
  @Field({ description: '"How to reach us"' })
  @TextLimit({ max: PARTNER_LIMITS.contactNoteMax })
  note!: string;

  @Field(() => [CompanyContactPersonInput])
  people!: CompanyContactPersonInput[];
}

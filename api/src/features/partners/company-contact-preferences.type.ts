import { Language } from '@tt/shared/languages';
import { Field, ID, ObjectType } from 'type-graphql';
import type { ContactPersonRecord, ContactPreferencesRecord } from './company-contact-preferences.service.js';

@ObjectType('CompanyContactPerson', { description: 'Someone at the company the institutes may contact, and how' })
export class CompanyContactPersonType implements ContactPersonRecord {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Their address, when they may be e-mailed' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'The number to call, when they may be phoned' })
  phone!: string | null;
}

@ObjectType('CompanyContactPreferences', {
  description: "Who at the company the institutes' offices may contact and how: for its members and the offices",
})
export class CompanyContactPreferencesType implements ContactPreferencesRecord {
  @Field({ description: '"How to reach us", in the company\'s words' })
  note!: string;

  @Field(() => Language, { description: 'The language the note was written in' })
  noteLanguage!: Language;

  @Field(() => [CompanyContactPersonType])
  people!: CompanyContactPersonType[];
}

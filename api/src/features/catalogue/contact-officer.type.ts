import { Language } from '@tt/shared/languages';
import { Field, ObjectType } from 'type-graphql';
import type { ContactOfficerRecord } from './asset-records.js';

@ObjectType('ContactOfficer', {
  simpleResolvers: true,
  description: "The officer who handles a listing; reached through the office's mailbox",
})
export class ContactOfficerType implements ContactOfficerRecord {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Language, { description: 'The language the title was written in' })
  titleLanguage!: Language;
}

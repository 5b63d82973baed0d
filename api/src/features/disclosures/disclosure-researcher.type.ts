import { Field, ID, ObjectType } from 'type-graphql';
import type { DisclosureResearcherRecord } from './disclosure-records.js';

// No `id`: the same person is on several disclosures, and `isCreator` differs between them.
@ObjectType('DisclosureResearcher', {
  description: 'A researcher account on a disclosure: sees it, edits its drafts and answers the office',
})
export class DisclosureResearcherType implements DisclosureResearcherRecord {
  @Field(() => ID, { description: 'The global id of the User' })
  userId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field({ description: 'Started the disclosure: only the office can take them off it' })
  isCreator!: boolean;
}

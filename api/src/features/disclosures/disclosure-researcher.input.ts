import { Field, ID, InputType } from 'type-graphql';
import { EMAIL_TEXT, TextLimit } from '../../schema/text-input.js';
import type {
  AddDisclosureResearcherFields,
  RemoveDisclosureResearcherFields,
} from './disclosure-researcher.service.js';

@InputType('AddDisclosureResearcherInput')
export class AddDisclosureResearcherInput implements AddDisclosureResearcherFields {
  @Field(() => ID)
  disclosureId!: string;

  @TextLimit(EMAIL_TEXT)
  @Field({ description: "The e-mail of a researcher account of the disclosure's institute" })
  email!: string;
}

@InputType('RemoveDisclosureResearcherInput')
export class RemoveDisclosureResearcherInput implements RemoveDisclosureResearcherFields {
  @Field(() => ID)
  disclosureId!: string;

  @Field(() => ID, { description: 'The User to take off the disclosure' })
  userId!: string;
}

import { Field, ID, InputType } from 'type-graphql';
import { EMAIL_TEXT, TextLimit } from '../../schema/text-input.js';

@InputType('AddDisclosureResearcherInput')
export class AddDisclosureResearcherInput {
  @Field(() => ID)
  disclosureId!: string;

  @TextLimit(EMAIL_TEXT)
  @Field({ description: "The e-mail of a researcher account of the disclosure's institute" })
  email!: string;
}

@InputType('RemoveDisclosureResearcherInput')
export class RemoveDisclosureResearcherInput {
  @Field(() => ID)
  disclosureId!: string;

  @Field(() => ID, { description: 'The User to take off the disclosure' })
  userId!: string;
}

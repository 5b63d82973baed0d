import { Field, ID, InputType } from 'type-graphql';

@InputType('ReviewDirectoryListingInput', {
  description: "An administrator's or an officer's answer to a company's request to be listed in the directory",
})
export class ReviewDirectoryListingInput {
  @Field(() => ID)
  companyId!: string;

  @Field({ description: 'true lists the company at once; false declines, and it stays out of the directory' })
  approve!: boolean;
}

import { Field, ID, InputType } from 'type-graphql';

@InputType('MoveCompanyMemberInput', {
  description: 'Moves a company member to another company; their EoIs stay with the company that sent them',
})
export class MoveCompanyMemberInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID, { description: 'The company they move to' })
  companyId!: string;
}

@InputType('MergeCompaniesInput', { description: 'Merges a duplicate company into another one' })
export class MergeCompaniesInput {
  @Field(() => ID, { description: 'The duplicate: everything of it moves to the target, then it is deleted' })
  sourceId!: string;

  @Field(() => ID, { description: 'The company that stays' })
  targetId!: string;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { UserType } from '../features/accounts/user.type.js';
import { PageInfoType } from './page-info.type.js';

@ObjectType('UserEdge')
export class UserEdgeType {
  @Field()
  cursor!: string;

  @Field(() => UserType)
  node!: UserType;
}

@ObjectType('UserConnection')
export class UserConnectionType {
  @Field(() => [UserEdgeType])
  edges!: UserEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;
}

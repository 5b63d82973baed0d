import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfoType } from '../../pagination/page-info.type.js';
import { UserType } from '../accounts/user.type.js';

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

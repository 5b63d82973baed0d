import { Field, ObjectType } from 'type-graphql';
import { UserType } from './user.type.js';

@ObjectType('Viewer', { description: 'The signed-in user and what belongs to them' })
export class ViewerType {
  userId!: number;

  @Field(() => UserType)
  user!: UserType;
}

import { Field, ObjectType } from 'type-graphql';
import { ExpressionOfInterestType } from './expression-of-interest.type.js';
import { UserErrorType } from './user-error.type.js';

@ObjectType('ExpressionOfInterestPayload')
export class ExpressionOfInterestPayloadType {
  @Field(() => ExpressionOfInterestType, { nullable: true })
  expressionOfInterest!: ExpressionOfInterestType | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

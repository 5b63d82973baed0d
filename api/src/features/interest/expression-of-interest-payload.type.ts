import { Field, ObjectType } from 'type-graphql';
import { UserErrorType } from '../../schema/user-error.type.js';
import { ExpressionOfInterestType } from './expression-of-interest.type.js';

@ObjectType('ExpressionOfInterestPayload')
export class ExpressionOfInterestPayloadType {
  @Field(() => ExpressionOfInterestType, { nullable: true })
  expressionOfInterest!: ExpressionOfInterestType | null;

  @Field(() => [UserErrorType])
  errors!: UserErrorType[];
}

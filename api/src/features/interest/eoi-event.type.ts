import { Field, ObjectType } from 'type-graphql';
import { ExpressionOfInterestType } from './expression-of-interest.type.js';

@ObjectType('ExpressionOfInterestEvent', { description: 'Something happened to an EoI the viewer may see' })
export class ExpressionOfInterestEventType {
  @Field({ description: 'CREATED, UPDATED (status, assignee, priority) or MESSAGE' })
  kind!: string;

  @Field(() => ExpressionOfInterestType)
  expressionOfInterest!: ExpressionOfInterestType;
}

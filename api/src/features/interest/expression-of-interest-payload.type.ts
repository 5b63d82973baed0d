import { ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { ExpressionOfInterestType } from './expression-of-interest.type.js';

@ObjectType('ExpressionOfInterestPayload')
export class ExpressionOfInterestPayloadType extends PayloadType(
  'expressionOfInterest',
  () => ExpressionOfInterestType,
) {}

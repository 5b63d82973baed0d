import { ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { AgreementGqlType } from './agreement.type.js';

@ObjectType('AgreementPayload')
export class AgreementPayloadType extends PayloadType('agreement', () => AgreementGqlType) {}

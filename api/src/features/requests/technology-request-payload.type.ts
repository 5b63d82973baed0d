import { ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { RequestProposalType, RequestResponseType } from './request-response.type.js';
import { TechnologyRequestType } from './technology-request.type.js';

@ObjectType('TechnologyRequestPayload')
export class TechnologyRequestPayloadType extends PayloadType('technologyRequest', () => TechnologyRequestType) {}

@ObjectType('RequestResponsePayload')
export class RequestResponsePayloadType extends PayloadType('response', () => RequestResponseType) {}

@ObjectType('RequestProposalPayload')
export class RequestProposalPayloadType extends PayloadType('proposal', () => RequestProposalType) {}

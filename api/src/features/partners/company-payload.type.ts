import { ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { CompanyType } from './company.type.js';

@ObjectType('CompanyPayload')
export class CompanyPayloadType extends PayloadType('company', () => CompanyType) {}

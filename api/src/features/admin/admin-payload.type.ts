import { ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { UserType } from '../accounts/user.type.js';
import { InstitutionType } from '../institutions/institution.type.js';

@ObjectType('UserPayload')
export class UserPayloadType extends PayloadType('user', () => UserType, { description: 'The user as changed' }) {}

@ObjectType('InstitutionPayload')
export class InstitutionPayloadType extends PayloadType('institution', () => InstitutionType) {}

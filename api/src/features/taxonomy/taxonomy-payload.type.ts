import { ObjectType } from 'type-graphql';
import { PayloadType } from '../../schema/payload.type.js';
import { PlatformType } from '../institutions/platform.type.js';
import { SectorType } from '../institutions/sector.type.js';

@ObjectType('SectorPayload')
export class SectorPayloadType extends PayloadType('sector', () => SectorType) {}

@ObjectType('PlatformPayload')
export class PlatformPayloadType extends PayloadType('platform', () => PlatformType) {}

import { ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { CompanyType } from './company.type.js';
import type { PartnerDirectory } from './partner-directory.service.js';

@ObjectType('PartnerEdge')
export class PartnerEdgeType extends EdgeType(() => CompanyType) {}

@ObjectType('PartnerConnection')
export class PartnerConnectionType extends ConnectionType(() => PartnerEdgeType) {
  directory!: PartnerDirectory;
}

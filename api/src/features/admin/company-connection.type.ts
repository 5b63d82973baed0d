import { ObjectType } from 'type-graphql';
import { CountedConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { CompanyType } from '../partners/company.type.js';

@ObjectType('CompanyEdge')
export class CompanyEdgeType extends EdgeType(() => CompanyType) {}

@ObjectType('CompanyConnection')
export class CompanyConnectionType extends CountedConnectionType(() => CompanyEdgeType) {}

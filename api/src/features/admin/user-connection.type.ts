import { ObjectType } from 'type-graphql';
import { CountedConnectionType, EdgeType } from '../../pagination/connection.type.js';
import { UserType } from '../accounts/user.type.js';

@ObjectType('UserEdge')
export class UserEdgeType extends EdgeType(() => UserType) {}

@ObjectType('UserConnection')
export class UserConnectionType extends CountedConnectionType(() => UserEdgeType) {}

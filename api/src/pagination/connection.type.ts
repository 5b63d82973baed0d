import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfoType } from './page-info.type.js';

// Bases of the Relay-style page types: extend them in classes named for the schema, e.g.
// `@ObjectType('UserEdge') class UserEdgeType extends EdgeType(() => UserType) {}`. The bases themselves
// are never in the schema (nothing refers to them).

/** An edge: a node and the cursor to resume after it. */
export function EdgeType<T extends object>(node: () => ClassType<T>) {
  @ObjectType()
  abstract class Edge {
    @Field()
    cursor!: string;

    @Field(node)
    node!: T;
  }
  return Edge;
}

/** A page of edges. */
export function ConnectionType<E extends object>(edge: () => ClassType<E>) {
  @ObjectType()
  abstract class Connection {
    @Field(() => [edge()])
    edges!: E[];

    @Field(() => PageInfoType)
    pageInfo!: PageInfoType;
  }
  return Connection;
}

/** A page of edges that also says how many there are in all. */
export function CountedConnectionType<E extends object>(edge: () => ClassType<E>) {
  @ObjectType()
  abstract class CountedConnection extends ConnectionType(edge) {
    @Field(() => Int)
    totalCount!: number;
  }
  return CountedConnection;
}

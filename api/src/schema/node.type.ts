import { Field, ID, InterfaceType } from 'type-graphql';

/** Every object with a global id; records carry their GraphQL type name for `node(id)`. */
@InterfaceType('Node', {
  description: 'An object with a global id',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class NodeType {
  @Field(() => ID, { description: 'Global id, for `node(id:)`' })
  id!: string;
}

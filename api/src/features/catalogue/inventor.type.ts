import { Field, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { InventorRecord } from './asset-records.js';

@ObjectType('Inventor', { simpleResolvers: true, implements: NodeType, description: "An inventor's public profile" })
export class InventorType extends NodeType implements InventorRecord {
  readonly __typename = 'Inventor' as const;
  dbId!: number;

  @Field()
  name!: string;

  @Field()
  affiliation!: string;
}

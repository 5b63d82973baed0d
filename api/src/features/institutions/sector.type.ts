import { TaxonomyKind } from '@tt/shared/taxonomy-enums';
import { Field, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { SectorRecord } from './institution-records.js';

@ObjectType('Sector', {
  simpleResolvers: true,
  implements: NodeType,
  description: 'A term of the shared taxonomy: a sector or a therapeutic area',
})
export class SectorType extends NodeType implements SectorRecord {
  readonly __typename = 'Sector' as const;
  dbId!: number;
  parentId!: number | null;

  @Field()
  slug!: string;

  @Field(() => TaxonomyKind)
  kind!: TaxonomyKind;

  @Field({ description: 'English label' })
  labelEn!: string;

  @Field({ description: 'Italian label' })
  labelIt!: string;

  @Field({ description: 'Order within its parent' })
  position!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was retired (its uses moved to replacedBy); null while in use',
  })
  retiredAt!: Date | null;

  replacedById!: number | null;
}

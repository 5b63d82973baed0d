import { PlatformKind } from '@tt/shared/taxonomy-enums';
import { Field, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { PlatformRecord } from './institution-records.js';

@ObjectType('Platform', {
  simpleResolvers: true,
  implements: NodeType,
  description: 'A research platform or facility of an institute',
})
export class PlatformType extends NodeType implements PlatformRecord {
  readonly __typename = 'Platform' as const;
  dbId!: number;
  institutionId!: number;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => PlatformKind)
  kind!: PlatformKind;

  // The texts: the English ones as stored (the reference); the GraphQL fields of the same names show the request's
  // language when the platform has it (institution-text.resolver.ts), and textLanguage says which.
  description!: string;
  capabilities!: string[];
  descriptionIt!: string;
  capabilitiesIt!: string[];
  hasItalianText!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was retired: gone from public pages and pickers, still named by what used it',
  })
  retiredAt!: Date | null;
}

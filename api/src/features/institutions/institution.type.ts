import { Field, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { InstitutionRecord } from './institution-records.js';

@ObjectType('Institution', {
  simpleResolvers: true,
  implements: NodeType,
  description: 'A research institute that publishes listings',
})
export class InstitutionType extends NodeType implements InstitutionRecord {
  readonly __typename = 'Institution' as const;
  dbId!: number;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  shortName!: string;

  // Its place: as English names it, and as Italian does where that differs; the GraphQL fields city and region
  // show the request's language (institution-text.resolver.ts).
  city!: string;
  region!: string;
  cityIt!: string;
  regionIt!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field({ description: "The technology-transfer office's public mailbox" })
  contactEmail!: string;

  // The texts: the English ones as stored (the reference); the GraphQL fields of the same names show the request's
  // language when the institute has it (institution-text.resolver.ts), and textLanguage says which.
  description!: string;
  mission!: string;
  descriptionIt!: string;
  missionIt!: string;
  hasItalianText!: boolean;

  @Field(() => [String])
  networks!: string[];
}

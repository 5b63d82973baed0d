import { CompanySize } from '@tt/shared/company-enums';
import { Language } from '@tt/shared/languages';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { CompanyRecord } from './company-records.js';

@ObjectType('Company', { implements: NodeType, description: 'An industry partner or prospect' })
export class CompanyType extends NodeType implements CompanyRecord {
  readonly __typename = 'Company' as const;
  dbId!: number;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => CompanySize)
  size!: CompanySize;

  @Field(() => [String])
  interests!: string[];

  @Field(() => Language, { description: 'The language the interests were written in' })
  interestsLanguage!: Language;

  @Field(() => Int, { nullable: true, description: 'The lowest TRL the company takes on; null when it has not said' })
  trlMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'The highest TRL the company takes on' })
  trlMax!: number | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  /** The English description as stored; the GraphQL field shows the request's language (company-text.resolver.ts). */
  description!: string;
  descriptionIt!: string;
  hasItalianText!: boolean;

  @Field({ description: 'Shown in the public partner directory (an administrator or an officer decided so)' })
  listed!: boolean;

  /** When a member asked to be listed, pending review: exposed by a field resolver, to those who may know. */
  listingRequestedAt!: Date | null;
}

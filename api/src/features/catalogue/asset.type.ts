import {
  AssetKind,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  PartneringModel,
  PricingModel,
} from '@tt/shared/asset-enums';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { InstitutionType } from '../institutions/institution.type.js';
import type { AssetRecord } from './asset-records.js';

@ObjectType('Asset', {
  simpleResolvers: true,
  implements: NodeType,
  description: 'A listing: an invention, a prototype or a service',
})
export class AssetType extends NodeType implements AssetRecord {
  readonly __typename = 'Asset' as const;
  dbId!: number;
  institutionId!: number;
  platformId!: number | null;
  contactOfficerId!: number | null;
  /** Its institute as read for this selection only (narrowed to the fields it names); else the loader's. */
  selectedInstitution?: InstitutionType;

  @Field({ description: 'Stable address of the listing' })
  slug!: string;

  @Field(() => AssetKind)
  kind!: AssetKind;

  @Field(() => AssetStatus)
  status!: AssetStatus;

  // The texts: the English ones as stored (the reference); the GraphQL fields of the same names show the request's
  // language when the listing has it (asset-text.resolver.ts), and textLanguage says which.
  title!: string;
  summary!: string;
  description!: string;
  problem!: string;
  benefits!: string;
  applications!: string[];
  keywords!: string[];
  turnaround!: string | null;
  titleIt!: string;
  summaryIt!: string;
  descriptionIt!: string;
  problemIt!: string;
  benefitsIt!: string;
  applicationsIt!: string[];
  keywordsIt!: string[];
  turnaroundIt!: string | null;
  hasItalianText!: boolean;

  @Field(() => Int, { description: 'Technology readiness level, 1–9' })
  trl!: number;

  @Field(() => IpStatus)
  ipStatus!: IpStatus;

  @Field(() => [String], { description: 'Patent and application numbers' })
  patentNumbers!: string[];

  @Field(() => DevelopmentStage)
  developmentStage!: DevelopmentStage;

  @Field(() => [PartneringModel])
  partneringModels!: PartneringModel[];

  @Field(() => PricingModel, { nullable: true, description: 'For services: how they are priced' })
  pricingModel!: PricingModel | null;

  @Field(() => DateTimeResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;
}

import {
  AssetKind,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  PartneringModel,
  PricingModel,
} from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { ListingAvailability } from '@tt/shared/listing-availability';
import type { ServiceCapacity } from '@tt/shared/service-capacity';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeType } from '../../schema/node.type.js';
import type { InstitutionType } from '../institutions/institution.type.js';
import type { AssetRecord, AssetTexts } from './asset-records.js';

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

  /** The office's expiry date and marker (the listing resolver's fields, office only). */
  expiresOn!: string | null;
  expiredAt!: Date | null;

  /** Both languages' texts as stored (the editor's `texts(language:)`). */
  texts!: Record<Language, AssetTexts>;

  // The texts shown: in the request's language when the listing has it whole, else in English.
  @Field(() => Language, {
    description: "The language of the listing's texts: the request's (Accept-Language) when it has them, else English",
  })
  textLanguage!: Language;

  @Field()
  title!: string;

  @Field({ description: 'One-line summary' })
  summary!: string;

  @Field({ description: 'Non-confidential description' })
  description!: string;

  @Field({ description: 'The problem it solves' })
  problem!: string;

  @Field({ description: "The benefit over today's alternatives" })
  benefits!: string;

  @Field(() => [String])
  applications!: string[];

  @Field(() => [String])
  keywords!: string[];

  @Field(() => String, { nullable: true, description: 'For services: typical turnaround' })
  turnaround!: string | null;

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

  @Field(() => String, { nullable: true, description: 'For services: what the buyer receives' })
  deliverables!: string | null;

  @Field(() => String, { nullable: true, description: 'For services: sample requirements and throughput figures' })
  throughput!: string | null;

  @Field(() => [String], { description: 'For services: accreditations and certifications (empty for other listings)' })
  accreditations!: string[];

  @Field(() => DateTimeResolver, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => DateTimeResolver)
  updatedAt!: Date;

  @Field(() => ListingAvailability, {
    description: 'Its availability, from its options and licences in force (never their parties or terms)',
  })
  availability!: ListingAvailability;

  /** As stored; the field `capacity` (features/services/capacity.resolver.ts) shows it as of today. */
  capacity!: ServiceCapacity;
}

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import {
  AssetKind,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  type PartneringModel,
  PricingModel,
} from '@tt/shared/asset-enums';
import { ListingAvailability } from '@tt/shared/listing-availability';
import { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { AssetInventor } from './asset-inventor.entity.js';
import { AssetSector } from './asset-sector.entity.js';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { Institution } from './institution.entity.js';
import { Inventor } from './inventor.entity.js';
import { titleShownInItalianSql } from './listing-italian-text.js';
import { Platform } from './platform.entity.js';
import { Sector } from './sector.entity.js';
import { User } from './user.entity.js';

/**
 * A listing: an invention, a prototype or a platform's service. Its text is in English (the reference, required
 * to publish) and in Italian (`…It`, empty until translated). What search reads is its row in asset_search, kept
 * by the triggers below.
 */
export const Asset = defineEntity({
  name: 'Asset',
  properties: {
    id: p.integer().primary().autoincrement(),
    slug: p.string().length(120).unique(),
    kind: p.enum(() => AssetKind).nativeEnumName('asset_kind'),
    status: p
      .enum(() => AssetStatus)
      .nativeEnumName('asset_status')
      .default(AssetStatus.DRAFT),
    title: p.string().length(200),
    summary: p.string().length(400),
    description: p.text(),
    problem: p.text(),
    benefits: p.text(),
    applications: p.array().default([]),
    trl: p.smallint().check('((trl >= 1) AND (trl <= 9))'),
    ipStatus: p.enum(() => IpStatus).nativeEnumName('ip_status'),
    patentNumbers: p.array().default([]),
    developmentStage: p.enum(() => DevelopmentStage).nativeEnumName('development_stage'),
    partneringModels: p.array<PartneringModel>().default([]),
    keywords: p.array().default([]),
    institution: () => p.manyToOne(Institution),
    platform: () => p.manyToOne(Platform).nullable(),
    contactOfficer: () => p.manyToOne(User).nullable(),
    sectors: () => p.manyToMany(Sector).pivotEntity(() => AssetSector),
    inventors: () => p.manyToMany(Inventor).pivotEntity(() => AssetInventor),
    turnaround: p.string().length(200).nullable(),
    pricingModel: p
      .enum(() => PricingModel)
      .nativeEnumName('pricing_model')
      .nullable(),
    /** A service's deliverables (reports, data, material): what the buyer receives. */
    deliverables: p.text().nullable(),
    /** A service's sample and throughput figures (input needed, samples per run or month). */
    throughput: p.string().length(300).nullable(),
    /** A service's accreditations and certifications (ISO 15189, GLP …): names, the same in every language. */
    accreditations: p.array().default([]),
    titleIt: p.string().length(200).default(''),
    summaryIt: p.string().length(400).default(''),
    descriptionIt: p.text().default(''),
    problemIt: p.text().default(''),
    benefitsIt: p.text().default(''),
    applicationsIt: p.array().default([]),
    keywordsIt: p.array().default([]),
    turnaroundIt: p.string().length(200).nullable(),
    deliverablesIt: p.text().nullable(),
    throughputIt: p.string().length(300).nullable(),
    publishedAt: p.datetime().nullable(),
    /** The last day it is offered (none: no end); the office is reminded before, and past it it leaves the catalogue. */
    expiresOn: p.date().nullable(),
    /** The reminder before expiresOn, so it is sent once (a new date clears it). */
    expiryReminderSentAt: p.datetime().nullable(),
    /** When it left the catalogue because expiresOn passed (archived until renewed): "Expired on …", not "Archived". */
    expiredAt: p.datetime().nullable(),
    /** Kept by the API from the agreements in force (features/agreements/listing-availability.service.ts). */
    availability: p
      .enum(() => ListingAvailability)
      .nativeEnumName('listing_availability')
      .default(ListingAvailability.AVAILABLE),
    /** A service's capacity, set by its office (shared/service-capacity.ts); NOT_STATED on every other listing. */
    capacityStatus: p
      .enum(() => ServiceCapacityStatus)
      .nativeEnumName('service_capacity_status')
      .default(ServiceCapacityStatus.NOT_STATED),
    /** The last day fully booked (set exactly when FULLY_BOOKED; the hourly job reopens it the day after). */
    fullyBookedUntil: p.date().nullable(),
    nextSlotOn: p.date().nullable(),
    turnaroundWeeksMin: p.smallint().nullable(),
    turnaroundWeeksMax: p.smallint().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  indexes: [
    { properties: ['institution'] },
    { properties: ['kind'] },
    { name: 'asset_partnering_models_idx', properties: ['partneringModels'], type: 'gin' },
    {
      name: 'asset_published_newest_idx',
      expression: `create index "asset_published_newest_idx" on "asset" ("published_at" desc, "id" desc) where "status" = 'PUBLISHED'`,
    },
    {
      // The sitemaps: each file of listings dated by its newest change (sitemap-sources.service.ts), from this alone.
      name: 'asset_published_updated_idx',
      expression: `create index "asset_published_updated_idx" on "asset" ("updated_at" desc, "id" desc) where "status" = 'PUBLISHED'`,
    },
    {
      name: 'asset_published_expiry_idx',
      expression: `create index "asset_published_expiry_idx" on "asset" ("expires_on") where "status" = 'PUBLISHED' and "expires_on" is not null`,
    },
    {
      name: 'asset_fully_booked_until_idx',
      expression: `create index "asset_fully_booked_until_idx" on "asset" ("fully_booked_until") where "capacity_status" = 'FULLY_BOOKED'`,
    },
    {
      name: 'asset_published_title_idx',
      expression: `create index "asset_published_title_idx" on "asset" (lower("title"), "id") where "status" = 'PUBLISHED'`,
    },
    {
      // An institute's page: each platform's first listings by title and their count (publishedAssetsByPlatformId).
      name: 'asset_published_platform_idx',
      expression: `create index "asset_published_platform_idx" on "asset" ("platform_id", "title", "id") where "status" = 'PUBLISHED' and "platform_id" is not null`,
    },
    {
      // The same in Italian: by the title the Italian pages show (listing-italian-text.ts), the statement's expression.
      name: 'asset_published_platform_it_idx',
      expression: `create index "asset_published_platform_it_idx" on "asset" ("platform_id", (${titleShownInItalianSql(null)}), "id") where "status" = 'PUBLISHED' and "platform_id" is not null`,
    },
  ],
  triggers: [
    catalogueRevisionTrigger('asset'),
    {
      name: 'asset_search',
      timing: 'after',
      events: ['insert', 'update', 'delete'],
      expression: `create trigger "asset_search" after insert or update or delete on "asset" for each row execute function "asset_search_from_asset"()`,
    },
    {
      name: 'asset_related',
      timing: 'after',
      events: ['insert', 'update', 'delete'],
      expression: `create trigger "asset_related" after insert or delete or update of "status", "kind", "institution_id", "published_at" on "asset" for each row execute function "asset_related_from_asset"()`,
    },
  ],
});
export type Asset = InferEntity<typeof Asset>;

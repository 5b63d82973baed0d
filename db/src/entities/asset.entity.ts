import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import {
  AssetKind,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  type PartneringModel,
  PricingModel,
} from '@tt/shared/asset-enums';
import { AssetInventor } from './asset-inventor.entity.js';
import { AssetSector } from './asset-sector.entity.js';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { Institution } from './institution.entity.js';
import { Inventor } from './inventor.entity.js';
import { Platform } from './platform.entity.js';
import { Sector } from './sector.entity.js';
import { User } from './user.entity.js';

// Weighted document for full-text search, in English and Italian (A: title, keywords ... D: patent numbers).
const searchVectorBody = `new.search_vector :=
    setweight(to_tsvector('english', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('italian', coalesce(new.title, '')), 'A') ||
    setweight(to_tsvector('english', array_to_string(new.keywords, ' ')), 'A') ||
    setweight(to_tsvector('italian', array_to_string(new.keywords, ' ')), 'A') ||
    setweight(to_tsvector('english', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('italian', coalesce(new.summary, '')), 'B') ||
    setweight(to_tsvector('english', concat_ws(' ', new.description, new.problem, new.benefits, array_to_string(new.applications, ' '))), 'C') ||
    setweight(to_tsvector('italian', concat_ws(' ', new.description, new.problem, new.benefits, array_to_string(new.applications, ' '))), 'C') ||
    setweight(to_tsvector('simple', array_to_string(new.patent_numbers, ' ')), 'D');
  return new`;

/**
 * A listing: an invention, a prototype or a platform's service.
 * `searchVector` is maintained by the trigger below, never written by the application.
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
    publishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    searchVector: p.type('tsvector').nullable().lazy().hidden(),
  },
  indexes: [
    { properties: ['institution'] },
    { properties: ['kind'] },
    { name: 'asset_search_vector_idx', properties: ['searchVector'], type: 'gin' },
    { name: 'asset_partnering_models_idx', properties: ['partneringModels'], type: 'gin' },
    {
      name: 'asset_published_newest_idx',
      expression: `create index "asset_published_newest_idx" on "asset" ("published_at" desc, "id" desc) where "status" = 'PUBLISHED'`,
    },
    {
      name: 'asset_published_title_idx',
      expression: `create index "asset_published_title_idx" on "asset" (lower("title"), "id") where "status" = 'PUBLISHED'`,
    },
  ],
  triggers: [
    { name: 'search_vector', timing: 'before', events: ['insert', 'update'], body: searchVectorBody },
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

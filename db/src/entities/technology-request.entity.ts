import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import type { PartneringModel } from '@tt/shared/asset-enums';
import { REQUEST_TITLE_MAX_LENGTH } from '@tt/shared/limits';
import { BudgetBand, RequestStatus, RequestVisibility } from '@tt/shared/technology-request-enums';
import { Company } from './company.entity.js';
import { Sector } from './sector.entity.js';
import { TechnologyRequestSector } from './technology-request-sector.entity.js';
import { User } from './user.entity.js';
import { writtenLanguage } from './written-language.js';

/**
 * A company's technology request ("we are looking for…"): public in the Requests directory, or read only by the
 * institutes' offices (and researchers). Written in one language, the page's, recorded in `language`.
 */
export const TechnologyRequest = defineEntity({
  name: 'TechnologyRequest',
  tableName: 'technology_request',
  properties: {
    id: p.integer().primary().autoincrement(),
    slug: p.string().length(120).unique(),
    company: () => p.manyToOne(Company).index(),
    author: () => p.manyToOne(User),
    title: p.string().length(REQUEST_TITLE_MAX_LENGTH),
    /** What is sought. */
    description: p.text(),
    /** Why: the problem behind it, the use it is for. */
    motivation: p.text().default(''),
    language: writtenLanguage(),
    /** The title's words (lexemes, sorted) in its language, kept by the database for the matchmaking. */
    titleWords: p
      .array()
      .nullable()
      .generated('(tsvector_to_array(to_tsvector(text_search_config(language), title))) stored'),
    sectors: () => p.manyToMany(Sector).pivotEntity(() => TechnologyRequestSector),
    trlMin: p.smallint().check('((trl_min >= 1) AND (trl_min <= 9))'),
    trlMax: p.smallint().check('((trl_max >= trl_min) AND (trl_max <= 9))'),
    partneringModels: p.array<PartneringModel>().default([]),
    budgetBand: p
      .enum(() => BudgetBand)
      .nativeEnumName('budget_band')
      .nullable(),
    /** The last day the request is open (inclusive). */
    deadline: p.date(),
    visibility: p.enum(() => RequestVisibility).nativeEnumName('request_visibility'),
    status: p
      .enum(() => RequestStatus)
      .nativeEnumName('request_status')
      .default(RequestStatus.OPEN),
    /** The reminder that the deadline is near, so it is sent once. */
    expiryReminderSentAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  indexes: [
    { properties: ['status', 'deadline'] },
    { name: 'technology_request_partnering_models_idx', properties: ['partneringModels'], type: 'gin' },
    { name: 'technology_request_title_words_idx', properties: ['titleWords'], type: 'gin' },
  ],
});
export type TechnologyRequest = InferEntity<typeof TechnologyRequest>;

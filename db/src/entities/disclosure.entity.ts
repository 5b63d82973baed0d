import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import {
  DisclosureRecommendation,
  DisclosureStatus,
  type FundingSourceData,
  MarketPotential,
  Patentability,
  type PublicDisclosureData,
} from '@tt/shared/disclosure-transitions';
import { Asset } from './asset.entity.js';
import { Institution } from './institution.entity.js';
import { User } from './user.entity.js';
import { optionalWrittenLanguage, writtenLanguage } from './written-language.js';

/** An inventor as the researcher entered them: possibly from another institute or a company. */
export interface DisclosureInventorRow {
  name: string;
  affiliation: string;
  contributionShare: number;
}

/**
 * A researcher's invention disclosure to the office of their institute. Confidential: only its
 * researchers, the officers of its institute and admins see it. `version` grows with every save
 * (optimistic concurrency); `referenceNumber` is allocated at the first submit.
 */
export const Disclosure = defineEntity({
  name: 'Disclosure',
  properties: {
    id: p.integer().primary().autoincrement(),
    institution: () => p.manyToOne(Institution).index(),
    createdBy: () => p.manyToOne(User),
    status: p
      .enum(() => DisclosureStatus)
      .nativeEnumName('disclosure_status')
      .default(DisclosureStatus.DRAFT),
    version: p.integer().default(1),
    referenceNumber: p.string().length(40).nullable().unique(),
    title: p.string().length(200).nullable(),
    inventors: p.json<DisclosureInventorRow[]>().default('[]'),
    abstract: p.text().nullable(),
    problem: p.text().nullable(),
    solution: p.text().nullable(),
    novelty: p.text().nullable(),
    priorArt: p.text().nullable(),
    publicDisclosures: p.json<PublicDisclosureData[]>().default('[]'),
    fundingSources: p.json<FundingSourceData[]>().default('[]'),
    commercialApplications: p.text().nullable(),
    trl: p.smallint().nullable(),
    /** What the researchers' texts (title to commercial applications) were last written in. */
    language: writtenLanguage(),
    assignee: () => p.manyToOne(User).nullable().index(),
    patentability: p
      .enum(() => Patentability)
      .nativeEnumName('disclosure_patentability')
      .nullable(),
    marketPotential: p
      .enum(() => MarketPotential)
      .nativeEnumName('disclosure_market_potential')
      .nullable(),
    recommendation: p
      .enum(() => DisclosureRecommendation)
      .nativeEnumName('disclosure_recommendation')
      .nullable(),
    assessmentNotes: p.text().nullable(),
    assessmentNotesLanguage: optionalWrittenLanguage(),
    /** The listing made from this disclosure (officer-only: the public never learns the link). */
    asset: () => p.manyToOne(Asset).nullable().index().deleteRule('set null'),
    submittedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [{ properties: ['institution', 'status'] }],
});
export type Disclosure = InferEntity<typeof Disclosure>;

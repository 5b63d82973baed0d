import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { CompanySize, PartnershipLevel } from '@tt/shared/company-enums';
import { COMPANY_NAME_MAX_LENGTH } from '@tt/shared/limits';
import { CompanySector } from './company-sector.entity.js';
import { Sector } from './sector.entity.js';
import { writtenLanguage } from './written-language.js';

/**
 * An industry partner or prospect. Only `listed` companies appear in the public directory: that is the
 * network's decision (an administrator or an officer), which a member asks for (`listingRequestedAt`).
 */
export const Company = defineEntity({
  name: 'Company',
  properties: {
    id: p.integer().primary().autoincrement(),
    slug: p.string().length(80).unique(),
    name: p.string().length(COMPANY_NAME_MAX_LENGTH),
    country: p.string().length(2),
    city: p.string().length(80).nullable(),
    size: p.enum(() => CompanySize).nativeEnumName('company_size'),
    sectors: () => p.manyToMany(Sector).pivotEntity(() => CompanySector),
    interests: p.array().default([]),
    /** What the interests were written in. */
    interestsLanguage: writtenLanguage(),
    /**
     * The interests as a text query (any of them, each with all its words, in their language), kept by the database
     * for the matchmaking (see the matchmaking migration); never written by the application.
     */
    interestsQuery: p
      .type('tsquery')
      .nullable()
      .generated('(interests_match_query(interests, interests_language)) stored'),
    /** Every word of the interests (lexemes), for finding the companies a listing's text may match. */
    interestWords: p.array().nullable().generated('(interest_words(interests, interests_language)) stored'),
    /** Each interest's query (all its words), in their order: what the rankings cite an interest by. */
    interestTermQueries: p
      .array()
      .columnType('tsquery[]')
      .nullable()
      .generated('(interest_term_queries(interests, interests_language)) stored'),
    /** The development stages the company takes on (TRL range); null when it has not said. */
    trlMin: p.smallint().nullable().check('((trl_min >= 1) AND (trl_min <= 9))'),
    trlMax: p.smallint().nullable().check('((trl_max >= trl_min) AND (trl_max <= 9))'),
    website: p.string().length(200).nullable(),
    description: p.text(),
    /** The Italian description: empty until written (English is the reference). */
    descriptionIt: p.text().default(''),
    partnershipLevel: p.enum(() => PartnershipLevel).nativeEnumName('partnership_level'),
    /** The company's "how to reach us" note for the institutes' offices (with its contact people, company-contact-person). */
    contactNote: p.text().default(''),
    /** What the note was written in (the page's language when it was saved). */
    contactNoteLanguage: writtenLanguage(),
    listed: p.boolean().default(false),
    /** A member asked to be listed and nobody has decided yet; null otherwise. */
    listingRequestedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [
    { name: 'company_interest_words_idx', properties: ['interestWords'], type: 'gin' },
    // What ranking the companies to approach reads of each candidate, from the index alone (the matchmaking migration).
    {
      name: 'company_match_idx',
      expression: `create index "company_match_idx" on "company" ("id") include ("trl_min", "trl_max", "listed", "interests_language", "interests_query")`,
    },
    {
      name: 'company_listing_requested_at_idx',
      expression: `create index "company_listing_requested_at_idx" on "company" ("listing_requested_at", "id") where "listing_requested_at" is not null`,
    },
  ],
});
export type Company = InferEntity<typeof Company>;

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import {
  AGREEMENT_LIMITS,
  AgreementStatus,
  AgreementType,
  LicenseExclusivity,
  RoyaltyReportingPeriod,
} from '@tt/shared/agreement-rules';
import { Company } from './company.entity.js';
import { Institution } from './institution.entity.js';
import { User } from './user.entity.js';
import { writtenLanguage } from './written-language.js';

/**
 * An agreement an institute's office records with a company (CDA, MTA, option, licence, service, research
 * collaboration): its parties, the listings it covers, its status and dates, and, for options and licences, the
 * royalty terms (the payments are its milestones). Only the office reads the notes and the terms; the company sees
 * that it exists on its EoI (the link is an EoiAgreement), the inventors its status (api/src/features/agreements/agreement-access.ts).
 */
export const Agreement = defineEntity({
  name: 'Agreement',
  tableName: 'agreement',
  properties: {
    id: p.integer().primary().autoincrement(),
    institution: () => p.manyToOne(Institution),
    company: () => p.manyToOne(Company).index(),
    type: p.enum(() => AgreementType).nativeEnumName('agreement_type'),
    title: p.string().length(AGREEMENT_LIMITS.titleMax),
    status: p
      .enum(() => AgreementStatus)
      .nativeEnumName('agreement_status')
      .default(AgreementStatus.DRAFTING),
    /** Licences only. */
    exclusivity: p
      .enum(() => LicenseExclusivity)
      .nativeEnumName('license_exclusivity')
      .nullable(),
    fieldOfUse: p.string().length(AGREEMENT_LIMITS.fieldOfUseMax).nullable(),
    territory: p.string().length(AGREEMENT_LIMITS.territoryMax).nullable(),
    /** What its texts (title, field of use, territory, notes) were last written in: the page's language then. */
    language: writtenLanguage(),
    signatureDate: p.date().nullable(),
    effectiveDate: p.date().nullable(),
    expiryDate: p.date().nullable(),
    /** The officer who looks after it (and is reminded of its expiry). */
    owner: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** The office's own notes: never shown to the company or the inventors. */
    notes: p.text().default(''),
    /** Whether the inventors of the covered listings may read the financial terms. */
    termsSharedWithInventors: p.boolean().default(false),
    /** Options and licences: the royalty rate in basis points (350 = 3.5 %). */
    royaltyRateBasisPoints: p
      .integer()
      .nullable()
      .check(
        `((royalty_rate_basis_points >= 0) AND (royalty_rate_basis_points <= ${AGREEMENT_LIMITS.royaltyBasisPointsMax}))`,
      ),
    royaltyReportingPeriod: p
      .enum(() => RoyaltyReportingPeriod)
      .nativeEnumName('royalty_reporting_period')
      .nullable(),
    /** The reminder to the owner before the expiry date, so it is sent once (a new expiry date clears it). */
    expiryReminderSentAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [
    { name: 'agreement_institution_status_idx', properties: ['institution', 'status'] },
    {
      name: 'agreement_in_force_expiry_idx',
      expression: `create index "agreement_in_force_expiry_idx" on "agreement" ("expiry_date") where "status" in ('SIGNED', 'ACTIVE')`,
    },
  ],
});
export type Agreement = InferEntity<typeof Agreement>;

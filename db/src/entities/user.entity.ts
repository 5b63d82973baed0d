import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { UserRole } from '@tt/shared/company-enums';
import { DEFAULT_LANGUAGE, Language } from '@tt/shared/languages';
import { catalogueRevisionTrigger } from './catalogue-revision.entity.js';
import { Company } from './company.entity.js';
import { Institution } from './institution.entity.js';
import { writtenLanguage } from './written-language.js';

/**
 * A person with an account. Officers and researchers belong to an institute, company members to a company.
 * E-mails are stored lower-case, so uniqueness ignores case.
 */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.integer().primary().autoincrement(),
    email: p.string().length(200).unique(),
    name: p.string().length(160),
    title: p.string().length(160).nullable(),
    /** What the title was written in: not the account's language, which the person may change later. */
    titleLanguage: writtenLanguage(),
    /** A work phone number, as the person wrote it (shared/src/phone-number.ts): shown to the office on their EoIs. */
    phone: p.string().length(40).nullable(),
    role: p.enum(() => UserRole).nativeEnumName('user_role'),
    /** The language the person reads the marketplace in, and is e-mailed in. */
    language: p
      .enum(() => Language)
      .nativeEnumName('app_language')
      .default(DEFAULT_LANGUAGE),
    institution: () => p.manyToOne(Institution).nullable().index(),
    company: () => p.manyToOne(Company).nullable().index(),
    passwordHash: p.string().length(255).nullable().hidden(),
    emailVerifiedAt: p.datetime().nullable(),
    passwordChangedAt: p.datetime().nullable(),
    lastLoginAt: p.datetime().nullable(),
    disabledAt: p.datetime().nullable(),
    /** The version of the terms of use (site_page_version, TERMS) accepted when the account was made, and its language. */
    termsVersion: p.integer().nullable(),
    termsLanguage: p
      .enum(() => Language)
      .nativeEnumName('app_language')
      .nullable(),
    termsAcceptedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    {
      name: 'app_user_membership_check',
      expression: `(role::text = 'COMPANY_MEMBER' and company_id is not null and institution_id is null) or (role::text in ('RESEARCHER', 'TT_OFFICER', 'PLATFORM_MANAGER') and institution_id is not null and company_id is null) or (role::text = 'ADMIN' and company_id is null)`,
    },
  ],
  // Contact officers' names and titles are shown on listings; logins and other account changes are not.
  triggers: [catalogueRevisionTrigger('app_user', ['update', 'delete'], ['name', 'title'])],
});
export type User = InferEntity<typeof User>;

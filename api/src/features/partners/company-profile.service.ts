import type { Database, Db } from '@tt/db/database';
import { CompanySize, UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import {
  COMPANY_DESCRIPTION_MAX_LENGTH,
  COMPANY_INTEREST_MAX_LENGTH,
  COMPANY_INTERESTS_MAX,
  COMPANY_NAME_MAX_LENGTH,
  COMPANY_NAME_MIN_LENGTH,
  COMPANY_SECTORS_MAX,
} from '@tt/shared/limits';
import { trlRangeProblems } from '@tt/shared/trl-range';
import { sql, type UpdateObject } from 'kysely';
import { enforce, ensureAllowed } from '../../auth/enforce-policy.js';
import { canEditAnyCompany, canEditCompany, canSeeCompanyMembers } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { languageOnSave } from '../../database/written-language.js';
import { fieldError, type UserError, userError } from '../../errors/user-error.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { type CompanyRecord, companySelection, toCompanyRecord } from './company-records.js';
import { listingChange } from './directory-listing.service.js';

export type CompanyResult = { ok: true; company: CompanyRecord } | { ok: false; errors: UserError[] };

export interface CompanyProfileInput {
  companyId?: string | null;
  name?: string | null;
  country?: string | null;
  city?: string | null;
  size?: CompanySize | null;
  website?: string | null;
  description?: string | null;
  descriptionIt?: string | null;
  interests?: string[] | null;
  sectors?: string[] | null;
  /** Both ends of the TRL range, or both null to clear it; left out (undefined), it stays. */
  trlMin?: number | null;
  trlMax?: number | null;
  listed?: boolean | null;
}

/** Throws FORBIDDEN (or UNAUTHENTICATED) unless the viewer may see who works for the company. */
export function checkCanSeeMembers(viewer: Viewer | null, companyId: number): void {
  enforce(canSeeCompanyMembers(viewer, companyId));
}

/** The company the edit is for: a member's own; the one an admin names. */
function targetCompany(viewer: Viewer | null, companyId: string | null | undefined): number | UserError {
  const named = companyId ? expectGlobalId(companyId, 'Company', 'companyId') : null;
  const id = named ?? (viewer?.role === UserRole.COMPANY_MEMBER ? viewer.companyId : null);
  if (id === null) {
    ensureAllowed(viewer, canEditAnyCompany(viewer), 'COMPANY_PROFILE_MEMBERS_ONLY');
    return userError('COMPANY_TO_EDIT_REQUIRED', 'companyId');
  }
  ensureAllowed(viewer, canEditCompany(viewer, id), 'COMPANY_PROFILE_OWN_ONLY');
  return id;
}

/**
 * Changes the profile fields given. Null leaves a required field as it is and clears an optional
 * one (website, city). Sectors are replaced as a whole by the slugs given. Interests that change are taken
 * to be written in `language` (the request's).
 */
export async function updateCompanyProfile(
  db: Db,
  viewer: Viewer | null,
  input: CompanyProfileInput,
  language: Language,
): Promise<CompanyResult> {
  const target = targetCompany(viewer, input.companyId);
  if (typeof target !== 'number') return { ok: false, errors: [target] };
  const found = await db.selectFrom('company').select(sql.lit(1).as('found')).where('id', '=', target).execute();
  if (!found.length) return { ok: false, errors: [userError('COMPANY_NOT_FOUND', 'companyId')] };

  const errors: UserError[] = [];
  const sets: UpdateObject<Database, 'company'> = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (name.length < COMPANY_NAME_MIN_LENGTH) errors.push(userError('COMPANY_NAME_REQUIRED', 'name'));
    else if (name.length > COMPANY_NAME_MAX_LENGTH)
      errors.push(userError('TEXT_TOO_LONG', 'name', { max: COMPANY_NAME_MAX_LENGTH }));
    else sets.name = name;
  }
  if (input.country != null) {
    const country = input.country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) errors.push(userError('COUNTRY_INVALID', 'country'));
    else sets.country = country;
  }
  if (input.city !== undefined) {
    const city = input.city?.trim() || null;
    if (city && city.length > 80) errors.push(userError('TEXT_TOO_LONG', 'city', { max: 80 }));
    else sets.city = city;
  }
  if (input.size != null) {
    if (!Object.values(CompanySize).includes(input.size)) errors.push(userError('COMPANY_SIZE_INVALID', 'size'));
    else sets.size = input.size;
  }
  if (input.website !== undefined) {
    const website = input.website?.trim() || null;
    if (website && !/^https?:\/\/[^\s]{3,190}$/.test(website)) errors.push(userError('WEBSITE_INVALID', 'website'));
    else sets.website = website;
  }
  if (input.description != null) {
    const description = input.description.trim();
    if (description.length > COMPANY_DESCRIPTION_MAX_LENGTH)
      errors.push(userError('TEXT_TOO_LONG', 'description', { max: COMPANY_DESCRIPTION_MAX_LENGTH }));
    else sets.description = description;
  }
  // The Italian description may stay empty until written (the company then shows in English).
  if (input.descriptionIt != null) {
    const description = input.descriptionIt.trim();
    if (description.length > COMPANY_DESCRIPTION_MAX_LENGTH)
      errors.push(userError('TEXT_TOO_LONG', 'descriptionIt', { max: COMPANY_DESCRIPTION_MAX_LENGTH }));
    else sets.description_it = description;
  }
  if (input.interests != null) {
    const interests = [...new Set(input.interests.map((interest) => interest.trim()).filter(Boolean))];
    if (interests.length > COMPANY_INTERESTS_MAX)
      errors.push(userError('TOO_MANY_INTERESTS', 'interests', { max: COMPANY_INTERESTS_MAX }));
    else if (interests.some((interest) => interest.length > COMPANY_INTEREST_MAX_LENGTH))
      errors.push(userError('INTEREST_TOO_LONG', 'interests', { max: COMPANY_INTEREST_MAX_LENGTH }));
    else {
      sets.interests = sql<string[]>`${interests}::text[]`;
      sets.interests_language = languageOnSave(['interests'], [sets.interests], language, 'interests_language');
    }
  }
  if (input.trlMin !== undefined || input.trlMax !== undefined) {
    const min = input.trlMin ?? null;
    const max = input.trlMax ?? null;
    const problems = trlRangeProblems(min, max);
    if (problems.length) errors.push(...problems.map(fieldError));
    else {
      sets.trl_min = min;
      sets.trl_max = max;
    }
  }
  // A member's `true` only asks; the directory is the network's decision (directory-listing.service.ts).
  const listed = input.listed;

  let sectorIds: number[] | null = null;
  if (input.sectors != null) {
    const slugs = [...new Set(input.sectors.map((slug) => slug.trim()))];
    if (slugs.length > COMPANY_SECTORS_MAX) {
      errors.push(userError('TOO_MANY_SECTORS', 'sectors', { max: COMPANY_SECTORS_MAX }));
    } else {
      const rows = await db
        .selectFrom('sector')
        .select(['id', 'slug'])
        .where('slug', '=', sql<string>`any(${slugs}::text[])`)
        .execute();
      const known = new Set(rows.map((row) => row.slug));
      const unknown = slugs.filter((slug) => !known.has(slug));
      if (unknown.length)
        errors.push(userError('UNKNOWN_SECTORS', 'sectors', { values: unknown.slice(0, 5).join(', ').slice(0, 200) }));
      else sectorIds = rows.map((row) => row.id);
    }
  }
  if (errors.length) return { ok: false, errors };

  if (Object.keys(sets).length || listed != null) {
    await db
      .updateTable('company')
      .set((eb) => ({ ...sets, ...(listed != null ? listingChange(eb, viewer, listed) : {}) }))
      .where('id', '=', target)
      .execute();
  }
  if (sectorIds) {
    const pivot = db;
    await pivot.deleteFrom('company_sector').where('company_id', '=', target).execute();
    if (sectorIds.length)
      await pivot
        .insertInto('company_sector')
        .columns(['company_id', 'sector_id'])
        .expression(
          pivot.selectNoFrom((eb) => [
            eb.val(target).as('company_id'),
            sql<number>`unnest(${sectorIds}::int[])`.as('sector_id'),
          ]),
        )
        .execute();
  }
  const rows = await db.selectFrom('company as c').select(companySelection).where('c.id', '=', target).execute();
  return { ok: true, company: toCompanyRecord(rows[0]!) };
}

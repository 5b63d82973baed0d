import type { Database, Db } from '@tt/db/database';
import type { ErrorCode } from '@tt/shared/error-messages';
import { isEmail } from '@tt/shared/password-policy';
import type { Updateable } from 'kysely';
import { ensureAllowed } from '../../auth/enforce-policy.js';
import { canManageInstitutions } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { findInstitution } from './directory-lookup.service.js';
import type { InstitutionRecord } from './institution-records.js';

export type InstitutionResult = { ok: true; institution: InstitutionRecord } | { ok: false; errors: UserError[] };

/** What an administrator edits of an institute: all of its record but the identity. */
export type InstitutionFields = Omit<InstitutionRecord, '__typename' | 'id' | 'dbId' | 'hasItalianText'>;

const SLUG = /^[a-z0-9][a-z0-9-]{1,79}$/;
const TEXT_MAX = 10_000;
const NETWORKS_MAX = 20;

function text(
  errors: UserError[],
  field: string,
  value: string,
  { min, max, required }: { min: number; max: number; required?: ErrorCode },
) {
  const trimmed = value.trim();
  if (trimmed.length < min && required) errors.push(userError(required, field));
  else if (trimmed.length > max) errors.push(userError('TEXT_TOO_LONG', field, { max }));
  return trimmed;
}

/** Checks and normalises a whole institute; field errors name the input fields. */
function validate(fields: InstitutionFields): { fields: InstitutionFields; errors: UserError[] } {
  const errors: UserError[] = [];
  const slug = fields.slug.trim();
  if (!SLUG.test(slug)) {
    errors.push(userError('SLUG_INVALID', 'slug'));
  }
  const clean: InstitutionFields = {
    slug,
    name: text(errors, 'name', fields.name, { min: 2, max: 200, required: 'INSTITUTE_NAME_REQUIRED' }),
    shortName: text(errors, 'shortName', fields.shortName, {
      min: 2,
      max: 40,
      required: 'INSTITUTE_SHORT_NAME_REQUIRED',
    }),
    city: text(errors, 'city', fields.city, { min: 2, max: 80, required: 'CITY_REQUIRED' }),
    region: text(errors, 'region', fields.region, { min: 2, max: 80, required: 'REGION_REQUIRED' }),
    // Empty where Italian names the place as English does (Meldola), so its pages keep the English name.
    cityIt: text(errors, 'cityIt', fields.cityIt, { min: 0, max: 80 }),
    regionIt: text(errors, 'regionIt', fields.regionIt, { min: 0, max: 80 }),
    country: fields.country.trim().toUpperCase(),
    website: fields.website?.trim() || null,
    contactEmail: fields.contactEmail.trim().toLowerCase(),
    description: text(errors, 'description', fields.description, { min: 0, max: TEXT_MAX }),
    mission: text(errors, 'mission', fields.mission, { min: 0, max: TEXT_MAX }),
    // The Italian texts may stay empty until translated (the institute then shows in English).
    descriptionIt: text(errors, 'descriptionIt', fields.descriptionIt, { min: 0, max: TEXT_MAX }),
    missionIt: text(errors, 'missionIt', fields.missionIt, { min: 0, max: TEXT_MAX }),
    networks: [...new Set(fields.networks.map((network) => network.trim()).filter(Boolean))],
  };
  if (!/^[A-Z]{2}$/.test(clean.country)) errors.push(userError('COUNTRY_INVALID', 'country'));
  if (clean.website && !/^https?:\/\/[^\s]{3,190}$/.test(clean.website))
    errors.push(userError('WEBSITE_INVALID', 'website'));
  if (!isEmail(clean.contactEmail)) errors.push(userError('OFFICE_EMAIL_INVALID', 'contactEmail'));
  if (clean.networks.length > NETWORKS_MAX || clean.networks.some((network) => network.length > 120))
    errors.push(userError('TOO_MANY_NETWORKS', 'networks', { max: NETWORKS_MAX, length: 120 }));
  return { fields: clean, errors };
}

async function slugTaken(db: Db, slug: string, except: number | null): Promise<UserError | null> {
  const taken = await db
    .selectFrom('institution')
    .select((eb) => eb.lit(1).as('taken'))
    .where('slug', '=', slug)
    .where('id', '<>', except ?? 0)
    .executeTakeFirst();
  return taken ? userError('SLUG_TAKEN', 'slug') : null;
}

/** The columns an institute's fields are stored in. */
function columns(fields: InstitutionFields) {
  return {
    slug: fields.slug,
    name: fields.name,
    short_name: fields.shortName,
    city: fields.city,
    region: fields.region,
    city_it: fields.cityIt,
    region_it: fields.regionIt,
    country: fields.country,
    website: fields.website,
    contact_email: fields.contactEmail,
    description: fields.description,
    mission: fields.mission,
    description_it: fields.descriptionIt,
    mission_it: fields.missionIt,
    networks: fields.networks,
  } satisfies Updateable<Database['institution']>;
}

/** A new institute's fields: country, website, texts and networks may be left out. */
export type CreateInstitutionArgs = Omit<
  InstitutionFields,
  'country' | 'website' | 'description' | 'mission' | 'descriptionIt' | 'missionIt' | 'networks' | 'cityIt' | 'regionIt'
> & {
  cityIt?: string | null;
  regionIt?: string | null;
  country?: string | null;
  website?: string | null;
  description?: string | null;
  mission?: string | null;
  descriptionIt?: string | null;
  missionIt?: string | null;
  networks?: string[] | null;
};

/** Adds an institute (admins only). */
export async function createInstitution(
  db: Db,
  viewer: Viewer | null,
  input: CreateInstitutionArgs,
): Promise<InstitutionResult> {
  ensureAllowed(viewer, canManageInstitutions(viewer), 'INSTITUTES_ADMIN_ONLY');
  const { fields, errors } = validate({
    ...input,
    cityIt: input.cityIt ?? '',
    regionIt: input.regionIt ?? '',
    country: input.country ?? 'IT',
    website: input.website ?? null,
    description: input.description ?? '',
    mission: input.mission ?? '',
    descriptionIt: input.descriptionIt ?? '',
    missionIt: input.missionIt ?? '',
    networks: input.networks ?? [],
  });
  if (!errors.some((error) => error.field === 'slug')) {
    const taken = await slugTaken(db, fields.slug, null);
    if (taken) errors.push(taken);
  }
  if (errors.length) return { ok: false, errors };
  const { id } = await db
    .insertInto('institution')
    .values((eb) => ({ ...columns(fields), created_at: eb.fn<Date>('now') }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ok: true, institution: (await findInstitution(db, { id }))! };
}

type Patch<T> = { [K in keyof T]?: T[K] | null };

/** The institute to change and the fields that change. */
export type UpdateInstitutionArgs = { id: string } & Patch<InstitutionFields>;

/** Changes the fields given (admins only); null clears the website and leaves the other fields as they are. */
export async function updateInstitution(
  db: Db,
  viewer: Viewer | null,
  input: UpdateInstitutionArgs,
): Promise<InstitutionResult> {
  ensureAllowed(viewer, canManageInstitutions(viewer), 'INSTITUTES_ADMIN_ONLY');
  const id = expectGlobalId(input.id, 'Institution', 'id');
  const current = await findInstitution(db, { id });
  if (!current) return { ok: false, errors: [userError('INSTITUTE_NOT_FOUND', 'id')] };
  const { fields, errors } = validate({
    slug: input.slug ?? current.slug,
    name: input.name ?? current.name,
    shortName: input.shortName ?? current.shortName,
    city: input.city ?? current.city,
    region: input.region ?? current.region,
    cityIt: input.cityIt ?? current.cityIt,
    regionIt: input.regionIt ?? current.regionIt,
    country: input.country ?? current.country,
    website: input.website === undefined ? current.website : input.website,
    contactEmail: input.contactEmail ?? current.contactEmail,
    description: input.description ?? current.description,
    mission: input.mission ?? current.mission,
    descriptionIt: input.descriptionIt ?? current.descriptionIt,
    missionIt: input.missionIt ?? current.missionIt,
    networks: input.networks ?? current.networks,
  });
  if (fields.slug !== current.slug && !errors.some((error) => error.field === 'slug')) {
    const taken = await slugTaken(db, fields.slug, id);
    if (taken) errors.push(taken);
  }
  if (errors.length) return { ok: false, errors };
  await db.updateTable('institution').set(columns(fields)).where('id', '=', id).execute();
  return { ok: true, institution: (await findInstitution(db, { id }))! };
}

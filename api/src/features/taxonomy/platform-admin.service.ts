import type { Db } from '@tt/db/database';
import {
  PLATFORM_CAPABILITIES_MAX,
  PLATFORM_CAPABILITY_MAX_LENGTH,
  PLATFORM_DESCRIPTION_MAX_LENGTH,
  PLATFORM_NAME_MAX_LENGTH,
} from '@tt/shared/limits';
import type { PlatformKind } from '@tt/shared/taxonomy-enums';
import { sql } from 'kysely';
import { canManagePlatformsOf } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { slugify } from '../../text/slugs.js';
import { type PlatformRecord, toPlatformRecord } from '../institutions/institution-records.js';

// An institute's research platforms, as its office (officers of that institute, admins) keeps them: adding, editing
// and retiring one. A retired platform leaves the public pages and the pickers; the listings, managers and service
// requests that name it keep it (it is never deleted).

export type PlatformOutcome = { ok: true; platform: PlatformRecord } | { ok: false; errors: UserError[] };

export interface PlatformTexts {
  name: string;
  kind: PlatformKind;
  description: string;
  descriptionIt: string;
  capabilities: string[];
  capabilitiesIt: string[];
}

function requireOffice(viewer: Viewer | null, institutionId: number): void {
  if (!viewer) throw unauthenticated();
  if (!canManagePlatformsOf(viewer, institutionId)) throw forbidden('PLATFORMS_OFFICE_ONLY');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The texts as stored (trimmed, empty capabilities dropped), or what is wrong with them. */
function checkTexts(input: PlatformTexts, errors: UserError[]): PlatformTexts {
  const texts = {
    name: oneLine(input.name),
    kind: input.kind,
    description: input.description.trim(),
    descriptionIt: input.descriptionIt.trim(),
    capabilities: input.capabilities.map(oneLine).filter(Boolean),
    capabilitiesIt: input.capabilitiesIt.map(oneLine).filter(Boolean),
  };
  if (!texts.name) errors.push(userError('PLATFORM_NAME_REQUIRED', 'name'));
  else if (texts.name.length > PLATFORM_NAME_MAX_LENGTH)
    errors.push(userError('PLATFORM_NAME_TOO_LONG', 'name', { max: PLATFORM_NAME_MAX_LENGTH }));
  if (!texts.description) errors.push(userError('PLATFORM_DESCRIPTION_REQUIRED', 'description'));
  for (const field of ['description', 'descriptionIt'] as const)
    if (texts[field].length > PLATFORM_DESCRIPTION_MAX_LENGTH)
      errors.push(userError('PLATFORM_DESCRIPTION_TOO_LONG', field, { max: PLATFORM_DESCRIPTION_MAX_LENGTH }));
  for (const field of ['capabilities', 'capabilitiesIt'] as const) {
    if (texts[field].length > PLATFORM_CAPABILITIES_MAX)
      errors.push(userError('PLATFORM_TOO_MANY_CAPABILITIES', field, { max: PLATFORM_CAPABILITIES_MAX }));
    texts[field].forEach((capability, index) => {
      if (capability.length > PLATFORM_CAPABILITY_MAX_LENGTH)
        errors.push(
          userError('PLATFORM_CAPABILITY_TOO_LONG', `${field}.${index}`, { max: PLATFORM_CAPABILITY_MAX_LENGTH }),
        );
    });
  }
  return texts;
}

async function nameTaken(db: Db, institutionId: number, name: string, exceptId: number | null): Promise<boolean> {
  const row = await db
    .selectFrom('platform')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('retired_at', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .$if(exceptId !== null, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  return row !== undefined;
}

async function allocatePlatformSlug(db: Db, name: string): Promise<string> {
  const base = slugify(name);
  await db
    .selectNoFrom((eb) =>
      eb.fn<void>('pg_advisory_xact_lock', [eb.fn<number>('hashtext', [sql.lit('platform-slug')])]).as('locked'),
    )
    .execute();
  const rows = await db
    .selectFrom('platform')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The platform a global id names, locked for the transaction; the office check comes after (its institute). */
async function lockPlatform(db: Db, globalId: string) {
  const parsed = parseGlobalId(globalId);
  if (parsed?.type !== 'Platform') return null;
  return (
    (await db.selectFrom('platform').selectAll().where('id', '=', parsed.id).forUpdate().executeTakeFirst()) ?? null
  );
}

function toColumns(texts: PlatformTexts) {
  return {
    name: texts.name,
    kind: texts.kind,
    description: texts.description,
    description_it: texts.descriptionIt,
    capabilities: texts.capabilities,
    capabilities_it: texts.capabilitiesIt,
  };
}

/** Adds a platform to an institute whose office the viewer is. */
export async function createPlatform(
  db: Db,
  viewer: Viewer | null,
  input: PlatformTexts & { institutionId: string },
): Promise<PlatformOutcome> {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(input.institutionId);
  const institution =
    parsed?.type === 'Institution'
      ? await db.selectFrom('institution').select('id').where('id', '=', parsed.id).executeTakeFirst()
      : undefined;
  if (!institution) {
    // Someone who is the office of no institute learns nothing about which ids exist.
    requireOffice(viewer, -1);
    return { ok: false, errors: [userError('PLATFORM_INSTITUTION_INVALID', 'institutionId')] };
  }
  requireOffice(viewer, institution.id);
  const errors: UserError[] = [];
  const texts = checkTexts(input, errors);
  if (errors.length) return { ok: false, errors };
  if (await nameTaken(db, institution.id, texts.name, null))
    return { ok: false, errors: [userError('PLATFORM_NAME_TAKEN', 'name')] };
  const row = await db
    .insertInto('platform')
    .values({ ...toColumns(texts), institution_id: institution.id, slug: await allocatePlatformSlug(db, texts.name) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ok: true, platform: toPlatformRecord(row) };
}

/** Edits a platform in use of the viewer's institute (its slug stays: addresses keep working). */
export async function updatePlatform(
  db: Db,
  viewer: Viewer | null,
  input: PlatformTexts & { id: string },
): Promise<PlatformOutcome> {
  if (!viewer) throw unauthenticated();
  const platform = await lockPlatform(db, input.id);
  if (!platform) {
    requireOffice(viewer, -1);
    return { ok: false, errors: [userError('PLATFORM_NOT_FOUND', 'id')] };
  }
  requireOffice(viewer, platform.institution_id);
  if (platform.retired_at) return { ok: false, errors: [userError('PLATFORM_RETIRED', 'id')] };
  const errors: UserError[] = [];
  const texts = checkTexts(input, errors);
  if (errors.length) return { ok: false, errors };
  if (await nameTaken(db, platform.institution_id, texts.name, platform.id))
    return { ok: false, errors: [userError('PLATFORM_NAME_TAKEN', 'name')] };
  const row = await db
    .updateTable('platform')
    .set(toColumns(texts))
    .where('id', '=', platform.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ok: true, platform: toPlatformRecord(row) };
}

/** Retires a platform of the viewer's institute: what names it keeps it; the public pages and pickers drop it. */
export async function retirePlatform(db: Db, viewer: Viewer | null, input: { id: string }): Promise<PlatformOutcome> {
  if (!viewer) throw unauthenticated();
  const platform = await lockPlatform(db, input.id);
  if (!platform) {
    requireOffice(viewer, -1);
    return { ok: false, errors: [userError('PLATFORM_NOT_FOUND', 'id')] };
  }
  requireOffice(viewer, platform.institution_id);
  if (platform.retired_at) return { ok: false, errors: [userError('PLATFORM_RETIRED', 'id')] };
  const row = await db
    .updateTable('platform')
    .set({ retired_at: sql<Date>`now()` })
    .where('id', '=', platform.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ok: true, platform: toPlatformRecord(row) };
}

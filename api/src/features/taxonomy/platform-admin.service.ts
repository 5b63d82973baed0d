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
import { type PlatformRecord, toPlatformRecord } from '../institutions/institution-records.js';
import { allocateSlug, checkName, oneLine } from './taxonomy-names.js';

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
  checkName(errors, 'name', texts.name, {
    max: PLATFORM_NAME_MAX_LENGTH,
    required: 'PLATFORM_NAME_REQUIRED',
    tooLong: 'PLATFORM_NAME_TOO_LONG',
  });
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

/**
 * The platform in use a global id names, locked for the transaction, once the viewer is known to be its institute's
 * office (someone who is the office of no institute learns nothing about which ids exist); else the errors to answer.
 */
async function lockPlatformInUse(db: Db, viewer: Viewer | null, globalId: string) {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(globalId);
  const platform =
    parsed?.type === 'Platform'
      ? await db.selectFrom('platform').selectAll().where('id', '=', parsed.id).forUpdate().executeTakeFirst()
      : undefined;
  if (!platform) {
    requireOffice(viewer, -1);
    return { ok: false as const, errors: [userError('PLATFORM_NOT_FOUND', 'id')] };
  }
  requireOffice(viewer, platform.institution_id);
  if (platform.retired_at) return { ok: false as const, errors: [userError('PLATFORM_RETIRED', 'id')] };
  return { ok: true as const, platform };
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
    .values({
      ...toColumns(texts),
      institution_id: institution.id,
      slug: await allocateSlug(db, 'platform', texts.name),
    })
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
  const locked = await lockPlatformInUse(db, viewer, input.id);
  if (!locked.ok) return locked;
  const { platform } = locked;
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
  const locked = await lockPlatformInUse(db, viewer, input.id);
  if (!locked.ok) return locked;
  const { platform } = locked;
  const row = await db
    .updateTable('platform')
    .set({ retired_at: sql<Date>`now()` })
    .where('id', '=', platform.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ok: true, platform: toPlatformRecord(row) };
}

import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { isDisclosureFinal } from '@tt/shared/disclosure-transitions';
import type { ErrorCode } from '@tt/shared/error-messages';
import { isEmail, normalizeEmail } from '@tt/shared/password-policy';
import { researcherDisclosurePath } from '@tt/shared/web-routes';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { requireDisclosure } from './disclosure.service.js';
import { disclosureMailKey, mailPeople } from './disclosure-mail.js';
import {
  type DisclosureOutcome,
  type DisclosureResearcherRecord,
  groupedByDisclosure,
  idList,
  refused,
  touchDisclosure,
} from './disclosure-records.js';

// Who is on a disclosure: its researchers (or its office) add colleagues of the same institute, who
// then see and edit it like the one who started it. Inventors from elsewhere are named in the form's
// inventor list instead; they get no access.

export interface AddDisclosureResearcherFields {
  disclosureId: string;
  email: string;
}

export interface RemoveDisclosureResearcherFields {
  disclosureId: string;
  userId: string;
}

/** The researchers of each disclosure, the one who started it first (a DataLoader's batch). */
export async function disclosureResearcherLists(
  db: Db,
  ids: readonly number[],
): Promise<DisclosureResearcherRecord[][]> {
  const rows = await db
    .selectFrom('disclosure_researcher as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .innerJoin('disclosure as d', 'd.id', 'r.disclosure_id')
    .select((eb) => [
      'r.disclosure_id',
      'u.id as user_id',
      'u.name',
      'u.email',
      eb('d.created_by_id', '=', eb.ref('u.id')).$castTo<boolean>().as('is_creator'),
    ])
    .where((eb) => eb('r.disclosure_id', '=', eb.fn.any(idList(ids))))
    .orderBy((eb) => eb.parens('d.created_by_id', '=', eb.ref('u.id')), 'desc')
    .orderBy((eb) => eb.fn('lower', ['u.name']))
    .orderBy('u.id')
    .execute();
  return groupedByDisclosure(ids, rows, (row) => ({
    userId: toGlobalId('User', row.user_id),
    name: row.name,
    email: row.email,
    isCreator: row.is_creator,
  }));
}

/**
 * The disclosure whose researchers change, how to fail on one of its fields, and the failure already due when
 * it is closed (who is on a published, declined or withdrawn disclosure no longer changes).
 */
async function researchersChange(db: Db, viewer: Viewer, disclosureId: string) {
  const { disclosure, side } = await requireDisclosure(db, viewer, disclosureId);
  const fail = (code: ErrorCode, field: string): DisclosureOutcome => refused(disclosure.dbId, userError(code, field));
  const closed = isDisclosureFinal(disclosure.status) ? fail('DISCLOSURE_CLOSED', 'disclosureId') : null;
  return { disclosure, side, fail, closed };
}

/**
 * Adds a researcher account of the disclosure's institute, found by e-mail, and tells them (at most once in
 * 10 minutes, so adding and removing someone again and again cannot flood their mailbox). Open to
 * its researchers and its office while the disclosure is not closed (published, declined, withdrawn).
 */
export async function addDisclosureResearcher(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: AddDisclosureResearcherFields,
  publicUrl: string,
): Promise<DisclosureOutcome> {
  const { disclosure, fail, closed } = await researchersChange(db, viewer, input.disclosureId);
  if (closed) return closed;
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) return fail('EMAIL_INVALID', 'email');
  const person = await db
    .selectFrom('app_user')
    .select(['id', 'name', 'email', 'language', 'role', 'institution_id'])
    .where('email', '=', email)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!person || person.role !== UserRole.RESEARCHER || person.institution_id !== disclosure.institutionId) {
    // One answer for an unknown address, an account that is not a researcher's and a researcher of another
    // institute: the caller may know the researchers of their own institute, nothing about anyone else.
    return fail('NO_SUCH_RESEARCHER', 'email');
  }
  if (disclosure.researcherIds.includes(person.id)) {
    return fail('RESEARCHER_ALREADY_ON_DISCLOSURE', 'email');
  }
  await db.insertInto('disclosure_researcher').values({ disclosure_id: disclosure.dbId, user_id: person.id }).execute();
  await touchDisclosure(db, disclosure.dbId);
  if (
    !(await limiter.tryConsume('MESSAGE_MAIL_PER_RECIPIENT_AND_THREAD', disclosureMailKey(disclosure.dbId, person.id)))
  ) {
    return { ok: true, disclosureId: disclosure.dbId };
  }
  const by = await db.selectFrom('app_user').select('name').where('id', '=', viewer.userId).executeTakeFirst();
  const what = { event: 'SHARED', byName: by?.name ?? '' } as const;
  await mailPeople(db, [person], disclosure, what, publicUrl, researcherDisclosurePath);
  return { ok: true, disclosureId: disclosure.dbId };
}

/**
 * Takes a researcher off a disclosure (they lose access to it). A disclosure keeps at least one
 * researcher; the one who started it can be taken off only by the office (for instance when they
 * have left the institute), not by a colleague, nor leave themselves. Others may leave.
 */
export async function removeDisclosureResearcher(
  db: Db,
  viewer: Viewer,
  input: RemoveDisclosureResearcherFields,
): Promise<DisclosureOutcome> {
  const { disclosure, side, fail, closed } = await researchersChange(db, viewer, input.disclosureId);
  if (closed) return closed;
  const parsed = parseGlobalId(input.userId);
  const userId = parsed?.type === 'User' ? parsed.id : null;
  if (userId === null || !disclosure.researcherIds.includes(userId)) {
    return fail('NOT_ON_DISCLOSURE', 'userId');
  }
  if (disclosure.researcherIds.length === 1) {
    return fail('LAST_RESEARCHER', 'userId');
  }
  const { created_by_id: creatorId } = await db
    .selectFrom('disclosure')
    .select('created_by_id')
    .where('id', '=', disclosure.dbId)
    .executeTakeFirstOrThrow();
  if (side === 'RESEARCHER' && creatorId === userId) {
    return fail('CREATOR_STAYS_ON_DISCLOSURE', 'userId');
  }
  await db
    .deleteFrom('disclosure_researcher')
    .where('disclosure_id', '=', disclosure.dbId)
    .where('user_id', '=', userId)
    .execute();
  await touchDisclosure(db, disclosure.dbId);
  return { ok: true, disclosureId: disclosure.dbId };
}

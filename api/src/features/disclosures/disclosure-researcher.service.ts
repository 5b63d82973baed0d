import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import { isDisclosureFinal } from '@tt/shared/disclosure-transitions';
import { isEmail, normalizeEmail } from '@tt/shared/password-policy';
import { researcherDisclosurePath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { RateLimiter } from '../../auth/rate-limiter.js';
import type { Viewer } from '../../auth/viewer.js';
import { userError } from '../../errors/user-error.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { type DisclosureOutcome, disclosureMailKey, requireDisclosure } from './disclosure.service.js';
import type { DisclosureResearcherType } from './disclosure-researcher.type.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

// Who is on a disclosure: its researchers (or its office) add colleagues of the same institute, who
// then see and edit it like the one who started it. Inventors from elsewhere are named in the form's
// inventor list instead; they get no access.

/** The researchers of each disclosure, the one who started it first (a DataLoader's batch). */
export async function disclosureResearcherLists(db: Db, ids: readonly number[]): Promise<DisclosureResearcherType[][]> {
  const { rows } = await sql<{
    disclosure_id: number;
    user_id: number;
    name: string;
    email: string;
    is_creator: boolean;
  }>`select r.disclosure_id, u.id as user_id, u.name, u.email, d.created_by_id = u.id as is_creator
    from disclosure_researcher r join app_user u on u.id = r.user_id join disclosure d on d.id = r.disclosure_id
    where r.disclosure_id = any(${ids}::int[])
    order by (d.created_by_id = u.id) desc, lower(u.name), u.id`.execute(db);
  const groups = new Map<number, DisclosureResearcherType[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    groups.get(row.disclosure_id)?.push({
      userId: toGlobalId('User', row.user_id),
      name: row.name,
      email: row.email,
      isCreator: row.is_creator,
    });
  }
  return ids.map((id) => groups.get(id)!);
}

const CLOSED_MESSAGE = 'This disclosure is closed: who is on it can no longer change.';
// One answer for an unknown address, an account that is not a researcher's and a researcher of another
// institute: the caller may know the researchers of their own institute, nothing about anyone else.
const NO_SUCH_RESEARCHER = 'No researcher of your institute uses this e-mail address.';

/**
 * Adds a researcher account of the disclosure's institute, found by e-mail, and tells them (at most once in
 * 10 minutes, so adding and removing someone again and again cannot flood their mailbox). Open to
 * its researchers and its office while the disclosure is not closed (published, declined, withdrawn).
 */
export async function addDisclosureResearcher(
  db: Db,
  limiter: RateLimiter,
  viewer: Viewer,
  input: { disclosureId: string; email: string },
  publicUrl: string,
): Promise<DisclosureOutcome> {
  const { disclosure } = await requireDisclosure(db, viewer, input.disclosureId);
  const fail = (code: string, message: string, field: string): DisclosureOutcome => ({
    ok: false,
    disclosureId: disclosure.dbId,
    errors: [userError(code, message, field)],
  });
  if (isDisclosureFinal(disclosure.status)) return fail('CLOSED', CLOSED_MESSAGE, 'disclosureId');
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) return fail('INVALID', 'Enter an e-mail address.', 'email');
  const { rows } = await sql<{
    id: number;
    name: string;
    email: string;
    role: UserRole;
    institution_id: number | null;
  }>`
    select id, name, email, role, institution_id from app_user where email = ${email} and disabled_at is null`.execute(
    db,
  );
  const person = rows[0];
  if (!person || person.role !== UserRole.RESEARCHER || person.institution_id !== disclosure.institutionId) {
    return fail('NO_SUCH_RESEARCHER', NO_SUCH_RESEARCHER, 'email');
  }
  if (disclosure.researcherIds.includes(person.id)) {
    return fail('ALREADY_ON_IT', 'This researcher is already on the disclosure.', 'email');
  }
  await sql`insert into disclosure_researcher (disclosure_id, user_id) values (${disclosure.dbId}, ${person.id})`.execute(
    db,
  );
  await sql`update disclosure set updated_at = now() where id = ${disclosure.dbId}`.execute(db);
  if (
    !(await limiter.tryConsume('MESSAGE_MAIL_PER_RECIPIENT_AND_THREAD', disclosureMailKey(disclosure.dbId, person.id)))
  ) {
    return { ok: true, disclosureId: disclosure.dbId };
  }
  const { rows: by } = await sql<{ name: string }>`select name from app_user where id = ${viewer.userId}`.execute(db);
  await enqueueMail(db, {
    to: person.email,
    template: 'disclosure-update',
    data: {
      name: person.name,
      title: disclosure.title ?? 'Untitled disclosure',
      event: `shared with you by ${by[0]?.name ?? 'a colleague'}`,
      note: 'You can now read it, edit it while it is a draft, and answer the office.',
      disclosureUrl: `${publicUrl}${researcherDisclosurePath(disclosure.id)}`,
    },
  });
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
  input: { disclosureId: string; userId: string },
): Promise<DisclosureOutcome> {
  const { disclosure, side } = await requireDisclosure(db, viewer, input.disclosureId);
  const fail = (code: string, message: string, field: string): DisclosureOutcome => ({
    ok: false,
    disclosureId: disclosure.dbId,
    errors: [userError(code, message, field)],
  });
  if (isDisclosureFinal(disclosure.status)) return fail('CLOSED', CLOSED_MESSAGE, 'disclosureId');
  const parsed = parseGlobalId(input.userId);
  const userId = parsed?.type === 'User' ? parsed.id : null;
  if (userId === null || !disclosure.researcherIds.includes(userId)) {
    return fail('NOT_ON_DISCLOSURE', 'This person is not on the disclosure.', 'userId');
  }
  if (disclosure.researcherIds.length === 1) {
    return fail('LAST_RESEARCHER', 'A disclosure needs at least one researcher: add another one first.', 'userId');
  }
  const { rows } = await sql<{ created_by_id: number }>`
    select created_by_id from disclosure where id = ${disclosure.dbId}`.execute(db);
  if (side === 'RESEARCHER' && rows[0]!.created_by_id === userId) {
    return fail(
      'CREATOR',
      'The researcher who started the disclosure stays on it; only the office can take them off.',
      'userId',
    );
  }
  await sql`delete from disclosure_researcher where disclosure_id = ${disclosure.dbId} and user_id = ${userId}`.execute(
    db,
  );
  await sql`update disclosure set updated_at = now() where id = ${disclosure.dbId}`.execute(db);
  return { ok: true, disclosureId: disclosure.dbId };
}

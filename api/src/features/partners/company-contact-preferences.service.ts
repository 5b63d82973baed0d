import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import { isPhoneNumber, PARTNER_LIMITS } from '@tt/shared/partner-rules';
import type { Actor } from '../../auth/policies.js';
import type { Viewer } from '../../auth/viewer.js';
import { languageOnSave } from '../../database/written-language.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';

// A company says which of its people the institutes' offices may contact, and how (e-mail, phone), with a short
// "how to reach us" note. Its members keep it; the offices (officers of any institute, admins) read it on their
// partner records. Nobody else: it is not part of the public profile.

export interface ContactPersonRecord {
  userId: string;
  name: string;
  title: string | null;
  /** The account's address when the person may be e-mailed; null otherwise. */
  email: string | null;
  /** The number to call; null when not by phone. */
  phone: string | null;
}

export interface ContactPreferencesRecord {
  note: string;
  noteLanguage: Language;
  people: ContactPersonRecord[];
}

export function maySeeContactPreferences(viewer: Actor | null, companyId: number): boolean {
  if (!viewer) return false;
  if (viewer.role === UserRole.ADMIN || viewer.role === UserRole.TT_OFFICER) return true;
  return viewer.role === UserRole.COMPANY_MEMBER && viewer.companyId === companyId;
}

/** The company's note and its people who may be contacted (active accounts only), by name. */
export async function readContactPreferences(db: Db, companyId: number): Promise<ContactPreferencesRecord> {
  const [company, people] = await Promise.all([
    db
      .selectFrom('company')
      .select(['contact_note', 'contact_note_language'])
      .where('id', '=', companyId)
      .executeTakeFirst(),
    db
      .selectFrom('company_contact_person as p')
      .innerJoin('app_user as u', 'u.id', 'p.user_id')
      .select(['u.id', 'u.name', 'u.title', 'u.email', 'p.by_email', 'p.phone'])
      .where('u.company_id', '=', companyId)
      .where('u.disabled_at', 'is', null)
      .orderBy((eb) => eb.fn('lower', ['u.name']))
      .orderBy('u.id')
      .execute(),
  ]);
  return {
    note: company?.contact_note ?? '',
    noteLanguage: company?.contact_note_language ?? 'en',
    people: people.map((person) => ({
      userId: toGlobalId('User', person.id),
      name: person.name,
      title: person.title,
      email: person.by_email ? person.email : null,
      phone: person.phone || null,
    })),
  };
}

export interface ContactPreferencesInput {
  note: string;
  people: { userId: string; byEmail: boolean; phone?: string | null }[];
}

/** A member replaces their company's preferences as a whole. */
export async function setContactPreferences(
  db: Db,
  viewer: Viewer | null,
  input: ContactPreferencesInput,
  language: Language,
): Promise<{ ok: true; companyId: number } | { ok: false; errors: UserError[] }> {
  if (!viewer) throw unauthenticated();
  if (viewer.role !== UserRole.COMPANY_MEMBER || viewer.companyId === null)
    throw forbidden('CONTACT_PEOPLE_MEMBERS_ONLY');
  const companyId = viewer.companyId;
  const errors: UserError[] = [];
  const note = input.note.trim();
  if (note.length > PARTNER_LIMITS.contactNoteMax)
    errors.push(userError('TEXT_TOO_LONG', 'note', { max: PARTNER_LIMITS.contactNoteMax }));
  const people = input.people.map((person) => {
    const parsed = parseGlobalId(person.userId);
    return {
      userId: parsed?.type === 'User' ? parsed.id : 0,
      byEmail: person.byEmail,
      phone: person.phone?.trim() ?? '',
    };
  });
  const members = new Set(
    (
      await db
        .selectFrom('app_user')
        .select('id')
        .where('company_id', '=', companyId)
        .where('disabled_at', 'is', null)
        .execute()
    ).map((row) => row.id),
  );
  if (people.some((person) => !members.has(person.userId)))
    errors.push(userError('CONTACT_PERSON_NOT_MEMBER', 'people'));
  if (people.some((person) => !person.byEmail && !person.phone))
    errors.push(userError('CONTACT_PERSON_CHANNEL_REQUIRED', 'people'));
  if (people.some((person) => person.phone && !isPhoneNumber(person.phone)))
    errors.push(userError('PARTNER_CONTACT_PHONE_INVALID', 'people'));
  if (errors.length) return { ok: false, errors };

  await db
    .updateTable('company')
    .set({
      contact_note: note,
      contact_note_language: languageOnSave(['contact_note'], [note], language, 'contact_note_language'),
    })
    .where('id', '=', companyId)
    .execute();
  await db
    .deleteFrom('company_contact_person')
    .where('user_id', 'in', (eb) => eb.selectFrom('app_user').select('id').where('company_id', '=', companyId))
    .execute();
  const unique = [...new Map(people.map((person) => [person.userId, person])).values()];
  if (unique.length)
    await db
      .insertInto('company_contact_person')
      .values(unique.map((person) => ({ user_id: person.userId, by_email: person.byEmail, phone: person.phone })))
      .execute();
  return { ok: true, companyId };
}

import type { Db } from '@tt/db/database';
import { UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import { enqueueMailEach } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import type { DisclosureMailEvent } from '../../mail/mail-templates.js';
import type { DisclosureRecord } from './disclosure-records.js';

// Who is told about a disclosure's changes and messages, and the e-mail they get.

export interface MailedPerson {
  id: number;
  email: string;
  name: string;
  language: Language;
}

/**
 * Tells each person, in their language, what happened to the disclosure: `note` is the office's reason or the
 * message's beginning ('' for the event's own words), `byName` who added them (SHARED).
 */
export async function mailPeople(
  db: Db,
  people: readonly Omit<MailedPerson, 'id'>[],
  disclosure: DisclosureRecord,
  what: { event: DisclosureMailEvent; note?: string | null; byName?: string },
  publicUrl: string,
  pathTo: (id: string) => string,
) {
  await enqueueMailEach(db, people, (person) => ({
    to: person.email,
    language: person.language,
    template: 'disclosure-update',
    data: {
      name: person.name,
      title: disclosure.title ?? '',
      event: what.event,
      note: what.note ?? '',
      byName: what.byName ?? '',
      disclosureUrl: mailLink(publicUrl, person.language, pathTo(disclosure.id)),
    },
  }));
}

/** The key of the quiet limit on e-mails to one person about one disclosure's thread (rate-limits.ts). */
export function disclosureMailKey(disclosureId: number, userId: number): string {
  return `disclosure:${disclosureId}:user:${userId}`;
}

/** The active researcher accounts on the disclosure. */
export function researchersOf(db: Db, disclosureId: number): Promise<MailedPerson[]> {
  return db
    .selectFrom('disclosure_researcher as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.language'])
    .where('r.disclosure_id', '=', disclosureId)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.id')
    .execute();
}

/** The assignee if there is one, else every active officer of the institute. */
export function officeOf(db: Db, disclosure: DisclosureRecord, everyone: boolean): Promise<MailedPerson[]> {
  return db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.email', 'u.name', 'u.language'])
    .where('u.role', '=', UserRole.TT_OFFICER)
    .where('u.institution_id', '=', disclosure.institutionId)
    .where('u.disabled_at', 'is', null)
    .where((eb) =>
      eb.or([eb.val(everyone || disclosure.assigneeId === null), eb('u.id', '=', disclosure.assigneeId ?? 0)]),
    )
    .orderBy('u.id')
    .execute();
}

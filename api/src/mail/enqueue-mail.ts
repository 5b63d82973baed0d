import type { Database, Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import { expressionBuilder, sql } from 'kysely';
import type { MailTemplate, OutgoingMail } from './mail-templates.js';
import { parseMail } from './render-mail.js';

/** `now()`, in a plain object given to `values` (whose keys, unlike a factory's, are checked against the table). */
const now = expressionBuilder<Database>().fn<Date>('now');

const MAX_RECIPIENT_LENGTH = 200; // the column's length

// Not RFC 5322: one address, no spaces, separators or brackets that could add recipients or headers.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

export function isPlausibleEmail(address: string): boolean {
  return address.length <= MAX_RECIPIENT_LENGTH && ADDRESS.test(address) && !/\p{Cc}/u.test(address);
}

/**
 * Writes one e-mail to the outbox, with the language it is to be written in (the recipient's); the sender
 * renders and delivers it later. Pass the Kysely of the transaction
 * that makes the change the mail reports (`em.getKysely()` inside `em.transactional`), so the mail
 * exists exactly when the change does. Returns the outbox row's id.
 */
export async function enqueueMail<T extends MailTemplate>(db: Db, mail: OutgoingMail<T>): Promise<number> {
  const row = outboxRow(mail);
  const { id } = await db
    .insertInto('outbox_message')
    .values({
      recipient: row.recipient,
      template: row.template,
      language: row.language,
      // JSON text, cast: the column's type is the parsed object.
      data: sql<Record<string, unknown>>`${row.data}::jsonb`,
      status: 'PENDING',
      attempts: 0,
      next_attempt_at: now,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** One e-mail to each recipient, in their order, each written as `enqueueMail` writes it. */
export async function enqueueMailEach<R, T extends MailTemplate>(
  db: Db,
  recipients: readonly R[],
  mail: (recipient: R) => OutgoingMail<T>,
): Promise<void> {
  for (const recipient of recipients) await enqueueMail(db, mail(recipient));
}

/**
 * The outbox columns of one e-mail, checked as `enqueueMail` checks them, for callers that write the outbox
 * row within a larger statement (recipient, template, language, data as JSON text).
 */
export function outboxRow<T extends MailTemplate>(
  mail: OutgoingMail<T>,
): { recipient: string; template: T; language: Language; data: string } {
  const to = mail.to.trim();
  if (!isPlausibleEmail(to)) throw new Error(`Not a valid e-mail address: "${mail.to.slice(0, 80)}"`);
  // Fails now, inside the caller's transaction, rather than in the sender minutes later.
  parseMail(mail.template, mail.data, mail.language);
  return { recipient: to, template: mail.template, language: mail.language, data: JSON.stringify(mail.data) };
}

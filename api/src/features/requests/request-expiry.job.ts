import type { Db } from '@tt/db/database';
import { RequestStatus } from '@tt/shared/technology-request-enums';
import { REQUEST_LIMITS } from '@tt/shared/technology-request-rules';
import { requestPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { enqueueMailEach } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';

/** Today in UTC, as PostgreSQL counts it: the day the web and the rules count deadlines from. */
const TODAY = sql<string>`(now() at time zone 'UTC')::date`;
const NOW = sql<Date>`now()`;

export interface RequestExpiryCounts {
  reminded: number;
  expired: number;
}

/**
 * A week before its deadline, the author of an open request is reminded, once: the rows are claimed by an
 * update that sets expiry_reminder_sent_at where it is still null, and the e-mails are written to the outbox in
 * the same transaction. A second process running at the same time waits on the claimed rows, then finds them
 * reminded and skips them: each reminder is sent exactly once. A request published inside that week is not
 * reminded of a deadline it has just chosen.
 */
export async function remindOfDeadlines(db: Db, publicUrl: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .updateTable('technology_request as r')
      .from('app_user as u')
      .set({ expiry_reminder_sent_at: NOW })
      .whereRef('u.id', '=', 'r.author_id')
      .where('r.status', '=', RequestStatus.OPEN)
      .where('r.expiry_reminder_sent_at', 'is', null)
      .where(sql<boolean>`r.deadline >= ${TODAY}`)
      .where(sql<boolean>`r.deadline - ${REQUEST_LIMITS.reminderDays}::int <= ${TODAY}`)
      .where(sql<boolean>`(r.created_at at time zone 'UTC')::date < r.deadline - ${REQUEST_LIMITS.reminderDays}::int`)
      .returning([
        'r.slug',
        'r.title',
        sql<string>`to_char(r.deadline, 'YYYY-MM-DD')`.as('deadline_day'),
        'u.email',
        'u.name',
        'u.language',
        // Someone who left the company or whose account is disabled is not e-mailed about it (still claimed).
        sql<boolean>`u.company_id is not distinct from r.company_id and u.disabled_at is null`.as('reachable'),
      ])
      .execute();
    const reachable = rows.filter((row) => row.reachable);
    await enqueueMailEach(tx, reachable, (row) => ({
      to: row.email,
      language: row.language,
      template: 'request-expiry-reminder',
      data: {
        name: row.name,
        requestTitle: row.title,
        deadline: row.deadline_day,
        requestUrl: mailLink(publicUrl, row.language, requestPath(row.slug)),
      },
    }));
    return reachable.length;
  });
}

/** Open requests whose deadline has passed become EXPIRED (one statement: safe from several processes). */
export async function expireRequests(db: Db): Promise<number> {
  const result = await db
    .updateTable('technology_request')
    .set({ status: RequestStatus.EXPIRED, closed_at: NOW, updated_at: NOW })
    .where('status', '=', RequestStatus.OPEN)
    .where(sql<boolean>`deadline < ${TODAY}`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function runRequestExpiry(db: Db, publicUrl: string): Promise<RequestExpiryCounts> {
  const reminded = await remindOfDeadlines(db, publicUrl);
  const expired = await expireRequests(db);
  return { reminded, expired };
}

/**
 * Technology requests' deadlines, hourly: reminders a week before, and expiry once the deadline's day is over.
 * The links in the reminders lead to the configured public URL.
 */
export function requestExpiryJob(publicUrl: string): JobDefinition {
  return {
    name: 'technology-request-expiry',
    cron: '41 * * * *',
    async run({ db, logger }) {
      const counts = await runRequestExpiry(db, publicUrl);
      if (counts.reminded > 0 || counts.expired > 0) logger.info(counts, 'technology requests: reminders and expiry');
    },
  };
}

import type { Db } from '@tt/db/database';
import { AGREEMENT_LIMITS, AgreementStatus, IN_FORCE_AGREEMENT_STATUSES } from '@tt/shared/agreement-rules';
import { officeAgreementPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { enqueueMailEach } from '../../mail/enqueue-mail.js';
import { mailLink } from '../../mail/mail-links.js';
import { toGlobalId } from '../../schema/global-id.js';
import { listingsOfAgreements, recomputeListingAvailability } from './listing-availability.service.js';

/** Today in UTC, as PostgreSQL counts it: the day expiry dates are counted from. */
const TODAY = sql<string>`(now() at time zone 'UTC')::date`;
const NOW = sql<Date>`now()`;
/** The statuses in force, as literals: what the partial index agreement_in_force_expiry_idx is written with. */
const IN_FORCE = sql.raw(`(${IN_FORCE_AGREEMENT_STATUSES.map((status) => `'${status}'`).join(', ')})`);

export interface AgreementExpiryCounts {
  reminded: number;
  expired: number;
}

/**
 * Thirty days before a signed or active agreement expires, its owner officer is reminded, once: the rows are
 * claimed by an update that sets expiry_reminder_sent_at where it is still null, and the e-mails are written to the
 * outbox in the same transaction. A second process running at the same time waits on the claimed rows, then finds
 * them reminded and skips them. An owner who left the institute or was disabled is not e-mailed (still claimed);
 * an agreement without an owner has nobody to remind.
 */
export async function remindOfAgreementExpiries(db: Db, publicUrl: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .updateTable('agreement as g')
      .from('app_user as u')
      .set({ expiry_reminder_sent_at: NOW })
      .whereRef('u.id', '=', 'g.owner_id')
      .where(sql<boolean>`g.status in ${IN_FORCE}`)
      .where('g.expiry_reminder_sent_at', 'is', null)
      .where(sql<boolean>`g.expiry_date >= ${TODAY}`)
      .where(sql<boolean>`g.expiry_date - ${AGREEMENT_LIMITS.expiryReminderDays}::int <= ${TODAY}`)
      .returning([
        'g.id',
        'g.title',
        'g.type',
        sql<string>`to_char(g.expiry_date, 'YYYY-MM-DD')`.as('expiry_day'),
        sql<string>`(select c.name from company c where c.id = g.company_id)`.as('company_name'),
        'u.email',
        'u.name',
        'u.language',
        sql<boolean>`u.institution_id is not distinct from g.institution_id and u.disabled_at is null`.as('reachable'),
      ])
      .execute();
    const reachable = rows.filter((row) => row.reachable);
    await enqueueMailEach(tx, reachable, (row) => ({
      to: row.email,
      language: row.language,
      template: 'agreement-expiry-reminder',
      data: {
        name: row.name,
        agreementTitle: row.title,
        companyName: row.company_name,
        type: row.type,
        expiryDate: row.expiry_day,
        agreementUrl: mailLink(publicUrl, row.language, officeAgreementPath(toGlobalId('Agreement', row.id))),
      },
    }));
    return reachable.length;
  });
}

/**
 * Signed and active agreements past their expiry date become EXPIRED (one update: safe from several processes), and
 * the listings they covered have their availability recomputed in the same transaction.
 */
export async function expireAgreements(db: Db, publicUrl: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const expired = await tx
      .updateTable('agreement')
      .set({ status: AgreementStatus.EXPIRED, updated_at: NOW })
      .where(sql<boolean>`status in ${IN_FORCE}`)
      .where(sql<boolean>`expiry_date < ${TODAY}`)
      .returning('id')
      .execute();
    const ids = expired.map((row) => row.id);
    await recomputeListingAvailability(tx, await listingsOfAgreements(tx, ids), publicUrl);
    return ids.length;
  });
}

export async function runAgreementExpiry(db: Db, publicUrl: string): Promise<AgreementExpiryCounts> {
  const reminded = await remindOfAgreementExpiries(db, publicUrl);
  const expired = await expireAgreements(db, publicUrl);
  return { reminded, expired };
}

/** Agreements' expiry dates, hourly: the owner's reminder 30 days before, and EXPIRED once the day is over. */
export function agreementExpiryJob(publicUrl: string): JobDefinition {
  return {
    name: 'agreement-expiry',
    cron: '47 * * * *',
    async run({ db, logger }) {
      const counts = await runAgreementExpiry(db, publicUrl);
      if (counts.reminded > 0 || counts.expired > 0) logger.info(counts, 'agreements: reminders and expiry');
    },
  };
}

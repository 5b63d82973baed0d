import type { Db } from '@tt/db/database';
import { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { sql } from 'kysely';
import type { JobDefinition } from '../../jobs/job-runner.js';

/** Today in UTC, as PostgreSQL counts it: the day capacity dates are counted from (as listing expiry). */
const TODAY = sql<string>`(now() at time zone 'UTC')::date`;

/**
 * Services fully booked until a day that is over accept requests again: stored so, so the catalogue's facet
 * "accepting requests" (the search rows, the kept counts, the revision, all moved by the listing's triggers)
 * agrees with what the listing's page computes on read. One claiming statement, by the partial index: a second
 * process running at the same time waits on the rows, then finds them accepting and skips them. updated_at is
 * left alone (no edit of the office's).
 */
export async function reopenFullyBookedServices(db: Db): Promise<number> {
  const rows = await db
    .updateTable('asset as a')
    .set({ capacity_status: ServiceCapacityStatus.ACCEPTING_REQUESTS, fully_booked_until: null })
    .where('a.capacity_status', '=', ServiceCapacityStatus.FULLY_BOOKED)
    .where(sql<boolean>`a.fully_booked_until < ${TODAY}`)
    .returning('a.id')
    .execute();
  // A next slot that has passed is no longer news: cleared, so cached catalogue answers are renewed too.
  await db
    .updateTable('asset as a')
    .set({ next_slot_on: null })
    .where(sql<boolean>`a.next_slot_on < ${TODAY}`)
    .execute();
  return rows.length;
}

/** Hourly: a service reopens within the hour after its last fully booked day. */
export const capacityReopeningJob: JobDefinition = {
  name: 'service-capacity-reopening',
  cron: '41 * * * *',
  async run({ db, logger }) {
    const reopened = await reopenFullyBookedServices(db);
    if (reopened > 0) logger.info({ reopened }, 'services: fully booked periods over, accepting requests again');
  },
};

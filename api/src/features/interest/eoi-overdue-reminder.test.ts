import { setTimeout as sleep } from 'node:timers/promises';
import { officeEoiPath } from '@tt/shared/web-routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../jobs/job-runner.js';
import { createLogger } from '../../logger.js';
import { captureTransport } from '../../mail/mail-transport.js';
import { outboxJob } from '../../mail/outbox.job.js';
import { OutboxSender } from '../../mail/outbox-sender.js';
import { toGlobalId } from '../../schema/global-id.js';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import { overdueReminderJob } from './eoi-overdue-reminder.job.js';
import { sendOverdueReminders } from './eoi-overdue-reminder.service.js';

const testDb = useTestOrm();
const logger = createLogger('silent');

const run = () => testDb.orm.em.fork().transactional((tx) => sendOverdueReminders(tx.getKysely(), 'http://tt.test'));

/** An EoI past its response date, unanswered, from the demo buyer on a listing with a contact officer. */
async function overdueEoi(key: string): Promise<{ id: number; officer: string }> {
  const em = testDb.orm.em.fork();
  const [eoi] = await em.execute<{ id: number; officer: string }[]>(
    `with created as (
       insert into expression_of_interest (asset_id, company_id, submitter_id, interest_type, message, status, priority,
         idempotency_key, response_due_at, last_activity_at, created_at, updated_at)
       select a.id, u.company_id, u.id, 'LICENSE', 'We would like to license this technology soon.', 'SUBMITTED', 'NORMAL',
         ?, now() - interval '1 hour', now(), now() - interval '8 days', now()
       from asset a, app_user u where a.status = 'PUBLISHED' and a.contact_officer_id is not null
         and u.email = 'buyer@medisense.demo' and not exists (select 1 from expression_of_interest x where x.asset_id = a.id and x.company_id = u.company_id)
       limit 1 returning id, asset_id)
     select created.id, o.email as officer from created join asset a on a.id = created.asset_id
       join app_user o on o.id = a.contact_officer_id`,
    [key],
  );
  return eoi!;
}

async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(25);
  }
}

describe('overdue reminders', () => {
  beforeAll(async () => {
    // Start from a known state: nothing else is overdue.
    await testDb.orm.em
      .fork()
      .execute(`update expression_of_interest set response_due_at = now() + interval '30 days'`);
  });

  it('remind the assignee or contact officer once a day at most, and only while unanswered', async () => {
    const em = testDb.orm.em.fork();
    const eoi = await overdueEoi('overdue-test');
    const mails = () =>
      em.execute<{ recipient: string }[]>(`select recipient from outbox_message where template = 'eoi-overdue'`);
    const before = (await mails()).length;
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect((await mails()).length).toBe(before + 1);
    // A day later, still unanswered: reminded again.
    await em.execute(
      `update expression_of_interest set overdue_notified_at = now() - interval '25 hours' where id = ?`,
      [eoi.id],
    );
    expect(await run()).toBe(1);
    // Answered: never again.
    await em.execute(
      `update expression_of_interest set first_response_at = now(), overdue_notified_at = null where id = ?`,
      [eoi.id],
    );
    expect(await run()).toBe(0);
  });

  describe('as a job', () => {
    let runner: JobRunner;
    const transport = captureTransport();
    beforeAll(async () => {
      // Only this test's e-mail goes out.
      await testDb.orm.em.fork().execute('delete from outbox_message');
      runner = new JobRunner({
        databaseUrl: testDb.database.url,
        orm: testDb.orm,
        logger,
        jobs: [
          overdueReminderJob('http://tt.test'),
          outboxJob(new OutboxSender({ orm: testDb.orm, transport, logger })),
        ],
        pollingIntervalSeconds: 0.5,
      });
      await runner.start();
    });
    afterAll(() => runner?.stop());

    it('is scheduled every quarter of an hour, and its reminder e-mail goes out once', async () => {
      expect(await runner.schedules()).toContainEqual({ name: 'eoi-overdue-reminders', cron: '*/15 * * * *' });
      const eoi = await overdueEoi('overdue-job-test');
      const link = officeEoiPath(toGlobalId('ExpressionOfInterest', eoi.id));
      const reminders = () => transport.sent.filter((mail) => mail.text.includes(link));
      await runner.runNow('eoi-overdue-reminders');
      await until(() => reminders().length === 1);
      expect(reminders()[0]).toMatchObject({ to: eoi.officer });
      // Run again: reminded already today, nothing more.
      await runner.runNow('eoi-overdue-reminders');
      await sleep(1500);
      expect(reminders()).toHaveLength(1);
    });
  });
});

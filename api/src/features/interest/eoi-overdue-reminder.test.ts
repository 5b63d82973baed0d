import { describe, expect, it } from 'vitest';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import { sendOverdueReminders } from './eoi-overdue-reminder.service.js';

const testDb = useTestOrm();

const run = () => testDb.orm.em.fork().transactional((tx) => sendOverdueReminders(tx.getKysely(), 'http://tt.test'));

describe('overdue reminders', () => {
  it('remind the assignee or contact officer once a day at most, and only while unanswered', async () => {
    const em = testDb.orm.em.fork();
    // Start from a known state: nothing else is overdue.
    await em.execute(`update expression_of_interest set response_due_at = now() + interval '30 days'`);
    const [eoi] = await em.execute<{ id: number }[]>(
      `insert into expression_of_interest (asset_id, company_id, submitter_id, interest_type, message, status, priority,
         idempotency_key, response_due_at, last_activity_at, created_at, updated_at)
       select a.id, u.company_id, u.id, 'LICENSE', 'We would like to license this technology soon.', 'SUBMITTED', 'NORMAL',
         'overdue-test', now() - interval '1 hour', now(), now() - interval '8 days', now()
       from asset a, app_user u where a.status = 'PUBLISHED' and a.contact_officer_id is not null
         and u.email = 'buyer@medisense.demo' and not exists (select 1 from expression_of_interest x where x.asset_id = a.id and x.company_id = u.company_id)
       limit 1 returning id`,
    );
    const mails = () =>
      em.execute<{ recipient: string }[]>(`select recipient from outbox_message where template = 'eoi-overdue'`);
    const before = (await mails()).length;
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect((await mails()).length).toBe(before + 1);
    // A day later, still unanswered: reminded again.
    await em.execute(
      `update expression_of_interest set overdue_notified_at = now() - interval '25 hours' where id = ?`,
      [eoi!.id],
    );
    expect(await run()).toBe(1);
    // Answered: never again.
    await em.execute(
      `update expression_of_interest set first_response_at = now(), overdue_notified_at = null where id = ?`,
      [eoi!.id],
    );
    expect(await run()).toBe(0);
  });
});

import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { renderMail } from '../../mail/render-mail.js';
import { inDays } from '../../test-support/technology-request-fixtures.js';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import { agreementExpiryJob } from './agreement-expiry.job.js';

const testDb = useTestOrm();
const db = (): Db => testDb.db();
const PUBLIC_URL = 'https://tt.example';
const job = agreementExpiryJob(PUBLIC_URL);
const run = () =>
  job.run(
    {
      db: db(),
      logger: createLogger('silent'),
      transaction: (work) => db().transaction().execute(work),
      signal: new AbortController().signal,
    },
    undefined,
  );

let institutionId: number;
let ownerId: number;
let italianOwnerId: number;
let companyId: number;
const made = new Map<string, number>();

beforeAll(async () => {
  const { rows } = await sql<{ id: number; institution_id: number }>`
    select id, institution_id from app_user where email = 'officer.irst@tt.demo'`.execute(db());
  ownerId = rows[0]!.id;
  institutionId = rows[0]!.institution_id;
  const company = await sql<{ id: number }>`select id from company where slug = 'oncopharm'`.execute(db());
  companyId = company.rows[0]!.id;
  // A colleague who reads the marketplace in Italian.
  const colleague = await sql<{ id: number }>`
    insert into app_user (email, name, role, institution_id, language, password_hash, created_at, email_verified_at)
    values ('collega.irst@tt.demo', 'Paola Neri', 'TT_OFFICER', ${institutionId}, 'it', 'x', now(), now())
    returning id`.execute(db());
  italianOwnerId = colleague.rows[0]!.id;
});

/** An agreement straight in the table, expiring `expiry` days from today (null: no expiry date). */
async function agreement(
  title: string,
  expiry: number | null,
  options: { status?: string; owner?: number | null } = {},
): Promise<void> {
  const { rows } = await sql<{ id: number }>`insert into agreement (institution_id, company_id, type, title, status,
      signature_date, effective_date, expiry_date, owner_id, created_at, updated_at)
    values (${institutionId}, ${companyId}, 'LICENSE', ${title}, ${options.status ?? 'ACTIVE'}, '2025-01-01',
      '2025-01-02', ${expiry === null ? null : inDays(expiry)}::date,
      ${options.owner === undefined ? ownerId : options.owner}, now(), now()) returning id`.execute(db());
  made.set(title, rows[0]!.id);
}

async function state(title: string) {
  const { rows } = await sql<{ status: string; reminded: boolean }>`
    select status, expiry_reminder_sent_at is not null as reminded from agreement where id = ${made.get(title)!}`.execute(
    db(),
  );
  return rows[0]!;
}

/** The reminders about this file's agreements (the demo data have one about to expire too). */
async function reminders() {
  const { rows } = await sql<{
    recipient: string;
    language: string;
    data: { agreementTitle: string; expiryDate: string };
  }>`select recipient, language, data from outbox_message where template = 'agreement-expiry-reminder' order by id`.execute(
    db(),
  );
  return rows.filter((row) => made.has(row.data.agreementTitle));
}

describe('the agreements’ expiry job', () => {
  it('reminds each owner once, 30 days before, and expires what is past its date, even run twice at once', async () => {
    await agreement('Expires in ten days', 10);
    await agreement('Expires today', 0);
    await agreement('Signed, expires in a month', 30, { status: 'SIGNED' });
    await agreement('Expires in two months', 60);
    await agreement('Expired yesterday', -1);
    await agreement('Still negotiating', 5, { status: 'UNDER_NEGOTIATION' });
    await agreement('Terminated early', 5, { status: 'TERMINATED' });
    await agreement('Without an expiry date', null);
    await agreement('Without an owner', 7, { owner: null });
    await agreement('Italian owner', 12, { owner: italianOwnerId });

    await Promise.all([run(), run()]);

    const sent = await reminders();
    expect(sent.map((mail) => mail.data.agreementTitle).sort()).toEqual([
      'Expires in ten days',
      'Expires today',
      'Italian owner',
      'Signed, expires in a month',
    ]);
    expect(sent.find((mail) => mail.data.agreementTitle === 'Italian owner')).toMatchObject({
      recipient: 'collega.irst@tt.demo',
      language: 'it',
      data: { expiryDate: inDays(12) },
    });
    expect(await state('Expires in ten days')).toEqual({ status: 'ACTIVE', reminded: true });
    expect(await state('Expires today')).toEqual({ status: 'ACTIVE', reminded: true });
    expect(await state('Expires in two months')).toEqual({ status: 'ACTIVE', reminded: false });
    expect(await state('Expired yesterday')).toEqual({ status: 'EXPIRED', reminded: false });
    expect(await state('Still negotiating')).toEqual({ status: 'UNDER_NEGOTIATION', reminded: false });
    expect(await state('Terminated early')).toEqual({ status: 'TERMINATED', reminded: false });
    expect(await state('Without an expiry date')).toEqual({ status: 'ACTIVE', reminded: false });
    expect(await state('Without an owner')).toEqual({ status: 'ACTIVE', reminded: false });

    await run();
    expect(await reminders()).toHaveLength(4);
  });

  it('claims the reminder of an owner who can no longer be reached, without e-mailing them', async () => {
    await sql`update app_user set disabled_at = now() where id = ${italianOwnerId}`.execute(db());
    await agreement('Owner disabled', 4, { owner: italianOwnerId });
    const before = (await reminders()).length;
    await run();
    expect(await reminders()).toHaveLength(before);
    expect(await state('Owner disabled')).toEqual({ status: 'ACTIVE', reminded: true });
  });

  it('reminds the owner again of a new expiry date', async () => {
    await sql`update agreement set expiry_date = ${inDays(20)}::date, expiry_reminder_sent_at = null
      where id = ${made.get('Expires in ten days')!}`.execute(db());
    await run();
    expect((await reminders()).filter((mail) => mail.data.agreementTitle === 'Expires in ten days')).toHaveLength(2);
  });

  it('is a recurring job of the queue', () => {
    expect(job.name).toBe('agreement-expiry');
    expect(job.cron).toMatch(/^\d+ \* \* \* \*$/);
  });

  it('words the reminder in English and Italian', () => {
    const data = {
      name: 'Giulia Rinaldi',
      agreementTitle: 'Exclusive licence, ctDNA panel',
      companyName: 'OncoPharm',
      type: 'LICENSE' as const,
      expiryDate: '2027-03-14',
      agreementUrl: 'https://tt.example/office/agreements/x',
    };
    expect(renderMail('agreement-expiry-reminder', data, 'en').subject).toBe(
      '"Exclusive licence, ctDNA panel" with OncoPharm expires on 14 March 2027',
    );
    expect(renderMail('agreement-expiry-reminder', data, 'it').subject).toBe(
      '«Exclusive licence, ctDNA panel» con OncoPharm scade il 14 marzo 2027',
    );
    expect(renderMail('agreement-expiry-reminder', data, 'it').text).toContain('(contratto di licenza)');
  });
});

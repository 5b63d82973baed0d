import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { renderMail } from '../../mail/render-mail.js';
import { inDays } from '../../test-support/technology-request-fixtures.js';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import { requestExpiryJob } from './request-expiry.job.js';

const testDb = useTestOrm();
const db = (): Db => testDb.db();
const PUBLIC_URL = 'https://tt.example';
const job = requestExpiryJob(PUBLIC_URL);
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

let companyId: number;
let authorId: number;
let italianAuthorId: number;

beforeAll(async () => {
  const { rows } = await sql<{ id: number; company_id: number }>`
    select id, company_id from app_user where email = 'buyer@oncopharm.demo'`.execute(db());
  authorId = rows[0]!.id;
  companyId = rows[0]!.company_id;
  // A colleague who reads the marketplace in Italian.
  const made = await sql<{ id: number }>`
    insert into app_user (email, name, role, company_id, language, password_hash, created_at, email_verified_at)
    values ('collega@oncopharm.demo', 'Marta Greco', 'COMPANY_MEMBER', ${companyId}, 'it', 'x', now(), now())
    returning id`.execute(db());
  italianAuthorId = made.rows[0]!.id;
});

/** A request straight in the table: `deadline` in days from today, created `createdDaysAgo` ago. */
async function request(
  slug: string,
  deadline: number,
  options: { createdDaysAgo?: number; status?: string; author?: number } = {},
): Promise<void> {
  made.add(slug);
  await sql`insert into technology_request (slug, company_id, author_id, title, description, language, trl_min, trl_max,
      deadline, visibility, status, created_at, updated_at)
    values (${slug}, ${companyId}, ${options.author ?? authorId}, ${`Request ${slug}`}, 'What we seek, at length.', 'en',
      3, 6, ${inDays(deadline)}::date, 'PUBLIC', ${options.status ?? 'OPEN'},
      now() - make_interval(days => ${options.createdDaysAgo ?? 60}), now())`.execute(db());
}

async function state(slug: string) {
  const { rows } = await sql<{ status: string; reminded: boolean }>`
    select status, expiry_reminder_sent_at is not null as reminded from technology_request where slug = ${slug}`.execute(
    db(),
  );
  return rows[0]!;
}

/** The reminders about this file's requests (the demo data has one near its deadline too). */
async function reminders() {
  const { rows } = await sql<{ recipient: string; language: string; data: { requestUrl: string; deadline: string } }>`
    select recipient, language, data from outbox_message where template = 'request-expiry-reminder' order by id`.execute(
    db(),
  );
  return rows.filter((row) => made.has(new URL(row.data.requestUrl).pathname.split('/').at(-1) ?? ''));
}
const made = new Set<string>();

describe('the expiry job', () => {
  it('reminds each author once a week before the deadline, and expires what is past it, even run twice at once', async () => {
    await request('due-in-five-days', 5);
    await request('due-today', 0);
    await request('due-in-three-weeks', 21);
    await request('published-inside-the-week', 3, { createdDaysAgo: 0 });
    await request('past-its-deadline', -1);
    await request('closed-already', 2, { status: 'CLOSED' });
    await request('italian-author', 6, { author: italianAuthorId });

    await Promise.all([run(), run()]);

    const sent = await reminders();
    expect(sent.map((mail) => new URL(mail.data.requestUrl).pathname).sort()).toEqual([
      '/it/requests/italian-author',
      '/requests/due-in-five-days',
      '/requests/due-today',
    ]);
    expect(sent.find((mail) => mail.data.requestUrl.endsWith('/italian-author'))).toMatchObject({
      recipient: 'collega@oncopharm.demo',
      language: 'it',
      data: { deadline: inDays(6) },
    });
    expect(await state('due-in-five-days')).toEqual({ status: 'OPEN', reminded: true });
    expect(await state('due-today')).toEqual({ status: 'OPEN', reminded: true });
    expect(await state('due-in-three-weeks')).toEqual({ status: 'OPEN', reminded: false });
    expect(await state('published-inside-the-week')).toEqual({ status: 'OPEN', reminded: false });
    expect(await state('past-its-deadline')).toEqual({ status: 'EXPIRED', reminded: false });
    expect(await state('closed-already')).toEqual({ status: 'CLOSED', reminded: false });

    await run();
    expect(await reminders()).toHaveLength(3);
  });

  it('claims the reminder of an author who can no longer be reached, without e-mailing them', async () => {
    await sql`update app_user set disabled_at = now() where id = ${italianAuthorId}`.execute(db());
    await request('disabled-author', 4, { author: italianAuthorId });
    const before = (await reminders()).length;
    await run();
    expect(await reminders()).toHaveLength(before);
    expect(await state('disabled-author')).toEqual({ status: 'OPEN', reminded: true });
  });

  it('reminds the demo buyer of the demo request near its deadline', async () => {
    const { rows } = await sql<{ recipient: string }>`
      select recipient from outbox_message where template = 'request-expiry-reminder'
      and data->>'requestUrl' like '%/requests/patient-specific-dosimetry-for-a-radioligand-phase-i-trial'`.execute(
      db(),
    );
    expect(rows).toEqual([{ recipient: 'buyer@oncopharm.demo' }]);
  });

  it('is a recurring job of the queue', () => {
    expect(job.name).toBe('technology-request-expiry');
    expect(job.cron).toMatch(/^\d+ \* \* \* \*$/);
  });
});

describe('the e-mails about requests', () => {
  const url = 'https://tt.example/requests/liquid-biopsy-assay';
  it('remind of the deadline as each language writes a day', () => {
    const data = {
      name: 'Chiara Lombardi',
      requestTitle: 'Liquid biopsy assay',
      deadline: '2027-03-14',
      requestUrl: url,
    };
    expect(renderMail('request-expiry-reminder', data, 'en').subject).toBe(
      'Your request "Liquid biopsy assay" closes on 14 March 2027',
    );
    expect(renderMail('request-expiry-reminder', data, 'it').subject).toBe(
      'La Sua richiesta «Liquid biopsy assay» scade il 14 marzo 2027',
    );
  });

  it('tell the company who responded and with what', () => {
    const data = {
      name: 'Chiara Lombardi',
      requestTitle: 'Liquid biopsy assay',
      institutionName: 'IRST IRCCS',
      kind: 'LISTINGS' as const,
      listingCount: 2,
      requestUrl: url,
    };
    expect(renderMail('request-response', data, 'en').text).toContain('proposes 2 of its listings');
    expect(renderMail('request-response', { ...data, listingCount: 1 }, 'it').text).toContain(
      'propone una scheda del proprio catalogo',
    );
    expect(renderMail('request-response', { ...data, kind: 'EXPERTISE', listingCount: 0 }, 'en').text).toContain(
      'the expertise of one of its researchers',
    );
  });
});

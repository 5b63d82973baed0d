import type { Db } from '@tt/db/database';
import { listingEditorPath } from '@tt/shared/web-routes';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { renderMail } from '../../mail/render-mail.js';
import { toGlobalId } from '../../schema/global-id.js';
import { inDays } from '../../test-support/technology-request-fixtures.js';
import { useTestOrm } from '../../test-support/use-test-orm.js';
import { listingExpiryJob } from './listing-expiry.job.js';

const testDb = useTestOrm();
const db = (): Db => testDb.db();
const PUBLIC_URL = 'https://tt.example';
const job = listingExpiryJob(PUBLIC_URL);
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
let officerId: number;
let italianOfficerId: number;
/** Published listings of the institute without an expiry date, to give one each. */
let spare: { id: number; title: string }[];
const made = new Map<string, number>();

beforeAll(async () => {
  const { rows } = await sql<{ id: number; institution_id: number }>`
    select id, institution_id from app_user where email = 'officer.irst@tt.demo'`.execute(db());
  officerId = rows[0]!.id;
  institutionId = rows[0]!.institution_id;
  // A colleague who reads the marketplace in Italian.
  const colleague = await sql<{ id: number }>`
    insert into app_user (email, name, role, institution_id, language, password_hash, created_at, email_verified_at)
    values ('collega.irst@tt.demo', 'Paola Neri', 'TT_OFFICER', ${institutionId}, 'it', 'x', now(), now())
    returning id`.execute(db());
  italianOfficerId = colleague.rows[0]!.id;
  spare = (
    await sql<{ id: number; title: string }>`select id, title from asset
      where institution_id = ${institutionId} and status = 'PUBLISHED' and expires_on is null order by id`.execute(db())
  ).rows;
});

/** The next spare listing, expiring `expiry` days from today, in `status`, with that contact officer. */
async function listing(
  name: string,
  expiry: number,
  options: { status?: string; contact?: number | null } = {},
): Promise<void> {
  const next = spare.shift();
  if (!next) throw new Error('The demo data have too few published listings for this test');
  await sql`update asset set expires_on = ${inDays(expiry)}::date, status = ${options.status ?? 'PUBLISHED'},
      contact_officer_id = ${options.contact === undefined ? officerId : options.contact}
    where id = ${next.id}`.execute(db());
  made.set(name, next.id);
}

async function state(name: string) {
  const { rows } = await sql<{ status: string; reminded: boolean; expired: boolean; searched: boolean }>`
    select status, expiry_reminder_sent_at is not null as reminded, expired_at is not null as expired,
      exists (select 1 from asset_search s where s.asset_id = a.id) as searched
    from asset a where id = ${made.get(name)!}`.execute(db());
  return rows[0]!;
}

/** The e-mails of one template about this file's listings (the demo data have one about to expire too). */
async function mails(template: 'listing-expiry-reminder' | 'listing-expired') {
  // Each e-mail links to its listing's editor, by the listing's global id.
  const byLink = new Map([...made].map(([name, id]) => [listingEditorPath(toGlobalId('Asset', id)), name]));
  const { rows } = await sql<{
    recipient: string;
    language: string;
    data: { listingTitle: string; expiresOn: string; listingUrl: string };
  }>`select recipient, language, data from outbox_message where template = ${template} order by id`.execute(db());
  return rows
    .map((row) => ({ ...row, listing: byLink.get(new URL(row.data.listingUrl).pathname.replace(/^\/it\//, '/')) }))
    .filter((row) => row.listing !== undefined);
}

const revision = async () =>
  Number((await sql<{ revision: string }>`select revision from catalogue_revision`.execute(db())).rows[0]!.revision);

describe('the listings’ expiry job', () => {
  it('finds in the demo data one listing expiring within the reminder’s days and one expired, awaiting renewal', async () => {
    const { rows } = await sql<{ slug: string; status: string; expires_on: string; expired: boolean }>`
      select slug, status, to_char(expires_on, 'YYYY-MM-DD') as expires_on, expired_at is not null as expired
      from asset where expires_on is not null order by slug`.execute(db());
    expect(rows).toEqual([
      { slug: 'irst-sanger-sequencing-service', status: 'ARCHIVED', expires_on: inDays(-9), expired: true },
      { slug: 'irst-uveal-melanoma-serum-protein-panel', status: 'PUBLISHED', expires_on: inDays(18), expired: false },
    ]);
  });

  it('reminds the office once, 30 days before, and takes what is past its date out of the catalogue, even run twice at once', async () => {
    await listing('In ten days', 10);
    await listing('Today', 0);
    await listing('In two months', 60);
    await listing('Yesterday', -1);
    await listing('A draft', 5, { status: 'DRAFT' });
    await listing('Italian contact', 12, { contact: italianOfficerId });
    await listing('Without a contact', 7, { contact: null });
    const before = await revision();

    await Promise.all([run(), run()]);

    const reminders = await mails('listing-expiry-reminder');
    expect(reminders.map((mail) => `${mail.listing} → ${mail.recipient}`).sort()).toEqual(
      [
        'In ten days → officer.irst@tt.demo',
        'Italian contact → collega.irst@tt.demo',
        'Today → officer.irst@tt.demo',
        // Without a contact officer: every officer of the institute.
        'Without a contact → collega.irst@tt.demo',
        'Without a contact → officer.irst@tt.demo',
        'Without a contact → officer2.irst@tt.demo',
      ].sort(),
    );
    const italian = reminders.find((mail) => mail.listing === 'Italian contact')!;
    expect(italian).toMatchObject({ language: 'it', data: { expiresOn: inDays(12) } });
    expect(italian.data.listingUrl).toBe(
      `${PUBLIC_URL}/it${listingEditorPath(toGlobalId('Asset', made.get('Italian contact')!))}`,
    );

    expect(await state('In ten days')).toMatchObject({ status: 'PUBLISHED', reminded: true, searched: true });
    expect(await state('In two months')).toMatchObject({ status: 'PUBLISHED', reminded: false });
    expect(await state('A draft')).toMatchObject({ status: 'DRAFT', reminded: false });
    // Past its date: archived as expired, out of the search, the catalogue's cached answers stale, its office told.
    expect(await state('Yesterday')).toEqual({ status: 'ARCHIVED', reminded: false, expired: true, searched: false });
    expect(await revision()).toBeGreaterThan(before);
    expect((await mails('listing-expired')).map((mail) => `${mail.listing} → ${mail.recipient}`)).toEqual([
      'Yesterday → officer.irst@tt.demo',
    ]);

    await run();
    expect(await mails('listing-expiry-reminder')).toHaveLength(6);
    expect(await mails('listing-expired')).toHaveLength(1);
  });

  it('tells the institute’s officers when the contact officer was disabled', async () => {
    await sql`update app_user set disabled_at = now() where id = ${italianOfficerId}`.execute(db());
    await listing('Contact disabled', 3, { contact: italianOfficerId });
    await run();
    const told = (await mails('listing-expiry-reminder')).filter((mail) => mail.listing === 'Contact disabled');
    expect(told.map((mail) => mail.recipient)).toEqual(['officer.irst@tt.demo', 'officer2.irst@tt.demo']);
  });

  it('reminds the office again of a new expiry date', async () => {
    await sql`update asset set expires_on = ${inDays(20)}::date, expiry_reminder_sent_at = null
      where id = ${made.get('In ten days')!}`.execute(db());
    await run();
    expect((await mails('listing-expiry-reminder')).filter((mail) => mail.listing === 'In ten days')).toHaveLength(2);
  });

  it('is a recurring job of the queue', () => {
    expect(job.name).toBe('listing-expiry');
    expect(job.cron).toMatch(/^\d+ \* \* \* \*$/);
  });

  it('words the reminder and the notice in English and Italian', () => {
    const data = {
      name: 'Giulia Rinaldi',
      listingTitle: 'Urinary RNA signature',
      expiresOn: '2027-03-14',
      listingUrl: 'https://tt.example/office/listings/x/edit',
    };
    expect(renderMail('listing-expiry-reminder', data, 'en').subject).toBe(
      'The listing "Urinary RNA signature" expires on 14 March 2027',
    );
    expect(renderMail('listing-expiry-reminder', data, 'it').subject).toBe(
      'La scheda «Urinary RNA signature» scade il 14 marzo 2027',
    );
    expect(renderMail('listing-expired', data, 'en').text).toContain('expired on 14 March 2027');
    expect(renderMail('listing-expired', data, 'it').text).toContain('è scaduta il 14 marzo 2027');
  });
});

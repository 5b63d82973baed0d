import { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import { createOrmConfig } from '@tt/db/orm-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLink } from '../../auth/signed-links.js';
import type { MailTemplates } from '../../mail/mail-templates.js';
import { renderStoredMail } from '../../mail/render-mail.js';
import { inLanguage } from '../../test-support/client-in-language.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  archive,
  completeFields,
  create,
  publish,
  sectorIds,
  unpublish,
  update,
} from '../../test-support/listing-fixtures.js';
import { type SavedSearch, saved } from '../../test-support/saved-search-fixtures.js';
import { TEST_SIGNING_SECRET, type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { recommendListings } from '../matchmaking/recommendations.service.js';
import { type AlertRunOptions, runSavedSearchAlerts } from './saved-search-alerts.js';

const server = useTestServer();
const clients = useDemoClients(server);
const { buyer, otherBuyer, officer } = clients;
let sectors: string[];

type Alert = { id: number; recipient: string; language: string; data: MailTemplates['saved-search-alert'] };
type Frequency = 'IMMEDIATE' | 'DAILY' | 'WEEKLY';

const db = (): Db => server.orm.em.fork().getKysely();
/** A run now, its window ending now (no lag: the tests' changes are committed before it starts). */
const run = (frequency: Frequency, options: Partial<AlertRunOptions> = {}, on: Db = db()) =>
  runSavedSearchAlerts(on, frequency, {
    publicUrl: server.url,
    signingSecret: TEST_SIGNING_SECRET,
    lagSeconds: 0,
    ...options,
  });

let seen = 0;
/** The alert e-mails written to the outbox since the last call. */
async function newAlerts(): Promise<Alert[]> {
  const rows = await server.orm.em
    .fork()
    .execute<Alert[]>(
      `select id, recipient, language, data from outbox_message where template = 'saved-search-alert' and id > ? order by id`,
      [seen],
    );
  seen = Math.max(seen, ...rows.map((row) => row.id));
  return rows;
}

const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** A listing of IRST, complete and published (or left as a draft). */
async function listing(title: string, options: { publish?: boolean; client?: TestClient } = {}) {
  const client = options.client ?? officer;
  const created = await create(client, { kind: 'INVENTION', title });
  expect(created.errors).toEqual([]);
  const updated = await update(client, { id: created.asset!.id, ...completeFields(sectors) });
  expect(updated.errors).toEqual([]);
  if (options.publish === false) return updated.asset!;
  const published = await publish(client, created.asset!.id);
  expect(published.errors).toEqual([]);
  return published.asset!;
}

beforeAll(async () => {
  sectors = await sectorIds(server);
  await newAlerts();
});

describe("the demo data's saved searches", () => {
  it('alert at every frequency, from when the demo data was loaded: their first runs mail nothing old', async () => {
    const rows = await server.orm.em
      .fork()
      .execute<{ email: string; alert_frequency: string }[]>(
        `select u.email, s.alert_frequency from saved_search s join app_user u on u.id = s.user_id order by s.id`,
      );
    expect(new Set(rows.map((row) => row.email))).toEqual(new Set(['buyer@oncopharm.demo', 'buyer@medisense.demo']));
    expect(new Set(rows.map((row) => row.alert_frequency))).toEqual(new Set(['DAILY', 'IMMEDIATE', 'WEEKLY', 'OFF']));
    for (const frequency of ['IMMEDIATE', 'DAILY', 'WEEKLY'] as const) await run(frequency);
    expect(await newAlerts()).toEqual([]);
    // From here on they stay quiet: each test counts exactly the e-mails its own searches make.
    await server.orm.em.fork().execute(`update saved_search set alert_frequency = 'OFF'`);
  });
});

describe('what an alert lists', () => {
  it('only what was published or changed since the last alert of that search, never twice', async () => {
    const search = await saved(buyer, { name: 'Quorvexa assays', query: 'quorvexa', alertFrequency: 'IMMEDIATE' });
    const matching = await listing('Quorvexa assay for minimal residual disease');
    await listing('Zeltrona device for radiotherapy planning');

    expect(await run('IMMEDIATE')).toMatchObject({ mails: 1, searches: 1 });
    const [first, ...others] = await newAlerts();
    expect(others).toEqual([]);
    expect(first).toMatchObject({ recipient: 'buyer@oncopharm.demo', language: 'en' });
    expect(first!.data).toMatchObject({
      name: 'Chiara Lombardi',
      frequency: 'IMMEDIATE',
      manageUrl: `${server.url}/searches`,
      searches: [
        {
          name: 'Quorvexa assays',
          more: 0,
          searchUrl: `${server.url}/?q=quorvexa`,
          items: [
            {
              title: 'Quorvexa assay for minimal residual disease',
              by: 'IRST',
              summary: completeFields([]).summary,
              url: `${server.url}/assets/${matching.slug}`,
              isNew: true,
            },
          ],
        },
      ],
    });

    // Nothing new since: no e-mail at all.
    expect(await run('IMMEDIATE')).toMatchObject({ mails: 0 });
    expect(await newAlerts()).toEqual([]);

    // A change to the listing is news again, once, as an update.
    await update(officer, { id: matching.id, summary: 'Now validated in a second, independent cohort of patients.' });
    await run('IMMEDIATE');
    const [changed, ...rest] = await newAlerts();
    expect(rest).toEqual([]);
    expect(changed!.data.searches[0]!.items).toEqual([
      expect.objectContaining({ url: `${server.url}/assets/${matching.slug}`, isNew: false }),
    ]);
    await run('IMMEDIATE');
    expect(await newAlerts()).toEqual([]);

    const [row] = await server.orm.em
      .fork()
      .execute<{ last_alert_at: string | null }[]>(`select last_alert_at from saved_search where id = ?`, [
        numeric(search.id),
      ]);
    expect(row!.last_alert_at).not.toBeNull();
  });

  it('never a listing its reader may not see: drafts, archived and unpublished listings stay out', async () => {
    await saved(buyer, { name: 'Quorvexb', query: 'quorvexb', alertFrequency: 'IMMEDIATE' });
    const draft = await listing('Quorvexb draft never published', { publish: false });
    const archived = await listing('Quorvexb published then archived');
    await archive(officer, archived.id);
    const unpublished = await listing('Quorvexb published then unpublished');
    await unpublish(officer, unpublished.id);
    const visible = await listing('Quorvexb published and visible');

    await run('IMMEDIATE');
    const alerts = await newAlerts();
    expect(alerts).toHaveLength(1);
    const urls = alerts[0]!.data.searches.flatMap((search) => search.items.map((item) => item.url));
    expect(urls).toEqual([`${server.url}/assets/${visible.slug}`]);
    const text = JSON.stringify(alerts[0]!.data);
    for (const hidden of [draft, archived, unpublished]) expect(text).not.toContain(hidden.slug);
  });

  it('sends nothing when nothing is new, and moves on all the same', async () => {
    const search = await saved(otherBuyer, { name: 'Nothing', query: 'quorvexnothing', alertFrequency: 'IMMEDIATE' });
    const before = await server.orm.em
      .fork()
      .execute<{ alerted_until: string }[]>(`select alerted_until::text from saved_search where id = ?`, [
        numeric(search.id),
      ]);
    await run('IMMEDIATE');
    expect(await newAlerts()).toEqual([]);
    const after = await server.orm.em
      .fork()
      .execute<{ alerted_until: string }[]>(`select alerted_until::text from saved_search where id = ?`, [
        numeric(search.id),
      ]);
    expect(after[0]!.alerted_until > before[0]!.alerted_until).toBe(true);
  });

  it('reads a search in the language it was made in, and writes to each person in theirs', async () => {
    // An Italian reader of the catalogue, and an English one, save the same Italian words.
    await server.orm.em.fork().execute(`update app_user set language = 'it' where email = 'buyer@medisense.demo'`);
    await saved(inLanguage(server, otherBuyer, 'it'), {
      name: 'Sequenziamento',
      query: 'sequenziamento circolante',
      alertFrequency: 'IMMEDIATE',
    });
    await saved(buyer, { name: 'Italian words', query: 'sequenziamento circolante', alertFrequency: 'IMMEDIATE' });
    // A published demo listing with its Italian text changes.
    await server.orm.em
      .fork()
      .execute(`update asset set updated_at = now() where slug = 'irst-ctdna-liquid-biopsy-sequencing'`);
    await run('IMMEDIATE');
    const alerts = await newAlerts();
    expect(alerts.map((alert) => alert.recipient)).toEqual(['buyer@medisense.demo']);
    expect(alerts[0]).toMatchObject({ language: 'it' });
    expect(alerts[0]!.data.searches[0]!.items).toEqual([
      expect.objectContaining({
        title: 'Sequenziamento del DNA tumorale circolante per gli studi clinici',
        url: `${server.url}/it/assets/irst-ctdna-liquid-biopsy-sequencing`,
        isNew: false,
      }),
    ]);
    expect(alerts[0]!.data.manageUrl).toBe(`${server.url}/it/searches`);
    const { subject, text } = renderStoredMail('saved-search-alert', alerts[0]!.data, 'it');
    expect(subject).toMatch(/^TT Marketplace: 1 scheda nuova o aggiornata per «Sequenziamento»$/);
    expect(text).toMatch(/^Gentile David Keller,/);
    expect(text).toContain('Aggiornata · Sequenziamento del DNA tumorale circolante per gli studi clinici — IRST');
  });
});

describe('one e-mail per person and run', () => {
  it('lists every search of theirs with news, with a link to stop each and one to stop all, and the headers mail clients read', async () => {
    const c = await saved(buyer, { name: 'Quorvexc', query: 'quorvexc', alertFrequency: 'IMMEDIATE' });
    const d = await saved(buyer, { name: 'Quorvexd', query: 'quorvexd', alertFrequency: 'IMMEDIATE' });
    await saved(buyer, { name: 'Quorvexe later', query: 'quorvexc', alertFrequency: 'DAILY' });
    await listing('Quorvexc sensor for tumour hypoxia');
    await listing('Quorvexd organoid platform');
    await run('IMMEDIATE');
    const alerts = await newAlerts();
    expect(alerts).toHaveLength(1);
    const data = alerts[0]!.data;
    expect(data.searches.map((search) => search.name)).toEqual(['Quorvexc', 'Quorvexd']);

    const token = (url: string) => new URL(url).searchParams.get('token');
    const [{ id: buyerId }] = (await server.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from app_user where email = 'buyer@oncopharm.demo'`)) as [{ id: number }];
    expect(new URL(data.unsubscribeUrl).pathname).toBe('/unsubscribe');
    expect(verifyLink(TEST_SIGNING_SECRET, 'unsubscribe-alerts', token(data.unsubscribeUrl))).toEqual([
      buyerId,
      numeric(c.id),
      numeric(d.id),
    ]);
    expect(verifyLink(TEST_SIGNING_SECRET, 'unsubscribe-alerts', token(data.searches[1]!.unsubscribeUrl))).toEqual([
      buyerId,
      numeric(d.id),
    ]);

    const mail = renderStoredMail('saved-search-alert', data, 'en');
    expect(mail.subject).toBe('TT Marketplace: 2 new or updated listings for 2 of your saved searches');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${data.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    const lines = mail.text.split('\n');
    for (const link of [data.unsubscribeUrl, data.manageUrl, ...data.searches.map((s) => s.unsubscribeUrl)]) {
      expect(lines).toContain(link);
    }
    expect(mail.text).toContain('New · Quorvexc sensor for tumour hypoxia — IRST');
  });
});

describe('digests', () => {
  /** The first 07:00 in Rome after now, and the first such Monday (the database's clock and time zones). */
  async function nextDigestMoments(): Promise<{ daily: Date; weekly: Date }> {
    const [row] = await server.orm.em.fork().execute<{ daily: string; weekly: string }[]>(
      `with t as (select now() at time zone 'Europe/Rome' as local)
       select
         (case when local < date_trunc('day', local) + interval '7 hours' then date_trunc('day', local)
           else date_trunc('day', local) + interval '1 day' end + interval '7 hours') at time zone 'Europe/Rome' as daily,
         (case when local < date_trunc('week', local) + interval '7 hours' then date_trunc('week', local)
           else date_trunc('week', local) + interval '7 days' end + interval '7 hours') at time zone 'Europe/Rome' as weekly
       from t`,
    );
    return { daily: new Date(row!.daily), weekly: new Date(row!.weekly) };
  }
  const hours = (date: Date, n: number) => new Date(date.getTime() + n * 3_600_000);

  it('the daily one comes once a day, after 07:00 Rome time; the weekly one on Mondays', async () => {
    await saved(otherBuyer, { name: 'Daily quorvexf', query: 'quorvexf', alertFrequency: 'DAILY' });
    await saved(otherBuyer, { name: 'Weekly quorvexf', query: 'quorvexf', alertFrequency: 'WEEKLY' });
    await listing('Quorvexf antibody fragment');
    const { daily, weekly } = await nextDigestMoments();

    // Immediate alerts leave the digests alone (and say nothing of recommendations: digests do).
    await run('IMMEDIATE');
    expect(await newAlerts()).toEqual([]);

    await run('DAILY', { now: hours(daily, -1) });
    expect(await newAlerts()).toEqual([]);
    await run('DAILY', { now: hours(daily, 1) });
    const digests = await newAlerts();
    // Also the daily search saved beside the immediate ones above, whose news waited for its digest.
    expect(digests.map((alert) => [alert.recipient, alert.data.searches.map((search) => search.name)])).toEqual([
      ['buyer@oncopharm.demo', ['Quorvexe later']],
      ['buyer@medisense.demo', ['Daily quorvexf']],
    ]);
    const digest = digests[1];
    expect(digest!.data).toMatchObject({ frequency: 'DAILY' });
    // A company member's digest also says what suits the company best, as "Recommended for you" ranks it, with why.
    const { company_id: companyId } = await db()
      .selectFrom('app_user')
      .select('company_id')
      .where('email', '=', 'buyer@medisense.demo')
      .executeTakeFirstOrThrow();
    // In the reader's language, Italian here: titles and sector labels as the listing's Italian page shows them.
    expect(digest!.language).toBe('it');
    const best = await recommendListings(db(), companyId!, 3, { language: 'it' });
    expect(best.length).toBeGreaterThan(0);
    expect(
      digest!.data.recommendations.map((recommendation) => [
        recommendation.title,
        recommendation.reasons.map((reason) => reason.kind),
      ]),
    ).toEqual(best.map(({ listing, reasons }) => [listing.title, reasons.map((reason) => reason.kind)]));
    const sector = best.flatMap(({ reasons }) => reasons).find((reason) => reason.kind === 'SECTOR');
    const rendered = renderStoredMail('saved-search-alert', digest!.data, 'it').text;
    expect(rendered).toContain('Consigliati per la vostra azienda, e perché:');
    if (sector) expect(rendered).toContain(`settore ${sector.sector!.labelIt || sector.sector!.labelEn}`);
    expect(renderStoredMail('saved-search-alert', digest!.data, 'it').subject).toBe(
      'Il Suo riepilogo giornaliero di TT Marketplace: 1 scheda nuova o aggiornata',
    );
    // Later the same day, and the run of the other UTC hour: nothing.
    await run('DAILY', { now: hours(daily, 2) });
    await run('DAILY', { now: hours(daily, 5) });
    expect(await newAlerts()).toEqual([]);
    // The next day: due again, nothing new, no e-mail.
    await run('DAILY', { now: hours(daily, 25) });
    expect(await newAlerts()).toEqual([]);

    await run('WEEKLY', { now: hours(weekly, -1) });
    expect(await newAlerts()).toEqual([]);
    await run('WEEKLY', { now: hours(weekly, 1) });
    const [weeklyDigest, ...again] = await newAlerts();
    expect(again).toEqual([]);
    expect(weeklyDigest!.data).toMatchObject({ frequency: 'WEEKLY', searches: [{ name: 'Weekly quorvexf' }] });
    await run('WEEKLY', { now: hours(weekly, 3) });
    expect(await newAlerts()).toEqual([]);
  });
});

describe('several API processes', () => {
  const orms: MikroORM[] = [];
  afterAll(async () => {
    for (const orm of orms) await orm.close();
  });

  it('running the same job at once on two connections sends each person one e-mail, once', async () => {
    for (let i = 0; i < 2; i++) orms.push(await MikroORM.init(createOrmConfig(server.database.url)));
    const people = Object.values(clients).filter((client) => client !== clients.anonymous);
    const searches: SavedSearch[] = [];
    for (const person of people) {
      searches.push(await saved(person, { name: 'Quorvexg', query: 'quorvexg', alertFrequency: 'IMMEDIATE' }));
    }
    await listing('Quorvexg imaging agent');
    const [a, b] = await Promise.all(orms.map((orm) => run('IMMEDIATE', {}, orm.em.fork().getKysely())));
    expect(a!.mails + b!.mails).toBe(people.length);
    const alerts = await newAlerts();
    expect(alerts).toHaveLength(people.length);
    expect(new Set(alerts.map((alert) => alert.recipient)).size).toBe(people.length);
    await Promise.all(orms.map((orm) => run('IMMEDIATE', {}, orm.em.fork().getKysely())));
    expect(await newAlerts()).toEqual([]);
  });
});

describe('who is e-mailed', () => {
  it('nobody whose account is disabled or whose address was never confirmed', async () => {
    const em = server.orm.em.fork();
    const [company] = await em.execute<{ id: number }[]>(`select id from company where slug = 'oncopharm'`);
    for (const [email, verified, disabled] of [
      ['unconfirmed@oncopharm.demo', false, false],
      ['disabled@oncopharm.demo', true, true],
    ] as const) {
      const [user] = await em.execute<{ id: number }[]>(
        `insert into app_user (email, name, role, company_id, password_hash, created_at, email_verified_at, disabled_at)
         values (?, 'Someone', 'COMPANY_MEMBER', ?, 'x', now(), ${verified ? 'now()' : 'null'}, ${disabled ? 'now()' : 'null'})
         returning id`,
        [email, company!.id],
      );
      await em.execute(
        `insert into saved_search (user_id, name, query, filter, alert_frequency, alerted_until, created_at, updated_at)
         values (?, 'Quorvexh', 'quorvexh', '{}', 'IMMEDIATE', now(), now(), now())`,
        [user!.id],
      );
    }
    await listing('Quorvexh delivery system');
    await run('IMMEDIATE');
    expect(await newAlerts()).toEqual([]);
  });
});

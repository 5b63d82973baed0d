// Saved searches of the Requests directory (scope REQUESTS): who may save them, how they are checked and stored, and
// what their alerts list — the open requests the owner may see, published or changed since the last alert, never
// twice. Every request here says "quokka", a word no other request uses.
import type { Db } from '@tt/db/database';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MailTemplates } from '../../mail/mail-templates.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { saved, saveSearch } from '../../test-support/saved-search-fixtures.js';
import {
  CLOSE_REQUEST,
  publishRequest,
  requestInput,
  sectorIdsBySlug,
  UPDATE_REQUEST,
} from '../../test-support/technology-request-fixtures.js';
import { TEST_SIGNING_SECRET } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { runSavedSearchAlerts } from './saved-search-alerts.js';

const server = useTestServer();
const { buyer, otherBuyer, officer, otherOfficer, researcher, admin } = useDemoClients(server);
let biopsy = '';
let imaging = '';

type Alert = { id: number; recipient: string; data: MailTemplates['saved-search-alert'] };

const db = (): Db => server.orm.em.fork().getKysely();
const runImmediate = () =>
  runSavedSearchAlerts(db(), 'IMMEDIATE', { publicUrl: server.url, signingSecret: TEST_SIGNING_SECRET, lagSeconds: 0 });

let seen = 0;
/** The alert e-mails written to the outbox since the last call. */
async function newAlerts(): Promise<Alert[]> {
  const rows = await server.orm.em
    .fork()
    .execute<Alert[]>(
      `select id, recipient, data from outbox_message where template = 'saved-search-alert' and id > ? order by id`,
      [seen],
    );
  seen = Math.max(seen, ...rows.map((row) => row.id));
  return rows;
}

beforeAll(async () => {
  [biopsy = '', imaging = ''] = await sectorIdsBySlug(server, 'liquid-biopsy', 'molecular-imaging');
  // The demo data's searches stay quiet: each test counts exactly the e-mails its own searches make.
  await server.orm.em.fork().execute(`update saved_search set alert_frequency = 'OFF'`);
  await newAlerts();
});

describe('saving a search of technology requests', () => {
  it('is for the offices and administrators: companies and researchers are refused', async () => {
    for (const client of [buyer, researcher]) {
      const refused = await saveSearch(client, { name: 'Requests', scope: 'REQUESTS', query: 'quokka' });
      expect(refused.errors).toEqual([{ field: 'scope', code: 'SAVED_SEARCH_SCOPE_NOT_ALLOWED', params: {} }]);
    }
    for (const client of [officer, admin]) {
      const search = await saved(client, { name: 'Requests', scope: 'REQUESTS', query: 'quokka' });
      expect(search).toMatchObject({ scope: 'REQUESTS', query: 'quokka', feedUrl: null });
    }
  });

  it('keeps the directory’s filters, sectors by slug, and gives the directory’s address for them', async () => {
    const search = await saved(officer, {
      name: 'Quokka diagnostics',
      scope: 'REQUESTS',
      query: '  quokka  ',
      requestFilter: {
        sectors: [biopsy],
        trlMin: 3,
        trlMax: 6,
        partneringModels: ['OPTION', 'OPTION'],
        statuses: ['OPEN'],
      },
    });
    expect(search).toMatchObject({
      query: 'quokka',
      filter: {
        kinds: [],
        sectors: ['liquid-biopsy'],
        trlMin: 3,
        trlMax: 6,
        ipStatuses: [],
        institutions: [],
        partneringModels: ['OPTION'],
        statuses: ['OPEN'],
      },
    });
  });

  it('refuses filters the directory could not run, and the other scope’s filters', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ requestFilter: { sectors: ['no-such-sector'] } }, 'filter.sectors', 'UNKNOWN_SECTOR_FILTER'],
      [{ requestFilter: { trlMin: 7, trlMax: 3 } }, 'filter.trlMin', 'TRL_FILTER_INVERTED'],
      [{ requestFilter: { mine: true } }, 'requestFilter.mine', 'SAVED_SEARCH_FILTER_MISMATCH'],
      [{ filter: { kinds: ['INVENTION'] } }, 'filter', 'SAVED_SEARCH_FILTER_MISMATCH'],
    ];
    for (const [input, argument, code] of cases) {
      const response = await officer.gql(
        `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { savedSearch { id } } }`,
        { input: { name: 'Bad', scope: 'REQUESTS', ...input } },
      );
      expect(response.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({
        code,
        argument,
        category: 'BAD_USER_INPUT',
      });
    }
    const catalogue = await buyer.gql(
      `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { savedSearch { id } } }`,
      { input: { name: 'Bad', requestFilter: { trlMin: 3 } } },
    );
    expect(catalogue.errors?.[0]?.extensions).toMatchObject({
      code: 'SAVED_SEARCH_FILTER_MISMATCH',
      argument: 'requestFilter',
    });
  });
});

describe('the alerts of a search of technology requests', () => {
  it('list the open requests published or changed since the last alert, office-only ones included, never twice', async () => {
    await saved(officer, {
      name: 'Quokka requests',
      scope: 'REQUESTS',
      query: 'quokka',
      alertFrequency: 'IMMEDIATE',
    });
    const open = await publishRequest(
      buyer,
      requestInput([biopsy], { title: 'Quokka assay for early detection', visibility: 'PUBLIC' }),
    );
    const confidential = await publishRequest(
      otherBuyer,
      requestInput([imaging], { title: 'Quokka tracer, confidential', visibility: 'OFFICES' }),
    );
    const closed = await publishRequest(buyer, requestInput([biopsy], { title: 'Quokka request already fulfilled' }));
    const closing = await buyer.gql(CLOSE_REQUEST, { id: closed.id, status: 'FULFILLED' });
    expect(closing.errors).toBeUndefined();
    await publishRequest(buyer, requestInput([biopsy], { title: 'Wallaby request on another subject' }));

    await runImmediate();
    const [alert, ...others] = await newAlerts();
    expect(others).toEqual([]);
    expect(alert).toMatchObject({ recipient: 'officer.irst@tt.demo' });
    expect(alert!.data.searches).toEqual([
      expect.objectContaining({
        name: 'Quokka requests',
        kind: 'REQUESTS',
        more: 0,
        searchUrl: `${server.url}/requests?q=quokka`,
      }),
    ]);
    const items = alert!.data.searches[0]!.items;
    expect(items.map((item) => item.url).sort()).toEqual(
      [`${server.url}/requests/${open.slug}`, `${server.url}/requests/${confidential.slug}`].sort(),
    );
    expect(items.find((item) => item.url.endsWith(open.slug))).toMatchObject({
      title: 'Quokka assay for early detection',
      by: open.companyName,
      summary: expect.stringMatching(/^We are looking for a validated cfDNA methylation assay/),
      isNew: true,
    });

    // Nothing new: no e-mail. A change to a request is news again, once, as an update.
    await runImmediate();
    expect(await newAlerts()).toEqual([]);
    const edit = await buyer.gql(UPDATE_REQUEST, {
      input: { ...requestInput([biopsy], { title: open.title }), id: open.id, trlMax: 8 },
    });
    expect(edit.errors).toBeUndefined();
    await runImmediate();
    const [changed, ...rest] = await newAlerts();
    expect(rest).toEqual([]);
    expect(changed!.data.searches[0]!.items).toEqual([
      expect.objectContaining({ url: `${server.url}/requests/${open.slug}`, isNew: false }),
    ]);
    await runImmediate();
    expect(await newAlerts()).toEqual([]);
  });

  it('never list a request its reader may not see, whatever their search says', async () => {
    // A search of requests kept by someone who is no longer in an office (saved before their role changed): it runs
    // with their eyes now, so another company's office-only request stays out.
    const before = new Date(Date.now() - 1000).toISOString();
    const [buyerRow] = await server.orm.em
      .fork()
      .execute<{ id: number }[]>(`select id from app_user where email = 'buyer@oncopharm.demo'`);
    await server.orm.em.fork().execute(
      `insert into saved_search (user_id, name, scope, query, filter, language, alert_frequency, alerted_until, created_at, updated_at)
       values (?, 'Old office search', 'REQUESTS', 'numbat', '{}'::jsonb, 'en', 'IMMEDIATE', ?, now(), now())`,
      [buyerRow!.id, before],
    );
    await saved(otherOfficer, { name: 'Numbat', scope: 'REQUESTS', query: 'numbat', alertFrequency: 'IMMEDIATE' });
    const visible = await publishRequest(otherBuyer, requestInput([biopsy], { title: 'Numbat public request' }));
    const hidden = await publishRequest(
      otherBuyer,
      requestInput([biopsy], { title: 'Numbat confidential request', visibility: 'OFFICES' }),
    );
    const own = await publishRequest(
      buyer,
      requestInput([biopsy], { title: 'Numbat request of our own', visibility: 'OFFICES' }),
    );
    await runImmediate();
    const alerts = await newAlerts();
    const urls = (email: string) =>
      alerts
        .filter((alert) => alert.recipient === email)
        .flatMap((alert) => alert.data.searches.flatMap((part) => part.items.map((item) => item.url)))
        .sort();
    expect(urls('buyer@oncopharm.demo')).toEqual(
      [`${server.url}/requests/${visible.slug}`, `${server.url}/requests/${own.slug}`].sort(),
    );
    expect(JSON.stringify(alerts.filter((alert) => alert.recipient === 'buyer@oncopharm.demo'))).not.toContain(
      hidden.slug,
    );
    // The other institute's office sees all three, the confidential one included.
    expect(urls('officer.int@tt.demo')).toHaveLength(3);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { signLink } from '../../auth/signed-links.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  deleteSavedSearch,
  type SavedSearch,
  saved,
  savedSearchesOf,
  UNSUBSCRIBE,
} from '../../test-support/saved-search-fixtures.js';
import { TEST_SIGNING_SECRET } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { unsubscribeToken } from './alert-unsubscribe.service.js';
import { savedSearchFeedToken } from './saved-search-feed-token.service.js';

const server = useTestServer();
const { buyer, otherBuyer, anonymous } = useDemoClients(server);
let buyerId: number;
let otherBuyerId: number;

type Answer = {
  ok: boolean;
  savedSearchNames: string[];
  deletedCount: number;
  errors: { field: string | null; code: string; message: string }[];
};

const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

async function unsubscribe(token: string, client = anonymous): Promise<Answer> {
  const response = await client.gql<{ unsubscribeAlerts: Answer }>(UNSUBSCRIBE, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.unsubscribeAlerts;
}

async function frequencyOf(search: SavedSearch): Promise<string | undefined> {
  const [row] = await server.orm.em
    .fork()
    .execute<{ alert_frequency: string }[]>(`select alert_frequency from saved_search where id = ?`, [
      numeric(search.id),
    ]);
  return row?.alert_frequency;
}

const alerting = (client: typeof buyer, name: string) =>
  saved(client, { name, query: name.toLowerCase(), alertFrequency: 'DAILY' });

const postOneClick = (token: string, prefix = '') =>
  fetch(`${server.url}${prefix}/unsubscribe?token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });

beforeAll(async () => {
  const rows = await server.orm.em
    .fork()
    .execute<{ id: number; email: string }[]>(
      `select id, email from app_user where email in ('buyer@oncopharm.demo', 'buyer@medisense.demo')`,
    );
  buyerId = rows.find((row) => row.email === 'buyer@oncopharm.demo')!.id;
  otherBuyerId = rows.find((row) => row.email === 'buyer@medisense.demo')!.id;
});

describe("an alert's unsubscribe link", () => {
  it('works signed out, and switches off only the searches it names', async () => {
    const a = await alerting(buyer, 'Glioma');
    const b = await alerting(buyer, 'Sarcoma');
    const kept = await alerting(buyer, 'Melanoma');
    const answer = await unsubscribe(unsubscribeToken(TEST_SIGNING_SECRET, buyerId, [numeric(a.id), numeric(b.id)]));
    expect(answer).toEqual({ ok: true, savedSearchNames: ['Glioma', 'Sarcoma'], deletedCount: 0, errors: [] });
    expect(await frequencyOf(a)).toBe('OFF');
    expect(await frequencyOf(b)).toBe('OFF');
    expect(await frequencyOf(kept)).toBe('DAILY');
    // Again: nothing more to do, and it says so the same way.
    expect((await unsubscribe(unsubscribeToken(TEST_SIGNING_SECRET, buyerId, [numeric(a.id)]))).ok).toBe(true);
  });

  it('refuses a forged or altered token, and one made for another purpose', async () => {
    const search = await alerting(buyer, 'Lymphoma');
    const genuine = unsubscribeToken(TEST_SIGNING_SECRET, buyerId, [numeric(search.id)]);
    const [payload, mac] = genuine.split('.') as [string, string];
    const flip = (text: string, at: number) =>
      `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
    const forged = [
      unsubscribeToken('another-secret-of-at-least-32-characters!!', buyerId, [numeric(search.id)]),
      `${payload}.${flip(mac, 0)}`,
      `${payload}.${flip(mac, mac.length - 1)}`,
      `${buyerId}-${numeric(search.id) + 1}.${mac}`,
      `${payload}0.${mac}`,
      payload,
      `${genuine}x`,
      '',
      savedSearchFeedToken(TEST_SIGNING_SECRET, buyerId, numeric(search.id)),
      signLink(TEST_SIGNING_SECRET, 'saved-search-feed', [buyerId, numeric(search.id)]),
    ];
    for (const token of forged) {
      const answer = await unsubscribe(token);
      expect(answer, token).toMatchObject({ ok: false, errors: [{ field: 'token', code: 'ALERT_LINK_INVALID' }] });
    }
    expect(await frequencyOf(search)).toBe('DAILY');
  });

  it("cannot switch off another person's search, nor another search than the one it names", async () => {
    const theirs = await alerting(otherBuyer, 'Mesothelioma');
    const mine = await alerting(buyer, 'Leukaemia');
    // A token of the buyer's naming the other buyer's search: as if the server had been tricked into making one.
    const crossed = await unsubscribe(unsubscribeToken(TEST_SIGNING_SECRET, buyerId, [numeric(theirs.id)]));
    expect(crossed).toMatchObject({ ok: false, errors: [{ code: 'SAVED_SEARCH_GONE' }] });
    expect(await frequencyOf(theirs)).toBe('DAILY');
    // Signed in as someone else changes nothing either: the token alone decides.
    const asOther = await unsubscribe(
      unsubscribeToken(TEST_SIGNING_SECRET, otherBuyerId, [numeric(mine.id)]),
      otherBuyer,
    );
    expect(asOther).toMatchObject({ ok: false, errors: [{ code: 'SAVED_SEARCH_GONE' }] });
    expect(await frequencyOf(mine)).toBe('DAILY');
    // The buyer's own token for one search leaves their other searches alone (above: Melanoma stayed on).
  });

  it('says clearly when the search was deleted', async () => {
    const gone = await alerting(otherBuyer, 'Neuroblastoma');
    const still = await alerting(otherBuyer, 'Retinoblastoma');
    await deleteSavedSearch(otherBuyer, gone.id);
    const answer = await unsubscribe(unsubscribeToken(TEST_SIGNING_SECRET, otherBuyerId, [numeric(gone.id)]));
    expect(answer).toMatchObject({
      ok: false,
      savedSearchNames: [],
      errors: [
        {
          field: 'token',
          code: 'SAVED_SEARCH_GONE',
          message: 'This saved search has been deleted: it sends no more alerts.',
        },
      ],
    });
    const partly = await unsubscribe(
      unsubscribeToken(TEST_SIGNING_SECRET, otherBuyerId, [numeric(gone.id), numeric(still.id)]),
    );
    expect(partly).toEqual({ ok: true, savedSearchNames: ['Retinoblastoma'], deletedCount: 1, errors: [] });
  });
});

describe('one-click unsubscribe (RFC 8058)', () => {
  it('a POST to the link switches the alerts off; opening it changes nothing', async () => {
    const search = await alerting(buyer, 'Cholangiocarcinoma');
    const token = unsubscribeToken(TEST_SIGNING_SECRET, buyerId, [numeric(search.id)]);
    const opened = await fetch(`${server.url}/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(opened.status).not.toBe(200);
    expect(await frequencyOf(search)).toBe('DAILY');

    const posted = await postOneClick(token);
    expect(posted.status).toBe(200);
    expect(await frequencyOf(search)).toBe('OFF');
    const listed = (await savedSearchesOf(buyer)).find((s) => s.id === search.id);
    expect(listed?.alertFrequency).toBe('OFF');

    // The Italian page's address works the same way.
    const italian = await alerting(buyer, 'Colangiocarcinoma');
    expect(
      (await postOneClick(unsubscribeToken(TEST_SIGNING_SECRET, buyerId, [numeric(italian.id)]), '/it')).status,
    ).toBe(200);
    expect(await frequencyOf(italian)).toBe('OFF');
  });

  it('answers 400 to a forged token and 404 once the search is gone', async () => {
    const search = await alerting(buyer, 'Osteosarcoma');
    const token = unsubscribeToken(TEST_SIGNING_SECRET, buyerId, [numeric(search.id)]);
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'E' : 'A'}`;
    expect((await postOneClick(altered)).status).toBe(400);
    expect(await frequencyOf(search)).toBe('DAILY');
    await deleteSavedSearch(buyer, search.id);
    const gone = await postOneClick(token);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe('This saved search has been deleted: it sends no more alerts.');
  });
});

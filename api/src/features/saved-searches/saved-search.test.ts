import { SAVED_SEARCH_NAME_MAX_LENGTH, SAVED_SEARCHES_PER_USER_MAX } from '@tt/shared/limits';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { inLanguage } from '../../test-support/client-in-language.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  deleteSavedSearch,
  LIST,
  SAVE,
  type SavedSearch,
  saved,
  savedSearchesOf,
  saveSearch,
  UPDATE,
  updateSavedSearch,
} from '../../test-support/saved-search-fixtures.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const { buyer, otherBuyer, officer, researcher, admin, anonymous } = useDemoClients(server);
let sector: { id: string; slug: string };
let institute: { id: string; slug: string };

beforeAll(async () => {
  const em = server.orm.em.fork();
  const [row] = await em.execute<{ id: number; slug: string }[]>(
    `select id, slug from sector where parent_id is not null order by id limit 1`,
  );
  sector = { id: toGlobalId('Sector', row!.id), slug: row!.slug };
  const [irst] = await em.execute<{ id: number; slug: string }[]>(
    `select id, slug from institution where slug = 'irst'`,
  );
  institute = { id: toGlobalId('Institution', irst!.id), slug: irst!.slug };
});

/** A saved search's watermark and frequency as stored. */
async function stored(id: string): Promise<{ alerted_until: string; alert_frequency: string; user_id: number } | null> {
  const dbId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
  const [row] = await server.orm.em
    .fork()
    .execute<{ alerted_until: string; alert_frequency: string; user_id: number }[]>(
      `select alerted_until::text, alert_frequency, user_id from saved_search where id = ?`,
      [dbId],
    );
  return row ?? null;
}

describe('saving a search', () => {
  it('needs an account: anonymous visitors neither save nor list', async () => {
    const listed = await anonymous.gql(LIST);
    expect(listed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const save = await anonymous.gql(SAVE, { input: { name: 'Mine', query: 'biopsy' } });
    expect(save.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the words, the filters as the catalogue takes them (sectors and institutes by slug) and the language', async () => {
    const search = await saved(buyer, {
      name: '  Liquid   biopsy, early stage ',
      query: '  liquid biopsy ',
      filter: {
        kinds: ['INVENTION', 'INVENTION', 'PROTOTYPE'],
        sectors: [sector.id],
        institutions: [institute.slug],
        trlMin: 3,
        trlMax: 6,
        partneringModels: ['LICENSE_EXCLUSIVE'],
        availabilities: ['PARTLY_LICENSED', 'AVAILABLE', 'AVAILABLE'],
      },
      alertFrequency: 'DAILY',
    });
    expect(search).toMatchObject({
      name: 'Liquid biopsy, early stage',
      scope: 'CATALOGUE',
      query: 'liquid biopsy',
      language: 'EN',
      alertFrequency: 'DAILY',
      lastAlertAt: null,
      filter: {
        kinds: ['INVENTION', 'PROTOTYPE'],
        sectors: [sector.slug],
        institutions: [institute.slug],
        trlMin: 3,
        trlMax: 6,
        ipStatuses: [],
        partneringModels: ['LICENSE_EXCLUSIVE'],
        availabilities: ['PARTLY_LICENSED', 'AVAILABLE'],
      },
    });
    // Its alerts start now: nothing published before it was saved is news.
    const row = await stored(search.id);
    expect(Date.now() - Date.parse(row!.alerted_until.replace(' ', 'T').replace(/\+00$/, 'Z'))).toBeLessThan(60_000);
    expect((await savedSearchesOf(buyer)).map((s) => s.id)).toContain(search.id);
  });

  it('is made in the language of the page it was saved on; a search without words or filters is the whole catalogue', async () => {
    const search = await saved(inLanguage(server, buyer, 'it'), { name: 'Tutto il catalogo' });
    expect(search).toMatchObject({ language: 'IT', query: null, alertFrequency: 'OFF' });
    expect(search.filter).toEqual({
      kinds: [],
      sectors: [],
      trlMin: null,
      trlMax: null,
      ipStatuses: [],
      institutions: [],
      partneringModels: [],
      availabilities: [],
      capacities: [],
      statuses: [],
    });
  });

  it('gives a feed address to its owner', async () => {
    const search = await saved(researcher, { name: 'Organoids', query: 'organoid' });
    expect(search.feedUrl).toMatch(new RegExp(`^${server.url}/feeds/searches/[\\w.-]+\\.atom$`));
    const italian = await saveSearch(inLanguage(server, researcher, 'it'), { name: 'Organoidi', query: 'organoidi' });
    expect(italian.savedSearch!.feedUrl).toMatch(new RegExp(`^${server.url}/it/feeds/searches/`));
  });

  it('says what is wrong with a name, next to the field', async () => {
    expect((await saveSearch(buyer, { name: '   ' })).errors).toEqual([
      { field: 'name', code: 'SAVED_SEARCH_NAME_REQUIRED', params: {} },
    ]);
    expect((await saveSearch(buyer, { name: 'x'.repeat(SAVED_SEARCH_NAME_MAX_LENGTH + 1) })).errors).toEqual([
      { field: 'name', code: 'SAVED_SEARCH_NAME_TOO_LONG', params: { max: SAVED_SEARCH_NAME_MAX_LENGTH } },
    ]);
    // A name is one line, checked at the edge like every text.
    const twoLines = await buyer.gql(SAVE, { input: { name: 'One\nTwo' } });
    expect(twoLines.errors?.[0]?.extensions).toMatchObject({
      category: 'BAD_USER_INPUT',
      code: 'TEXT_NOT_SINGLE_LINE',
    });
  });

  it('refuses a search the catalogue could not run, as the catalogue does', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { sectors: ['no-such-sector'] } }, 'UNKNOWN_SECTOR_FILTER'],
      [{ filter: { institutions: ['nowhere'] } }, 'UNKNOWN_INSTITUTE_FILTER'],
      [{ filter: { trlMin: 7, trlMax: 2 } }, 'TRL_FILTER_INVERTED'],
      [{ filter: { trlMin: 0 } }, 'TRL_FILTER_OUT_OF_RANGE'],
      [{ query: 'x'.repeat(201) }, 'QUERY_TOO_LONG'],
    ];
    for (const [search, code] of cases) {
      const response = await buyer.gql(SAVE, { input: { name: 'Broken', ...search } });
      expect(response.errors?.[0]?.extensions, code).toMatchObject({ category: 'BAD_USER_INPUT', code: code });
    }
  });

  it(`keeps at most ${SAVED_SEARCHES_PER_USER_MAX} per person`, async () => {
    const em = server.orm.em.fork();
    const [user] = await em.execute<{ id: number }[]>(`select id from app_user where email = 'admin@tt.demo'`);
    await em.execute(
      `insert into saved_search (user_id, name, filter, alerted_until, created_at, updated_at)
       select ?, 'Bulk ' || n, '{}', now(), now(), now() from generate_series(1, ?) n`,
      [user!.id, SAVED_SEARCHES_PER_USER_MAX - 1],
    );
    await saved(admin, { name: 'The last one' });
    expect((await saveSearch(admin, { name: 'One too many' })).errors).toEqual([
      { field: null, code: 'TOO_MANY_SAVED_SEARCHES', params: { max: SAVED_SEARCHES_PER_USER_MAX } },
    ]);
    expect(await savedSearchesOf(admin)).toHaveLength(SAVED_SEARCHES_PER_USER_MAX);
  });
});

describe('changing a saved search', () => {
  let search: SavedSearch;
  beforeAll(async () => {
    search = await saved(buyer, { name: 'Organoids', query: 'organoid', alertFrequency: 'OFF' });
  });

  it('renames it, and keeps where its alerts stand', async () => {
    const before = await stored(search.id);
    const renamed = await updateSavedSearch(buyer, { id: search.id, name: 'Tumour organoids' });
    expect(renamed.errors).toEqual([]);
    expect(renamed.savedSearch).toMatchObject({ name: 'Tumour organoids', query: 'organoid' });
    expect((await stored(search.id))?.alerted_until).toBe(before!.alerted_until);
    expect((await updateSavedSearch(buyer, { id: search.id, name: '' })).errors).toEqual([
      { field: 'name', code: 'SAVED_SEARCH_NAME_REQUIRED', params: {} },
    ]);
  });

  it('switching alerts on starts them from now; replacing the search too, in the language of the page', async () => {
    const em = server.orm.em.fork();
    const dbId = Number(Buffer.from(search.id, 'base64url').toString().split(':')[1]);
    await em.execute(`update saved_search set alerted_until = now() - interval '30 days' where id = ?`, [dbId]);
    const on = await updateSavedSearch(buyer, { id: search.id, alertFrequency: 'WEEKLY' });
    expect(on.savedSearch!.alertFrequency).toBe('WEEKLY');
    const afterOn = await stored(search.id);
    expect(afterOn!.alerted_until > new Date(Date.now() - 60_000).toISOString().replace('T', ' ')).toBe(true);

    await em.execute(`update saved_search set alerted_until = now() - interval '30 days' where id = ?`, [dbId]);
    // Another frequency while on: the alerts carry on from where they were.
    await updateSavedSearch(buyer, { id: search.id, alertFrequency: 'IMMEDIATE' });
    expect((await stored(search.id))!.alerted_until < new Date(Date.now() - 86_400_000).toISOString()).toBe(true);

    const replaced = await updateSavedSearch(inLanguage(server, buyer, 'it'), {
      id: search.id,
      search: { query: 'organoidi tumorali', filter: { kinds: ['SERVICE'] } },
    });
    expect(replaced.savedSearch).toMatchObject({
      name: 'Tumour organoids',
      query: 'organoidi tumorali',
      language: 'IT',
      alertFrequency: 'IMMEDIATE',
      filter: { kinds: ['SERVICE'] },
    });
    expect(
      (await stored(search.id))!.alerted_until > new Date(Date.now() - 60_000).toISOString().replace('T', ' '),
    ).toBe(true);
  });
});

describe("nobody reads or changes another person's saved searches", () => {
  let mine: SavedSearch;
  beforeAll(async () => {
    mine = await saved(buyer, { name: 'Private interests', query: 'companion diagnostic', alertFrequency: 'DAILY' });
  });

  it('lists only your own', async () => {
    for (const other of [otherBuyer, officer, researcher, admin]) {
      expect((await savedSearchesOf(other)).map((search) => search.id)).not.toContain(mine.id);
    }
    expect((await savedSearchesOf(buyer)).map((search) => search.id)).toContain(mine.id);
  });

  it('answers "not found" to anyone else renaming, re-targeting, silencing or deleting one, and changes nothing', async () => {
    const before = await stored(mine.id);
    for (const other of [otherBuyer, officer, admin]) {
      for (const change of [
        { name: 'Taken over' },
        { alertFrequency: 'OFF' },
        { search: { query: 'something else' } },
      ]) {
        const payload = await updateSavedSearch(other, { id: mine.id, ...change });
        expect(payload).toEqual({
          savedSearch: null,
          errors: [{ field: 'id', code: 'SAVED_SEARCH_NOT_FOUND', params: {} }],
        });
      }
      expect(await deleteSavedSearch(other, mine.id)).toEqual({
        deletedId: null,
        errors: [{ field: 'id', code: 'SAVED_SEARCH_NOT_FOUND', params: {} }],
      });
    }
    expect(await stored(mine.id)).toEqual(before);
    const [still] = (await savedSearchesOf(buyer)).filter((search) => search.id === mine.id);
    expect(still).toMatchObject({ name: 'Private interests', alertFrequency: 'DAILY', query: 'companion diagnostic' });
  });

  it('takes only saved searches’ ids, and refuses the signed-out', async () => {
    const wrongType = await buyer.gql(UPDATE, { input: { id: toGlobalId('User', 1), name: 'x' } });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ category: 'BAD_USER_INPUT', code: 'INVALID_ID' });
    const signedOut = await anonymous.gql(UPDATE, { input: { id: mine.id, name: 'x' } });
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('deleting a saved search', () => {
  it('removes it for good', async () => {
    const search = await saved(otherBuyer, { name: 'Short-lived' });
    expect(await deleteSavedSearch(otherBuyer, search.id)).toEqual({ deletedId: search.id, errors: [] });
    expect((await savedSearchesOf(otherBuyer)).map((s) => s.id)).not.toContain(search.id);
    expect(await stored(search.id)).toBeNull();
    expect((await deleteSavedSearch(otherBuyer, search.id)).errors[0]?.code).toBe('SAVED_SEARCH_NOT_FOUND');
  });
});

describe("the demo buyers' saved searches", () => {
  it('run in the catalogue as saved', async () => {
    for (const client of [buyer, otherBuyer]) {
      const searches = (await savedSearchesOf(client)).filter((search) => search.name !== 'Private interests');
      expect(searches.length).toBeGreaterThan(0);
      for (const search of searches) {
        // A catalogue search's filter: the Requests directory's statuses are none of its business.
        const { trlMin, trlMax, statuses, ...lists } = search.filter;
        expect(statuses).toEqual([]);
        const filter = Object.fromEntries(
          Object.entries({ ...lists, trlMin, trlMax }).filter(([, value]) => value !== null && value !== undefined),
        );
        const response = await client.gql<{ assets: { totalCount: number } }>(
          'query($query: String, $filter: AssetFilter) { assets(query: $query, filter: $filter, first: 1) { totalCount } }',
          { query: search.query, filter },
        );
        expect(response.errors, search.name).toBeUndefined();
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import type { Db } from '@tt/db/database';
import { FEED_ENTRIES_MAX } from '@tt/shared/limits';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { completeFields, create, numericId, publish, sectorIds, update } from '../../test-support/listing-fixtures.js';
import { deleteSavedSearch, saved } from '../../test-support/saved-search-fixtures.js';
import { TEST_SIGNING_SECRET } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { recomputeListingAvailability } from '../agreements/listing-availability.service.js';
import { unsubscribeToken } from '../saved-searches/alert-unsubscribe.service.js';

const server = useTestServer();
const { officer, buyer } = useDemoClients(server);
const ATOM_SCHEMA = readFileSync(new URL('../../test-support/fixtures/atom.rng', import.meta.url), 'utf8');
let sectors: string[];

/** A feed as served: its status, headers and text. */
async function feed(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(path.startsWith('http') ? path : `${server.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, xml: await response.text() };
}

/** The feed is Atom 1.0: RFC 4287's RELAX NG grammar, and its two Schematron rules, checked here. */
async function expectValidAtom(xml: string): Promise<void> {
  const result = await validateXML({
    xml: { fileName: 'feed.atom', contents: xml },
    schema: { fileName: 'atom.rng', contents: ATOM_SCHEMA },
    extension: 'relaxng',
  });
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
  const [head = '', ...entries] = xml.split('<entry>');
  const feedHasAuthor = /<author>/.test(head);
  for (const entry of entries) {
    expect(feedHasAuthor || /<author>/.test(entry), 'an author').toBe(true);
    expect(/<link (?![^>]*rel=)[^>]*href=|<link [^>]*rel="alternate"|<content/.test(entry), 'an alternate link').toBe(
      true,
    );
  }
}

const entries = (xml: string) => xml.split('<entry>').slice(1);
/** Each entry's `<updated>` or `<published>`, in the feed's order. */
const entryDates = (xml: string, element: 'updated' | 'published') =>
  entries(xml).map((entry) => new RegExp(`<${element}>(.*?)</${element}>`).exec(entry)?.[1] ?? '');
/** The feed's own `<updated>`, before its first entry. */
const feedUpdated = (xml: string) => /<updated>(.*?)<\/updated>/.exec(xml.split('<entry>')[0]!)?.[1];
const entryTitles = (xml: string) =>
  entries(xml).map((entry) => /<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/s.exec(entry)?.[1] ?? '');

async function publishedListing(title: string) {
  const created = await create(officer, { kind: 'INVENTION', title });
  await update(officer, { id: created.asset!.id, ...completeFields(sectors) });
  const published = await publish(officer, created.asset!.id);
  expect(published.errors).toEqual([]);
  return published.asset!;
}

beforeAll(async () => {
  sectors = await sectorIds(server);
});

describe('the catalogue feed', () => {
  it('is valid Atom with the published listings new or updated last, cached for a while', async () => {
    const { status, headers, xml } = await feed('/feeds/catalogue.atom');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    await expectValidAtom(xml);
    const [{ count }] = (await server.orm.em
      .fork()
      .execute<{ count: number }[]>(`select count(*)::int as count from asset where status = 'PUBLISHED'`)) as [
      { count: number },
    ];
    expect(entries(xml)).toHaveLength(Math.min(count, FEED_ENTRIES_MAX));
    expect(xml).toContain(`<id>${server.url}/feeds/catalogue.atom</id>`);
    expect(xml).toContain(`<link rel="self" href="${server.url}/feeds/catalogue.atom"/>`);
    expect(xml).toContain(`<link rel="alternate" href="${server.url}/"/>`);
    expect(xml).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="en">/);
    // The latest change first, never before its publication, the feed's own date the first entry's; each entry with
    // a permanent id of its own.
    const updated = entryDates(xml, 'updated');
    expect([...updated].sort().reverse()).toEqual(updated);
    entryDates(xml, 'published').forEach((published, index) => {
      expect(published <= updated[index]!).toBe(true);
    });
    expect(feedUpdated(xml)).toBe(updated[0]);
    const ids = entries(xml).map((entry) => /<id>(.*?)<\/id>/.exec(entry)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^tag:127\.0\.0\.1,2026:listing:\d+:en$/);

    const again = await feed('/feeds/catalogue.atom', { 'if-none-match': headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('carries only what an anonymous visitor sees: no draft, archived listing, office note or address', async () => {
    const em = server.orm.em.fork();
    const hidden = await em.execute<{ slug: string; title: string }[]>(
      `select slug, title from asset where status <> 'PUBLISHED'`,
    );
    expect(hidden.length).toBeGreaterThan(0);
    const office = await em.execute<{ body: string }[]>(
      `select body from eoi_message where length(body) > 20 limit 20`,
    );
    for (const path of ['/feeds/catalogue.atom', '/it/feeds/catalogue.atom', '/feeds/institutes/irst.atom']) {
      const { xml } = await feed(path);
      for (const { slug, title } of hidden) {
        expect(xml).not.toContain(`/assets/${slug}<`);
        expect(xml).not.toContain(`[CDATA[${title}]]`);
      }
      for (const { body } of office) expect(xml).not.toContain(body.slice(0, 40));
      // No e-mail address at all: contact officers', inventors', companies'.
      expect(xml).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);
    }
  });

  it('escapes what listings write: a title with markup shows as written, and the feed stays valid', async () => {
    const listing = await publishedListing('Quorvexy <b>probe</b> & "dye" ]]> for imaging');
    const { xml } = await feed('/feeds/catalogue.atom');
    await expectValidAtom(xml);
    // HTML inside CDATA: escaped once, so the markup shows as text (and `]]>` cannot close the section).
    expect(entryTitles(xml)[0]).toBe('Quorvexy &lt;b&gt;probe&lt;/b&gt; &amp; &quot;dye&quot; ]]&gt; for imaging');
    expect(xml).toContain(`${server.url}/assets/${listing.slug}`);
  });

  it('brings an edited listing back to the top; a recomputed availability moves nothing', async () => {
    const older = await publishedListing('Quorvexw older assay');
    const newer = await publishedListing('Quorvexw newer assay');
    const before = await feed('/feeds/catalogue.atom');
    expect(entryTitles(before.xml).slice(0, 2)).toEqual(['Quorvexw newer assay', 'Quorvexw older assay']);

    const edited = await update(officer, { id: older.id, summary: 'Quorvexw older assay, now validated in serum.' });
    expect(edited.errors).toEqual([]);
    const { xml } = await feed('/feeds/catalogue.atom');
    await expectValidAtom(xml);
    expect(entryTitles(xml).slice(0, 2)).toEqual(['Quorvexw older assay', 'Quorvexw newer assay']);
    const [first] = entries(xml);
    expect(first).toContain('Quorvexw older assay, now validated in serum.');
    const [updated] = entryDates(xml, 'updated');
    const [published] = entryDates(xml, 'published');
    expect(updated).toBe(edited.asset!.updatedAt);
    expect(published).toBe(older.publishedAt);
    expect(updated! > published!).toBe(true);
    expect(feedUpdated(xml)).toBe(updated);
    // Its institute's feed has it first too.
    const institute = await feed(`/feeds/institutes/${older.institution.slug}.atom`);
    expect(entryTitles(institute.xml)[0]).toBe('Quorvexw older assay');

    // The API's own recomputations are no update: an agreement's end recomputing availability leaves the order.
    const db: Db = server.orm.em.fork().getKysely();
    await db
      .updateTable('asset')
      .set({ availability: 'LICENSED_EXCLUSIVELY' })
      .where('id', '=', numericId(newer.id))
      .execute();
    const changes = await recomputeListingAvailability(db, [numericId(newer.id)], server.url);
    expect(changes).toEqual([{ assetId: numericId(newer.id), from: 'LICENSED_EXCLUSIVELY', to: 'AVAILABLE' }]);
    const after = await feed('/feeds/catalogue.atom');
    expect(entryTitles(after.xml).slice(0, 2)).toEqual(['Quorvexw older assay', 'Quorvexw newer assay']);
    expect(entryDates(after.xml, 'updated')[1]).toBe(entryDates(xml, 'updated')[1]);
  });

  it('in Italian under /it/ or with ?lang=it: its words, the listings’ Italian texts and Italian pages', async () => {
    for (const path of ['/it/feeds/institutes/irst.atom', '/feeds/institutes/irst.atom?lang=it']) {
      const { status, xml } = await feed(path);
      expect(status, path).toBe(200);
      await expectValidAtom(xml);
      expect(xml).toMatch(/xml:lang="it"/);
      expect(xml).toContain('<title>IRST: schede nuove e aggiornate su TT Marketplace</title>');
      expect(entryTitles(xml)).toContain('Sequenziamento del DNA tumorale circolante per gli studi clinici');
      expect(xml).toContain(`<link href="${server.url}/it/assets/irst-ctdna-liquid-biopsy-sequencing"/>`);
      expect(xml).toMatch(/<category label="Biopsia liquida" term="liquid-biopsy"\/>/);
    }
    const english = await feed('/feeds/institutes/irst.atom');
    expect(entryTitles(english.xml)).toContain('Circulating tumour DNA sequencing for clinical trials');
    expect((await feed('/it/feeds/catalogue.atom')).xml).toContain(
      '<title>TT Marketplace: schede nuove e aggiornate</title>',
    );
    expect((await feed('/de/feeds/catalogue.atom')).status).not.toBe(200);
  });
});

describe("an institute's feed", () => {
  it("lists that institute's listings only; an unknown institute has none", async () => {
    const { xml } = await feed('/feeds/institutes/int.atom');
    await expectValidAtom(xml);
    const [{ name }] = (await server.orm.em
      .fork()
      .execute<{ name: string }[]>(`select name from institution where slug = 'int'`)) as [{ name: string }];
    const authors = entries(xml).map((entry) => /<author>\s*<name>(.*?)<\/name>/s.exec(entry)?.[1]);
    expect(authors.length).toBeGreaterThan(0);
    expect(new Set(authors)).toEqual(new Set([name.replaceAll('&', '&amp;').replaceAll('"', '"')]));
    expect((await feed('/feeds/institutes/nowhere.atom')).status).toBe(404);
    expect((await feed('/feeds/institutes/NOT%20A%20SLUG.atom')).status).toBe(404);
  });
});

describe("a saved search's feed", () => {
  it('follows the search without an account, with public data only, until the search is deleted', async () => {
    await create(officer, { kind: 'INVENTION', title: 'Quorvexz draft only the office sees' });
    const visible = await publishedListing('Quorvexz published sensor');
    const search = await saved(officer, { name: 'My quorvexz', query: 'quorvexz' });
    const { status, headers, xml } = await feed(search.feedUrl!);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('private, max-age=300');
    await expectValidAtom(xml);
    expect(entryTitles(xml)).toEqual(['Quorvexz published sensor']);
    expect(xml).toContain(`${server.url}/assets/${visible.slug}`);
    expect(xml).toContain('<title>My quorvexz: new and updated matching listings on TT Marketplace</title>');
    expect(xml).toContain(`<link rel="alternate" href="${server.url}/?q=quorvexz"/>`);

    // Not with a token made for something else, nor a forged one.
    const token = decodeURIComponent(
      new URL(search.feedUrl!).pathname
        .split('/')
        .at(-1)!
        .replace(/\.atom$/, ''),
    );
    const [userId, searchId] = token.split('.')[0]!.split('-').map(Number);
    expect(
      (await feed(`/feeds/searches/${unsubscribeToken(TEST_SIGNING_SECRET, userId!, [searchId!])}.atom`)).status,
    ).toBe(404);
    expect((await feed(`/feeds/searches/${userId}-${searchId! + 1}.${token.split('.')[1]}.atom`)).status).toBe(404);

    await deleteSavedSearch(officer, search.id);
    expect((await feed(search.feedUrl!)).status).toBe(404);
  });

  it('in the language of its address, whoever saved it', async () => {
    const search = await saved(buyer, { name: 'Sequencing', query: 'sequencing', filter: { institutions: ['irst'] } });
    const italian = search.feedUrl!.replace(server.url, `${server.url}/it`);
    const { xml } = await feed(italian);
    await expectValidAtom(xml);
    expect(entryTitles(xml)).toContain('Sequenziamento del DNA tumorale circolante per gli studi clinici');
  });
});

import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { appRoutesOf } from '@tt/shared/app-route-table';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { robotsPath } from '../features/sitemaps/robots-txt.js';
import { useDemoClients } from '../test-support/demo-accounts.js';
import { completeFields, create, publish, sectorIds, update } from '../test-support/listing-fixtures.js';
import { useTestServer } from '../test-support/use-test-server.js';
import { crawlerRoutes } from './crawler-routes.js';

const server = useTestServer();
const { officer } = useDemoClients(server);

const fixture = (name: string) => readFileSync(new URL(`../test-support/fixtures/${name}`, import.meta.url), 'utf8');
// sitemaps.org's own schema of a sitemap (shipped by the `sitemap` package), told where XHTML's <link> is defined.
const URLSET_SCHEMA = readFileSync(
  new URL('../../node_modules/sitemap/schema/sitemap.xsd', import.meta.url),
  'utf8',
).replace(
  /(<xsd:schema[^>]*>)/,
  '$1<xsd:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml-link.xsd"/>',
);

async function expectValid(xml: string, schema: 'urlset' | 'index'): Promise<void> {
  const result = await validateXML({
    xml: { fileName: 'sitemap.xml', contents: xml },
    schema: {
      fileName: 'schema.xsd',
      contents: schema === 'urlset' ? URLSET_SCHEMA : fixture('siteindex.xsd'),
    },
    preload: { fileName: 'xhtml-link.xsd', contents: fixture('xhtml-link.xsd') },
  });
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

async function get(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]!);

async function publishedSlugs(): Promise<string[]> {
  const rows = await server.orm.em
    .fork()
    .execute<{ slug: string }[]>(`select slug from asset where status = 'PUBLISHED' order by id`);
  return rows.map((row) => row.slug);
}

/** Every address of every file the index names. */
async function allAddresses(base: string): Promise<{ files: string[]; urls: string[][] }> {
  const index = await get(base, '/sitemap.xml');
  expect(index.status).toBe(200);
  const files = locs(index.text);
  const urls: string[][] = [];
  for (const file of files) {
    const response = await fetch(file.replace(server.url, base));
    expect(response.status, file).toBe(200);
    urls.push(locs(await response.text()));
  }
  return { files, urls };
}

describe('robots.txt', () => {
  it('keeps crawlers out of the signed-in pages and the API, in both languages, and names the sitemap', async () => {
    const { status, headers, text } = await get(server.url, '/robots.txt');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const disallowed = [...text.matchAll(/^Disallow: (.*)$/gm)].map((match) => match[1]!);
    for (const path of ['/graphql', '/uploads/', '/exports/', '/feeds/searches/', '/it/feeds/searches/']) {
      expect(disallowed).toContain(path);
    }
    for (const prefix of ['', '/it']) {
      for (const path of [
        '/account',
        '/office/listings',
        '/office/agreements',
        '/admin',
        '/triage',
        '/interests',
        '/disclosures',
        '/quotes',
      ]) {
        expect(disallowed).toContain(`${prefix}${path}`);
      }
      expect(disallowed).toContain(`${prefix}/requests/*/edit`);
      expect(disallowed).toContain(`${prefix}/requests/new`);
      expect(disallowed).toContain(`${prefix}/sign-in`);
    }
    expect(text).toContain(`Sitemap: ${server.url}/sitemap.xml`);
  });

  it('lets the public pages be crawled', async () => {
    const { text } = await get(server.url, '/robots.txt');
    const rules = [...text.matchAll(/^Disallow: (.*)$/gm)].map(
      (match) => new RegExp(`^${match[1]!.replace(/[.?+]/g, '\\$&').replace(/\*/g, '.*')}`),
    );
    const blocked = (path: string) => rules.some((rule) => rule.test(path));
    for (const path of [
      '/',
      '/it',
      '/assets/some-listing',
      '/it/assets/some-listing',
      '/partners/medisense',
      '/institutes/irst',
      '/requests',
      '/requests/a-request',
      '/feeds/catalogue.atom',
      '/feeds/institutes/irst.atom',
      '/og/listings/some-listing.png',
      '/sitemap.xml',
    ]) {
      expect(blocked(path), path).toBe(false);
    }
    expect(blocked('/office/listings/12/edit')).toBe(true);
    expect(blocked('/it/disclosures/3/edit/2')).toBe(true);
  });

  // That the web guards exactly the table's signed-in routes: web/src/app-routes.test.tsx.
  it('lists every signed-in and unlisted route of the app’s table', async () => {
    const { text } = await get(server.url, '/robots.txt');
    const rules = [...text.matchAll(/^Disallow: (.*)$/gm)].map(
      (match) => new RegExp(`^${match[1]!.replace(/[.?+]/g, '\\$&').replace(/\*/g, '.*')}`),
    );
    const kept = [...appRoutesOf('signed-in'), ...appRoutesOf('unlisted')];
    expect(kept.length).toBeGreaterThan(30);
    for (const pattern of kept) {
      const path = `/${pattern.replace(/:[^/]+\??/g, '7')}`;
      expect(
        rules.some((rule) => rule.test(path)),
        path,
      ).toBe(true);
    }
    expect(robotsPath('requests/:slug/edit')).toBe('/requests/*/edit');
    expect(robotsPath('pipeline/:id?')).toBe('/pipeline');
    expect(appRoutesOf('signed-in')).toContain('admin/:section');
  });

  it('names the configured address, whatever Host the request says', async () => {
    const { port } = new URL(server.url);
    const text = await new Promise<string>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/robots.txt', headers: { host: 'evil.example' } }, (response) => {
          let body = '';
          response.on('data', (chunk) => {
            body += chunk;
          });
          response.on('end', () => resolve(body));
        })
        .on('error', reject);
    });
    expect(text).toContain(`Sitemap: ${server.url}/sitemap.xml`);
    expect(text).not.toContain('evil.example');
  });
});

describe('the sitemaps', () => {
  let sectors: string[];
  beforeAll(async () => {
    sectors = await sectorIds(server);
  });

  it('are a valid index of valid sitemaps, cached and revalidated by their ETag', async () => {
    const index = await get(server.url, '/sitemap.xml');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(index.headers.get('last-modified')).toBeTruthy();
    await expectValid(index.text, 'index');
    const files = locs(index.text);
    expect(files).toEqual([
      `${server.url}/sitemaps/pages-1.xml`,
      `${server.url}/sitemaps/listings-1.xml`,
      `${server.url}/sitemaps/partners-1.xml`,
      `${server.url}/sitemaps/institutes-1.xml`,
      `${server.url}/sitemaps/requests-1.xml`,
    ]);
    for (const file of files) {
      const { status, text, headers } = await get(server.url, file.slice(server.url.length));
      expect(status, file).toBe(200);
      await expectValid(text, 'urlset');
      const again = await get(server.url, file.slice(server.url.length), { 'if-none-match': headers.get('etag')! });
      expect(again.status).toBe(304);
    }
    const again = await get(server.url, '/sitemap.xml', { 'if-none-match': index.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect((await get(server.url, '/sitemaps/listings-9.xml')).status).toBe(404);
    expect((await get(server.url, '/sitemaps/drafts-1.xml')).status).toBe(404);
  });

  it('list each public page in both languages, with the alternates and lastmod from the data', async () => {
    const { text } = await get(server.url, '/sitemaps/listings-1.xml');
    const [slug] = await publishedSlugs();
    const updated = await server.orm.em
      .fork()
      .execute<{ updated_at: Date }[]>(`select updated_at from asset where slug = ?`, [slug]);
    const entry = text.split('<url>').find((part) => part.includes(`<loc>${server.url}/assets/${slug}</loc>`))!;
    expect(entry).toContain(`<lastmod>${new Date(updated[0]!.updated_at).toISOString()}</lastmod>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${server.url}/assets/${slug}"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="it" href="${server.url}/it/assets/${slug}"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${server.url}/assets/${slug}"/>`);
    expect(text).toContain(`<loc>${server.url}/it/assets/${slug}</loc>`);
  });

  it('list only public pages: published listings, listed partners, and the change shows at once', async () => {
    const em = server.orm.em.fork();
    const draft = await create(officer, { kind: 'INVENTION', title: 'Sitemap-hidden draft probe' });
    const hidden = await em.execute<{ slug: string }[]>(`select slug from asset where status <> 'PUBLISHED'`);
    expect(hidden.length).toBeGreaterThan(1);
    const unlisted = await em.execute<{ slug: string }[]>(`select slug from company where not listed`);
    const listed = await em.execute<{ slug: string }[]>(`select slug from company where listed`);
    expect(unlisted.length).toBeGreaterThan(0);
    const before = await get(server.url, '/sitemap.xml');

    const { urls } = await allAddresses(server.url);
    const addresses = new Set(urls.flat());
    for (const { slug } of hidden) expect(addresses.has(`${server.url}/assets/${slug}`), slug).toBe(false);
    for (const { slug } of unlisted) expect(addresses.has(`${server.url}/partners/${slug}`), slug).toBe(false);
    for (const { slug } of listed) expect(addresses.has(`${server.url}/it/partners/${slug}`), slug).toBe(true);
    // Technology requests: the public ones, never those for the institutes only.
    const requests = await em.execute<{ slug: string; visibility: string }[]>(
      `select slug, visibility from technology_request`,
    );
    expect(new Set(requests.map((request) => request.visibility))).toEqual(new Set(['PUBLIC', 'OFFICES']));
    for (const { slug, visibility } of requests) {
      expect(addresses.has(`${server.url}/requests/${slug}`), slug).toBe(visibility === 'PUBLIC');
    }
    const listings = [...addresses].filter((url) => url.startsWith(`${server.url}/assets/`));
    expect(listings.sort()).toEqual((await publishedSlugs()).map((slug) => `${server.url}/assets/${slug}`).sort());
    for (const url of addresses) expect(url).toMatch(new RegExp(`^${server.url}/(it(/|$))?`));

    // Published, it is listed, and the index's ETag is another.
    await update(officer, { id: draft.asset!.id, ...completeFields(sectors) });
    const published = await publish(officer, draft.asset!.id);
    expect(published.errors).toEqual([]);
    const after = await get(server.url, '/sitemap.xml', { 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    const { urls: now } = await allAddresses(server.url);
    expect(now.flat()).toContain(`${server.url}/assets/${published.asset!.slug}`);
  });
});

describe('the split at the limit of addresses per file', () => {
  let base: string;
  let local: http.Server;
  const LIMIT = 10;
  beforeAll(async () => {
    // The same routes over the same database, with a limit of 10 addresses (5 pages in two languages) per file.
    const app = express();
    app.use(crawlerRoutes({ db: server.orm.em.fork().getKysely(), publicUrl: server.url, sitemapUrlLimit: LIMIT }));
    local = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => local.once('listening', resolve));
    base = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => local.close(resolve)));

  it('splits every section into files of at most the limit, each page once, none lost', async () => {
    const slugs = await publishedSlugs();
    const expectedFiles = Math.ceil(slugs.length / (LIMIT / 2));
    expect(expectedFiles).toBeGreaterThan(2);
    const index = await get(base, '/sitemap.xml');
    await expectValid(index.text, 'index');
    const { files, urls } = await allAddresses(base);
    const listingFiles = files.filter((file) => file.includes('/sitemaps/listings-'));
    expect(listingFiles).toEqual(
      Array.from({ length: expectedFiles }, (_, i) => `${server.url}/sitemaps/listings-${i + 1}.xml`),
    );
    for (const list of urls) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(LIMIT);
    }
    const all = urls.flat();
    expect(new Set(all).size).toBe(all.length);
    const listings = all.filter((url) => url.startsWith(`${server.url}/assets/`));
    expect(listings).toEqual(slugs.map((slug) => `${server.url}/assets/${slug}`));
    expect((await get(base, `/sitemaps/listings-${expectedFiles + 1}.xml`)).status).toBe(404);
  });
});

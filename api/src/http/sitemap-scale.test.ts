import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import { createOrmConfig } from '@tt/db/orm-config';
import { openScaleDatabase } from '@tt/db/seeds/scale/scale-database';
import { LANGUAGES } from '@tt/shared/languages';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { SITEMAP_URL_LIMIT } from '../features/sitemaps/sitemap-documents.js';
import { useTestServer } from '../test-support/use-test-server.js';
import { crawlerRoutes } from './crawler-routes.js';

// The sitemaps crawled whole, as a search engine would, while this process's resident memory is sampled: the
// server streams every file from the database, so its RSS stays under the benchmark's 300 MB however many
// listings there are, and each file is dated in the index by its own newest change. Always run on the demo data
// with a small limit (many files); on the scale data (`pnpm seed:scale`: 100 000 listings, so four files of
// listings at 50 000 addresses each) with SITEMAP_SCALE=1, in a worker given the production server's V8 flags
// (scripts/server-node-flags.mjs; without them Node's default young generation alone takes the process past 300 MB):
//   SITEMAP_SCALE=1 NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=512" \
//     pnpm exec vitest run --project api api/src/http/sitemap-scale.test.ts
// (SCALE_PG_DATA_DIR and SCALE_PG_PORT as for `pnpm seed:scale`.)

const RSS_LIMIT_BYTES = 300 * 1024 * 1024;
const PUBLIC_URL = 'https://tt.example.org';

interface Crawl {
  /** Per file, in the index's order: its addresses, the index's lastmod of it, the newest lastmod in it. */
  files: {
    url: string;
    addresses: number;
    indexLastmod: string | null;
    newestLastmod: string | null;
    /** The process's peak RSS when this file was read. */
    peakRss: number;
  }[];
  /** Before the crawl, and its peak during it. */
  startRss: number;
  peakRss: number;
}

/** Counts `<loc>` and finds the newest `<lastmod>` in a response as it arrives, never holding the whole of it. */
async function readFile(response: Response): Promise<{ addresses: number; newestLastmod: string | null }> {
  const decoder = new TextDecoder();
  let addresses = 0;
  let newestLastmod: string | null = null;
  const read = (text: string) => {
    addresses += text.split('<loc>').length - 1;
    for (const [, lastmod] of text.matchAll(/<lastmod>(.*?)<\/lastmod>/g)) {
      if (newestLastmod === null || lastmod! > newestLastmod) newestLastmod = lastmod!;
    }
  };
  // Whole entries only: what follows the chunk's last `</url>` waits for the next chunk.
  let carry = '';
  for await (const chunk of response.body!) {
    const text = carry + decoder.decode(chunk, { stream: true });
    const end = text.lastIndexOf('</url>');
    read(text.slice(0, end + 1));
    carry = text.slice(end + 1);
  }
  read(carry + decoder.decode());
  return { addresses, newestLastmod };
}

async function crawl(db: Db, limit: number): Promise<Crawl> {
  const app = express();
  app.use(crawlerRoutes({ db, publicUrl: PUBLIC_URL, sitemapUrlLimit: limit }));
  const server: http.Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  try {
    const index = await (await fetch(`${base}/sitemap.xml`)).text();
    const items = [...index.matchAll(/<sitemap><loc>(.*?)<\/loc>(?:<lastmod>(.*?)<\/lastmod>)?<\/sitemap>/g)];
    expect(items.length).toBe(index.split('<sitemap>').length - 1);
    const files: Crawl['files'] = [];
    for (const [, url, indexLastmod] of items) {
      const response = await fetch(url!.replace(PUBLIC_URL, base));
      expect(response.status, url).toBe(200);
      files.push({
        url: url!,
        indexLastmod: indexLastmod ?? null,
        ...(await readFile(response)),
        peakRss: Math.max(peakRss, process.memoryUsage.rss()),
      });
    }
    return { files, startRss, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
  } finally {
    clearInterval(sampler);
    await new Promise((resolve) => server.close(resolve));
  }
}

async function publishedCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('asset')
    .where('status', '=', 'PUBLISHED')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The crawl's own memory: what the process may grow by while it streams, whatever the number of listings. */
const CRAWL_GROWTH_LIMIT_BYTES = 100 * 1024 * 1024;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

function expectSplit(result: Crawl, published: number, limit: number): void {
  const listingFiles = result.files.filter((file) => file.url.includes('/sitemaps/listings-'));
  const perFile = Math.floor(limit / LANGUAGES.length);
  expect(listingFiles).toHaveLength(Math.ceil(published / perFile));
  for (const file of result.files) expect(file.addresses, file.url).toBeLessThanOrEqual(limit);
  expect(listingFiles.reduce((sum, file) => sum + file.addresses, 0)).toBe(published * LANGUAGES.length);
  // Each file of listings is dated by its own newest listing, not the section's.
  for (const file of listingFiles) expect(file.indexLastmod, file.url).toBe(file.newestLastmod);
  expect(result.peakRss).toBeLessThan(RSS_LIMIT_BYTES);
  expect(result.peakRss - result.startRss).toBeLessThan(CRAWL_GROWTH_LIMIT_BYTES);
}

const SCALE = process.env.SITEMAP_SCALE === '1';

// One mode or the other is registered, never skipped: the scale crawl needs the scale data set, which CI does not
// build (it is a measurement run by hand, above), and the demo crawl's in-process API and database would count in
// the scale mode's memory. So the suite's totals count what it runs, and CI's rule that nothing is skipped holds.
if (!SCALE) {
  describe('the sitemaps crawled whole, on the demo data', () => {
    const server = useTestServer();

    it('with a limit of 10 addresses: every listing in many files, each dated by its own, memory flat', async () => {
      const db = server.orm.em.fork().getKysely();
      const result = await crawl(db, 10);
      expectSplit(result, await publishedCount(db), 10);
      // The demo's listings changed on different days: the files' dates in the index differ too.
      const listingDates = result.files
        .filter((file) => file.url.includes('/listings-'))
        .map((file) => file.indexLastmod);
      expect(new Set(listingDates).size).toBeGreaterThan(1);
    });
  });
}

if (SCALE) {
  describe('the sitemaps crawled whole, on the scale data', () => {
    it('100 000 listings: files of at most 50 000 addresses, each dated by its own, RSS under 300 MB', async () => {
      // The server's memory is measured as the server runs: with its V8 flags.
      const { SERVER_NODE_FLAGS } = (await import(
        new URL('../../../scripts/server-node-flags.mjs', import.meta.url).href
      )) as { SERVER_NODE_FLAGS: string[] };
      const running = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
      expect(
        SERVER_NODE_FLAGS.filter((flag) => !running.includes(flag)),
        `NODE_OPTIONS="${SERVER_NODE_FLAGS.join(' ')}"`,
      ).toEqual([]);
      const database = await openScaleDatabase();
      const orm = await MikroORM.init(createOrmConfig(database.url));
      try {
        const db = orm.em.fork().getKysely();
        const published = await publishedCount(db);
        expect(published * LANGUAGES.length).toBeGreaterThan(SITEMAP_URL_LIMIT);
        const started = performance.now();
        const result = await crawl(db, SITEMAP_URL_LIMIT);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          [
            `sitemaps at scale: ${published} published listings, ${result.files.length} files in ${seconds} s, RSS ${mb(result.startRss)} MB before, peak ${mb(result.peakRss)} MB`,
            ...result.files.map(
              (file) =>
                `  ${file.url}: ${file.addresses} addresses, lastmod ${file.indexLastmod}, peak RSS ${mb(file.peakRss)} MB`,
            ),
          ].join('\n'),
        );
        expectSplit(result, published, SITEMAP_URL_LIMIT);
      } finally {
        await orm.close();
        await database.stop();
      }
    }, 600_000);
  });
}

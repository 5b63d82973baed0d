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
// listings there are. Always run on the demo data with a small limit (many files); on the scale data
// (`pnpm seed:scale`: 100 000 listings, so four files of listings at 50 000 addresses each) with
// SITEMAP_SCALE=1:
//   SITEMAP_SCALE=1 pnpm exec vitest run --project api api/src/http/sitemap-scale.test.ts

const RSS_LIMIT_BYTES = 300 * 1024 * 1024;
const PUBLIC_URL = 'https://tt.example.org';

interface Crawl {
  /** Addresses per file, in the index's order. */
  files: { url: string; addresses: number }[];
  peakRss: number;
}

/** Counts `<loc>` in a response as it arrives, never holding the whole of it. */
async function countLocs(response: Response): Promise<number> {
  const decoder = new TextDecoder();
  let count = 0;
  // The last four characters go with the next chunk: too short to hold a whole `<loc>`, long enough for its start.
  let carry = '';
  for await (const chunk of response.body!) {
    const text = carry + decoder.decode(chunk, { stream: true });
    count += text.split('<loc>').length - 1;
    carry = text.slice(-4);
  }
  return count;
}

async function crawl(db: Db, limit: number): Promise<Crawl> {
  const app = express();
  app.use(crawlerRoutes({ db, publicUrl: PUBLIC_URL, sitemapUrlLimit: limit }));
  const server: http.Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  try {
    const index = await (await fetch(`${base}/sitemap.xml`)).text();
    const urls = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]!);
    const files: Crawl['files'] = [];
    for (const url of urls) {
      const response = await fetch(url.replace(PUBLIC_URL, base));
      expect(response.status, url).toBe(200);
      files.push({ url, addresses: await countLocs(response) });
    }
    return { files, peakRss: Math.max(peakRss, process.memoryUsage.rss()) };
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

function expectSplit(result: Crawl, published: number, limit: number): void {
  const listingFiles = result.files.filter((file) => file.url.includes('/sitemaps/listings-'));
  const perFile = Math.floor(limit / LANGUAGES.length);
  expect(listingFiles).toHaveLength(Math.ceil(published / perFile));
  for (const file of result.files) expect(file.addresses, file.url).toBeLessThanOrEqual(limit);
  expect(listingFiles.reduce((sum, file) => sum + file.addresses, 0)).toBe(published * LANGUAGES.length);
  expect(result.peakRss).toBeLessThan(RSS_LIMIT_BYTES);
}

describe('the sitemaps crawled whole', () => {
  const server = useTestServer();

  it('on the demo data with a limit of 10 addresses: every listing in many files, memory flat', async () => {
    const db = server.orm.em.fork().getKysely();
    const result = await crawl(db, 10);
    expectSplit(result, await publishedCount(db), 10);
  });

  it.runIf(process.env.SITEMAP_SCALE === '1')(
    'on the scale data (100 000 listings): files of at most 50 000 addresses, RSS under 300 MB',
    async () => {
      const database = await openScaleDatabase();
      const orm = await MikroORM.init(createOrmConfig(database.url));
      try {
        const db = orm.em.fork().getKysely();
        const published = await publishedCount(db);
        expect(published * LANGUAGES.length).toBeGreaterThan(SITEMAP_URL_LIMIT);
        const result = await crawl(db, SITEMAP_URL_LIMIT);
        console.log(
          `sitemaps at scale: ${published} published listings, ${result.files.length} files, peak RSS ${Math.round(result.peakRss / 2 ** 20)} MB`,
        );
        expectSplit(result, published, SITEMAP_URL_LIMIT);
      } finally {
        await orm.close();
        await database.stop();
      }
    },
    600_000,
  );
});

// `pnpm lighthouse`: Lighthouse's performance and SEO categories for the catalogue, an asset page and an institute's
// page of the production server, in Debian's Chromium (the pages and the run: lighthouse-pages.mjs). Desktop
// (Lighthouse's desktop preset: a fast connection, no CPU slowdown), or with --mobile Lighthouse's default mobile
// preset (a mid-range phone on a slow 4G network, simulated). Each page is audited --runs times (default 3) and the
// median performance score counts (SEO does not move between runs); the command fails when a page scores below 95
// in either category. The SEO journey (test/src/lighthouse-seo.test.ts) checks SEO in both languages in the tests.
//
//   pnpm lighthouse                          the production server on the scale database (as `pnpm bench`)
//   pnpm lighthouse --url http://host:port   a server that is already running
//   --language en,it                         the languages of the pages (default en; Italian pages under /it)
//   --save <dir>                             keeps each report (JSON) there
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { auditedPages, auditPage, describeLostAudits, launchChromium, MINIMUM_SCORE } from './lighthouse-pages.mjs';

export { MINIMUM_SCORE };

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {{ baseUrl: string, languages?: string[], mobile?: boolean, runs?: number, saveDir?: string }} options
 * @returns {Promise<{ page: string, url: string, score: number, scores: number[], seo: number,
 *   seoLost: string[], formFactor: string, metrics: { fcp: number, lcp: number, tbt: number, cls: number, si: number } }[]>}
 */
export async function runLighthouse(options) {
  const runs = options.runs ?? 3;
  const formFactor = options.mobile ? 'mobile' : 'desktop';
  const pages = await auditedPages(options.baseUrl, { languages: options.languages });
  const chromium = await launchChromium();
  const results = [];
  try {
    for (const { page, url } of pages) {
      /** @type {import('./lighthouse-pages.mjs').PageAudit[]} */
      const audits = [];
      for (let i = 0; i < runs; i += 1) {
        // SEO once (the first run): it does not move with the load, and each category adds to a run's time.
        const categories = i === 0 ? ['performance', 'seo'] : ['performance'];
        const audit = await auditPage(url, { port: chromium.port, categories, mobile: options.mobile });
        if (options.saveDir) {
          mkdirSync(options.saveDir, { recursive: true });
          writeFileSync(
            path.join(options.saveDir, `${page.replace(/\W+/g, '-')}-${formFactor}-${i + 1}.json`),
            JSON.stringify(audit.lhr),
          );
        }
        audits.push(audit);
      }
      const performance = audits.map((audit) => audit.scores.performance ?? 0);
      const score = median(performance) ?? 0;
      const chosen = audits.find((audit) => audit.scores.performance === score) ?? audits[0];
      const metrics = chosen?.metrics;
      const first = audits[0];
      if (!metrics || !first) throw new Error(`${url}: no performance run`);
      const seo = first.scores.seo ?? 0;
      const seoLost = describeLostAudits(first.lost.seo ?? []);
      results.push({ page, url, score, scores: performance, seo, seoLost, formFactor, metrics });
      console.log(
        `  ${page}: performance ${score} (${formFactor}; runs ${performance.join(', ')}; ` +
          `FCP ${metrics.fcp.toFixed(0)} ms, LCP ${metrics.lcp.toFixed(0)} ms, ` +
          `TBT ${metrics.tbt.toFixed(0)} ms, CLS ${metrics.cls.toFixed(3)}); SEO ${seo}` +
          (seoLost.length ? ` (lost: ${seoLost.join('; ')})` : ''),
      );
    }
  } finally {
    await chromium.stop();
  }
  return results;
}

async function main() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      mobile: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      language: { type: 'string', default: 'en' },
      save: { type: 'string' },
    },
  });
  const options = {
    mobile: values.mobile,
    runs: Number(values.runs),
    languages: values.language.split(',').map((language) => language.trim()),
    saveDir: values.save ? path.resolve(values.save) : undefined,
  };
  if (values.url) return runLighthouse({ baseUrl: values.url.replace(/\/+$/, ''), ...options });
  const { buildApp, freePort, root, run, startProductionServer } = await import('../bench/bench-server.mjs');
  const { openScaleDatabase } = await import('@tt/db/seeds/scale/scale-database');
  buildApp();
  run(process.execPath, [path.join(root, 'db/dist/cli/seed-scale.js'), '--if-missing'], 'Scale data');
  const database = await openScaleDatabase();
  try {
    const server = await startProductionServer({
      databaseUrl: database.url,
      port: await freePort(),
      logFile: path.join(root, '.data', 'bench', 'lighthouse-server.log'),
    });
    try {
      return await runLighthouse({ baseUrl: server.url, ...options });
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await main();
  const low = results.flatMap((result) => [
    ...(result.score < MINIMUM_SCORE ? [`✗ ${result.page}: performance ${result.score}, below ${MINIMUM_SCORE}`] : []),
    ...(result.seo < MINIMUM_SCORE
      ? [`✗ ${result.page}: SEO ${result.seo}, below ${MINIMUM_SCORE} (${result.seoLost.join('; ')})`]
      : []),
  ]);
  for (const line of low) console.error(line);
  if (low.length === 0) console.log(`✓ every page scores ${MINIMUM_SCORE} or more in performance and SEO`);
  process.exitCode = low.length > 0 ? 1 : 0;
}

// `pnpm lighthouse`: Lighthouse's performance category for the catalogue and an asset page of the production
// server, in Debian's Chromium. Desktop (Lighthouse's desktop preset: a fast connection, no CPU slowdown),
// or with --mobile Lighthouse's default mobile preset (a mid-range phone on a slow 4G network, simulated).
// Each page is audited --runs times (default 3) and the median score counts; the command fails when a page
// scores below 95.
//
//   pnpm lighthouse                       the production server on the scale database (as `pnpm bench`)
//   pnpm lighthouse --url http://host:port   a server that is already running
//   --save <dir>                          keeps each report (JSON) there
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig } from 'lighthouse';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const MINIMUM_SCORE = 95;

/** @param {number} port */
async function launchChromium(port) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'tt-lighthouse-'));
  const chromium = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${CHROMIUM} did not open its debugging port`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    async stop() {
      chromium.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {{ baseUrl: string, assetSlug: string, mobile?: boolean, runs?: number, port?: number, saveDir?: string }} options
 * @returns {Promise<{ page: string, url: string, score: number, scores: number[], formFactor: string,
 *   metrics: { fcp: number, lcp: number, tbt: number, cls: number, si: number } }[]>}
 */
export async function runLighthouse(options) {
  const runs = options.runs ?? 3;
  const port = options.port ?? 9222 + Math.floor(Math.random() * 500);
  const formFactor = options.mobile ? 'mobile' : 'desktop';
  const pages = [
    ['catalogue', `${options.baseUrl}/`],
    ['asset page', `${options.baseUrl}/assets/${options.assetSlug}`],
  ];
  const chromium = await launchChromium(port);
  const results = [];
  try {
    for (const [page, url] of pages) {
      /** @type {{ score: number, metrics: any }[]} */
      const audits = [];
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(
          url,
          { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          options.mobile ? undefined : desktopConfig,
        );
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (options.saveDir) {
          mkdirSync(options.saveDir, { recursive: true });
          writeFileSync(
            path.join(options.saveDir, `${page.replace(/\W+/g, '-')}-${formFactor}-${i + 1}.json`),
            JSON.stringify(lhr),
          );
        }
        if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
        const value = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? Number.NaN;
        audits.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          metrics: {
            fcp: value('first-contentful-paint'),
            lcp: value('largest-contentful-paint'),
            tbt: value('total-blocking-time'),
            cls: value('cumulative-layout-shift'),
            si: value('speed-index'),
          },
        });
      }
      const score = median(audits.map((audit) => audit.score));
      const chosen = audits.find((audit) => audit.score === score) ?? audits[0];
      results.push({ page, url, score, scores: audits.map((a) => a.score), formFactor, metrics: chosen.metrics });
      console.log(
        `  ${page}: ${score} (${formFactor}; runs ${audits.map((a) => a.score).join(', ')}; ` +
          `FCP ${chosen.metrics.fcp.toFixed(0)} ms, LCP ${chosen.metrics.lcp.toFixed(0)} ms, ` +
          `TBT ${chosen.metrics.tbt.toFixed(0)} ms, CLS ${chosen.metrics.cls.toFixed(3)})`,
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
      save: { type: 'string' },
    },
  });
  const saveDir = values.save ? path.resolve(values.save) : undefined;
  const runs = Number(values.runs);
  if (values.url) {
    const baseUrl = values.url.replace(/\/+$/, '');
    const answer = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ assets(first: 1) { edges { node { slug } } } }' }),
    }).then((response) => response.json());
    const slug = answer.data?.assets.edges[0]?.node.slug;
    if (!slug) throw new Error(`${baseUrl} lists no published asset`);
    return runLighthouse({ baseUrl, assetSlug: slug, mobile: values.mobile, runs, saveDir });
  }
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
      const answer = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ assets(first: 1) { edges { node { slug } } } }' }),
      }).then((response) => response.json());
      return await runLighthouse({
        baseUrl: server.url,
        assetSlug: answer.data.assets.edges[0].node.slug,
        mobile: values.mobile,
        runs,
        saveDir,
      });
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await main();
  const low = results.filter((result) => result.score < MINIMUM_SCORE);
  for (const result of low) console.error(`✗ ${result.page} scores ${result.score}, below ${MINIMUM_SCORE}`);
  if (low.length === 0) console.log(`✓ every page scores ${MINIMUM_SCORE} or more`);
  process.exitCode = low.length > 0 ? 1 : 0;
}

// What `pnpm lighthouse`, the bench and the SEO journey share: Debian's Chromium for Lighthouse, the public pages
// they audit (the catalogue, a listing, an institute's page; in English and in Italian) and one Lighthouse run of a
// page with its scores and, for each category, the audits that lost points (id, title, why), so a low score says
// what to fix.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
/** The score every audited page reaches in each category (issue #14). */
export const MINIMUM_SCORE = 95;

/**
 * Starts Chromium with a debugging port Lighthouse drives. Port 0: Chromium takes a free one and writes it in its
 * profile (DevToolsActivePort), so runs in parallel never meet on one port.
 */
export async function launchChromium() {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'tt-lighthouse-'));
  const chromium = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  const stop = async () => {
    if (chromium.exitCode === null && chromium.signalCode === null) chromium.kill('SIGTERM');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const port = Number(readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
      if (port > 0 && (await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, stop };
    } catch {
      // Not written or not answering yet.
    }
    if (chromium.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`${CHROMIUM} did not open its debugging port`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** @param {string} baseUrl @param {string} query */
async function publicGraphql(baseUrl, query) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${baseUrl}/graphql: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The pages to audit on a running marketplace: its catalogue (the home page), its first published listing and the
 * page of that listing's institute, in each language asked (Italian ones under /it).
 *
 * @param {string} baseUrl
 * @param {{ languages?: string[] }} [options]
 * @returns {Promise<{ page: string, language: string, url: string }[]>}
 */
export async function auditedPages(baseUrl, { languages = ['en'] } = {}) {
  const data = await publicGraphql(baseUrl, '{ assets(first: 1) { edges { node { slug institution { slug } } } } }');
  const asset = data.assets.edges[0]?.node;
  if (!asset) throw new Error(`${baseUrl} lists no published asset`);
  return languages.flatMap((language) => {
    const prefix = language === 'en' ? '' : `/${language}`;
    // The English names are the bench report's rows of before (docs/performance.md).
    const name = (/** @type {string} */ page) => (language === 'en' ? page : `${page} (${language})`);
    return [
      { page: name('catalogue'), language, url: `${baseUrl}${prefix}/` },
      { page: name('asset page'), language, url: `${baseUrl}${prefix}/assets/${asset.slug}` },
      { page: name('institute page'), language, url: `${baseUrl}${prefix}/institutes/${asset.institution.slug}` },
    ];
  });
}

/**
 * @typedef {{ id: string, title: string, explanation?: string }} LostAudit
 * @typedef {{ fcp: number, lcp: number, tbt: number, cls: number, si: number }} PerformanceMetrics
 * @typedef {{ url: string, finalUrl: string, scores: Record<string, number>, lost: Record<string, LostAudit[]>,
 *   metrics: PerformanceMetrics | null, lhr: any }} PageAudit
 */

/**
 * One Lighthouse run of a page. Desktop: Lighthouse's desktop preset (a fast connection, no CPU slowdown); mobile:
 * its default preset (a mid-range phone on a slow 4G network, simulated).
 *
 * @param {string} url
 * @param {{ port: number, categories: string[], mobile?: boolean, screenshots?: boolean }} options
 *   screenshots: false leaves out the full-page screenshot (no score needs it; the SEO journey is quicker without)
 * @returns {Promise<PageAudit>}
 */
export async function auditPage(url, { port, categories, mobile = false, screenshots = true }) {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      disableFullPageScreenshot: !screenshots,
    },
    mobile ? undefined : desktopConfig,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  /** @type {Record<string, number>} */
  const scores = {};
  /** @type {Record<string, LostAudit[]>} */
  const lost = {};
  for (const category of categories) {
    const scored = lhr.categories[category];
    if (!scored) throw new Error(`${url}: Lighthouse scored no ${category} category`);
    scores[category] = Math.round((scored.score ?? 0) * 100);
    lost[category] = scored.auditRefs
      .filter((/** @type {any} */ ref) => ref.weight > 0)
      .map((/** @type {any} */ ref) => lhr.audits[ref.id])
      .filter((/** @type {any} */ audit) => audit && audit.score !== null && audit.score < 1)
      .map((/** @type {any} */ audit) => ({
        id: audit.id,
        title: audit.title,
        ...(audit.explanation || audit.displayValue ? { explanation: audit.explanation ?? audit.displayValue } : {}),
      }));
  }
  const value = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const metrics = categories.includes('performance')
    ? {
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        si: value('speed-index'),
      }
    : null;
  return { url, finalUrl: lhr.finalDisplayedUrl, scores, lost, metrics, lhr };
}

/** One line per audit that lost points, for a report or a failing test. @param {LostAudit[]} audits */
export function describeLostAudits(audits) {
  return audits.map((audit) => `${audit.id}: ${audit.title}${audit.explanation ? ` (${audit.explanation})` : ''}`);
}

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  auditedPages,
  auditPage,
  describeLostAudits,
  launchChromium,
  MINIMUM_SCORE,
} from '../lighthouse/lighthouse-pages.mjs';

// Issue #14: Lighthouse's SEO category scores 95 or more on the catalogue, a listing and an institute's page, in
// English and in Italian (desktop preset), on the demo data. SEO is deterministic: what the server writes in each
// page's head (api/src/http/page-head.service.ts), robots.txt, the links' text, the status code. Performance is the
// bench's (`pnpm bench`, docs/performance.md): on a busy machine its score says more about the machine.
// One Chromium, the pages one after another, each test one page; a failure names the audits that lost points.

const baseUrl = inject('baseUrl');
const PAGES = ['catalogue', 'asset page', 'institute page'] as const;
const LANGUAGES = ['en', 'it'] as const;

let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
let pages: Awaited<ReturnType<typeof auditedPages>> = [];

beforeAll(async () => {
  pages = await auditedPages(baseUrl, { languages: [...LANGUAGES] });
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.stop();
});

describe.each(LANGUAGES)('Lighthouse SEO, desktop, in %s', (language) => {
  it.each(PAGES)(`%s scores ${MINIMUM_SCORE} or more`, async (name) => {
    const page = pages.find((candidate) => candidate.language === language && candidate.page.startsWith(name));
    if (!page || !chromium) throw new Error(`no ${name} page in ${language} to audit`);
    const audit = await auditPage(page.url, { port: chromium.port, categories: ['seo'], screenshots: false });
    const seo = audit.scores.seo ?? 0;
    const lost = describeLostAudits(audit.lost.seo ?? []);
    console.log(`${page.page} ${page.url}: SEO ${seo}${lost.length ? `; lost: ${lost.join('; ')}` : ''}`);
    // The page itself was audited, not a page it redirected to.
    expect(audit.finalUrl).toBe(page.url);
    expect(
      seo,
      `${page.url} scores ${seo} in SEO; the audits that lost points:\n${lost.join('\n')}`,
    ).toBeGreaterThanOrEqual(MINIMUM_SCORE);
  });
});

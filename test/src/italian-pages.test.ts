import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { findEnglish, readEnglishCatalogue } from './support/english-text.js';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectNoHorizontalScroll,
  journeyBrowser,
  listingWithoutOpenEoi,
} from './support/journey.js';
import { pageTextInItsLanguage } from './support/page-text.js';

// Every page in Italian, as each role reaches it under /it/…: the test reads what the page shows (its
// text, its elements' labels and hints, its title) and fails on any English left outside what the
// markup says is English (`lang="en"`). It prints what it found page by page, so a failure says where.
// The catalogue, an asset page, the triage desk and the wizard are also checked with axe and
// photographed at desktop and phone width (test/artifacts/it-*.png).

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
const catalogue = readEnglishCatalogue();

/** What each page showed that looks English: page → findings (empty when clean). */
const report = new Map<string, string[]>();

afterAll(() => {
  const dirty = [...report].filter(([, found]) => found.length > 0);
  console.log(
    `Italian pages: ${report.size} checked, ${report.size - dirty.length} with no English, ${dirty.length} with some`,
  );
});

const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

/** The requests each page has in flight, and when the last one ended: the app navigates without loads. */
const traffic = new WeakMap<Page, { pending: Set<unknown>; quietSince: number }>();
function watchTraffic(page: Page): Page {
  const state = { pending: new Set<unknown>(), quietSince: Date.now() };
  traffic.set(page, state);
  page.on('request', (request) => state.pending.add(request));
  const ended = (request: unknown) => {
    state.pending.delete(request);
    if (state.pending.size === 0) state.quietSince = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return page;
}

/** Waits until the page has loaded what it shows: no request for 300 ms, no loading placeholder left. */
async function settled(page: Page) {
  const state = traffic.get(page);
  await expect
    .poll(() => !state || (state.pending.size === 0 && Date.now() - state.quietSince >= 300), { timeout: 15_000 })
    .toBe(true);
  await page.getByTestId('loading-skeleton').first().waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.documentElement.lang), `${pathOf(page)}: <html lang>`).toBe('it');
}

/** Reads the page as it is now and records any English on it under `name`. */
async function checkItalian(page: Page, name: string) {
  await settled(page);
  const found = findEnglish(await pageTextInItsLanguage(page), catalogue);
  const where = `${name} (${pathOf(page)})`;
  report.set(where, found);
  console.log(
    found.length === 0
      ? `✓ ${where}: no English`
      : `✗ ${where}: ${found.length}\n${found.map((f) => `    ${f}`).join('\n')}`,
  );
  expect.soft(found, `English on ${where}`).toEqual([]);
}

/** Opens `/it/<path>`, waits for `ready` (a test ID), and checks the page. */
async function visit(page: Page, path: string, ready: string, name: string) {
  await page.goto(`${baseUrl}/it${path}`);
  await page.getByTestId(ready).first().waitFor();
  await checkItalian(page, name);
}

/** Follows the first link inside the first `testId` element and checks where it leads. */
async function follow(page: Page, testId: string, ready: string, name: string) {
  await page.getByTestId(testId).first().locator('a').first().click();
  await page.getByTestId(ready).first().waitFor();
  await checkItalian(page, name);
}

/** Signs in on the Italian sign-in page. */
async function signedIn(email: string): Promise<Page> {
  const page = watchTraffic(await journey.newPage(DESKTOP));
  await page.goto(`${baseUrl}/it/sign-in`);
  await page.getByTestId('email-input').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(DEMO_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu-button').waitFor();
  return page;
}

/** The user menu, open, is read as part of the page it opens on. */
async function checkUserMenu(page: Page, name: string) {
  await page.getByTestId('user-menu-button').click();
  await page.getByTestId('user-menu').waitFor();
  await checkItalian(page, `${name}, user menu open`);
  await page.keyboard.press('Escape');
}

/** The same session at phone width: a second context with the first one's cookies and storage. */
async function onPhone(browser: Browser, desktop: Page): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, storageState: await desktop.context().storageState() });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  journey.watchCsp(page);
  return watchTraffic(page);
}

/** axe finds nothing serious, the page fits the phone, and both widths are photographed. */
async function lookedAt(desktop: Page, phone: Page, name: string) {
  await expectAccessible(desktop, `${name} (Italian)`);
  await screenshot(desktop, `it-${name}-desktop`);
  await settled(phone);
  await expectAccessible(phone, `${name} (Italian, phone)`);
  await expectNoHorizontalScroll(phone);
  await screenshot(phone, `it-${name}-phone`);
}

describe('every page in Italian, nothing English left', () => {
  it('a visitor: catalogue, search, listing, partners, institutes, account pages, not found', async () => {
    const page = watchTraffic(await journey.newPage(DESKTOP));
    const phone = await onPhone(journey.browser, page);

    await visit(page, '', 'result-card', 'catalogue');
    await phone.goto(`${baseUrl}/it`);
    await phone.getByTestId('result-card').first().waitFor();
    await lookedAt(page, phone, 'catalogue');
    await follow(page, 'result-card', 'asset-title', 'an asset');
    await phone.goto(page.url());
    await phone.getByTestId('asset-title').waitFor();
    await lookedAt(page, phone, 'asset');
    await visit(page, '/assets/no-such-listing', 'not-found', 'an asset that does not exist');

    await visit(page, '?q=sarcoma', 'result-card', 'catalogue, a search');
    await visit(page, '?q=zzxqwv', 'empty-state', 'catalogue, a search that finds nothing');

    await visit(page, '/partners', 'partner-card', 'partners');
    await follow(page, 'partner-card', 'partner-name', 'a partner');
    await visit(page, '/institutes', 'institution-card', 'institutes');
    await follow(page, 'institution-card', 'platform', 'an institute and its platforms');

    await visit(page, '/sign-in', 'sign-in-form', 'sign in');
    await page.getByTestId('email-input').fill('nobody@tt.demo');
    await page.locator('input[autocomplete="current-password"]').fill('not the password');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('error-summary').or(page.getByRole('alert')).first().waitFor();
    await checkItalian(page, 'sign in, wrong password');

    await visit(page, '/sign-up', 'sign-up-form', 'sign up');
    await page.getByTestId('sign-up-form').locator('button[type="submit"]').click();
    await page.getByTestId('error-summary').waitFor();
    await checkItalian(page, 'sign up, nothing filled in');

    await visit(page, '/forgot-password', 'forgot-password-form', 'forgot password');
    await visit(page, '/reset-password', 'reset-no-token', 'reset password without a token');
    await visit(page, '/verify-email', 'verify-failed', 'e-mail verification without a token');
    await visit(page, '/invitations/accept', 'invitation-invalid', 'invitation without a token');
    await visit(page, '/no-such-page', 'not-found', 'a page that does not exist');
  });

  it('a company member: account, company, interests, an EoI, the express-interest form', async () => {
    const page = await signedIn('buyer@oncopharm.demo');
    await visit(page, '/account', 'account-heading', 'account (company member)');
    await checkUserMenu(page, 'account (company member)');
    await visit(page, '/company', 'company-page', 'company');
    await visit(page, '/interests', 'interest-row', 'my interests');
    await follow(page, 'interest-row', 'interest-page', 'an EoI, the company side');

    // A listing the company has no open EoI on, and its form, empty then sent back with its errors.
    const { slug } = await listingWithoutOpenEoi(page);
    await visit(page, `/assets/${slug}`, 'express-interest', 'an asset (company member)');
    await page.getByTestId('express-interest').click();
    await page.getByTestId('express-interest-form').waitFor();
    await page.getByTestId('submit-eoi').click();
    await page.getByTestId('error-summary').waitFor();
    await checkItalian(page, 'the express-interest form, sent empty');
  });

  it('a researcher: disclosures, a disclosure, every step of the wizard', async () => {
    const page = await signedIn('researcher.irst@tt.demo');
    const phone = await onPhone(journey.browser, page);
    await visit(page, '/account', 'account-heading', 'account (researcher)');
    await checkUserMenu(page, 'account (researcher)');
    await visit(page, '/disclosures', 'disclosure-row', 'my disclosures');
    const draft = page.locator('[data-testid="disclosure-row"][data-status="DRAFT"]').first();
    const href = (await draft.getByTestId('disclosure-link').getAttribute('href')) ?? '';
    const wizard = /^(\/it\/disclosures\/[^/]+\/edit)/.exec(href)?.[1];
    expect(wizard, `a draft's wizard link (${href})`).toBeTruthy();
    const submitted = page.locator('[data-testid="disclosure-row"]:not([data-status="DRAFT"])').first();
    await submitted.getByTestId('disclosure-link').click();
    await page.getByTestId('disclosure-page').waitFor();
    await checkItalian(page, 'a disclosure, the researcher side');

    // A draft's wizard, step by step through its links (nothing is changed, so nothing is saved).
    await page.goto(`${baseUrl}${wizard}/basics`);
    const steps = ['basics', 'inventors', 'description', 'prior-art', 'funding', 'commercial', 'attachments', 'review'];
    for (const step of steps) {
      if (step !== 'basics') await page.getByTestId(`step-link-${step}`).click();
      await page.locator(`[data-testid="disclosure-wizard"][data-step="${step}"]`).waitFor();
      await checkItalian(page, `the disclosure wizard, ${step}`);
      if (step === 'basics' || step === 'review') {
        await phone.goto(page.url());
        await phone.locator(`[data-testid="disclosure-wizard"][data-step="${step}"]`).waitFor();
        await lookedAt(page, phone, `wizard-${step}`);
      }
    }
  });

  it('an officer: triage desk, an EoI, pipeline, a disclosure, listings, the listing editor, people', async () => {
    const page = await signedIn('officer.irst@tt.demo');
    const phone = await onPhone(journey.browser, page);
    await visit(page, '/triage', 'board', 'triage desk');
    await checkUserMenu(page, 'triage desk');
    await phone.goto(`${baseUrl}/it/triage`);
    await phone.getByTestId('board').waitFor();
    await lookedAt(page, phone, 'triage');
    await page.getByTestId('view-list').click();
    await page.getByTestId('eoi-row').first().waitFor();
    await checkItalian(page, 'triage desk, as a list');
    await follow(page, 'eoi-row', 'eoi-office-page', 'an EoI, the office side');
    // Declining asks for a reason and a message: the form, sent empty (refused before any request).
    await page.getByTestId('decline').click();
    await page.getByTestId('decline-confirm').click();
    await page.getByTestId('error-declineReason').waitFor();
    await checkItalian(page, 'an EoI, the office side, declining without a reason');

    await visit(page, '/office/dashboard', 'dashboard-figures', 'office dashboard');
    await visit(page, '/office/disclosures', 'pipeline-row', 'disclosure pipeline');
    await follow(page, 'pipeline-row', 'disclosure-office-page', 'a disclosure, the office side');
    await visit(page, '/office/listings', 'listing-row', 'listings desk');
    // Its CSV export in Italian too: the link's words, and the headers it asks for.
    expect(await page.getByTestId('export-csv').textContent()).toBe('Esporta CSV');
    expect(await page.getByTestId('export-csv').getAttribute('href')).toBe('/exports/listings.csv?lang=it');
    await phone.goto(page.url());
    await phone.getByTestId('listing-row').first().waitFor();
    await lookedAt(page, phone, 'listings-desk');
    await follow(page, 'listing-row', 'listing-editor', 'the listing editor');
    // English and Italian side by side on a desktop, stacked on a phone.
    await phone.goto(page.url());
    await phone.getByTestId('listing-form').waitFor();
    await lookedAt(page, phone, 'listing-editor');
    await page.getByTestId('tab-preview').click();
    await page.getByTestId('listing-preview').waitFor();
    await checkItalian(page, 'the listing editor, preview');
    await visit(page, '/people', 'people-page', 'people');
    await visit(page, '/account', 'account-heading', 'account (officer)');
  });

  it('an administrator: every section of the administration', async () => {
    const page = await signedIn('admin@tt.demo');
    for (const section of ['users', 'invitations', 'institutes', 'directory']) {
      await visit(page, `/admin/${section}`, 'admin-page', `administration, ${section}`);
    }
    await checkUserMenu(page, 'administration');
  });
});

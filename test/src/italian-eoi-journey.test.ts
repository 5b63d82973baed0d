import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { newestMail } from './support/dev-mail.js';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectNoHorizontalScroll,
  journeyBrowser,
  listingWithoutOpenEoi,
  pageGraphql,
} from './support/journey.js';

// Issue #11 end to end, in a browser whose language is Italian (Accept-Language: it-IT): the catalogue speaks
// Italian, Italian words find listings, a company member sends an expression of interest in Italian, the
// listing's contact officer is e-mailed in Italian, then switches to English, and the choice holds across a
// reload and a new sign-in, on the account too (its e-mails follow it).

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();

const OFFICER = { email: 'officer.irst@tt.demo', name: 'Chiara Benedetti' };
const BUYER = 'buyer@oncopharm.demo';

const pathOf = (page: Page) => new URL(page.url()).pathname;
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
/** A page in a browser whose languages are Italian (navigator.languages, Accept-Language). */
const italianBrowser = (viewport = DESKTOP) => journey.newPage(viewport, { locale: 'it-IT' });

async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('result-count').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

/** Searches the catalogue the way a visitor does; resolves once the results for `query` are shown. */
async function search(page: Page, query: string): Promise<number> {
  await page.getByTestId('search-input').fill(query);
  await page.getByTestId('search-submit').click();
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
  await page.getByTestId('result-card').first().waitFor();
  return resultCount(page);
}

/** Signs in through the form in the page's language, starting from the header's link. */
async function signInFromHeader(page: Page, email: string, labels: { email: string; password: string }) {
  await page.getByTestId('sign-in-link').click();
  await page.getByTestId('sign-in-form').waitFor();
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu-button').waitFor();
}
const ITALIAN_LABELS = { email: 'Indirizzo e-mail', password: 'Password' };
const ENGLISH_LABELS = { email: 'E-mail address', password: 'Password' };

async function graphql<T>(page: Page, query: string): Promise<T> {
  const body = await pageGraphql<T>(page, query);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** The newest e-mail of this template to this address whose text mentions `about`, from the demo mailbox. */
const mailed = (to: string, template: string, about: string) =>
  newestMail(to, (mail) => mail.template === template && mail.text.includes(about));

describe('an Italian browser, from the catalogue to the office and back to English', () => {
  it('the catalogue is Italian, and Italian words find listings (desktop and phone)', async () => {
    const page = await italianBrowser();
    await page.goto(baseUrl);
    await page.waitForURL((url) => url.pathname === '/it');
    await page.getByTestId('result-card').first().waitFor();
    expect(await htmlLang(page)).toBe('it');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Tecnologie e servizi dalla ricerca oncologica',
    );
    expect(await page.getByTestId('result-count').textContent()).toMatch(/^\d+ risultati$/);
    expect(await page.getByLabel('Cerca nel catalogo').count()).toBe(1);
    expect(await page.title()).toContain('Catalogo');
    await screenshot(page, 'it-journey-catalogue-desktop');

    const immunotherapy = await search(page, 'immunoterapia');
    expect(await page.getByTestId('result-count').textContent()).toBe(`${immunotherapy} risultati`);
    // The listings found by their Italian text, shown in Italian: the matched words are Italian ones.
    const marked = await page.locator('[data-testid="result-card"] mark').allTextContents();
    expect(
      marked.some((word) => /^immunoterap/i.test(word)),
      marked.join(', '),
    ).toBe(true);
    await screenshot(page, 'it-journey-search-desktop');
    const tumourSamples = await search(page, 'campioni tumorali');
    expect(tumourSamples).toBeGreaterThan(0);

    // An asset page found this way, in Italian.
    await page.getByTestId('result-card').first().locator('a').first().click();
    await page.getByTestId('asset-title').waitFor();
    expect(pathOf(page)).toMatch(/^\/it\/assets\/[a-z0-9-]+$/);
    expect(await htmlLang(page)).toBe('it');
    // "Campioni tumorali" finds services first: a service's page in its own template ("Il servizio", not "Il problema").
    expect(await page.getByRole('heading', { name: /^(Il problema|Il servizio)$/ }).count()).toBe(1);
    expect(await page.getByTestId('express-interest').textContent()).toBe('Manifesta interesse');
    await screenshot(page, 'it-journey-asset-desktop');
    const assetPath = pathOf(page);
    await page.context().close();

    const phone = await italianBrowser(PHONE);
    await phone.goto(`${baseUrl}/it?q=immunoterapia`);
    await phone.getByTestId('result-card').first().waitFor();
    expect(await htmlLang(phone)).toBe('it');
    await expectNoHorizontalScroll(phone);
    await screenshot(phone, 'it-journey-catalogue-phone');
    await phone.goto(`${baseUrl}${assetPath}`);
    await phone.getByTestId('asset-title').waitFor();
    await expectNoHorizontalScroll(phone);
    await screenshot(phone, 'it-journey-asset-phone');
    await phone.context().close();
  });

  it('an EoI in Italian → the officer’s e-mail in Italian → English, across a reload and a new sign-in', async () => {
    // The officer reads the marketplace in Italian: signing in on the Italian pages keeps it on the account.
    const officer = await italianBrowser();
    await officer.goto(baseUrl);
    await officer.waitForURL((url) => url.pathname === '/it');
    await signInFromHeader(officer, OFFICER.email, ITALIAN_LABELS);
    expect(pathOf(officer)).toMatch(/^\/it\//);
    expect(await graphql<{ viewer: { language: string } }>(officer, 'query { viewer { language } }')).toEqual({
      viewer: { language: 'IT' },
    });

    // A company member signs in on the Italian pages and expresses interest, in Italian.
    const buyer = await italianBrowser();
    await buyer.goto(`${baseUrl}/it`);
    await buyer.getByTestId('result-card').first().waitFor();
    await signInFromHeader(buyer, BUYER, ITALIAN_LABELS);
    const asset = await listingWithoutOpenEoi(buyer, (listing) => listing.contactOfficer?.name === OFFICER.name);
    await buyer.goto(`${baseUrl}/it/assets/${asset.slug}`);
    await buyer.getByTestId('asset-title').waitFor();
    expect((await buyer.getByTestId('asset-title').textContent())?.trim()).toBe(asset.title);
    await buyer.getByTestId('express-interest').click();
    await buyer.getByTestId('express-interest-form').waitFor();
    await buyer.getByLabel('Tipo di interesse').selectOption('LICENSE');
    const message = buyer.getByLabel('Messaggio per l’ufficio');
    await message.fill('Troppo breve.');
    await buyer.getByTestId('submit-eoi').click();
    expect(await buyer.getByTestId('error-message').textContent()).toBe('Scrivere almeno 30 caratteri.');
    await message.fill(
      'OncoPharm vorrebbe acquisire una licenza su questa tecnologia per la propria linea di diagnostica oncologica: possiamo parlarne?',
    );
    await buyer.getByLabel('Uso previsto').fill('Test diagnostico companion in uno studio di fase II');
    await buyer.getByLabel('Tempistiche').fill('Term sheet entro il trimestre');
    await buyer.getByTestId('nda').check();
    await screenshot(buyer, 'it-journey-eoi-form-desktop');
    await expectAccessible(buyer, 'express-interest form (Italian)');
    await buyer.getByTestId('submit-eoi').click();
    await buyer.getByTestId('eoi-sent').waitFor();
    const href = (await buyer.getByTestId('eoi-sent-link').getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/it\/interests\/.+/);
    const eoiId = decodeURIComponent(href.replace('/it/interests/', ''));

    // The contact officer's notice is in Italian, and its link leads to the Italian page.
    const notice = await mailed(OFFICER.email, 'eoi-received', asset.title);
    expect(notice.language).toBe('it');
    expect(notice.subject).toBe('Nuova manifestazione di interesse da OncoPharm S.p.A.');
    expect(notice.text).toContain(
      `OncoPharm S.p.A. ha inviato una manifestazione di interesse (licenza) per «${asset.title}», di cui Lei è referente.`,
    );
    expect(notice.text).toContain('Può esaminarla e rispondere');
    expect(notice.links.length).toBeGreaterThan(0);
    for (const link of notice.links) expect(new URL(link).pathname).toMatch(/^\/it\//);
    const officeLink = notice.links.find((link) => new URL(link).pathname.startsWith('/it/triage/')) ?? '';
    expect(decodeURIComponent(new URL(officeLink).pathname)).toBe(`/it/triage/${eoiId}`);
    // So is the company member's confirmation.
    const confirmation = await mailed(BUYER, 'eoi-confirmation', asset.title);
    expect(confirmation.language).toBe('it');
    expect(confirmation.subject).toBe(`Abbiamo ricevuto la Sua manifestazione di interesse per «${asset.title}»`);
    expect(new URL(confirmation.links[0] ?? baseUrl).pathname).toBe(`/it/interests/${encodeURIComponent(eoiId)}`);

    // The officer follows the link, in Italian, and switches to English.
    await officer.goto(officeLink);
    await officer.getByTestId('eoi-office-page').waitFor();
    expect(await htmlLang(officer)).toBe('it');
    expect(await officer.getByTestId('eoi-title').textContent()).toContain('OncoPharm');
    await screenshot(officer, 'it-journey-office-eoi-desktop');
    const englishPath = new URL(officeLink).pathname.slice('/it'.length);
    await officer.getByTestId('language-en').click();
    await officer.waitForURL((url) => url.pathname === englishPath);
    await officer.getByTestId('eoi-office-page').waitFor();
    expect(await htmlLang(officer)).toBe('en');
    expect(await graphql<{ viewer: { language: string } }>(officer, 'query { viewer { language } }')).toEqual({
      viewer: { language: 'EN' },
    });

    // A reload keeps English, over the browser's Italian.
    await officer.reload();
    await officer.getByTestId('eoi-office-page').waitFor();
    expect(pathOf(officer)).toBe(englishPath);
    expect(await htmlLang(officer)).toBe('en');

    // Signing out and in again keeps it too, on the page and on the account.
    await officer.getByTestId('user-menu-button').click();
    await officer.getByTestId('log-out').click();
    await officer.getByTestId('sign-in-link').waitFor();
    expect(await htmlLang(officer)).toBe('en');
    await signInFromHeader(officer, OFFICER.email, ENGLISH_LABELS);
    await officer.getByRole('heading', { level: 1 }).waitFor();
    expect(pathOf(officer)).not.toMatch(/^\/it(\/|$)/);
    expect(await htmlLang(officer)).toBe('en');
    expect(await graphql<{ viewer: { language: string } }>(officer, 'query { viewer { language } }')).toEqual({
      viewer: { language: 'EN' },
    });
    await screenshot(officer, 'it-journey-officer-english-desktop');

    await officer.context().close();
    await buyer.context().close();
  });
});

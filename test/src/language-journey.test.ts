import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactsDir, DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll, journeyBrowser } from './support/journey.js';

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();

/** A page in a browser whose languages are `locale`'s (navigator.languages, Accept-Language). */
const browserIn = (locale: string, viewport = DESKTOP) => journey.newPage(viewport, { locale });

const pathOf = (page: Page) => new URL(page.url()).pathname;
/** The page and, to look at the switch closely, its header alone. */
async function screenshots(page: Page, name: string) {
  await screenshot(page, name);
  await page.locator('.site-header').screenshot({ path: path.join(artifactsDir, `${name}-header.png`) });
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe('the language of the marketplace', () => {
  it('an Italian browser lands on the Italian URLs, switches to English, and the choice stays', async () => {
    const page = await browserIn('it-IT');
    const graphqlLanguages = new Set<string>();
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) graphqlLanguages.add(request.headers()['accept-language'] ?? '');
    });

    // First visit to an unprefixed URL, no choice stored: the Italian twin.
    await page.goto(baseUrl);
    await page.waitForURL((url) => url.pathname === '/it');
    await page.getByTestId('result-card').first().waitFor();
    expect(await htmlLang(page)).toBe('it');
    expect(graphqlLanguages).toEqual(new Set(['it']));
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((link) => [link.getAttribute('hreflang'), new URL((link as HTMLLinkElement).href).pathname]),
    );
    expect(alternates).toEqual([
      ['en', '/'],
      ['it', '/it'],
      ['x-default', '/'],
    ]);
    // Internal links stay in Italian.
    expect(await page.getByTestId('partners-link').getAttribute('href')).toBe('/it/partners');
    expect(await page.getByTestId('catalogue-link').getAttribute('href')).toBe('/it');
    const switcher = page.getByTestId('language-switch');
    expect(await switcher.getByTestId('language-it').getAttribute('aria-current')).toBe('true');
    await screenshots(page, 'desktop-italian');
    await expectAccessible(page, 'catalogue (Italian)');

    // An asset page, then the same page in English.
    await page.getByTestId('result-card').first().locator('a').first().click();
    await page.getByTestId('asset-title').waitFor();
    const italianAsset = pathOf(page);
    expect(italianAsset).toMatch(/^\/it\/assets\/[a-z0-9-]+$/);
    await page.getByTestId('language-en').click();
    await page.waitForURL((url) => url.pathname === italianAsset.slice(3));
    await page.getByTestId('asset-title').waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('tt-locale'))).toBe('en');
    expect(await page.getByTestId('language-en').getAttribute('aria-current')).toBe('true');

    // The choice holds over the browser's language: on a reload, and on another unprefixed page.
    graphqlLanguages.clear();
    await page.reload();
    await page.getByTestId('asset-title').waitFor();
    await page.goto(`${baseUrl}/partners`);
    await page.getByTestId('partner-card').first().waitFor();
    expect(pathOf(page)).toBe('/partners');
    expect(await htmlLang(page)).toBe('en');
    expect(graphqlLanguages).toEqual(new Set(['en']));

    // And back to Italian with the switch.
    await page.getByTestId('language-it').click();
    await page.waitForURL(/\/it\/partners$/);
    await page.getByTestId('partner-card').first().waitFor();
    expect(await htmlLang(page)).toBe('it');
    await page.context().close();
  });

  it('serves /it/… pages in Italian to any browser; an English browser stays on unprefixed URLs', async () => {
    const response = await fetch(`${baseUrl}/it/partners`);
    expect(await response.text()).toContain('<html lang="it">');

    const page = await browserIn('en-GB');
    await page.goto(baseUrl);
    await page.getByTestId('result-card').first().waitFor();
    expect(pathOf(page)).toBe('/');
    expect(await htmlLang(page)).toBe('en');
    await screenshots(page, 'desktop-english');
    await page.goto(`${baseUrl}/it/institutes`);
    await page.getByTestId('language-switch').waitFor();
    expect(await htmlLang(page)).toBe('it');
    expect(pathOf(page)).toBe('/it/institutes');
    await page.context().close();
  });

  it('the switch is there on a phone too', async () => {
    const page = await browserIn('it-IT', PHONE);
    await page.goto(`${baseUrl}/it/`);
    await page.getByTestId('result-card').first().waitFor();
    const box = await page.getByTestId('language-switch').boundingBox();
    expect(box?.y).toBeLessThan(80);
    expect(await page.getByTestId('language-en').isVisible()).toBe(true);
    await expectNoHorizontalScroll(page);
    await screenshots(page, 'phone-italian');
    await expectAccessible(page, 'catalogue (Italian, phone)');
    await page.context().close();
  });
});

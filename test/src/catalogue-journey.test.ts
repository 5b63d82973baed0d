import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, journeyBrowser } from './support/journey.js';

const baseUrl = inject('baseUrl');
const { newPage } = journeyBrowser();

async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('result-count').textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

describe('a company browses the public catalogue (desktop)', () => {
  it('search → filter by facet → open an asset → back keeps the search → partner directory', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(baseUrl);
    await page.getByTestId('result-card').first().waitFor();
    expect(await page.title()).toMatch(/TT Marketplace/);
    const everything = await resultCount(page);
    expect(everything).toBeGreaterThanOrEqual(60);
    await screenshot(page, 'desktop-catalogue');
    await expectAccessible(page, 'catalogue');

    // From the search box the keyboard skips the filters: "Skip to results" follows the search button, and the
    // next Tab stops after it are in the results (the sort, then the first result), not in the filters.
    await page.getByTestId('search-input').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const skip = page.getByTestId('skip-to-results');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const inResults = () =>
      page.evaluate(() => Boolean(document.getElementById('catalogue-results')?.contains(document.activeElement)));
    expect(await inResults()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inResults()).toBe(true);

    // Search.
    await page.getByTestId('search-input').fill('biopsy');
    await page.getByTestId('search-submit').click();
    await page.waitForURL(/[?&]q=biopsy/);
    // Settled results: fewer than everything, but some.
    await expect.poll(() => resultCount(page)).toSatisfy((count: number) => count > 0 && count < everything);
    await page.getByTestId('result-card').first().waitFor();
    const searched = await resultCount(page);
    expect(await page.locator('[data-testid="result-card"] mark').count()).toBeGreaterThan(0);

    // Filter by a facet: the first kind offered.
    const kindOption = page.getByTestId('facet-kinds').locator('input[data-value]').first();
    const kind = await kindOption.getAttribute('data-value');
    await kindOption.check();
    await page.waitForURL(new RegExp(`[?&]kind=${kind}`));
    await expect.poll(() => resultCount(page)).toSatisfy((count: number) => count > 0 && count <= searched);
    await page.getByTestId('result-card').first().waitFor();
    const filtered = await resultCount(page);
    await screenshot(page, 'desktop-catalogue-filtered');

    // Open the first result.
    const firstCard = page.getByTestId('result-card').first();
    const title = (await firstCard.locator('a').first().textContent())?.trim();
    await firstCard.locator('a').first().click();
    await page.getByTestId('asset-title').waitFor();
    expect((await page.getByTestId('asset-title').textContent())?.trim()).toBe(title);
    expect(await page.title()).toContain(title ?? '');
    const cta = page.getByTestId('express-interest');
    expect(await cta.getAttribute('href')).toMatch(/sign-in/);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(20);
    await screenshot(page, 'desktop-asset');
    await expectAccessible(page, 'asset page');

    // Back keeps the search and the filter.
    await page.goBack();
    await page.waitForURL(/[?&]q=biopsy/);
    expect(page.url()).toContain(`kind=${kind}`);
    await page.getByTestId('result-card').first().waitFor();
    expect(await page.getByTestId('search-input').inputValue()).toBe('biopsy');
    expect(await resultCount(page)).toBe(filtered);
    expect(await page.getByTestId('facet-kinds').locator(`input[data-value="${kind}"]`).isChecked()).toBe(true);

    // Partner directory.
    await page.getByTestId('partners-link').click();
    await page.getByTestId('partner-card').first().waitFor();
    expect(await page.getByTestId('partner-card').count()).toBeGreaterThanOrEqual(10);
    await screenshot(page, 'desktop-partners');
    await expectAccessible(page, 'partner directory');
    await page.close();
  });

  it('an institute page shows its platforms and listings', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(`${baseUrl}/institutes/irst`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const body = await page.textContent('body');
    expect(body).toMatch(/Genomic/i);
    expect(body).toMatch(/Biostatistics/i);
    await screenshot(page, 'desktop-institute');
    await expectAccessible(page, 'institute page');
    await page.close();
  });

  it('a shared link restores the search, and an unknown asset shows a not-found page', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(`${baseUrl}/?q=organoid&kind=SERVICE`);
    await page.getByTestId('result-count').waitFor();
    expect(await page.getByTestId('search-input').inputValue()).toBe('organoid');
    expect(await page.getByTestId('facet-kinds').locator('input[data-value="SERVICE"]').isChecked()).toBe(true);
    // Answered 404 by the server (issue #14), with the app, which shows its not-found page.
    const missing = await page.goto(`${baseUrl}/assets/no-such-listing`);
    expect(missing?.status()).toBe(404);
    await expect.poll(async () => (await page.textContent('body')) ?? '').toMatch(/not found/i);
    expect(await page.title()).toBe('Listing not found · TT Marketplace');
    await page.close();
  });
});

describe('a listing before its JavaScript runs (issue #14)', () => {
  it('shows the listing’s header from the server, which the app then replaces with the same title', async () => {
    const page = await newPage(DESKTOP);
    const slug = 'irst-organoid-drug-sensitivity-testing';
    // No script of the app's: what a crawler or a slow first load sees.
    await page.route('**/_app/*.js', (route) => route.abort());
    const response = await page.goto(`${baseUrl}/assets/${slug}`);
    expect(response?.status()).toBe(200);
    const title = (await page.locator('h1.asset-header__title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(5);
    expect(await page.locator('.asset-header__summary').isVisible()).toBe(true);
    expect(await page.title()).toBe(`${title} · TT Marketplace`);
    await page.unroute('**/_app/*.js');
    await page.reload();
    await page.getByTestId('asset-title').waitFor();
    expect(await page.getByTestId('asset-title').textContent()).toBe(title);
    // The server's header is gone: one title on the page.
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});

describe('the same pages on a 390 px phone', () => {
  it('catalogue, asset page and partner directory render and stay accessible', async () => {
    const page = await newPage(PHONE);
    await page.goto(baseUrl);
    await page.getByTestId('result-card').first().waitFor();
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, 'phone-catalogue');
    await expectAccessible(page, 'catalogue (phone)');

    await page.getByTestId('result-card').first().locator('a').first().click();
    await page.getByTestId('asset-title').waitFor();
    await screenshot(page, 'phone-asset');

    await page.goto(`${baseUrl}/partners`);
    await page.getByTestId('partner-card').first().waitFor();
    await screenshot(page, 'phone-partners');
    await page.close();
  });
});

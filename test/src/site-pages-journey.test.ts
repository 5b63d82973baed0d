import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll, journeyBrowser, signIn } from './support/journey.js';

// The network's pages (about, privacy, terms, cookies) in English and Italian, at desktop and phone width
// (test/artifacts/site-page-*.png), reached from the footer; the sign-up form's terms checkbox; an
// administrator's editor of the pages.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();

const PAGES = [
  ['about', 'About the TT Marketplace', 'Chi siamo'],
  ['privacy', 'Privacy notice', 'Informativa sul trattamento dei dati personali'],
  ['terms', 'Terms of use', "Condizioni d'uso"],
  ['cookies', 'Cookie notice', 'Informativa sui cookie'],
] as const;

describe("the network's pages", () => {
  it('each page, in each language, at desktop and phone width, from the footer', async () => {
    for (const [viewport, width] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const page = await journey.newPage(viewport);
      for (const [prefix, language] of [
        ['', 'en'],
        ['/it', 'it'],
      ] as const) {
        for (const [path, english, italian] of PAGES) {
          await page.goto(`${baseUrl}${prefix}/`);
          // The catalogue's results first, as a reader reaching the footer would: a click scrolls to the footer at
          // once, and results replacing their placeholders above it then push it away (scroll anchoring has no
          // anchor once the placeholder it held is gone), a layout shift of the test's making.
          await page.getByTestId('result-card').first().waitFor();
          await page.locator(`.site-footer a[href="${prefix}/${path}"]`).click();
          await page.waitForURL(`${baseUrl}${prefix}/${path}`);
          const heading = page.locator('.site-page__body h1');
          await heading.waitFor();
          expect(await heading.textContent()).toBe(language === 'it' ? italian : english);
          await expectNoHorizontalScroll(page);
          await screenshot(page, `site-page-${path}-${language}-${width}`);
          if (width === 'desktop') await expectAccessible(page, `${path} (${language})`);
        }
      }
      const credit = await page.locator('.site-footer__bottom').textContent();
      expect(credit).toContain('Software open source con licenza MIT');
    }
  });

  it('sign-up asks for the terms; an administrator edits a page with a preview', async () => {
    const visitor = await journey.newPage(DESKTOP);
    await visitor.goto(`${baseUrl}/sign-up`);
    await visitor.getByTestId('sign-up-form').waitFor();
    await visitor.getByTestId('sign-up-submit').click();
    expect(await visitor.getByTestId('error-acceptedTermsVersion').textContent()).toBe(
      'Please read and accept the terms of use to create an account.',
    );
    await visitor.getByTestId('accept-terms').scrollIntoViewIfNeeded();
    await screenshot(visitor, 'site-page-sign-up-terms');

    const admin = await journey.newPage(DESKTOP);
    await signIn(admin, 'admin@tt.demo');
    await admin.goto(`${baseUrl}/admin/pages`);
    const editor = admin.getByTestId('site-page-markdown');
    await editor.waitFor();
    expect(await editor.inputValue()).toContain('# About the TT Marketplace');
    await admin.getByTestId('site-page-language-IT').check();
    await expect.poll(() => editor.inputValue()).toContain('# Chi siamo');
    await admin.getByTestId('site-page-preview-button').click();
    await admin.getByTestId('site-page-preview').locator('h1').waitFor();
    await screenshot(admin, 'site-page-admin-editor');
    await expectAccessible(admin, 'site pages editor');
  });
});

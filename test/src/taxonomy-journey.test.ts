import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll, journeyBrowser, signIn } from './support/journey.js';

// The administration's taxonomy and research platforms in the browser (issue #19): the tree with what uses each
// term, the retirement's preview of what moves, and the platforms of an institute, at desktop and phone widths.
// Nothing is changed: the retirement is previewed, not confirmed.

const baseUrl = inject('baseUrl');
const { newPage } = journeyBrowser();

describe('the taxonomy and the research platforms, for an administrator', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`shows the sectors tree and previews a retirement (${name})`, async () => {
      const page = await newPage(viewport);
      await signIn(page, 'admin@tt.demo');
      await page.goto(`${baseUrl}/admin/sectors`);
      await page.getByTestId('sectors-admin').waitFor();
      // The innermost term holding the label (its ancestors' items hold it too).
      const biopsy = page.locator('[data-testid="sector-node"]', { hasText: 'Liquid biopsy' }).last();
      expect(await biopsy.getByTestId('sector-usage').first().textContent()).toMatch(/listing/);
      await expectNoHorizontalScroll(page);
      await screenshot(page, `${name}-admin-sectors`);
      await expectAccessible(page, 'administration: sectors');
      await biopsy.getByTestId('sector-retire').first().click();
      const form = page.getByTestId('retire-sector-form');
      await form.locator('select').selectOption({ label: 'Genomic testing' });
      expect(await form.getByTestId('retire-preview').textContent()).toMatch(/will move to Genomic testing\.$/);
      await screenshot(page, `${name}-admin-sectors-retire`);
      await expectAccessible(page, 'administration: retiring a sector');

      await page.goto(`${baseUrl}/admin/platforms`);
      await page.getByTestId('platform-row').first().waitFor();
      await expectNoHorizontalScroll(page);
      await screenshot(page, `${name}-admin-platforms`);
      await expectAccessible(page, 'administration: research platforms');
    });
  }
});

import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll, journeyBrowser, pageGraphql, signIn } from './support/journey.js';

// Issue 17's quotes in the browser, on the demo sequencing request of MediSense (version 1 superseded, version 2
// sent): the IRST office revises the quote in the editor, whose totals follow what it types; the company reads version
// 3 as a document on desktop and phone, in English and Italian, and accepts it; the Quotes list shows it accepted.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
const { newPage } = journey;

afterAll(async () => {
  await journey.closePages();
});

async function sequencingEoiId(page: Page): Promise<string> {
  const answer = await pageGraphql<{
    quotes: { edges: { node: { expressionOfInterest: { id: string; asset: { slug: string } | null } } }[] };
  }>(page, '{ quotes(first: 50) { edges { node { expressionOfInterest { id asset { slug } } } } } }');
  const found = answer.data!.quotes.edges.find(
    (edge) => edge.node.expressionOfInterest.asset?.slug === 'irst-ctdna-liquid-biopsy-sequencing',
  );
  return found!.node.expressionOfInterest.id;
}

async function lookAt(page: Page, name: string) {
  await page.getByTestId('quote-document').first().waitFor();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

describe('quotes, from a revision to the company’s acceptance', () => {
  it('revises the quote with live totals, and the company accepts it on its request page', async () => {
    const officer = await newPage(DESKTOP);
    await signIn(officer, 'officer.irst@tt.demo');
    const eoiId = await sequencingEoiId(officer);
    // The editor on a phone: its lines become cards, nothing scrolls sideways.
    const officerPhone = await journey.browser.newContext({
      viewport: PHONE,
      storageState: await officer.context().storageState(),
    });
    const small = await officerPhone.newPage();
    journey.watchCsp(small);
    await small.goto(`${baseUrl}/triage/${eoiId}`);
    await small.getByTestId('quote-revise').click();
    await small.getByTestId('quote-editor').waitFor();
    await expectNoHorizontalScroll(small);
    await screenshot(small, 'quote-editor-phone');
    await officerPhone.close();

    await officer.goto(`${baseUrl}/triage/${eoiId}`);
    await officer.getByTestId('quote-revise').click();
    await officer.getByTestId('quote-editor').waitFor();
    const first = officer.getByTestId('quote-editor-line').first();
    await first.getByTestId('line-unit-price').fill('160');
    // 96 samples × €160.00
    expect(await first.getByTestId('line-total').textContent()).toContain('€15,360.00');
    await officer.getByTestId('add-line').click();
    const added = officer.getByTestId('quote-editor-line').last();
    await added.getByTestId('line-description').fill('Sample shipping on dry ice');
    await added.getByTestId('line-unit').fill('shipment');
    await added.getByTestId('line-unit-price').fill('120');
    await expectAccessible(officer, 'quote editor');
    await screenshot(officer, 'quote-editor-desktop');
    const gross = await officer.getByTestId('quote-editor').getByTestId('quote-gross').textContent();
    await officer.getByTestId('quote-send').click();
    await officer.getByTestId('quote-editor').waitFor({ state: 'detached' });
    const third = officer.locator('[data-testid="quote-document"][data-version="3"]');
    await third.waitFor();
    expect(await third.getByTestId('quote-gross').textContent()).toBe(gross);

    const company = await newPage(DESKTOP);
    await signIn(company, 'buyer@medisense.demo');
    await company.goto(`${baseUrl}/interests/${eoiId}`);
    await lookAt(company, 'quote-company-desktop');
    expect(await company.getByTestId('older-quotes').textContent()).toContain('2 earlier versions');

    const phone = await journey.browser.newContext({
      viewport: PHONE,
      storageState: await company.context().storageState(),
    });
    const onPhone = await phone.newPage();
    journey.watchCsp(onPhone);
    await onPhone.goto(`${baseUrl}/it/interests/${eoiId}`);
    await lookAt(onPhone, 'quote-company-phone-it');
    expect(await onPhone.getByTestId('quote-gross').first().textContent()).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}\s€$/);
    await phone.close();

    await company.getByTestId('quote-accept').click();
    await company.getByTestId('quote-accept-dialog').waitFor();
    await company.getByTestId('quote-accept-confirm').click();
    expect(await company.getByTestId('quote-decision').first().textContent()).toContain('Accepted by');

    await company.goto(`${baseUrl}/quotes`);
    await company.getByTestId('quote-row').first().waitFor();
    expect(await company.getByTestId('quote-row').first().getAttribute('data-status')).toBe('ACCEPTED');
    await expectAccessible(company, 'quotes list');
    await screenshot(company, 'quotes-list-desktop');
  });
});

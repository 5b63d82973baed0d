import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll, journeyBrowser, pageGraphql, signIn } from './support/journey.js';

// Issue 17 end to end: MediSense requests whole-exome sequencing of 96 samples through the exome service's request
// form; the IRST Genomic Facility's platform manager quotes it, revises the quote, and the company accepts it; the
// manager records the delivery's milestones and delivers the variant report, which the company downloads and
// another company cannot. The request form, the quote (desktop and phone) and the delivery view are looked at.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
const { newPage } = journey;
const SERVICE = 'irst-tumour-exome-panel-sequencing';

afterAll(async () => {
  await journey.closePages();
});

/** The same session in a page of its own, at `viewport`. */
async function samePerson(page: Page, viewport: { width: number; height: number }): Promise<Page> {
  const context = await journey.browser.newContext({ viewport, storageState: await page.context().storageState() });
  const other = await context.newPage();
  journey.watchCsp(other);
  return other;
}

async function lookAt(page: Page, name: string) {
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/** Sends the quote editor's content; waits for the document of `version` in its place. */
async function sendQuote(manager: Page, version: number) {
  await manager.getByTestId('quote-send').click();
  await manager.getByTestId('quote-editor').waitFor({ state: 'detached' });
  await manager.locator(`[data-testid="quote-document"][data-version="${version}"]`).waitFor();
}

async function recordMilestone(manager: Page, milestone: string, count: number) {
  await manager.getByTestId('milestone-select').selectOption(milestone);
  await manager.getByTestId('record-milestone-submit').click();
  await expect.poll(() => manager.getByTestId('delivery-milestone').count()).toBe(count);
}

describe('a service from its request form to the delivered data', () => {
  it('requests, quotes, revises, accepts, delivers; the file reaches the company only', async () => {
    // The company fills the service's form.
    const buyer = await newPage(DESKTOP);
    await signIn(buyer, 'buyer@medisense.demo');
    await buyer.goto(`${baseUrl}/assets/${SERVICE}`);
    await buyer.getByTestId('asset-title').waitFor();
    expect(await buyer.getByTestId('express-interest').textContent()).toBe('Request this service');
    await buyer.getByTestId('express-interest').click();
    await buyer.getByTestId('service-request-fields').waitFor();
    await buyer
      .getByLabel('Message to the office')
      .fill('MediSense would like whole-exome sequencing of 96 FFPE tumours with matched normals for a CRC cohort.');
    await buyer.getByLabel(/^Number of samples/).fill('96');
    await buyer.getByLabel(/^Sample type/).selectOption('FFPE');
    await buyer.getByLabel(/^Assay/).selectOption('WES');
    await buyer.getByLabel(/^Matched normal samples/).selectOption('YES');
    await buyer.getByLabel(/^Data delivery format/).selectOption('VCF');
    await lookAt(buyer, 'service-journey-request-form-desktop');
    await buyer.getByTestId('submit-eoi').click();
    await buyer.getByTestId('eoi-sent').waitFor();
    await buyer.getByTestId('eoi-sent-link').click();
    await buyer.getByTestId('service-details').waitFor();
    const eoiId = decodeURIComponent(new URL(buyer.url()).pathname.split('/').at(-1)!);
    expect(await buyer.getByTestId('service-details').textContent()).toContain('96');

    // The Genomic Facility's manager finds it on their desk and quotes it.
    const manager = await newPage(DESKTOP);
    await signIn(manager, 'platforms.irst@tt.demo');
    await manager.waitForURL(`${baseUrl}/triage`);
    const desk = await pageGraphql<{ node: { id: string; serviceDetails: { key: string; value: string }[] } | null }>(
      manager,
      'query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { id serviceDetails { key value } } } }',
      { id: eoiId },
    );
    expect(desk.data!.node!.serviceDetails).toContainEqual({ key: 'sample_count', value: '96' });
    await manager.goto(`${baseUrl}/triage/${encodeURIComponent(eoiId)}`);
    await manager.getByTestId('quote-new').click();
    await manager.getByTestId('quote-editor').waitFor();
    const line = manager.getByTestId('quote-editor-line').first();
    await line.getByTestId('line-description').fill('Whole-exome sequencing, 150× mean target coverage');
    await line.getByTestId('line-quantity').fill('96');
    await line.getByTestId('line-unit').fill('sample');
    await line.getByTestId('line-unit-price').fill('450');
    // 96 × €450.00, before VAT.
    expect(await line.getByTestId('line-total').textContent()).toContain('€43,200.00');
    await sendQuote(manager, 1);

    // The company asks for matched normals to be priced apart: the manager revises.
    await manager.getByTestId('quote-revise').click();
    await manager.getByTestId('quote-editor').waitFor();
    await manager.getByTestId('quote-editor-line').first().getByTestId('line-unit-price').fill('420');
    await manager.getByTestId('add-line').click();
    const normals = manager.getByTestId('quote-editor-line').last();
    await normals.getByTestId('line-description').fill('Matched normal DNA, 50× coverage');
    await normals.getByTestId('line-quantity').fill('96');
    await normals.getByTestId('line-unit').fill('sample');
    await normals.getByTestId('line-unit-price').fill('150');
    const gross = await manager.getByTestId('quote-editor').getByTestId('quote-gross').textContent();
    await sendQuote(manager, 2);

    // The company reads version 2 on desktop and phone, and accepts it.
    await buyer.goto(`${baseUrl}/interests/${encodeURIComponent(eoiId)}`);
    const current = buyer.locator('[data-testid="quote-document"][data-version="2"]');
    await current.waitFor();
    expect(await current.getByTestId('quote-gross').textContent()).toBe(gross);
    await lookAt(buyer, 'service-journey-quote-desktop');
    const phone = await samePerson(buyer, PHONE);
    await phone.goto(`${baseUrl}/interests/${encodeURIComponent(eoiId)}`);
    await phone.locator('[data-testid="quote-document"][data-version="2"]').waitFor();
    await lookAt(phone, 'service-journey-quote-phone');
    await phone.context().close();
    await buyer.getByTestId('quote-accept').click();
    await buyer.getByTestId('quote-accept-dialog').waitFor();
    await buyer.getByTestId('quote-accept-confirm').click();
    await buyer.getByTestId('quote-decision').first().filter({ hasText: 'Accepted by' }).waitFor();

    // Delivery: the manager records the milestones and delivers the report.
    await manager.goto(`${baseUrl}/triage/${encodeURIComponent(eoiId)}`);
    await manager.getByTestId('record-milestone').waitFor();
    await recordMilestone(manager, 'SAMPLES_RECEIVED', 1);
    await recordMilestone(manager, 'IN_PROGRESS', 2);
    await recordMilestone(manager, 'DATA_DELIVERED', 3);
    await manager.getByTestId('delivered-files-input').setInputFiles({
      name: 'wes-variant-report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await manager.getByTestId('delivered-files').getByTestId('attachment').waitFor();
    await lookAt(manager, 'service-journey-delivery-manager-desktop');

    // The company sees the delivery and downloads the file.
    await buyer.goto(`${baseUrl}/interests/${encodeURIComponent(eoiId)}`);
    const delivered = buyer.getByTestId('delivered-files').getByTestId('attachment');
    await delivered.waitFor();
    expect(await buyer.getByTestId('delivery-milestone').count()).toBe(3);
    await lookAt(buyer, 'service-journey-delivery-company-desktop');
    const href = await delivered.locator('a').first().getAttribute('href');
    const download = await buyer.request.get(`${baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('attachment');
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Another company gets nothing: not the file, not the request.
    const other = await newPage(DESKTOP);
    await signIn(other, 'buyer@oncopharm.demo');
    const refused = await other.request.get(`${baseUrl}${href}`);
    expect(refused.status()).toBe(404);
    const node = await pageGraphql<{ node: unknown }>(
      other,
      'query($id: ID!) { node(id: $id) { ... on ExpressionOfInterest { id } } }',
      { id: eoiId },
    );
    expect(node.data?.node ?? null).toBeNull();
  });
});

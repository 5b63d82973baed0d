import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, screenshot } from './support/browser.js';
import { expectAccessible, journeyBrowser, pageGraphql, signIn } from './support/journey.js';

// An invention from a researcher's idea to a public listing: the researcher drafts a disclosure over
// two sessions (the draft lives on the server, not in the browser), attaches a PDF and submits; the
// office asks a question, the researcher answers and resubmits; the office accepts, creates the listing
// from the disclosure, completes and publishes it; an anonymous visitor finds it by searching, while the
// disclosure itself stays out of reach of that visitor and of a company member.

const baseUrl = inject('baseUrl');
// A word no demo listing uses, so the search finds exactly this one.
const MARKER = 'Quenchomer';
const TITLE = `${MARKER} probe lighting up residual glioma margins during surgery`;
const TEXT = {
  abstract:
    'A fluorescent probe that is quenched in healthy brain and lights up in glioma cells, so surgeons can see and remove residual tumour at the resection margin.',
  problem:
    'Surgeons cannot see the infiltrative margin of gliomas; residual tumour left behind after resection drives early recurrence in most patients.',
  solution:
    'A cathepsin-activated fluorescent probe injected before surgery is cleaved by tumour proteases only, turning on a near-infrared signal visible with standard surgical microscopes.',
  novelty:
    'The quencher–linker pair stays dark in healthy brain for hours and gives five times the tumour-to-background contrast of 5-ALA.',
  priorArt: '5-ALA (Gliolan) and fluorescein are used today; protease-activated probes exist for breast cancer only.',
  commercial:
    'Licence to a surgical imaging company, or co-development with a company marketing neurosurgical microscopes.',
};

const journey = journeyBrowser();
const { newPage } = journey;

/** Waits until the wizard's autosave has stored what was typed. */
/**
 * Waits for the autosave of what was just typed: its status leaves "saved" when the change renders (not at once on
 * a busy machine), then comes back to it once the server has the text.
 */
async function saved(page: Page) {
  await page
    .locator('[data-testid="save-status"]:not([data-state="saved"])')
    .waitFor({ timeout: 2_000 })
    .catch(() => {});
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
}

const gql = pageGraphql;

/** A small but real PDF. */
function pdfBytes(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

describe('from an invention disclosure to a public listing', () => {
  it('draft over two sessions → attach and submit → questions and answer → accept → listing published and found; the disclosure stays private', async () => {
    // ---- Session 1: the researcher starts a draft and leaves halfway. ----
    const first = await newPage();
    await signIn(first, 'researcher.irst@tt.demo');
    await first.goto(`${baseUrl}/disclosures`);
    await first.getByTestId('my-disclosures-page').waitFor();
    await screenshot(first, 'disclosures-list');
    await first.getByTestId('start-disclosure').click();
    await first.waitForURL(/\/disclosures\/[^/]+\/edit\/basics$/);
    const disclosurePath = new URL(first.url()).pathname.replace(/\/edit\/basics$/, '');
    const disclosureId = decodeURIComponent(disclosurePath.split('/').at(-1)!);
    await first.getByLabel('Title', { exact: true }).fill(TITLE);
    await saved(first);
    await screenshot(first, 'wizard-basics');
    await expectAccessible(first, 'wizard, basics');
    await first.getByTestId('wizard-next').click();
    await first.locator('[data-testid="disclosure-wizard"][data-step="inventors"]').waitFor();
    await screenshot(first, 'wizard-inventors');
    await first.getByTestId('wizard-next').click();
    await first.getByLabel('Abstract', { exact: true }).fill(TEXT.abstract);
    await saved(first);
    await first.context().close();

    // ---- Session 2: signed in anew, everything typed is still there. ----
    const researcher = await newPage();
    await signIn(researcher, 'researcher.irst@tt.demo');
    await researcher.goto(`${baseUrl}${disclosurePath}/edit/description`);
    // The wizard's chunk and the signed-in pages' messages load first: slow on a busy machine.
    await expect
      .poll(() => researcher.getByLabel('Abstract', { exact: true }).inputValue(), { timeout: 20_000 })
      .toBe(TEXT.abstract);
    await researcher.reload();
    await expect
      .poll(() => researcher.getByLabel('Abstract', { exact: true }).inputValue(), { timeout: 20_000 })
      .toBe(TEXT.abstract);
    await researcher.getByLabel('The problem', { exact: true }).fill(TEXT.problem);
    await researcher.getByLabel('The solution', { exact: true }).fill(TEXT.solution);
    await researcher.getByLabel('What is new', { exact: true }).fill(TEXT.novelty);
    await saved(researcher);
    await screenshot(researcher, 'wizard-description');
    await researcher.getByTestId('wizard-next').click();
    await researcher.getByLabel('Known prior art', { exact: true }).fill(TEXT.priorArt);
    await saved(researcher);
    await screenshot(researcher, 'wizard-prior-art');
    await researcher.getByTestId('wizard-next').click();
    await researcher.locator('[data-testid="disclosure-wizard"][data-step="funding"]').waitFor();
    await researcher.getByTestId('wizard-next').click();
    await researcher.getByLabel('Commercial applications', { exact: true }).fill(TEXT.commercial);
    await researcher.getByTestId('trl-4').check();
    await saved(researcher);
    await screenshot(researcher, 'wizard-commercial');
    await researcher.getByTestId('wizard-next').click();

    // The attachment: a PDF is accepted, a text file calling itself .pdf is refused.
    await researcher.locator('[data-testid="disclosure-wizard"][data-step="attachments"]').waitFor();
    await researcher.getByTestId('file-input').setInputFiles({
      name: 'not-really.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('just some text, not a PDF at all'),
    });
    await expect
      .poll(() => researcher.getByTestId('upload-error').first().textContent())
      .toMatch(/PDF, PNG, JPEG, Word, Excel and PowerPoint/);
    await researcher.getByTestId('file-input').setInputFiles({
      name: 'probe-drawings.pdf',
      mimeType: 'application/pdf',
      buffer: pdfBytes(),
    });
    await researcher.getByRole('link', { name: /probe-drawings\.pdf/ }).waitFor();
    await screenshot(researcher, 'wizard-attachments');
    await researcher.getByTestId('wizard-next').click();
    await researcher.locator('[data-testid="disclosure-wizard"][data-step="review"]').waitFor();
    await screenshot(researcher, 'wizard-review');
    await expectAccessible(researcher, 'wizard, review');
    await researcher.getByTestId('submit-disclosure').click();
    await researcher.getByTestId('disclosure-page').waitFor();
    const reference = (await researcher.getByTestId('reference-number').textContent())!;
    expect(reference).toMatch(new RegExp(`IRST-${new Date().getUTCFullYear()}-\\d{3}`));

    // The attachment's address, for the confidentiality checks below.
    const attachment = await gql<{ node: { attachments: { downloadUrl: string }[] } }>(
      researcher,
      'query($id: ID!) { node(id: $id) { ... on Disclosure { attachments { downloadUrl } } } }',
      { id: disclosureId },
    );
    const downloadUrl = attachment.data!.node.attachments[0]!.downloadUrl;
    expect(await researcher.evaluate(async (url) => (await fetch(url)).status, downloadUrl)).toBe(200);

    // ---- The office: review, then a question. ----
    const officer = await newPage();
    await signIn(officer, 'officer.irst@tt.demo');
    await officer.goto(`${baseUrl}/office/disclosures`);
    await officer.getByTestId('pipeline-table').waitFor();
    await screenshot(officer, 'pipeline');
    await expectAccessible(officer, 'pipeline');
    await officer.getByTestId('pipeline-row-link').filter({ hasText: MARKER }).click();
    await officer.getByTestId('disclosure-actions').waitFor();
    await officer.locator('[data-testid="move"][data-to="UNDER_REVIEW"]').click();
    await officer.getByTestId('request-info').click();
    await officer.getByTestId('reason').fill('Which glioma models did you test the probe in, and at what doses?');
    await officer.getByTestId('request-info-confirm').click();
    await expect.poll(() => officer.getByTestId('disclosure-actions').textContent()).toMatch(/information/i);

    // ---- The researcher answers and resubmits. ----
    await researcher.goto(`${baseUrl}${disclosurePath}`);
    await researcher.getByTestId('resubmit').waitFor();
    await researcher
      .getByTestId('reply-body')
      .fill('Two orthotopic mouse models (U87 and patient-derived GBM-12), 2 and 5 mg/kg.');
    await researcher.getByTestId('reply-submit').click();
    await researcher.getByText('patient-derived GBM-12').waitFor();
    await researcher.getByTestId('resubmit').click();
    await researcher.getByTestId('resubmit').waitFor({ state: 'detached' });

    // ---- The office accepts, creates the listing from the disclosure, completes and publishes it. ----
    await officer.reload();
    await officer.getByText('patient-derived GBM-12').waitFor();
    await officer.locator('[data-testid="move"][data-to="ACCEPTED"]').click();
    await officer.getByTestId('create-listing').click();
    await officer.getByTestId('listing-editor').waitFor();
    await expect.poll(() => officer.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
    await screenshot(officer, 'listing-editor-prefilled');
    await officer
      .getByLabel('Benefit over today’s alternatives', { exact: true })
      .fill('Five times the contrast of 5-ALA, visible with the microscopes surgeons already use.');
    await officer.getByLabel('Filter sectors').fill('Molecular imaging');
    await officer.getByLabel('Molecular imaging', { exact: true }).check();
    await officer.getByLabel('Exclusive licence', { exact: true }).check();
    await officer.getByTestId('save').click();
    await officer.getByTestId('publication-ready').waitFor();
    await screenshot(officer, 'listing-editor');
    await expectAccessible(officer, 'listing editor');
    await officer.getByTestId('tab-preview').click();
    await officer.getByTestId('listing-preview').waitFor();
    await screenshot(officer, 'listing-editor-preview');
    await officer.getByTestId('tab-edit').click();
    await officer.getByTestId('publish').click();
    await officer.getByTestId('public-url').waitFor();
    const publicPath = new URL((await officer.getByTestId('public-url').locator('a').getAttribute('href'))!, baseUrl)
      .pathname;

    // The disclosure is now PUBLISHED and links to the listing, for the office.
    await officer.goto(`${baseUrl}/office/disclosures/${encodeURIComponent(disclosureId)}`);
    await officer.getByTestId('disclosure-listing-link').waitFor();
    await screenshot(officer, 'office-disclosure-published');

    // ---- An anonymous visitor finds the listing by searching. ----
    const visitor = await newPage(PHONE);
    await visitor.goto(`${baseUrl}/?q=${MARKER}`);
    const card = visitor.getByTestId('result-card').filter({ hasText: MARKER });
    await card.waitFor();
    await card.getByRole('link').first().click();
    await visitor.waitForURL(`${baseUrl}${publicPath}`);
    expect(await visitor.getByTestId('asset-title').textContent()).toBe(TITLE);

    // ...but never the disclosure: not its page, not node(id), not its file.
    const anonymousNode = await gql<{ node: unknown }>(visitor, 'query($id: ID!) { node(id: $id) { id } }', {
      id: disclosureId,
    });
    expect(anonymousNode.data!.node).toBeNull();
    expect(await visitor.evaluate(async (url) => (await fetch(url)).status, downloadUrl)).toBe(404);
    await visitor.goto(`${baseUrl}${disclosurePath}`);
    await visitor.waitForURL(/\/sign-in/);

    // ---- Nor a company member. ----
    const buyer = await newPage();
    await signIn(buyer, 'buyer@oncopharm.demo');
    const buyerNode = await gql<{ node: unknown }>(buyer, 'query($id: ID!) { node(id: $id) { id } }', {
      id: disclosureId,
    });
    expect(buyerNode.data!.node).toBeNull();
    const buyerList = await gql<{ disclosures: { totalCount: number } }>(buyer, '{ disclosures { totalCount } }');
    expect(buyerList.data?.disclosures.totalCount ?? 0).toBe(0);
    expect(await buyer.evaluate(async (url) => (await fetch(url)).status, downloadUrl)).toBe(404);
    await buyer.goto(`${baseUrl}${disclosurePath}`);
    await expect.poll(() => buyer.locator('main').textContent()).not.toContain(MARKER);

    await journey.closePages();
  });

  it('opening “Start a disclosure” twice leaves one blank draft, which its creator deletes without telling the office', async () => {
    const page = await newPage();
    await signIn(page, 'researcher.int@tt.demo');
    const started = async () => {
      await page.goto(`${baseUrl}/disclosures/new`);
      await page.waitForURL(/\/disclosures\/[^/]+\/edit\/basics$/);
      return new URL(page.url()).pathname.replace(/\/edit\/basics$/, '');
    };
    const draftPath = await started();
    expect(await started()).toBe(draftPath);

    await page.goto(`${baseUrl}${draftPath}`);
    const panel = page.getByTestId('delete-draft-panel');
    await panel.waitFor();
    expect(await page.getByTestId('withdraw-panel').count()).toBe(0);
    await panel.getByTestId('delete-draft').click();
    await expectAccessible(page, 'deleting a draft, confirmation');
    await panel.getByTestId('delete-draft-confirm').click();
    await page.getByTestId('draft-deleted').waitFor();
    expect(new URL(page.url()).pathname).toBe('/disclosures');
    await screenshot(page, 'disclosure-draft-deleted');
    await page.goto(`${baseUrl}${draftPath}`);
    await page.getByTestId('not-found').waitFor();
    await journey.closePages();
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  journeyBrowser,
  listingWithoutOpenEoi,
  signIn,
} from './support/journey.js';

// An expression of interest end to end: a company expresses interest in a listing; the office sees
// it arrive on its triage desk without reloading (a GraphQL subscription over graphql-ws), takes it,
// answers, writes an internal note and moves it along; the company sees the new status and the reply
// (never the note) and withdraws it.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
const { newPage } = journey;

describe('an expression of interest, from the company to the office and back', () => {
  it('submit → live on the triage desk → assign, reply, note, move → the company sees it and withdraws', async () => {
    // The office has its triage desk open before anything is sent.
    const officer = await newPage(DESKTOP);
    await signIn(officer, 'officer.irst@tt.demo');
    await officer.getByTestId('user-menu-button').click();
    await officer.getByTestId('nav-triage').click();
    await officer.waitForURL(`${baseUrl}/triage`);
    await officer.getByTestId('board').waitFor();
    const submittedCount = Number(
      await officer
        .locator('[data-testid="board-column"][data-status="SUBMITTED"] [data-testid="column-count"]')
        .textContent(),
    );

    // The company expresses interest in a listing.
    const buyer = await newPage(DESKTOP);
    await signIn(buyer, 'buyer@oncopharm.demo');
    const asset = await listingWithoutOpenEoi(buyer, (listing) => listing.institution.shortName === 'IRST');
    await buyer.goto(`${baseUrl}/assets/${asset.slug}`);
    await buyer.getByTestId('asset-title').waitFor();
    await buyer.getByTestId('express-interest').click();
    await buyer.getByTestId('express-interest-form').waitFor();
    // The form has a page of its own: one heading, and room for a long message (not a 300 px sidebar).
    expect(new URL(buyer.url()).pathname).toBe(`/assets/${asset.slug}/interest`);
    expect(await buyer.locator('main h1, main h2, main h3').allTextContents()).toEqual(['Express interest']);
    expect((await buyer.getByLabel('Message to the office').boundingBox())!.width).toBeGreaterThan(500);
    await buyer.getByLabel('Type of interest').selectOption('LICENSE');
    const message = buyer.getByLabel('Message to the office');
    await message.fill('Too short.');
    await buyer.getByTestId('submit-eoi').click();
    expect(await buyer.getByTestId('error-message').textContent()).toBe('Write at least 30 characters.');
    await message.fill(
      'OncoPharm would like to license this for its oncology diagnostics pipeline; could we discuss terms?',
    );
    await buyer.getByLabel('Intended use (optional)').fill('Companion diagnostic in a phase II trial');
    await buyer.getByLabel('Timeline (optional)').fill('Term sheet within the quarter');
    await buyer.getByTestId('nda').check();
    await expectAccessible(buyer, 'express-interest form');
    // The confirmation takes the keyboard's focus as it appears (not left on the page's body). Watched as it happens:
    // the double-click's second click may land after the swap, where the button was, and move the focus on.
    await buyer.evaluate(() => {
      document.addEventListener('focusin', (event) => {
        if ((event.target as HTMLElement).dataset?.testid === 'eoi-sent') document.body.dataset.sentFocused = 'yes';
      });
    });
    await buyer.getByTestId('submit-eoi').dblclick();
    const sent = buyer.getByTestId('eoi-sent');
    await sent.waitFor();
    await expect.poll(() => buyer.evaluate(() => document.body.dataset.sentFocused ?? 'no')).toBe('yes');
    const box = await sent.boundingBox();
    const viewport = buyer.viewportSize()!;
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    const href = (await buyer.getByTestId('eoi-sent-link').getAttribute('href')) ?? '';
    const eoiId = decodeURIComponent(href.replace('/interests/', ''));
    expect(eoiId).not.toBe('');
    // Back on the listing later: the company continues the conversation instead of a second EoI.
    await buyer.reload();
    await buyer.getByTestId('open-eoi-link').waitFor();
    expect(await buyer.getByTestId('express-interest').count()).toBe(0);

    // The new EoI appears on the office's open board without a reload, and only once.
    const card = officer.locator(`[data-testid="eoi-card"][data-id="${eoiId}"]`);
    await card.waitFor({ timeout: 15_000 });
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain('OncoPharm');
    await expect
      .poll(async () =>
        Number(
          await officer
            .locator('[data-testid="board-column"][data-status="SUBMITTED"] [data-testid="column-count"]')
            .textContent(),
        ),
      )
      .toBe(submittedCount + 1);
    // Overdue ones first in every column.
    const flags = await officer
      .locator('[data-testid="board-column"][data-status="SUBMITTED"] [data-testid="eoi-card"]')
      .evaluateAll((cards) => cards.map((item) => item.getAttribute('data-overdue') === 'true'));
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    await screenshot(officer, 'desktop-triage-board');
    await expectAccessible(officer, 'triage board');

    // "Export CSV" downloads what the board shows, the new EoI among it, ready for a spreadsheet.
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/-expressions-of-interest-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toMatch(/^\uFEFFReference,Submitted at,Status,/);
    expect(csv).toContain('OncoPharm would like to license this for its oncology diagnostics pipeline');

    // The office opens it, takes it, answers, notes and moves it along.
    await card.getByTestId('eoi-card-link').click();
    await officer.getByTestId('eoi-office-page').waitFor();
    expect(await officer.getByTestId('eoi-title').textContent()).toContain('OncoPharm');
    await officer.getByTestId('assign-self').click();
    await expect.poll(() => officer.getByTestId('action-message').textContent()).toMatch(/^Assigned to /);
    const reply = `Thank you for your interest: we can share the data package under NDA (${Date.now()}).`;
    await officer.getByTestId('reply-body').fill(reply);
    await officer.getByTestId('reply-submit').click();
    await officer.getByTestId('thread-message').filter({ hasText: reply }).waitFor();
    const note = 'Internal: check the licensing budget with the inventor before the call.';
    await officer.getByTestId('reply-kind-internal').check();
    await officer.getByTestId('reply-body').fill(note);
    await officer.getByTestId('reply-submit').click();
    await officer.getByTestId('internal-note').filter({ hasText: note }).waitFor();
    await officer.locator('[data-testid="move"][data-to="IN_REVIEW"]').click();
    await officer.locator('[data-testid="eoi-actions"] [data-status="IN_REVIEW"]').waitFor();
    await officer.locator('[data-testid="move"][data-to="IN_DISCUSSION"]').click();
    await officer.locator('[data-testid="eoi-actions"] [data-status="IN_DISCUSSION"]').waitFor();
    expect(await officer.getByTestId('history-entry').count()).toBe(3);
    expect(await officer.getByTestId('first-response').textContent()).not.toContain('No reply yet');
    await screenshot(officer, 'desktop-triage-eoi');
    await expectAccessible(officer, 'office EoI page');

    // The company: the new status and an unread reply; the reply but never the internal note.
    await buyer.goto(`${baseUrl}/interests`);
    const row = buyer
      .locator(`[data-testid="interest-row"][data-status="IN_DISCUSSION"]`)
      .filter({ hasText: asset.title });
    await row.waitFor();
    expect(await row.getByTestId('eoi-status').textContent()).toBe('In discussion');
    expect(await row.getByTestId('unread-badge').textContent()).toBe('1 new reply');
    await buyer.getByTestId('user-menu-button').click();
    await buyer.getByTestId('unread-interests').waitFor();
    await buyer.keyboard.press('Escape');
    await screenshot(buyer, 'desktop-my-interests');
    await expectAccessible(buyer, 'my interests');
    await row.getByTestId('interest-link').click();
    await buyer.getByTestId('interest-page').waitFor();
    await buyer.getByTestId('thread-message').filter({ hasText: reply }).waitFor();
    expect(await buyer.getByTestId('internal-note').count()).toBe(0);
    expect(await buyer.content()).not.toContain('licensing budget');
    await screenshot(buyer, 'desktop-interest');
    await expectAccessible(buyer, 'company EoI page');

    // Phone layouts of the same pages.
    const officerPhone = await journey.browser.newContext({
      viewport: PHONE,
      storageState: await officer.context().storageState(),
    });
    const officerOnPhone = await officerPhone.newPage();
    journey.watchCsp(officerOnPhone);
    await officerOnPhone.goto(`${baseUrl}/triage`);
    await officerOnPhone.getByTestId('board').waitFor();
    await expectNoHorizontalScroll(officerOnPhone);
    await screenshot(officerOnPhone, 'phone-triage-board');
    await expectAccessible(officerOnPhone, 'triage board (phone)');
    await officerOnPhone.goto(`${baseUrl}/triage/${encodeURIComponent(eoiId)}`);
    await officerOnPhone.getByTestId('eoi-office-page').waitFor();
    await officerOnPhone.getByTestId('internal-note').first().waitFor();
    await expectNoHorizontalScroll(officerOnPhone);
    await screenshot(officerOnPhone, 'phone-triage-eoi');
    await expectAccessible(officerOnPhone, 'office EoI page (phone)');
    await officerPhone.close();

    const buyerPhone = await journey.browser.newContext({
      viewport: PHONE,
      storageState: await buyer.context().storageState(),
    });
    const buyerOnPhone = await buyerPhone.newPage();
    await buyerOnPhone.goto(`${baseUrl}/interests`);
    await buyerOnPhone.getByTestId('interest-row').first().waitFor();
    await expectNoHorizontalScroll(buyerOnPhone);
    await screenshot(buyerOnPhone, 'phone-my-interests');
    await expectAccessible(buyerOnPhone, 'my interests (phone)');
    await buyerPhone.close();

    // The company withdraws it; the office's page follows live.
    await buyer.getByTestId('withdraw').click();
    await buyer.getByTestId('withdraw-confirm').click();
    await buyer.getByTestId('withdrawn').waitFor();
    await buyer.locator('.eoi-header [data-status="WITHDRAWN"]').waitFor();
    await officer.locator('[data-testid="eoi-actions"] [data-status="WITHDRAWN"]').waitFor({ timeout: 15_000 });

    await officer.context().close();
    await buyer.context().close();
  });
});

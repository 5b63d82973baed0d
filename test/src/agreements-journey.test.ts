import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { findEnglish, readEnglishCatalogue } from './support/english-text.js';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  journeyBrowser,
  listingWithoutOpenEoi,
  pageGraphql,
  signIn,
} from './support/journey.js';
import { pageTextInItsLanguage } from './support/page-text.js';

// Issue 12's agreements in the browser: a company's EoI reaches negotiation; its office records a CDA from it and
// signs it, then an exclusive licence with two payments, and marks the EoI agreed with the licence as the agreement
// that closed it. The company sees each agreement's type and status on its EoI page, never the office's notes or
// money. The agreement page is looked at on desktop and phone, in English and Italian.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
const { newPage } = journey;
const catalogue = readEnglishCatalogue();

const NOTE = 'Board approval for the sublicensing clause is still pending';
const TERRITORY = 'European Union and Switzerland';
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

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

async function call<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await pageGraphql<T>(page, query, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

/** Looks at the agreement page in one language at one width: screenshot, no sideways scroll, axe clean. */
async function lookAt(page: Page, path: string, name: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByTestId('agreement-page').waitFor();
  await page.getByTestId('milestone').nth(1).waitFor();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, name);
  await screenshot(page, name);
}

describe('agreements, from an EoI in negotiation to the company’s EoI page', () => {
  it('records a CDA and an exclusive licence with two payments, and closes the EoI with the licence', async () => {
    // A company's fresh EoI, moved to negotiation by the office (the steps the EoI journey walks through).
    const buyer = await newPage(DESKTOP);
    await signIn(buyer, 'buyer@oncopharm.demo');
    const asset = await listingWithoutOpenEoi(buyer, (listing) => listing.institution.shortName === 'IRST');
    const submitted = await call<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } } }>(
      buyer,
      `mutation ($input: SubmitExpressionOfInterestInput!) {
        submitExpressionOfInterest(input: $input) { expressionOfInterest { id } errors { code } }
      }`,
      {
        input: {
          assetId: asset.id,
          interestType: 'LICENSE',
          message: 'OncoPharm would like an exclusive licence for companion diagnostics in Europe.',
          idempotencyKey: `agreements-journey-${Date.now()}`,
        },
      },
    );
    const eoiId = submitted.submitExpressionOfInterest.expressionOfInterest.id;

    const officer = await newPage(DESKTOP);
    await signIn(officer, 'officer.irst@tt.demo');
    for (const to of ['IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION']) {
      const moved = await call<{ transitionExpressionOfInterest: { errors: { code: string }[] } }>(
        officer,
        `mutation ($input: TransitionExpressionOfInterestInput!) {
          transitionExpressionOfInterest(input: $input) { errors { code } }
        }`,
        { input: { id: eoiId, to } },
      );
      expect(moved.transitionExpressionOfInterest.errors).toEqual([]);
    }

    // The office's agreements desk is in its menu.
    await officer.getByTestId('user-menu-button').click();
    await officer.getByTestId('nav-agreements').click();
    await officer.getByTestId('agreements-page').waitFor();
    await officer
      .getByTestId('agreements-count')
      .filter({ hasText: /agreement/ })
      .waitFor();

    // From the EoI in negotiation: a CDA, signed today, with its signed copy.
    await officer.goto(`${baseUrl}/triage/${encodeURIComponent(eoiId)}`);
    const panel = officer.getByTestId('eoi-agreements');
    await panel.getByTestId('no-agreements').waitFor();
    await panel.getByTestId('record-agreement').click();
    await officer.getByTestId('agreement-form').waitFor();
    expect(await officer.getByTestId('fixed-company').textContent()).toBe('OncoPharm S.p.A.');
    expect(await officer.getByTestId('picked-listings').textContent()).toContain(asset.title);
    await officer.getByLabel('Type', { exact: true }).selectOption('CDA');
    await officer.getByLabel('Title', { exact: true }).fill('CDA – OncoPharm – liquid biopsy talks');
    await officer.getByTestId('agreement-save').click();
    await officer.getByTestId('agreement-page').waitFor();
    expect(await officer.getByTestId('agreement-title').textContent()).toBe('CDA – OncoPharm – liquid biopsy talks');
    await officer.getByRole('button', { name: 'Mark as signed' }).click();
    await officer.getByTestId('move-dates-form').waitFor();
    await officer.getByTestId('move-confirm').click();
    await officer.getByTestId('action-message').filter({ hasText: 'The agreement is now Signed.' }).waitFor();
    await officer.getByTestId('document-input').setInputFiles({
      name: 'signed-cda.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
    });
    await officer.getByTestId('attachment').filter({ hasText: 'signed-cda.pdf' }).waitFor();

    // Then the exclusive licence, its type from the EoI's interest, with two payments.
    await officer.goto(`${baseUrl}/triage/${encodeURIComponent(eoiId)}`);
    await panel.getByTestId('eoi-agreement').waitFor();
    await panel.getByTestId('record-agreement').click();
    await officer.getByTestId('agreement-form').waitFor();
    expect(await officer.getByLabel('Type', { exact: true }).inputValue()).toBe('LICENSE');
    await officer.getByLabel('Exclusivity').selectOption('EXCLUSIVE');
    await officer.getByLabel('Field of use').fill('Companion diagnostics in oncology');
    await officer.getByLabel('Territory').fill('European Union');
    await officer.getByLabel('Royalty rate (%)').fill('3.5');
    await officer.getByLabel('Royalty reporting').selectOption('QUARTERLY');
    await officer.getByRole('textbox', { name: /Internal notes/ }).fill(NOTE);
    await officer.getByTestId('agreement-save').click();
    await officer.getByTestId('agreement-page').waitFor();
    const licenceId = decodeURIComponent(new URL(officer.url()).pathname.split('/').pop() ?? '');
    expect(await officer.getByTestId('agreement-exclusivity').textContent()).toBe('Exclusive');

    const payments = officer.getByTestId('agreement-payments');
    await payments.getByTestId('add-milestone').click();
    await payments.getByLabel('Kind').selectOption('UPFRONT');
    await payments.getByLabel('What it is paid for').fill('Upfront fee on signature');
    await payments.getByLabel('Due date').fill(isoDay(new Date(Date.now() + 30 * 86_400_000)));
    await payments.getByLabel('Amount (EUR)').fill('50000');
    await payments.getByTestId('milestone-save').click();
    await payments.getByTestId('milestone').first().waitFor();
    await payments.getByTestId('add-milestone').click();
    await payments.getByLabel('Kind').selectOption('MILESTONE');
    await payments.getByLabel('What it is paid for').fill('First patient dosed in the phase II trial');
    await payments.getByLabel('Or the event that makes it due').fill('First patient dosed');
    await payments.getByLabel('Amount (EUR)').fill('250.000');
    await payments.getByTestId('milestone-save').click();
    await payments.getByTestId('milestone').nth(1).waitFor();
    expect(await payments.getByTestId('milestone-amount').allTextContents()).toEqual(['€50,000', '€250,000']);
    expect(await payments.getByTestId('payment-totals').textContent()).toBe('Received €0 of €300,000 scheduled.');
    expect(await officer.getByTestId('royalty-rate').textContent()).toBe('3.5%');

    // Edited later: the form comes back with what was saved.
    await officer.getByTestId('edit-agreement').click();
    await officer.getByTestId('agreement-form').waitFor();
    expect(await officer.getByLabel('Territory').inputValue()).toBe('European Union');
    expect(await officer.getByLabel('Royalty rate (%)').inputValue()).toBe('3.5');
    await officer.getByLabel('Territory').fill(TERRITORY);
    await officer.getByTestId('agreement-save').click();
    await officer.getByTestId('agreement-page').waitFor();
    await officer.getByTestId('agreement-terms').filter({ hasText: TERRITORY }).waitFor();

    // The agreement page, looked at: desktop and phone, English and Italian.
    const path = `/office/agreements/${encodeURIComponent(licenceId)}`;
    await lookAt(officer, path, 'agreement-page-desktop');
    const phone = await samePerson(officer, PHONE);
    await lookAt(phone, path, 'agreement-page-phone');
    const italian = await samePerson(officer, DESKTOP);
    await lookAt(italian, `/it${path}`, 'agreement-page-desktop-it');
    // Italian writes the euro after the amount, after a no-break space.
    const italianAmounts = await italian.getByTestId('milestone-amount').allTextContents();
    expect(italianAmounts.map((amount) => amount.replace(/\s/g, ' '))).toEqual(['50.000 €', '250.000 €']);
    // No English of the interface: what is left is what the officer wrote in English (title, payments, notes).
    const written = [
      NOTE,
      TERRITORY,
      'Upfront fee on signature',
      'First patient dosed in the phase II trial',
      asset.title,
    ];
    const english = findEnglish(await pageTextInItsLanguage(italian), catalogue);
    expect(english.filter((line) => !written.some((words) => line.includes(words)))).toEqual([]);
    await lookAt(phone, `/it${path}`, 'agreement-page-phone-it');

    // The licence is settled for every field and territory, and signed: the listing is licensed exclusively.
    const signedLicences = async () => {
      const answer = await call<{ officeDashboard: { agreementsSignedByType: { type: string; count: number }[] } }>(
        officer,
        '{ officeDashboard { agreementsSignedByType { type count } } }',
        {},
      );
      return answer.officeDashboard.agreementsSignedByType.find((row) => row.type === 'LICENSE')?.count ?? 0;
    };
    const licencesBefore = await signedLicences();
    await officer.goto(`${baseUrl}${path}`);
    await officer.getByTestId('agreement-page').waitFor();
    const licenceTitle = (await officer.getByTestId('agreement-title').textContent()) ?? '';
    await officer.getByTestId('edit-agreement').click();
    await officer.getByTestId('agreement-form').waitFor();
    await officer.getByLabel('Field of use').fill('');
    await officer.getByLabel('Territory').fill('');
    await officer.getByTestId('agreement-save').click();
    await officer.getByTestId('agreement-page').waitFor();
    await officer.getByRole('button', { name: 'Mark as signed' }).click();
    await officer.getByTestId('move-dates-form').waitFor();
    await officer.getByTestId('move-confirm').click();
    await officer.getByTestId('action-message').filter({ hasText: 'The agreement is now Signed.' }).waitFor();

    // The EoI is marked agreed, with the licence as the agreement that closed it.
    await officer.goto(`${baseUrl}/triage/${encodeURIComponent(eoiId)}`);
    await officer.getByTestId('closing-agreement').selectOption(licenceId);
    await officer.getByRole('button', { name: 'Move to Agreed' }).click();
    await panel.getByTestId('closes-eoi').waitFor();
    expect(await panel.getByTestId('eoi-agreement').count()).toBe(2);
    await expectAccessible(officer, 'office EoI page with its agreements');

    // The company sees each agreement's type and status on its EoI page, nothing of the terms.
    await buyer.goto(`${baseUrl}/interests/${encodeURIComponent(eoiId)}`);
    const seen = buyer.getByTestId('eoi-agreements');
    await seen.getByTestId('eoi-agreement').nth(1).waitFor();
    expect(await seen.getByTestId('eoi-agreement').allTextContents()).toEqual([
      'Confidentiality agreement (CDA)Signed',
      'LicenceSigned',
    ]);
    const text = (await buyer.locator('body').textContent()) ?? '';
    for (const secret of [NOTE, '50,000', '250,000', '3.5', 'European Union', 'CDA – OncoPharm']) {
      expect(text, `the company never reads "${secret}"`).not.toContain(secret);
    }
    await expectAccessible(buyer, 'company EoI page with its agreements');
    await screenshot(buyer, 'agreement-company-eoi');

    // A visitor reads "Licensed exclusively" on the listing and is offered a notification (after signing in)
    // instead of an expression of interest.
    const visitor = await newPage(DESKTOP);
    await visitor.goto(`${baseUrl}/assets/${asset.slug}`);
    expect(await visitor.getByTestId('availability-badge').textContent()).toBe('Licensed exclusively');
    await visitor.getByTestId('availability-notice').waitFor();
    await visitor.getByTestId('watch-availability-sign-in').waitFor();
    expect(await visitor.getByTestId('express-interest').count()).toBe(0);
    await expectAccessible(visitor, 'a listing licensed exclusively, to a visitor');
    await screenshot(visitor, 'listing-licensed-exclusively');

    // Another company asks to be told if it becomes available again.
    const other = await newPage(PHONE);
    await signIn(other, 'buyer@medisense.demo');
    await other.goto(`${baseUrl}/assets/${asset.slug}`);
    await other.getByTestId('watch-availability').click();
    await other.getByTestId('availability-watching').waitFor();
    await expectNoHorizontalScroll(other);
    await screenshot(other, 'listing-licensed-exclusively-watching-phone');

    // The office's dashboard counts the signed licence; the agreements export carries it.
    expect(await signedLicences()).toBe(licencesBefore + 1);
    const csv = await officer.evaluate(async () => (await fetch('/exports/agreements.csv?lang=en')).text());
    const line = csv.split('\n').find((row) => row.includes(licenceTitle));
    expect(line, 'the licence is a row of the export').toBeDefined();
    expect(line).toContain(',LICENSE,SIGNED,');
    expect(line).toContain(',EXCLUSIVE,');
    expect(line).toContain('OncoPharm S.p.A.');
    expect(line).toContain('300000.00');
  });
});

import type { Database } from '@tt/db/database';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runSavedSearchAlerts } from '../../api/dist/features/saved-searches/saved-search-alerts.js';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { newestMail } from './support/dev-mail.js';
import { gql, logIn } from './support/graphql-client.js';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectNoHorizontalScroll,
  type JourneyAsset,
  journeyBrowser,
  listingWithoutOpenEoi,
  signIn,
} from './support/journey.js';
import { TEST_SIGNING_SECRET } from './support/server-process.js';

// Issue 13's two-sided marketplace end to end: a company publishes a technology request; an officer of another
// institute finds it and proposes two of its listings; the company turns one into an expression of interest in one
// step. The company saves a catalogue search with a daily alert; a matching listing is published, the next morning's
// digest brings it with an unsubscribe link, which works signed out. The listing's office sees the company among
// the companies to approach, with why.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();
const { newPage } = journey;

const BUYER = 'buyer@oncopharm.demo';
const COMPANY = 'OncoPharm S.p.A.';
/** The institute that answers the request: its officer proposes two of its listings. */
const RESPONDER = { email: 'officer.int@tt.demo', institute: 'INT' };
/** The institute that publishes the listing the saved search and the companies to approach are about. */
const PUBLISHER = { email: 'officer.irst@tt.demo', institute: 'IRST' };

/** A word of letters only, new to the catalogue on every run: it finds this run's request and listing, nothing else. */
const WORD = `Kyvo${Date.now()
  .toString(36)
  .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!)}`;
const REQUEST_TITLE = `Organoid drug-response screening ${WORD}`;
const LISTING_TITLE = `${WORD} organoid drug-response screening platform`;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

let database: Kysely<Database> | undefined;
afterAll(async () => {
  await database?.destroy();
  await journey.closePages();
});

/** A page at phone width signed in as `page` is. */
async function onPhone(page: Page): Promise<Page> {
  const context = await journey.browser.newContext({
    viewport: PHONE,
    storageState: await page.context().storageState(),
  });
  const phone = await context.newPage();
  journey.watchCsp(phone);
  return phone;
}

/** Ticks a listing of the respond form's picker, found by its title. */
async function pickListing(officer: Page, title: string) {
  await officer.getByTestId('listing-search').fill(title);
  const option = officer.locator('.respond-form__options li').filter({ hasText: title }).getByTestId('listing-option');
  await option.check();
  await officer.getByTestId('picked-listings').filter({ hasText: title }).waitFor();
}

/** Creates, completes and publishes a listing as an officer, through the API the listing editor uses. */
async function publishListing(email: string, sectorSlug: string): Promise<{ id: string; slug: string }> {
  const cookie = await logIn(baseUrl, email, DEMO_PASSWORD);
  expect(cookie, `${email} signs in`).not.toBeNull();
  const call = async <T>(query: string, variables: Record<string, unknown>) => {
    const answer = await gql<T>(baseUrl, query, variables, cookie ?? undefined);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data as T;
  };
  const { sectors } = await call<{ sectors: { id: string; slug: string }[] }>('{ sectors { id slug } }', {});
  const sectorId = sectors.find((sector) => sector.slug === sectorSlug)?.id;
  expect(sectorId, sectorSlug).toBeTruthy();
  type Payload = { asset: { id: string; slug: string; status: string } | null; errors: { code: string }[] };
  const fields = '{ asset { id slug status } errors { field code } }';
  const created = await call<{ createListing: Payload }>(
    `mutation($input: CreateListingInput!) { createListing(input: $input) ${fields} }`,
    { input: { kind: 'SERVICE', title: LISTING_TITLE } },
  );
  expect(created.createListing.errors).toEqual([]);
  const id = created.createListing.asset!.id;
  const updated = await call<{ updateListing: Payload }>(
    `mutation($input: UpdateListingInput!) { updateListing(input: $input) ${fields} }`,
    {
      input: {
        id,
        summary: `Patient-derived organoids screened against drug panels: the ${WORD} platform reports response in two weeks.`,
        description:
          'Tumour organoids grown from biopsies are exposed to panels of approved and investigational drugs; imaging and ' +
          'viability read-outs rank the compounds for each patient. Validated on 120 colorectal and pancreatic cases.',
        problem: 'Drug-response data for a new compound come late and from models far from the patient.',
        benefits: 'Patient-relevant drug-response screening in two weeks, at a fraction of the cost of animal models.',
        applications: ['Preclinical drug-response screening', 'Patient stratification'],
        trl: 5,
        partneringModels: ['SERVICE_AGREEMENT', 'CO_DEVELOPMENT'],
        keywords: ['organoids', 'drug response', WORD],
        turnaround: 'Two weeks from the samples',
        pricingModel: 'PROJECT_QUOTE',
        sectorIds: [sectorId],
        // The office writes both languages, as for every listing: the Italian pages of the other journeys, which
        // may meet this listing first in the catalogue, show no English.
        titleIt: `Screening farmacologico su organoidi ${WORD}`,
        summaryIt: `Organoidi derivati dai pazienti testati su pannelli di farmaci: la piattaforma ${WORD} restituisce la risposta in due settimane.`,
        descriptionIt:
          'Gli organoidi tumorali ottenuti dalle biopsie vengono esposti a pannelli di farmaci approvati e sperimentali; ' +
          'le letture di imaging e vitalità ordinano i composti per ciascun paziente. Validato su 120 casi colorettali e pancreatici.',
        problemIt: 'I dati di risposta a un nuovo composto arrivano tardi e da modelli lontani dal paziente.',
        benefitsIt:
          'Screening della risposta ai farmaci rilevante per il paziente in due settimane, a una frazione del costo dei modelli animali.',
        applicationsIt: ['Screening preclinico della risposta ai farmaci', 'Stratificazione dei pazienti'],
        keywordsIt: ['organoidi', 'risposta ai farmaci', WORD],
        turnaroundIt: 'Due settimane dal ricevimento dei campioni',
      },
    },
  );
  expect(updated.updateListing.errors).toEqual([]);
  const published = await call<{ publishListing: Payload }>(
    `mutation($id: ID!) { publishListing(input: { id: $id }) ${fields} }`,
    { id },
  );
  expect(published.publishListing.errors).toEqual([]);
  expect(published.publishListing.asset?.status).toBe('PUBLISHED');
  return { id, slug: published.publishListing.asset!.slug };
}

describe('the two-sided marketplace: requests, proposals, alerts, companies to approach', () => {
  let requestPath = '';
  let proposed: JourneyAsset[] = [];
  let buyer: Page;

  it('a company member publishes a technology request through the form', async () => {
    buyer = await newPage(DESKTOP);
    await signIn(buyer, BUYER);
    await buyer.goto(`${baseUrl}/requests`);
    await buyer.getByTestId('request-card').first().waitFor();
    await buyer.getByTestId('publish-request').click();
    await buyer.getByTestId('request-form').waitFor();
    await buyer.getByLabel('Title', { exact: true }).fill(REQUEST_TITLE);
    await buyer
      .getByLabel('What you are looking for')
      .fill(
        'We seek a patient-derived organoid platform to screen our oncology compounds for drug response before ' +
          'phase I: a service or a co-development, with data on colorectal or pancreatic models.',
      );
    await buyer.getByLabel('Why').fill('Our preclinical models predict clinical response poorly.');
    await buyer.getByLabel('Small molecules', { exact: true }).check();
    await buyer.getByLabel('From TRL').selectOption('4');
    await buyer.getByLabel('To TRL').selectOption('7');
    await buyer.getByLabel('Service agreement', { exact: true }).check();
    await buyer.getByLabel('Co-development', { exact: true }).check();
    await buyer.getByTestId('deadline').fill(isoDay(new Date(Date.now() + 60 * 86_400_000)));
    await buyer.getByTestId('visibility-public').check();
    await screenshot(buyer, 'marketplace-request-form');
    await buyer.getByTestId('save-request').click();
    await buyer.getByTestId('request-page').waitFor();
    expect(await buyer.getByTestId('request-title').textContent()).toBe(REQUEST_TITLE);
    requestPath = new URL(buyer.url()).pathname;
    expect(requestPath).toMatch(/^\/requests\/organoid-drug-response-screening-/);
    await buyer.getByTestId('no-responses').waitFor();

    // The listings an officer of the other institute will propose: two without an open EoI of the company.
    const first = await listingWithoutOpenEoi(buyer, (asset) => asset.institution.shortName === RESPONDER.institute);
    const second = await listingWithoutOpenEoi(
      buyer,
      (asset) => asset.institution.shortName === RESPONDER.institute && asset.id !== first.id,
    );
    proposed = [first, second];
  });

  it('an officer of another institute finds it in the directory and proposes two listings', async () => {
    const officer = await newPage(DESKTOP);
    await signIn(officer, RESPONDER.email);
    await officer.goto(`${baseUrl}/requests`);
    await officer.getByTestId('request-card').first().waitFor();
    await officer.getByTestId('search-input').fill(REQUEST_TITLE);
    await officer.getByTestId('search-submit').click();
    const card = officer.getByTestId('request-card').filter({ hasText: REQUEST_TITLE });
    await card.waitFor();
    expect(await card.getByTestId('request-company').textContent()).toContain(COMPANY);
    await screenshot(officer, 'marketplace-requests-directory');
    await expectAccessible(officer, 'requests directory');

    // The office keeps this search of requests, with an alert as soon as a new one matches.
    await officer.getByTestId('save-search').click();
    const dialog = officer.getByTestId('save-search-dialog');
    await dialog.getByTestId('save-search-name').waitFor();
    expect(await dialog.getByTestId('save-search-summary').textContent()).toMatch(/^Technology requests · “/);
    await dialog.getByLabel('E-mail alerts').selectOption('IMMEDIATE');
    await screenshot(officer, 'marketplace-save-request-search-dialog');
    await dialog.getByTestId('save-search-submit').click();
    await dialog.getByTestId('save-search-done').waitFor();
    await dialog.getByTestId('save-search-to-list').click();
    const saved = officer.getByTestId('saved-search-row').filter({ hasText: 'Technology requests' });
    await saved.waitFor();
    await screenshot(officer, 'marketplace-saved-request-search');
    await officer.goto(`${baseUrl}/it/searches`);
    await officer.getByTestId('saved-search-row').filter({ hasText: 'Richieste di tecnologia' }).waitFor();
    await officer.setViewportSize(PHONE);
    await screenshot(officer, 'marketplace-saved-request-search-it-phone');
    await officer.setViewportSize(DESKTOP);
    await officer.goto(`${baseUrl}/searches`);
    await saved.getByTestId('saved-search-run').click();
    await card.waitFor();
    expect(new URL(officer.url()).pathname).toBe('/requests');
    await card.getByRole('link', { name: REQUEST_TITLE }).click();
    await officer.getByTestId('request-page').waitFor();
    expect(new URL(officer.url()).pathname).toBe(requestPath);

    await officer.getByTestId('respond-form').waitFor();
    await officer.getByTestId('respond-kind-listings').check();
    for (const listing of proposed) await pickListing(officer, listing.title);
    await officer
      .getByTestId('respond-message')
      .fill(
        'Two of our platforms fit your request: the first screens organoids at scale, the second brings the imaging ' +
          'read-out. We would suggest a call with the groups next week.',
      );
    await screenshot(officer, 'marketplace-respond-form');
    await officer.getByTestId('send-response').click();
    await officer.getByTestId('respond-sent').waitFor();
    const response = officer.getByTestId('response');
    await response.waitFor();
    expect(await response.getByTestId('proposal').count()).toBe(2);
    await officer.context().close();
  });

  it('the company sees both proposals and turns one into an expression of interest in one step', async () => {
    await buyer.goto(`${baseUrl}${requestPath}`);
    const response = buyer.getByTestId('response');
    await response.waitFor();
    expect(await response.textContent()).toContain(RESPONDER.institute);
    const proposals = response.getByTestId('proposal');
    expect(await proposals.count()).toBe(2);
    for (const listing of proposed) await proposals.filter({ hasText: listing.title }).waitFor();
    expect(await proposals.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual([
      'PROPOSED',
      'PROPOSED',
    ]);
    await screenshot(buyer, 'marketplace-request-page');
    await expectAccessible(buyer, 'request page (company, with a response)');

    const chosen = proposals.filter({ hasText: proposed[0]!.title });
    await chosen.getByTestId('express-interest').click();
    const form = chosen.getByTestId('proposal-interest-form');
    await form.waitFor();
    expect(await form.locator('textarea').inputValue()).toContain(REQUEST_TITLE);
    await expectAccessible(buyer, 'request page (express interest from a proposal)');
    await chosen.getByTestId('send-interest').click();
    await buyer
      .locator(`[data-testid="proposal"][data-status="INTEREST_EXPRESSED"]`)
      .filter({ hasText: proposed[0]!.title })
      .getByTestId('proposal-eoi')
      .waitFor();
    expect(await proposals.filter({ hasText: proposed[1]!.title }).getAttribute('data-status')).toBe('PROPOSED');

    // The phone layout of the request page, with both proposals.
    const phone = await onPhone(buyer);
    await phone.goto(`${baseUrl}${requestPath}`);
    await phone.getByTestId('proposal').nth(1).waitFor();
    await expectNoHorizontalScroll(phone);
    await screenshot(phone, 'marketplace-request-page-phone');
    await expectAccessible(phone, 'request page (phone)');
    await phone.context().close();

    // The expression of interest is there, with the company's others.
    await buyer.getByTestId('proposal-eoi').click();
    await buyer.getByTestId('interest-page').waitFor();
    await buyer.goto(`${baseUrl}/interests`);
    const row = buyer.getByTestId('interest-row').filter({ hasText: proposed[0]!.title });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('SUBMITTED');
    await screenshot(buyer, 'marketplace-my-interests');
  });

  it('a daily alert of a saved search brings a new listing; its unsubscribe link works signed out', async () => {
    // The company saves a catalogue search (nothing matches yet) with a daily digest.
    await buyer.goto(`${baseUrl}/?q=${encodeURIComponent(WORD)}`);
    await expect.poll(async () => buyer.getByTestId('result-count').textContent()).toMatch(/^0 /);
    await buyer.getByTestId('save-search').click();
    const dialog = buyer.getByTestId('save-search-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('save-search-summary').textContent()).toContain(WORD);
    const searchName = `Organoid screening ${WORD}`;
    await dialog.getByTestId('save-search-name').fill(searchName);
    await dialog.getByLabel('E-mail alerts').selectOption('DAILY');
    await screenshot(buyer, 'marketplace-save-search-dialog');
    await dialog.getByTestId('save-search-submit').click();
    await dialog.getByTestId('save-search-done').waitFor();
    await dialog.getByTestId('save-search-to-list').click();
    const row = buyer.getByTestId('saved-search-row').filter({ hasText: searchName });
    await row.waitFor();
    expect(await row.getByTestId('saved-search-frequency').inputValue()).toBe('DAILY');
    await screenshot(buyer, 'marketplace-saved-searches');
    await expectAccessible(buyer, 'saved searches page');

    // A matching listing is published by IRST's office.
    const listing = await publishListing(PUBLISHER.email, 'small-molecules');

    // Tomorrow's 07:00 digest, as the daily job (saved-search-alerts.job.ts) runs it, against the server's database:
    // the cron fires at 05:05 and 06:05 UTC only, and a run today finds nothing due (the search is newer than 07:00).
    database = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 }) }),
    });
    const result = await runSavedSearchAlerts(database, 'DAILY', {
      publicUrl: baseUrl,
      signingSecret: TEST_SIGNING_SECRET,
      now: new Date(Date.now() + 86_400_000),
    });
    expect(result.mails).toBeGreaterThanOrEqual(1);

    const digest = await newestMail(
      BUYER,
      (mail) => mail.template === 'saved-search-alert' && mail.text.includes(LISTING_TITLE),
    );
    expect(digest.text).toContain(searchName);
    expect(digest.links.some((link) => link.includes(`/assets/${listing.slug}`))).toBe(true);
    const unsubscribe = digest.links.find((link) => /\/unsubscribe\?token=/.test(link));
    expect(unsubscribe, digest.links.join('\n')).toBeTruthy();

    // Signed out, in a browser of its own: opening the link changes nothing; the button does.
    const visitor = await newPage(DESKTOP);
    await visitor.goto(unsubscribe!);
    await visitor.getByTestId('unsubscribe-ask').waitFor();
    expect(await visitor.getByTestId('user-menu-button').count()).toBe(0);
    await expectAccessible(visitor, 'unsubscribe page (asking)');
    await visitor.getByTestId('unsubscribe-confirm').click();
    await visitor.getByTestId('unsubscribe-done').waitFor();
    expect(await visitor.getByTestId('unsubscribe-names').textContent()).toContain(searchName);
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe('Alerts stopped');
    await screenshot(visitor, 'marketplace-unsubscribed');
    await expectAccessible(visitor, 'unsubscribe page (done)');

    // The saved search stays, its alerts off.
    await buyer.reload();
    await row.waitFor();
    expect(await row.getByTestId('saved-search-frequency').inputValue()).toBe('OFF');
  });

  it("the listing's office sees the company among the companies to approach, with why", async () => {
    const officer = await newPage(DESKTOP);
    await signIn(officer, PUBLISHER.email);
    await officer.goto(`${baseUrl}/?q=${encodeURIComponent(WORD)}`);
    const card = officer.getByTestId('result-card').filter({ hasText: LISTING_TITLE });
    await card.waitFor();
    await card.locator('a').first().click();
    await officer.getByTestId('asset-title').waitFor();
    // Its office goes to the editor from the published listing's page.
    const edit = officer.getByTestId('edit-listing-link');
    await edit.waitFor();
    expect(await edit.getAttribute('href')).toMatch(/^\/office\/listings\/.+\/edit$/);
    const panel = officer.getByTestId('companies-to-approach');
    await panel.waitFor();
    const company = panel.getByTestId('company-to-approach').filter({ hasText: COMPANY });
    await company.waitFor();
    const reasons = await company.getByTestId('reasons').locator('li').allTextContents();
    expect(
      reasons.some((reason) => reason.includes(REQUEST_TITLE)),
      reasons.join('\n'),
    ).toBe(true);
    await screenshot(officer, 'marketplace-companies-to-approach');
    await expectAccessible(officer, 'listing page with companies to approach');
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { newestMail } from './support/dev-mail.js';
import {
  DEMO_PASSWORD,
  expectAccessible,
  expectNoHorizontalScroll,
  journeyBrowser,
  signIn,
} from './support/journey.js';

// Accounts in the browser: a company member signs up, confirms the address from the demo mailbox,
// signs in again, keeps the company profile, asks to be listed in the partner directory (an administrator
// approves) and invites a colleague, who joins from the e-mailed link; navigation by role; a page that is
// not for the viewer's role.

const baseUrl = inject('baseUrl');
const { newPage } = journeyBrowser();

/** The link of the newest e-mail of this template to this address, from the demo mailbox. */
async function mailedLink(to: string, template: string, pathPrefix: string): Promise<string> {
  const isLink = (candidate: string) => new URL(candidate).pathname.startsWith(pathPrefix);
  const mail = await newestMail(to, (candidate) => candidate.template === template && candidate.links.some(isLink));
  return mail.links.find(isLink) as string;
}

async function openUserMenu(page: Page) {
  await page.getByTestId('user-menu-button').click();
  await page.getByTestId('user-menu').waitFor();
}

async function logOut(page: Page) {
  await openUserMenu(page);
  await page.getByTestId('log-out').click();
  await page.getByTestId('sign-in-link').waitFor();
}

const stamp = Date.now();
const founderEmail = `giada.ferri.${stamp}@journey-biotech.example`;
const colleagueEmail = `paolo.greco.${stamp}@journey-biotech.example`;
const companyName = `Journey Biotech ${stamp}`;
const founderPassword = 'violet-harbour-2041';

describe('a company member signs up and brings a colleague (desktop)', () => {
  it('sign up → confirm the address → log out and in → company profile → invitation accepted by a colleague', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(`${baseUrl}/sign-up`);
    await page.getByRole('heading', { level: 1, name: 'Create a company account' }).waitFor();
    expect(await page.title()).toBe('Create a company account · TT Marketplace');
    expect(await page.getByTestId('join-note').textContent()).toMatch(/invite you/);

    // Validation as you type: the e-mail is checked once left, the password from the first key.
    const email = page.getByLabel('Work e-mail address');
    await email.fill('giada.ferri@');
    await email.blur();
    expect(await page.getByTestId('error-email').textContent()).toBe('Enter an e-mail address like name@example.com.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await email.fill(founderEmail);
    await expect.poll(() => page.getByTestId('error-email').count()).toBe(0);

    await page.getByLabel('Full name').fill('Giada Ferri');
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('short');
    expect(await page.getByTestId('password-strength').textContent()).toBe('Strength: weak');
    await password.fill(founderPassword);
    expect(await page.getByTestId('password-strength').textContent()).toMatch(/good|strong/);
    await page.getByLabel('Company name').fill(companyName);
    await page.getByLabel('Country').selectOption('IT');
    await page.getByLabel('Size').selectOption('STARTUP');
    await page.getByLabel('Website (optional)').fill('https://journey-biotech.example');
    await page
      .getByLabel('About the company (optional)')
      .fill('Start-up developing point-of-care assays for circulating tumour DNA.');
    // The terms of use, accepted in their current version (recorded with the account).
    await page.getByTestId('accept-terms').check();
    await screenshot(page, 'desktop-sign-up');
    await expectAccessible(page, 'sign-up page');

    await page.getByTestId('sign-up-submit').click();
    await page.waitForURL(`${baseUrl}/company`);
    expect(await page.getByTestId('company-name').textContent()).toBe(companyName);
    await page.getByTestId('welcome').waitFor();

    // Not confirmed yet: the banner says so.
    const banner = page.getByTestId('unverified-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(founderEmail);

    // The confirmation link from the demo mailbox.
    const verifyLink = await mailedLink(founderEmail, 'verify-email', '/verify-email');
    await page.goto(verifyLink);
    await page.getByTestId('verify-success').waitFor();
    expect(await page.getByTestId('unverified-banner').count()).toBe(0);

    // Log out, then in again: a company member starts in the catalogue, its own work first in the header.
    await logOut(page);
    expect(new URL(page.url()).pathname).toBe('/');
    // Back in the catalogue as a visitor: its results are fetched again, not left in an error.
    await page.getByTestId('result-card').first().waitFor();
    expect(await page.getByTestId('error-state').count()).toBe(0);
    await signIn(page, founderEmail, founderPassword);
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('result-card').first().waitFor();
    expect(await page.getByTestId('work-interests').getAttribute('href')).toBe('/interests');
    expect(await page.getByTestId('unverified-banner').count()).toBe(0);
    await openUserMenu(page);
    expect(await page.getByTestId('user-menu-role').textContent()).toBe('Company member');
    expect(await page.getByTestId('nav-company').count()).toBe(1);
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    expect(await page.getByTestId('nav-people').count()).toBe(0);
    // The company profile, from the menu: a new description, saved and still there after a reload.
    await page.getByTestId('nav-company').click();
    await page.waitForURL(`${baseUrl}/company`);
    const description = `Point-of-care ctDNA assays for therapy monitoring (${stamp}).`;
    const about = page.getByLabel('About the company', { exact: true });
    await about.fill(description);
    await page.getByTestId('save-company').click();
    await page.getByTestId('company-saved').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('About the company', { exact: true }).inputValue()).toBe(description);
    expect(await page.getByTestId('listed-badge').textContent()).toBe('Not in the partner directory');

    // The partner directory: the founder asks to be listed; the network decides.
    await page.getByTestId('ask-listing').click();
    await page.getByTestId('directory-done').waitFor();
    expect(await page.getByTestId('listed-badge').textContent()).toBe('Awaiting the network’s review');
    expect(await page.getByTestId('directory-state').textContent()).toMatch(/^Awaiting the network’s review since /);
    const directorySearch = `${baseUrl}/partners?q=${encodeURIComponent(companyName)}`;
    const visitor = await newPage(DESKTOP);
    await visitor.goto(directorySearch);
    await visitor.getByTestId('empty-state').waitFor();
    const reviewer = await newPage(DESKTOP);
    await signIn(reviewer, 'admin@tt.demo');
    await reviewer.goto(`${baseUrl}/admin/directory`);
    const request = reviewer.locator('[data-testid="directory-request"]', { hasText: companyName });
    await request.waitFor();
    expect(await request.textContent()).toContain('https://journey-biotech.example');
    await screenshot(reviewer, 'desktop-admin-directory');
    await expectAccessible(reviewer, 'administration: directory requests');
    await request.getByTestId('approve-listing').click();
    expect(await reviewer.getByTestId('directory-request-done').textContent()).toBe(
      `${companyName} is now listed in the partner directory.`,
    );
    await reviewer.context().close();
    await visitor.goto(directorySearch);
    await visitor.locator(`[data-testid="partner-card"]`, { hasText: companyName }).waitFor();
    await visitor.context().close();
    await page.reload();
    expect(await page.getByTestId('listed-badge').textContent()).toBe('In the partner directory');

    // Invite a colleague.
    await page.getByTestId('invite-email').fill(colleagueEmail);
    await page.getByTestId('invite-submit').click();
    await page.getByTestId('invitation-sent').waitFor();
    await page.locator(`[data-testid="invitation-row"][data-email="${colleagueEmail}"]`).waitFor();
    await screenshot(page, 'desktop-company');
    await expectAccessible(page, 'company page');

    // The account page: profile, password and this browser's session.
    await openUserMenu(page);
    await page.getByTestId('nav-account').click();
    await page.getByTestId('account-heading').waitFor();
    expect(await page.getByTestId('account-email').textContent()).toBe(founderEmail);
    expect(await page.getByTestId('email-verified').count()).toBe(1);
    await page.getByTestId('this-browser').waitFor();
    await screenshot(page, 'desktop-account');
    await expectAccessible(page, 'account page');

    // The colleague opens the invitation in a browser of their own.
    const acceptLink = await mailedLink(colleagueEmail, 'invitation', '/invitations/accept');
    const colleague = await newPage(DESKTOP);
    await colleague.goto(acceptLink);
    await colleague.getByTestId('invitation-preview').waitFor();
    expect(await colleague.getByTestId('invitation-organisation').textContent()).toBe(companyName);
    expect(await colleague.getByTestId('invitation-role').textContent()).toBe('Company member');
    expect(await colleague.getByTestId('invitation-email').textContent()).toBe(colleagueEmail);
    await expectAccessible(colleague, 'invitation page');
    await colleague.getByLabel('Full name').fill('Paolo Greco');
    await colleague.getByLabel('Choose a password').fill('copper-lantern-1987');
    await colleague.getByTestId('accept-terms').check();
    await screenshot(colleague, 'desktop-accept-invitation');
    await colleague.getByTestId('accept-invitation-submit').click();

    // Signed in, a member of the same company, e-mail confirmed by the invitation itself.
    await colleague.waitForURL(`${baseUrl}/company`);
    expect(await colleague.getByTestId('company-name').textContent()).toBe(companyName);
    expect(await colleague.getByTestId('user-menu-button').textContent()).toContain('Paolo Greco');
    const members = colleague.getByTestId('member-row');
    await expect.poll(() => members.count()).toBe(2);
    expect(await colleague.getByTestId('members').textContent()).toContain(founderEmail);
    expect(await colleague.getByTestId('unverified-banner').count()).toBe(0);
    await colleague.context().close();

    // The founder's pending invitations are empty again.
    await page.goto(`${baseUrl}/company`);
    await page.getByTestId('invitations-empty').waitFor();
    await page.context().close();
  });
});

describe('navigation by role', () => {
  // Each role lands on its own work after sign-in, first in the header's navigation and marked as the current page;
  // looked at on desktop and phone.
  const homes = [
    ['buyer@oncopharm.demo', '/', 'catalogue-link', 'result-card'],
    ['researcher.irst@tt.demo', '/disclosures', 'work-disclosures', 'my-disclosures-page'],
    ['officer.irst@tt.demo', '/triage', 'work-triage', 'triage-page'],
    ['admin@tt.demo', '/admin/users', 'work-admin', 'person-row'],
  ] as const;
  for (const [email, path, link, content] of homes) {
    it(`${email} lands on their own work`, async () => {
      for (const viewport of [DESKTOP, PHONE]) {
        const page = await newPage(viewport);
        await signIn(page, email);
        await page.waitForURL(`${baseUrl}${path}`);
        await page.getByTestId(content).first().waitFor();
        const first = page.getByTestId('main-navigation').getByRole('link').first();
        expect(await first.getAttribute('data-testid')).toBe(link);
        expect(await first.getAttribute('class')).toContain('is-active');
        await expectNoHorizontalScroll(page);
        const name = `home-${email.split('@')[0]!.replace('.', '-')}-${viewport === PHONE ? 'phone' : 'desktop'}`;
        await screenshot(page, name);
        // In Italian too: the longer words still fit the header.
        await page.goto(`${baseUrl}/it${path}`);
        await page.getByTestId(content).first().waitFor();
        await expectNoHorizontalScroll(page);
        await screenshot(page, `${name}-it`);
        await page.context().close();
      }
    });
  }

  it('an officer sees People: the accounts and invitations of their institute', async () => {
    const page = await newPage(DESKTOP);
    await signIn(page, 'officer.irst@tt.demo');
    await openUserMenu(page);
    expect(await page.getByTestId('user-menu-role').textContent()).toBe('Technology-transfer officer');
    await page.getByTestId('nav-people').click();
    await page.waitForURL(`${baseUrl}/people`);
    await page.getByTestId('person-row').first().waitFor();
    const emails = await page
      .getByTestId('person-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-email')));
    expect(emails).toContain('researcher.irst@tt.demo');
    expect(emails).not.toContain('researcher.int@tt.demo');
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    await screenshot(page, 'desktop-people');
    await expectAccessible(page, 'people page');
    await page.context().close();
  });

  it('an administrator sees Administration: users, invitations, institutes', async () => {
    const page = await newPage(DESKTOP);
    await signIn(page, 'admin@tt.demo');
    await page.waitForURL(`${baseUrl}/admin/users`);
    await openUserMenu(page);
    expect(await page.getByTestId('nav-admin').textContent()).toBe('Administration');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="person-row"][data-email="officer.int@tt.demo"]').waitFor();

    // Search and filter.
    await page.getByTestId('people-role-filter').selectOption('RESEARCHER');
    await expect
      .poll(async () => new Set(await page.getByTestId('person-role').allTextContents()))
      .toEqual(new Set(['Researcher']));
    await page.getByTestId('people-role-filter').selectOption('');
    await page.getByTestId('people-search').fill('oncopharm');
    await page.getByTestId('people-search').press('Enter');
    await expect
      .poll(() =>
        page.getByTestId('person-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-email'))),
      )
      .toEqual(['buyer@oncopharm.demo']);
    await page.getByTestId('people-search').fill('');
    await page.getByTestId('people-search').press('Enter');
    await page.locator('[data-testid="person-row"][data-email="officer.int@tt.demo"]').waitFor();
    await screenshot(page, 'desktop-admin');
    await expectAccessible(page, 'administration: users');

    await page.getByTestId('admin-tab-invitations').click();
    await page.getByTestId('invite-form').waitFor();
    await page.getByTestId('invitation-list').waitFor();
    await expectAccessible(page, 'administration: invitations');

    await page.getByTestId('admin-tab-institutes').click();
    await page.getByTestId('institute-row').first().waitFor();
    expect(await page.getByTestId('institute-row').count()).toBeGreaterThanOrEqual(2);
    await page.getByTestId('edit-institute').first().click();
    await page.getByTestId('institute-form').waitFor();
    // INT, first by name: its place as stored in each language, whatever the page's language shows.
    expect(await page.locator('input[name="city"]').inputValue()).toBe('Milan');
    expect(await page.locator('input[name="cityIt"]').inputValue()).toBe('Milano');
    expect(await page.locator('input[name="regionIt"]').inputValue()).toBe('Lombardia');
    await screenshot(page, 'desktop-admin-institutes');
    await expectAccessible(page, 'administration: institutes');
    await page.context().close();
  });

  it('a company member who opens /admin is told the page is not for them', async () => {
    const page = await newPage(DESKTOP);
    await signIn(page, 'buyer@medisense.demo');
    await page.goto(`${baseUrl}/admin`);
    const notAllowed = page.getByTestId('not-allowed');
    await notAllowed.waitFor();
    expect(await notAllowed.textContent()).toContain('This page is for network administrators');
    expect(await page.getByTestId('admin-page').count()).toBe(0);
    await page.context().close();
  });

  it('a visitor who opens a members’ page signs in first and comes back to it', async () => {
    const page = await newPage(DESKTOP);
    await page.goto(`${baseUrl}/account`);
    await page.waitForURL(/\/sign-in\?next=%2Faccount$/);
    await page.getByTestId('forgot-password-link').waitFor();
    await screenshot(page, 'desktop-sign-in');
    // From the keyboard: the e-mail, then Tab to the password (not to "Forgot your password?"), then Enter.
    await page.getByLabel('E-mail address').fill('buyer@medisense.demo');
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('autocomplete') ?? '');
    expect(await focused()).toBe('current-password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/account`);
    await page.getByTestId('account-heading').waitFor();
    await page.context().close();
  });
});

describe('the account pages on a 390 px phone', () => {
  it('sign-up, account, company and administration fit the screen and stay accessible', async () => {
    const visitor = await newPage(PHONE);
    // The header keeps both ways in within the screen: "Sign in" and "Create account" (issue #19).
    await visitor.goto(`${baseUrl}/`);
    for (const link of [visitor.getByTestId('sign-in-link'), visitor.getByTestId('sign-up-link')]) {
      // Shown once the app knows nobody is signed in (the header keeps their room empty until then).
      await link.waitFor({ state: 'visible', timeout: 10_000 });
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await visitor.getByTestId('sign-up-link').click();
    await visitor.waitForURL(`${baseUrl}/sign-up`);
    await visitor.getByTestId('sign-up-form').waitFor();
    await visitor.getByTestId('sign-up-submit').click();
    await visitor.getByTestId('error-summary').waitFor();
    await expectNoHorizontalScroll(visitor);
    await screenshot(visitor, 'phone-sign-up');
    await expectAccessible(visitor, 'sign-up page (phone)');
    await visitor.context().close();

    const member = await newPage(PHONE);
    await signIn(member, 'buyer@medisense.demo');
    await member.goto(`${baseUrl}/account`);
    await member.getByTestId('this-browser').waitFor();
    await expectNoHorizontalScroll(member);
    await screenshot(member, 'phone-account');
    await expectAccessible(member, 'account page (phone)');
    await member.goto(`${baseUrl}/company`);
    await member.getByTestId('company-form').waitFor();
    await member.getByTestId('sector-picker').waitFor();
    await expectNoHorizontalScroll(member);
    await screenshot(member, 'phone-company');
    await expectAccessible(member, 'company page (phone)');
    await openUserMenu(member);
    expect(await member.getByTestId('nav-company').isVisible()).toBe(true);
    await member.context().close();

    const admin = await newPage(PHONE);
    await signIn(admin, 'admin@tt.demo');
    await admin.waitForURL(`${baseUrl}/admin/users`);
    await admin.getByTestId('person-row').first().waitFor();
    await expectNoHorizontalScroll(admin);
    await screenshot(admin, 'phone-admin');
    await expectAccessible(admin, 'administration (phone)');
    await admin.getByTestId('admin-tab-directory').click();
    await admin.getByTestId('directory-requests').waitFor();
    await admin.getByTestId('empty-state').or(admin.getByTestId('directory-request').first()).waitFor();
    await expectNoHorizontalScroll(admin);
    await expectAccessible(admin, 'administration: directory requests (phone)');
    await admin.context().close();
  });
});

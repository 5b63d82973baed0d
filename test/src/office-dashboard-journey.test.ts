import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PHONE, screenshot } from './support/browser.js';
import { expectAccessible, expectNoHorizontalScroll, journeyBrowser, pageGraphql, signIn } from './support/journey.js';

// The office's dashboard (issue 12, point 4): IRST's officer finds it in their menu and reads the figures of the
// last twelve months, as charts with their tables, in English on a desktop and in Italian on a phone.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();

afterAll(() => journey.closePages());

/** Waits until the figures are there and every chart has been drawn on its canvas. */
async function figuresShown(page: Page) {
  await page.getByTestId('dashboard-figures').waitFor();
  await page.getByTestId('eois-by-month').locator('canvas').waitFor();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('canvas')].every((canvas) => canvas.width > 0 && canvas.height > 0),
  );
}

describe('the office dashboard', () => {
  let officer: Page;

  it('an officer opens it from their menu and reads their institute’s figures (English, desktop)', async () => {
    officer = await journey.newPage();
    await signIn(officer, 'officer.irst@tt.demo');
    await officer.getByTestId('user-menu-button').click();
    await officer.getByTestId('nav-dashboard').click();
    await officer.waitForURL(`${baseUrl}/office/dashboard`);
    await figuresShown(officer);
    expect(await officer.getByTestId('dashboard-title').textContent()).toBe('Dashboard');
    expect(await officer.locator('.page-header .eyebrow').textContent()).toBe('IRST');

    // The page shows what the API counts.
    const answer = await pageGraphql<{
      officeDashboard: { eoiFunnel: { status: string; count: number }[]; responseTime: { overdueNow: number } };
    }>(officer, '{ officeDashboard { eoiFunnel { status count } responseTime { overdueNow } } }');
    const received = answer.data!.officeDashboard.eoiFunnel.find((stage) => stage.status === 'SUBMITTED')!.count;
    expect(received).toBeGreaterThan(0);
    expect(await officer.getByTestId('tile-received').locator('dd').first().textContent()).toBe(String(received));
    expect(await officer.getByTestId('tile-overdue').locator('dd').first().textContent()).toBe(
      String(answer.data!.officeDashboard.responseTime.overdueNow),
    );
    // The agreements: every type signed, and the money of the options and licences per quarter.
    await officer.getByTestId('agreement-money').locator('canvas').waitFor();
    expect(await officer.getByTestId('agreements-signed').locator('table tbody tr').count()).toBe(6);
    expect(await officer.getByTestId('agreement-money').locator('.dashboard-card__lead').textContent()).toMatch(
      /^Payments of signed options and licences: €[\d,]+ falling due in the period, €[\d,.]+ received in it\.$/,
    );
    await screenshot(officer, 'office-dashboard-desktop');
    await expectAccessible(officer, 'office dashboard (English, desktop)');

    // A chart's figures as a table.
    const funnel = officer.getByTestId('eoi-funnel');
    await funnel.getByTestId('table-toggle').click();
    expect(await funnel.locator('table tbody tr').count()).toBe(7);
    await screenshot(officer, 'office-dashboard-funnel-table-desktop');
    await expectAccessible(officer, 'office dashboard with a table shown');

    // Another period: the address says it.
    await officer.getByTestId('dashboard-period').selectOption('LAST_3_MONTHS');
    await officer.waitForURL(/period=LAST_3_MONTHS/);
    // The figures of the new period replace those shown meanwhile: three months.
    await officer.waitForFunction(
      () => document.querySelectorAll('[data-testid="eois-by-month"] table tbody tr').length === 3,
    );
    await figuresShown(officer);
    expect(await officer.getByTestId('dashboard-range').textContent()).toMatch(/^From \w{3} 1, \d{4} to /);
  });

  it('in Italian on a phone', async () => {
    const context = await journey.browser.newContext({
      viewport: PHONE,
      locale: 'it-IT',
      storageState: await officer.context().storageState(),
    });
    const phone = await context.newPage();
    journey.watchCsp(phone);
    await phone.goto(`${baseUrl}/it/office/dashboard`);
    await figuresShown(phone);
    expect(await phone.locator('html').getAttribute('lang')).toBe('it');
    expect(await phone.getByTestId('dashboard-title').textContent()).toBe('Cruscotto');
    expect(await phone.getByTestId('eoi-funnel').locator('h2').textContent()).toBe('Dall’interesse all’accordo');
    expect(await phone.getByTestId('agreement-money').locator('h2').textContent()).toBe(
      'Importi previsti e incassati per trimestre',
    );
    expect(await phone.getByTestId('agreement-money').locator('.dashboard-card__lead').textContent()).toMatch(/\s€/);
    await expectNoHorizontalScroll(phone);
    await screenshot(phone, 'office-dashboard-phone-it');
    await expectAccessible(phone, 'office dashboard (Italian, phone)');
    await context.close();
  });
});

import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { DESKTOP, launchBrowser, seriousAccessibilityViolations } from './browser.js';
import {
  describeShiftingPages,
  layoutShiftsOf,
  measuredPages,
  measureLayoutShift,
  type PageLayoutShift,
} from './layout-shift.js';

// What every browser journey sets up the same way: one browser a file, pages that fail the test on a
// page error, the content security policy watched, every page's layout shift within budget (CLS ≤ 0.1, checked
// after each test for every page the test's tabs showed), and the checks and steps the journeys share.

/** The demo users' password (db seed). */
export const DEMO_PASSWORD = 'tt-demo-2026';

export interface Journey {
  readonly browser: Browser;
  /**
   * A page in a browser context of its own: its own cookies, so its own session; `locale` gives the browser's
   * languages (navigator.languages, Accept-Language), e.g. "it-IT".
   */
  newPage(viewport?: { width: number; height: number }, options?: { locale?: string }): Promise<Page>;
  /** Records the page's content-security-policy violations; the file fails on any. */
  watchCsp(page: Page): void;
  /** Closes every context newPage opened. */
  closePages(): Promise<void>;
  /**
   * Leaves the tab's pages out of the layout-shift check, for the reason given (which the code keeps in view):
   * for a page whose shifting is the point, not for one that should be fixed.
   */
  allowLayoutShift(page: Page, reason: string): void;
}

/** Launches the file's browser before its tests and closes it after them; the built app must satisfy its own CSP. */
export function journeyBrowser(): Journey {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];
  /** Every context of the file's browser, however a journey opened it: their pages' layout shift is checked. */
  const measured: BrowserContext[] = [];
  const shiftAllowed = new WeakSet<Page>();
  /** The pages already reported as shifting (a tab kept across tests is not reported twice). */
  const reported = new Set<string>();

  beforeAll(async () => {
    const launched = await launchBrowser();
    const newContext = launched.newContext.bind(launched);
    launched.newContext = async (options) => {
      const context = await newContext(options);
      await measureLayoutShift(context);
      measured.push(context);
      return context;
    };
    browser = launched;
  });
  afterEach(async () => {
    const failures: string[] = [];
    for (const context of measured) {
      for (const page of measuredPages(context)) {
        if (shiftAllowed.has(page)) continue;
        const shifts = await layoutShiftsOf(page);
        await logLayoutShifts(shifts);
        for (const failure of describeShiftingPages(shifts)) {
          if (!reported.has(failure)) failures.push(failure);
          reported.add(failure);
        }
      }
    }
    expect(failures, `Pages whose layout shifts more than CLS 0.1:\n${failures.join('\n')}`).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    expect(cspViolations).toEqual([]);
  });

  const watchCsp = (page: Page) => {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  };

  const started = () => {
    if (!browser) throw new Error('the journey browser starts in beforeAll');
    return browser;
  };

  return {
    get browser() {
      return started();
    },
    async newPage(viewport = DESKTOP, { locale }: { locale?: string } = {}) {
      const context = await started().newContext({ viewport, locale });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      watchCsp(page);
      return page;
    },
    watchCsp,
    allowLayoutShift(page, reason) {
      if (!reason.trim()) throw new Error('allowLayoutShift needs the reason the page may shift');
      shiftAllowed.add(page);
    },
    async closePages() {
      for (const context of contexts) await context.close().catch(() => undefined);
    },
  };
}

/** With LAYOUT_SHIFT_LOG=<file>, every measured page's CLS is appended to it (a JSON line each), for comparisons. */
async function logLayoutShifts(shifts: PageLayoutShift[]) {
  const file = process.env.LAYOUT_SHIFT_LOG;
  if (!file || shifts.length === 0) return;
  const test = expect.getState().testPath ?? '';
  const lines = shifts.map((shift) => JSON.stringify({ test: path.basename(test), url: shift.url, cls: shift.cls }));
  await appendFile(file, `${lines.join('\n')}\n`);
}

export async function expectAccessible(page: Page, what: string) {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${inject('baseUrl')}/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu-button').waitFor();
}

/** A GraphQL request from the page, with its session: the whole answer, errors included. */
export async function pageGraphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: T; errors?: { message: string }[] };
    },
    { query, variables },
  );
}

export interface JourneyAsset {
  id: string;
  slug: string;
  title: string;
  institution: { shortName: string };
  contactOfficer: { name: string } | null;
  availability: string;
  kind: string;
  partneringModels: string[];
}

/**
 * A published listing on which the signed-in company has no open expression of interest, the first that `pick`
 * accepts (texts in the page's language).
 */
export async function listingWithoutOpenEoi(
  page: Page,
  pick: (asset: JourneyAsset) => boolean = () => true,
): Promise<JourneyAsset> {
  const body = await pageGraphql<{
    assets: { edges: { node: JourneyAsset }[] };
    expressionsOfInterest: { edges: { node: { asset: { id: string } | null } }[] };
  }>(
    page,
    `query {
      assets(first: 100) { edges { node { id slug title availability kind partneringModels institution { shortName } contactOfficer { name } } } }
      expressionsOfInterest(filter: { statuses: [SUBMITTED, IN_REVIEW, IN_DISCUSSION, NEGOTIATION] }, first: 100) {
        edges { node { asset { id } } }
      }
    }`,
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const taken = new Set(body.data?.expressionsOfInterest.edges.map((edge) => edge.node.asset?.id));
  // Open to EoIs: not under option nor licensed exclusively (the demo agreements close a few).
  const licensable = (asset: JourneyAsset) => asset.partneringModels.some((model) => model.startsWith('LICENSE_'));
  const open = (asset: JourneyAsset) => !['UNDER_OPTION', 'LICENSED_EXCLUSIVELY'].includes(asset.availability);
  const free = body.data?.assets.edges
    .map((edge) => edge.node)
    // A service is requested through its own form ("Request this service"): these journeys express interest, in a
    // licence (offered only where the listing offers one: shared/listing-interest-types.ts).
    .find(
      (asset) => !taken.has(asset.id) && open(asset) && asset.kind !== 'SERVICE' && licensable(asset) && pick(asset),
    );
  expect(free, 'a listing without an open EoI of the company').toBeTruthy();
  return free as JourneyAsset;
}

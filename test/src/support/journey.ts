import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { DESKTOP, launchBrowser, seriousAccessibilityViolations } from './browser.js';

// What every browser journey sets up the same way: one browser a file, pages that fail the test on a
// page error, the content security policy watched, and the checks and steps the journeys share.

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
}

/** Launches the file's browser before its tests and closes it after them; the built app must satisfy its own CSP. */
export function journeyBrowser(): Journey {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
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
    async closePages() {
      for (const context of contexts) await context.close().catch(() => undefined);
    },
  };
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

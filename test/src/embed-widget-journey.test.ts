import http from 'node:http';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, journeyBrowser, signIn } from './support/journey.js';

// An institute's listings widget on the institute's own website (issue #14): two local sites on two ports each
// serve a page framing IRST's widget; an administrator allows one of them in the institute's settings; the widget
// shows inside that one (searchable, axe clean: test/artifacts/embed-widget-*.png) and the browser refuses it
// inside the other.

const baseUrl = inject('baseUrl');
const journey = journeyBrowser();

/** A plain website at http://localhost:<port>: one page framing the widget with the snippet the admin copied. */
function hostSite(name: string): { start(snippet: () => string): Promise<string>; close(): Promise<void> } {
  let server: http.Server | undefined;
  return {
    start(snippet) {
      server = http.createServer((_req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<style>body{font:16px system-ui;margin:0;color:#222}header{background:#0f3d5e;color:#fff;padding:16px 24px}main{padding:24px}</style>
</head><body><header><strong>${name}</strong></header><main><h1>Technology transfer</h1>
<p>Our inventions, prototypes and services, from the TT Marketplace:</p>${snippet()}</main></body></html>`);
      });
      return new Promise((resolve) =>
        server!.listen(0, 'localhost', () => resolve(`http://localhost:${(server!.address() as AddressInfo).port}`)),
      );
    },
    close: () => new Promise((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}

/**
 * Chromium lays a cross-site (out-of-process) frame's document out once before it is given the frame's size: a
 * narrow first layout, then the real one, which the frame's layout-shift entries count. Opened on its own (below),
 * the widget does not shift.
 */
const FRAME_FIRST_LAYOUT = 'a cross-site frame is laid out once before Chromium gives it its size';

const allowed = hostSite('Istituto Romagnolo – test site');
const other = hostSite('Somebody else’s site');
let snippet = '';
let allowedUrl: string;
let otherUrl: string;

beforeAll(async () => {
  allowedUrl = await allowed.start(() => snippet);
  otherUrl = await other.start(() => snippet);
});
afterAll(async () => {
  await allowed.close();
  await other.close();
});

async function widgetFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

async function expectFrameAccessible(frame: Frame) {
  await frame.evaluate(axe.source);
  const violations = await frame.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the frame
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    // biome-ignore lint/suspicious/noExplicitAny: axe's result shape
    return result.violations.map((violation: any) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
    }));
  });
  expect(
    violations.filter((violation: { impact: string }) => ['serious', 'critical'].includes(violation.impact)),
  ).toEqual([]);
}

describe('the listings widget on an institute’s website', () => {
  it('an administrator allows one site; the widget shows there and is refused elsewhere', async () => {
    const admin = await journey.newPage(DESKTOP);
    await signIn(admin, 'admin@tt.demo');
    await admin.goto(`${baseUrl}/admin/institutes`);
    const irst = admin.getByTestId('institute-row').filter({ hasText: 'IRST' });
    await irst.getByTestId('edit-institute').click();
    const sites = admin.getByTestId('embed-sites');
    await sites.waitFor();
    await sites.getByLabel('Site address').fill(`${allowedUrl}/technology-transfer.html`);
    await sites.getByTestId('add-embed-origin').click();
    await expect.poll(() => sites.getByTestId('embed-origins').textContent()).toContain(allowedUrl);
    await sites.getByTestId('embed-snippet').scrollIntoViewIfNeeded();
    await screenshot(admin, 'embed-widget-admin-sites');
    await expectAccessible(admin, 'the institute’s embedding sites');
    snippet = await sites.getByTestId('embed-snippet').inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/institutes\/irst" title="[^"]+"/);

    // Inside the allowed site: the institute's listings, searchable without JavaScript, axe clean.
    const visitor = await journey.newPage(DESKTOP);
    journey.allowLayoutShift(visitor, FRAME_FIRST_LAYOUT);
    await visitor.goto(`${allowedUrl}/technology-transfer.html`);
    const frame = await widgetFrame(visitor);
    await frame.locator('li h2 a').first().waitFor();
    const titles = await frame.locator('li h2 a').allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    await expectFrameAccessible(frame);
    await screenshot(visitor, 'embed-widget-host-page');
    await frame.locator('#kind').selectOption('SERVICE');
    await frame.getByRole('button', { name: 'Search' }).click();
    await frame.waitForURL(/kind=SERVICE/);
    const kinds = await frame.locator('li .kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Service']));
    const link = frame.locator('li h2 a').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${baseUrl}/assets/`));

    // At phone width too.
    const phone = await journey.newPage(PHONE);
    journey.allowLayoutShift(phone, FRAME_FIRST_LAYOUT);
    await phone.goto(`${allowedUrl}/`);
    await (await widgetFrame(phone)).locator('li h2 a').first().waitFor();
    await screenshot(phone, 'embed-widget-host-page-phone');

    // Inside a site not on the list, Chromium refuses the frame: its document never gets the widget. (A context not
    // watched for CSP reports: this refusal is the point.)
    const context = await journey.browser.newContext({ viewport: DESKTOP });
    const refused = await context.newPage();
    const blocked = new Promise<string>((resolve) =>
      refused.on('console', (message) => {
        if (/frame-ancestors/.test(message.text())) resolve(message.text());
      }),
    );
    await refused.goto(`${otherUrl}/`);
    expect(await blocked).toContain('frame-ancestors');
    const refusedFrame = await widgetFrame(refused);
    expect(await refusedFrame.locator('li h2 a').count()).toBe(0);
    await screenshot(refused, 'embed-widget-refused');
    await context.close();

    // Opened on its own (in Italian, at phone width) the widget does not shift: the shift above is the framing's.
    const alone = await journey.newPage(PHONE);
    await alone.goto(`${baseUrl}/embed/institutes/irst?lang=it`);
    expect(await alone.locator('h1').textContent()).toMatch(/^Tecnologie e servizi di /);
    await expectAccessible(alone, 'the widget on its own, in Italian');
    await screenshot(alone, 'embed-widget-alone-it-phone');
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { journeyBrowser } from './support/journey.js';
import { describeShiftingPages, layoutShiftsOf, worstSessionWindow } from './support/layout-shift.js';

// The journeys' layout-shift check must be able to fail: tiny pages served by the browser itself, one that shifts,
// one that reserves the room, one that changes route in the browser, one that moves only in answer to a click.

const journey = journeyBrowser();
const ORIGIN = 'http://layout-shift.test';

/** A page of a heading and a 400 px block of text; `script` runs after it (no content security policy here). */
const html = (script: string) => `<!doctype html><html lang="en"><head><title>Layout shift</title>
<style>body { margin: 0; font: 16px sans-serif } #content { height: 400px; background: #eee }</style></head>
<body><h1>Layout shift</h1><div id="slot"></div><p id="content">Text the visitor is reading.</p>
<button id="more" type="button">More</button>
<script>${script}</script></body></html>`;

/** Inserts a 300 px block above the text after 300 ms, into `#slot` (which may have reserved its room). */
const insertLater = `setTimeout(() => {
  const block = document.createElement('div');
  block.id = 'late-banner';
  block.style.height = '300px';
  block.textContent = 'Late banner';
  document.getElementById('slot').append(block);
  document.title = 'inserted';
}, 300);`;

const pages: Record<string, string> = {
  '/shifts': html(insertLater),
  '/reserves-room': html(`document.getElementById('slot').style.minHeight = '300px';${insertLater}`),
  '/route-change': html(`setTimeout(() => {
    history.pushState(null, '', '/route-change/next');
    setTimeout(() => { ${insertLater} }, 100);
  }, 100);`),
  '/after-click': html(`document.getElementById('more').addEventListener('click', () => {
    const block = document.createElement('div');
    block.style.height = '300px';
    document.getElementById('slot').append(block);
    document.title = 'inserted';
  });`),
};

async function open(path: string): Promise<Page> {
  const page = await journey.newPage(DESKTOP);
  journey.allowLayoutShift(page, 'the measurement test shifts its pages on purpose');
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: pages[new URL(route.request().url()).pathname.replace(/\/next$/, '')],
    }),
  );
  await page.goto(`${ORIGIN}${path}`);
  return page;
}

/** Waits past the late insertion and a second more, the end of its session window. */
const settle = (page: Page) => expect.poll(() => page.title()).toBe('inserted');

describe('layout shift measurement', () => {
  it('reports a block inserted above the text after 300 ms as a shift above 0.1, naming the page and what moved', async () => {
    const page = await open('/shifts');
    await settle(page);
    await page.waitForTimeout(200);
    const [shift] = await layoutShiftsOf(page);
    if (!shift) throw new Error('no shift measured');
    expect(shift.url).toBe(`${ORIGIN}/shifts`);
    expect(shift.cls).toBeGreaterThan(0.1);
    expect(shift.sources.join(' ')).toContain('p#content');
    const [failure] = describeShiftingPages([shift]);
    expect(failure).toContain(`${ORIGIN}/shifts shifts its layout by`);
    expect(failure).toContain('p#content');
  });

  it('reports about 0 for the same insertion into room reserved for it', async () => {
    const page = await open('/reserves-room');
    await settle(page);
    await page.waitForTimeout(200);
    const shifts = await layoutShiftsOf(page);
    expect(shifts.reduce((worst, shift) => Math.max(worst, shift.cls), 0)).toBeLessThan(0.001);
    expect(describeShiftingPages(shifts)).toEqual([]);
  });

  it('counts a shift after a client-side route change against the new address, not the page left', async () => {
    const page = await open('/route-change');
    await settle(page);
    await page.waitForTimeout(200);
    const shifts = await layoutShiftsOf(page);
    expect(shifts.map((shift) => shift.url)).toEqual([`${ORIGIN}/route-change/next`]);
    expect(shifts[0]?.cls).toBeGreaterThan(0.1);
    // A full navigation keeps what the page left shifted; a page that does not shift adds nothing.
    await page.goto(`${ORIGIN}/reserves-room`);
    await settle(page);
    expect((await layoutShiftsOf(page)).map((shift) => shift.url)).toEqual([`${ORIGIN}/route-change/next`]);
  });

  it('leaves out a shift that answers the visitor’s click', async () => {
    const page = await open('/after-click');
    await page.getByRole('button', { name: 'More' }).click();
    await settle(page);
    await page.waitForTimeout(200);
    expect(await layoutShiftsOf(page)).toEqual([]);
  });

  it('takes the worst session window: a gap of a second or a span of five starts a new one', () => {
    const shift = (startTime: number, value = 0.05) => ({ startTime, value, sources: [] });
    // Three 0.05 shifts 900 ms apart are one window (0.15); 1 s apart, three windows (0.05 each).
    expect(worstSessionWindow([shift(0), shift(900), shift(1800)]).cls).toBeCloseTo(0.15);
    expect(worstSessionWindow([shift(0), shift(1000), shift(2000)]).cls).toBeCloseTo(0.05);
    // Every 900 ms for 9 s: windows are capped at 5 s, so six shifts (0 to 4.5 s), not ten.
    const steady = Array.from({ length: 10 }, (_, index) => shift(index * 900));
    expect(worstSessionWindow(steady).cls).toBeCloseTo(0.3);
  });
});

import type { BrowserContext, Page } from 'playwright-core';

// Cumulative Layout Shift per page a journey visits, measured the way the CLS metric is: 'layout-shift' entries
// without recent input, grouped into session windows (a new window after a 1 s gap or once a window spans 5 s), the
// worst window counts. A client-side route change (history.pushState/replaceState/popstate to another address)
// starts a new page, as a full navigation does. The page reports each entry as it is observed (a binding into
// this process), so what a page shifted is known even after the journey has left it.

/** What Web Vitals calls "good". */
export const LAYOUT_SHIFT_BUDGET = 0.1;

export interface LayoutShiftEntry {
  value: number;
  startTime: number;
  /** The elements that moved, described (tag#id.class[data-testid] "text…"). */
  sources: string[];
}

export interface PageVisit {
  url: string;
  entries: LayoutShiftEntry[];
}

export interface PageLayoutShift {
  url: string;
  /** The worst session window's total. */
  cls: number;
  /** The worst window's shifting elements, most shifted first. */
  sources: string[];
}

const BINDING = '__ttLayoutShift';

interface Report {
  /** The document's own id and the visit's number in it: a page visit. */
  visit: string;
  url: string;
  entries: LayoutShiftEntry[];
}

/** Runs in every document before its own scripts. */
function observeLayoutShifts(binding: string) {
  if (typeof PerformanceObserver === 'undefined') return;
  const report = (report: unknown) =>
    (window as unknown as Record<string, ((report: unknown) => void) | undefined>)[binding]?.(report);
  const documentId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const addressOf = () => location.href.split('#')[0] ?? location.href;
  // Each visit: its address and when it started on the document's clock; entries go to the visit they fell in.
  const visits = [{ url: addressOf(), start: 0 }];
  const describe = (node: Node | null): string => {
    if (!node) return '(removed node)';
    if (!(node instanceof Element)) return node.parentElement ? describe(node.parentElement) : node.nodeName;
    let name = node.tagName.toLowerCase();
    if (node.id) name += `#${node.id}`;
    const classes = typeof node.className === 'string' ? node.className.trim().split(/\s+/).filter(Boolean) : [];
    if (classes.length) name += `.${classes.slice(0, 3).join('.')}`;
    const testId = node.getAttribute('data-testid');
    if (testId) name += `[data-testid=${testId}]`;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) name += ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
    return name;
  };
  type Rect = { x: number; y: number; width: number; height: number };
  type Source = { node: Node | null; previousRect: Rect; currentRect: Rect };
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] };
  const box = (rect: Rect) =>
    `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
  const send = (entries: PerformanceEntryList) => {
    const byVisit = new Map<number, { value: number; startTime: number; sources: string[] }[]>();
    for (const entry of entries as Shift[]) {
      if (entry.hadRecentInput) continue;
      let visit = visits.length - 1;
      while (visit > 0 && (visits[visit]?.start ?? 0) > entry.startTime) visit--;
      const list = byVisit.get(visit) ?? [];
      list.push({
        value: entry.value,
        startTime: entry.startTime,
        sources: (entry.sources ?? []).map(
          (source) => `${describe(source.node)} (${box(source.previousRect)} → ${box(source.currentRect)})`,
        ),
      });
      byVisit.set(visit, list);
    }
    for (const [visit, list] of byVisit) {
      report({ visit: `${documentId}/${visit}`, url: visits[visit]?.url ?? addressOf(), entries: list });
    }
  };
  const observer = new PerformanceObserver((list) => send(list.getEntries()));
  try {
    observer.observe({ type: 'layout-shift', buffered: true });
  } catch {
    return;
  }
  const routeChanged = () => {
    // Entries observed but not yet delivered belong to the page being left.
    send(observer.takeRecords());
    const url = addressOf();
    if (url !== visits[visits.length - 1]?.url) visits.push({ url, start: performance.now() });
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      routeChanged();
      return result;
    };
  }
  addEventListener('popstate', routeChanged);
  addEventListener('pagehide', () => send(observer.takeRecords()));
  (window as unknown as Record<string, () => void>)[`${binding}Flush`] = () => send(observer.takeRecords());
}

/** Session windows as the CLS metric draws them; the worst one. */
export function worstSessionWindow(entries: LayoutShiftEntry[]): { cls: number; entries: LayoutShiftEntry[] } {
  const sorted = [...entries].sort((a, b) => a.startTime - b.startTime);
  let worst: { cls: number; entries: LayoutShiftEntry[] } = { cls: 0, entries: [] };
  let window: LayoutShiftEntry[] = [];
  let total = 0;
  for (const entry of sorted) {
    const first = window[0];
    const last = window[window.length - 1];
    if (first && last && (entry.startTime - last.startTime >= 1000 || entry.startTime - first.startTime >= 5000)) {
      window = [];
      total = 0;
    }
    window.push(entry);
    total += entry.value;
    if (total > worst.cls) worst = { cls: total, entries: [...window] };
  }
  return worst;
}

const visitsByPage = new WeakMap<Page, Map<string, PageVisit>>();
const pagesOfContext = new WeakMap<BrowserContext, Page[]>();

/** Measures the layout shift of every page opened in the context; call before the context opens a page. */
export async function measureLayoutShift(context: BrowserContext): Promise<void> {
  const pages: Page[] = [];
  pagesOfContext.set(context, pages);
  context.on('page', (page) => {
    pages.push(page);
    // What the page observed but had not delivered is read before the tab closes.
    const close = page.close.bind(page);
    page.close = async (options) => {
      await flush(page);
      return close(options);
    };
  });
  const close = context.close.bind(context);
  context.close = async (options) => {
    for (const page of pages) await flush(page);
    return close(options);
  };
  await context.exposeBinding(BINDING, ({ page }, report: Report) => {
    if (!page) return;
    const visits = visitsByPage.get(page) ?? new Map<string, PageVisit>();
    visitsByPage.set(page, visits);
    const visit = visits.get(report.visit) ?? { url: report.url, entries: [] };
    visit.entries.push(...report.entries);
    visits.set(report.visit, visit);
  });
  await context.addInitScript(observeLayoutShifts, BINDING);
}

/** Delivers what the page has observed and not yet reported. */
async function flush(page: Page) {
  if (page.isClosed()) return;
  await page
    .evaluate((name) => (window as unknown as Record<string, (() => void) | undefined>)[name]?.(), `${BINDING}Flush`)
    .catch(() => undefined);
  // The binding's calls arrive after the evaluation's answer: one more round trip lets them land.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))).catch(() => undefined);
}

/** The pages opened in the measured contexts. */
export function measuredPages(context: BrowserContext): Page[] {
  return pagesOfContext.get(context) ?? [];
}

/**
 * Every page the tab has shown so far and its CLS; what the current page has observed but not yet delivered is
 * read first.
 */
export async function layoutShiftsOf(page: Page): Promise<PageLayoutShift[]> {
  await flush(page);
  return [...(visitsByPage.get(page)?.values() ?? [])].map((visit) => {
    const worst = worstSessionWindow(visit.entries);
    const shiftBySource = new Map<string, number>();
    for (const entry of worst.entries) {
      for (const source of entry.sources) shiftBySource.set(source, (shiftBySource.get(source) ?? 0) + entry.value);
    }
    const sources = [...shiftBySource].sort((a, b) => b[1] - a[1]).map(([source]) => source);
    return { url: visit.url, cls: worst.cls, sources };
  });
}

/** The pages above the budget, described for a failure message (empty when none is). */
export function describeShiftingPages(shifts: PageLayoutShift[], budget = LAYOUT_SHIFT_BUDGET): string[] {
  return shifts
    .filter((shift) => shift.cls > budget)
    .map(
      (shift) =>
        `${shift.url} shifts its layout by ${shift.cls.toFixed(3)} (budget ${budget}); moved: ${shift.sources.slice(0, 5).join('; ') || '(no source reported)'}`,
    );
}

import type { Page } from 'playwright-core';

/**
 * The text a visitor gets from the page in the page's own language, a line per block as `innerText`
 * breaks it: visible text, the options of its selects, the labels and hints of its elements
 * (aria-label, title, placeholder, alt…), a button input's value, the document's title and
 * description. An element whose `lang` says another language is left out with everything in it.
 */
export async function pageTextInItsLanguage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang.toLowerCase();
    // Only a language named is another: `lang=""` says "unknown", which is no licence for English.
    const otherLanguage = (element: Element) => {
      const primary = element.getAttribute('lang')?.trim().toLowerCase().split('-')[0];
      return !!primary && primary !== pageLanguage;
    };
    const hints = [
      'aria-label',
      'aria-description',
      'aria-roledescription',
      'aria-valuetext',
      'title',
      'placeholder',
      'alt',
    ];
    const lines: string[] = [];
    /** The texts of the elements marked as another language: the document's title may repeat one. */
    const marked: string[] = [];
    let line = '';
    const add = (text: string | null | undefined) => {
      const clean = (text ?? '').replace(/\s+/g, ' ').trim();
      if (clean) lines.push(clean);
    };
    const endLine = () => {
      add(line);
      line = '';
    };

    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        line += node.textContent ?? '';
        return;
      }
      if (!(node instanceof HTMLElement || node instanceof SVGElement)) return;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      if (otherLanguage(node)) {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) marked.push(text);
        line += ' ';
        return;
      }
      const display = getComputedStyle(node).display;
      // An element with `display: contents` has no box of its own, so it is never "visible": its children may be.
      if (display !== 'contents' && !node.checkVisibility({ visibilityProperty: true })) return;
      for (const hint of hints) {
        const value = node.getAttribute(hint);
        if (value) add(`[${hint}] ${value}`);
      }
      if (node instanceof HTMLSelectElement) {
        endLine();
        for (const option of node.options) if (!otherLanguage(option)) add(option.text);
        return;
      }
      if (node instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(node.type)) add(node.value);
      const block = node.tagName === 'BR' || !(display.startsWith('inline') || display === 'contents');
      if (block) endLine();
      for (const child of node.childNodes) visit(child);
      if (block) endLine();
    };

    visit(document.body);
    endLine();
    // A <title> cannot say its language: what it repeats of a text the page marks as another language (a
    // listing's or a disclosure's title as written) is left out, the rest of it is checked.
    let title = document.title;
    for (const text of marked) title = title.split(text).join(' ');
    add(`<title> ${title}`);
    const description = document.querySelector('meta[name="description"]');
    if (description && !otherLanguage(description)) add(`<meta description> ${description.getAttribute('content')}`);
    return lines;
  });
}

import { DEFAULT_LANGUAGE, type Language } from './languages.js';

// The listings widget an institute puts on its own website (issue #14): a page of the marketplace, served by the
// API, framed by the sites the institute's office allowed (embed-origins.ts).

/** The widget's address on the marketplace: `/embed/institutes/<slug>`, `?lang=it` in Italian. */
export function embedWidgetPath(slug: string, language: Language = DEFAULT_LANGUAGE): string {
  const path = `/embed/institutes/${encodeURIComponent(slug)}`;
  return language === DEFAULT_LANGUAGE ? path : `${path}?lang=${language}`;
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What an institute copies into its website: an iframe with a title (for screen readers) and a size. */
export function embedSnippet(options: { publicUrl: string; slug: string; language: Language; title: string }): string {
  const src = `${options.publicUrl}${embedWidgetPath(options.slug, options.language)}`;
  return `<iframe src="${attribute(src)}" title="${attribute(options.title)}" width="100%" height="720" style="border:0;max-width:960px" loading="lazy"></iframe>`;
}

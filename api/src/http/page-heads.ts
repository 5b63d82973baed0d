import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@tt/shared/languages';
import { languagePath } from '@tt/shared/web-routes';
import { type StructuredData, scriptJson } from './structured-data.js';

// What a page's URL says about it before the app runs, written into index.html: the head (title, description,
// canonical URL, hreflang alternates, Open Graph and Twitter tags, JSON-LD) and, for a listing, its header as the
// first paint (React's createRoot replaces #root's children when it renders). Every URL is built from the
// configured public URL, never from the request.

/** The header of a listing's page as the app draws it (web/src/catalogue/asset-details.tsx), its texts as shown. */
export interface ListingFirstPaint {
  kind: 'INVENTION' | 'PROTOTYPE' | 'SERVICE';
  kindLabel: string;
  trlLabel: string;
  title: string;
  summary: string;
  /** The texts' language when it is not the page's (an English listing on an Italian page). */
  textLanguage: Language | null;
  offeredBy: string;
  institute: { name: string; city: string; path: string };
}

export interface PageHead {
  status: 200 | 301 | 404 | 410;
  /** A 301's target: the page's path now (a listing's former slug), without the language prefix. */
  movedTo?: string;
  /** The page's own title ('' : the site's name alone); the site's name is added after it. */
  title: string;
  description: string;
  /** The page's path and query in English (no language prefix): its canonical URL and alternates; null: none. */
  path: string | null;
  /** `noindex` for signed-in and not-found pages; absent: indexable. */
  robots?: string;
  ogType: 'website' | 'article';
  /** An absolute URL of the page's preview image; absent: none. */
  image?: string;
  structuredData: StructuredData[];
  firstPaint?: ListingFirstPaint;
}

export interface PageContext {
  language: Language;
  /** The configured public URL (an origin, no trailing slash). */
  publicUrl: string;
  siteName: string;
}

/** Open Graph's locales for the marketplace's languages. */
const OG_LOCALES: Record<Language, string> = { en: 'en_GB', it: 'it_IT' };

/** Text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );
}

/** The page's absolute URL in a language. */
export function pageUrl(context: Pick<PageContext, 'publicUrl'>, language: Language, path: string): string {
  return `${context.publicUrl}${languagePath(language, path)}`;
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
}

/** The tags the head gains, one a line. */
export function headTags(head: PageHead, context: PageContext): string[] {
  const { language } = context;
  const title = fullTitle(head, context);
  const tags = [meta('name', 'description', head.description)];
  if (head.robots) tags.push(meta('name', 'robots', head.robots));
  if (head.path !== null) {
    const url = pageUrl(context, language, head.path);
    tags.push(`<link rel="canonical" href="${escapeHtml(url)}" />`);
    for (const alternate of LANGUAGES) {
      tags.push(
        `<link rel="alternate" hreflang="${alternate}" href="${escapeHtml(pageUrl(context, alternate, head.path))}" />`,
      );
    }
    tags.push(
      `<link rel="alternate" hreflang="x-default" href="${escapeHtml(pageUrl(context, DEFAULT_LANGUAGE, head.path))}" />`,
    );
    tags.push(meta('property', 'og:url', url));
  }
  tags.push(
    meta('property', 'og:type', head.ogType),
    meta('property', 'og:site_name', context.siteName),
    meta('property', 'og:title', title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:locale', OG_LOCALES[language]),
    ...LANGUAGES.filter((other) => other !== language).map((other) =>
      meta('property', 'og:locale:alternate', OG_LOCALES[other]),
    ),
  );
  if (head.image) tags.push(meta('property', 'og:image', head.image));
  tags.push(
    meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', head.description),
  );
  if (head.image) tags.push(meta('name', 'twitter:image', head.image));
  for (const data of head.structuredData) {
    tags.push(`<script type="application/ld+json">${scriptJson(data)}</script>`);
  }
  return tags;
}

function fullTitle(head: PageHead, context: PageContext): string {
  return head.title ? `${head.title} · ${context.siteName}` : context.siteName;
}

/** A listing's header, as its page draws it, for the first paint: escaped, in the page's classes. */
export function firstPaintHtml(paint: ListingFirstPaint): string {
  const lang = paint.textLanguage ? ` lang="${paint.textLanguage}"` : '';
  const city = paint.institute.city ? `<span class="muted"> · ${escapeHtml(paint.institute.city)}</span>` : '';
  return [
    '<article class="asset-page"><div class="page-hero"><div class="container"><header class="asset-header">',
    `<div class="asset-header__badges"><span class="badge badge--kind badge--${paint.kind.toLowerCase()}">${escapeHtml(paint.kindLabel)}</span>`,
    `<span class="badge badge--trl">${escapeHtml(paint.trlLabel)}</span></div>`,
    `<h1 class="asset-header__title"${lang}>${escapeHtml(paint.title)}</h1>`,
    `<p class="asset-header__summary"${lang}>${escapeHtml(paint.summary)}</p>`,
    `<p class="asset-header__institute">${escapeHtml(paint.offeredBy)} `,
    `<a href="${escapeHtml(paint.institute.path)}">${escapeHtml(paint.institute.name)}</a>${city}</p>`,
    '</header></div></div></article>',
  ].join('');
}

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /\s*<meta name="description"[^>]*>/;
const ROOT = '<div id="root"></div>';

/** index.html (already in the page's language) with the page's head and first paint. */
export function renderPage(template: string, head: PageHead, context: PageContext): string {
  const tags = headTags(head, context).join('\n    ');
  const html = template
    .replace(DESCRIPTION, '')
    .replace(TITLE, () => `<title>${escapeHtml(fullTitle(head, context))}</title>\n    ${tags}`);
  const paint = head.firstPaint;
  return paint ? html.replace(ROOT, () => `<div id="root">${firstPaintHtml(paint)}</div>`) : html;
}

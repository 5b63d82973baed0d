import { createHash } from 'node:crypto';
import { AssetKind } from '@tt/shared/asset-enums';
import { embedWidgetPath } from '@tt/shared/embed-widget';
import { DEFAULT_LANGUAGE, type Language } from '@tt/shared/languages';
import { assetPath, institutePath, languagePath } from '@tt/shared/web-routes';
import { escapeHtml } from '../../http/page-heads.js';
import { mailMessages } from '../../mail/mail-messages.js';
import type { EmbedQuestion, EmbedWidgetData } from './embed-widget.service.js';

// The listings widget as one small HTML page (issue #14): no script, one inline style sheet (allowed by its hash in
// the page's CSP), a GET form that works without JavaScript, links that open the marketplace in a new tab. Its
// words are the API's (api/src/mail/locales, `embed.*`).

const SUMMARY_MAX = 240;

/** Kept short: the page stays far under its 15 kB budget. Colours pass WCAG AA on white. */
export const EMBED_STYLE = [
  'body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#fff}',
  'main{padding:12px}h1{font-size:1.15rem;margin:0 0 8px}h2{font-size:1rem;margin:0}',
  'form{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin-bottom:8px}',
  'label{display:block;font-size:.8rem;font-weight:600}',
  'input,select,button{font:inherit;padding:5px 8px;border:1px solid #6b7280;border-radius:4px;background:#fff;color:inherit}',
  'button{background:#0b5394;border-color:#0b5394;color:#fff;cursor:pointer}',
  'a{color:#0b5394}a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible{outline:2px solid #b45309;outline-offset:2px}',
  'ul{list-style:none;margin:0;padding:0}li{padding:10px 0;border-top:1px solid #d1d5db}',
  'li p{margin:4px 0 0}.kind{font-size:.8rem;color:#4b5563;text-transform:uppercase;letter-spacing:.03em}',
  'nav{display:flex;gap:16px;margin-top:8px}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}',
  'footer{margin-top:12px;font-size:.85rem;color:#4b5563}',
].join('');

/** The style sheet's CSP source: `'sha256-…'`. */
export const EMBED_STYLE_SOURCE = `'sha256-${createHash('sha256').update(EMBED_STYLE).digest('base64')}'`;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SUMMARY_MAX) return flat;
  const cut = flat.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 160 ? cut.lastIndexOf(' ') : SUMMARY_MAX)}…`;
}

/** The widget's own address with these parameters (relative: the frame stays on the marketplace). */
function widgetHref(slug: string, language: Language, question: EmbedQuestion, after: string | null): string {
  const params = new URLSearchParams();
  if (language !== DEFAULT_LANGUAGE) params.set('lang', language);
  if (question.query) params.set('q', question.query);
  if (question.kind) params.set('kind', question.kind);
  if (question.sector) params.set('sector', question.sector);
  if (after) params.set('after', after);
  const query = params.toString();
  return `${embedWidgetPath(slug)}${query ? `?${query}` : ''}`;
}

export function renderEmbedWidget(data: EmbedWidgetData, language: Language, publicUrl: string): string {
  const say = mailMessages(language);
  const t = (id: string, values?: Record<string, unknown>) => escapeHtml(say(id, values));
  const { institute, question } = data;
  const pageUrl = (path: string) => escapeHtml(`${publicUrl}${languagePath(language, path)}`);
  const newTab = `<span class="sr"> ${t('embed.newTab')}</span>`;
  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const kinds = Object.values(AssetKind)
    .map((kind) => option(kind, say(`head.kind.${kind}`), question.kind === kind))
    .join('');
  const sectors = data.sectors
    .map((sector) => option(sector.slug, sector.label, question.sector === sector.slug))
    .join('');
  const items = data.listings
    .map((listing) => {
      const lang = listing.textLanguage === language ? '' : ` lang="${listing.textLanguage}"`;
      return `<li${lang}><h2><a href="${pageUrl(assetPath(listing.slug))}" target="_blank" rel="noopener">${escapeHtml(listing.title)}${newTab}</a></h2><p class="kind">${t(`head.kind.${listing.kind}`)}</p><p>${escapeHtml(shorten(listing.summary))}</p></li>`;
    })
    .join('');
  const filtered = Boolean(question.query || question.kind || question.sector);
  const results = data.listings.length
    ? `<ul>${items}</ul>`
    : `<p>${t(filtered ? 'embed.noMatches' : 'embed.noListings')}</p>`;
  const pages = [
    question.after
      ? `<a href="${escapeHtml(widgetHref(institute.slug, language, question, null))}">${t('embed.firstPage')}</a>`
      : '',
    data.nextCursor
      ? `<a href="${escapeHtml(widgetHref(institute.slug, language, question, data.nextCursor))}" rel="next">${t('embed.nextPage')}</a>`
      : '',
  ].join('');
  const hidden = language === DEFAULT_LANGUAGE ? '' : `<input type="hidden" name="lang" value="${language}">`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${t('embed.title', { institute: institute.name })}</title>
<style>${EMBED_STYLE}</style></head>
<body><main>
<h1>${t('embed.heading', { institute: institute.name })}</h1>
<form method="get" action="${escapeHtml(embedWidgetPath(institute.slug))}" role="search" aria-label="${t('embed.searchLabel')}">${hidden}
<div><label for="q">${t('embed.query')}</label><input id="q" name="q" type="search" maxlength="200" value="${escapeHtml(question.query)}"></div>
<div><label for="kind">${t('embed.kind')}</label><select id="kind" name="kind">${option('', say('embed.allKinds'), !question.kind)}${kinds}</select></div>
${sectors ? `<div><label for="sector">${t('embed.sector')}</label><select id="sector" name="sector">${option('', say('embed.allSectors'), !question.sector)}${sectors}</select></div>` : ''}
<button type="submit">${t('embed.search')}</button>
</form>
<p role="status">${t('embed.count', { count: data.total })}</p>
${results}
${pages ? `<nav aria-label="${t('embed.pages')}">${pages}</nav>` : ''}
<footer><a href="${pageUrl(institutePath(institute.slug))}" target="_blank" rel="noopener">${t('embed.allOnMarketplace', { institute: institute.shortName })}${newTab}</a></footer>
</main></body></html>
`;
}

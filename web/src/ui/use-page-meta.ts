import { useEffect } from 'react';
import { t } from '../i18n/i18n';

/**
 * Sets the document title ("<page> · TT Marketplace") and the meta description of the page; a page
 * without a description of its own gets the marketplace's, in the page's language, never the one
 * index.html carries (English) or the previous page's. A record's description shown as written says its language.
 */
export function usePageMeta(
  title: string,
  description: string = t('app.metaDescription'),
  /** The description's `lang` when it is a record's text in the other language than the page's. */
  descriptionLang?: string,
): void {
  useEffect(() => {
    const appName = t('app.name');
    document.title = title ? `${title} · ${appName}` : appName;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description;
    if (descriptionLang) meta.setAttribute('lang', descriptionLang);
    else meta.removeAttribute('lang');
  }, [title, description, descriptionLang]);
}

/** A description for the meta tag: one line, at most about 160 characters. */
export function metaDescription(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

import { DEFAULT_LANGUAGE, LANGUAGES } from '@tt/shared/languages';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { pathInLocale } from '../i18n/locale-path';

/**
 * `<link rel="alternate" hreflang>` for the page in each language, and x-default (the unprefixed URL,
 * which negotiates), so search engines index both versions and send each visitor to theirs.
 */
export function useLanguageAlternates(): void {
  const { pathname, search } = useLocation();
  useEffect(() => {
    const hrefOf = (language: string) => `${window.location.origin}${pathInLocale(language, pathname)}${search}`;
    const alternates: [string, string][] = [
      ...LANGUAGES.map((language): [string, string] => [language, hrefOf(language)]),
      ['x-default', hrefOf(DEFAULT_LANGUAGE)],
    ];
    for (const [hreflang, href] of alternates) {
      let link = document.head.querySelector<HTMLLinkElement>(`link[rel="alternate"][hreflang="${hreflang}"]`);
      if (!link) {
        link = document.createElement('link');
        link.rel = 'alternate';
        link.hreflang = hreflang;
        document.head.append(link);
      }
      link.href = href;
    }
  }, [pathname, search]);
}

import { LANGUAGES, type Language } from '@tt/shared/languages';
import type { MouseEvent } from 'react';
import { useLocation } from 'react-router';
import { getLocale, t } from '../i18n/i18n';
import { chooseLocale } from '../i18n/locale-choice';
import { pathInLocale } from '../i18n/locale-path';

/**
 * Each language by its own name, as its speakers look for it whatever the page's language: the links'
 * title (their description; their name stays the visible EN, IT, read in that language by `lang`).
 */
const NAMES: Record<Language, string> = { en: 'English', it: 'Italiano' };

/**
 * EN | IT: links to this page in each language (a full page load, which starts in that language).
 * Following one remembers the choice (locale-choice.ts) first.
 */
export function LanguageSwitch() {
  const { pathname, search, hash } = useLocation();
  const current = getLocale();

  function follow(event: MouseEvent<HTMLAnchorElement>, language: Language) {
    // A new tab or window: the browser does it, and the choice is made there.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const href = event.currentTarget.href;
    chooseLocale(language).then(() => window.location.assign(href));
  }

  return (
    <nav className="language-switch" aria-label={t('layout.language.label')} data-testid="language-switch">
      <ul className="language-switch__list">
        {LANGUAGES.map((language) => (
          <li key={language} className={language === current ? 'is-current' : undefined}>
            <a
              className="language-switch__link"
              href={`${pathInLocale(language, pathname)}${search}${hash}`}
              hrefLang={language}
              lang={language}
              title={NAMES[language]}
              aria-current={language === current ? 'true' : undefined}
              onClick={(event) => follow(event, language)}
              data-testid={`language-${language}`}
            >
              {language.toUpperCase()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

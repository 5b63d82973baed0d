import { readFileSync } from 'node:fs';
import { type I18n, setupI18n } from '@lingui/core';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { LANGUAGES, type Language } from '@tt/shared/languages';
import PO from 'pofile';

// The e-mails' words, in every language of the marketplace: gettext PO catalogues (locales/<language>.po, ICU
// MessageFormat with explicit ids, what translators' tools open), read and compiled once when the API starts,
// with Lingui's runtime to fill in values, plurals included. The catalogues sit in src/ for the built API too
// (the release is the whole directory): two levels up from this file, in src/ or dist/, is the package.

const LOCALES = new URL('../../src/mail/locales/', import.meta.url);

/** A message's id and source in one catalogue. */
export type MailCatalogue = ReadonlyMap<string, string>;

/** The messages of a PO catalogue by id; empty translations count as missing. */
export function parseCatalogue(text: string): MailCatalogue {
  const po = PO.parse(text);
  return new Map(
    po.items.filter((item) => !item.obsolete && item.msgstr[0]).map((item) => [item.msgid, item.msgstr[0] ?? '']),
  );
}

export function readCatalogue(language: Language): MailCatalogue {
  return parseCatalogue(readFileSync(new URL(`${language}.po`, LOCALES), 'utf8'));
}

/** What makes a set of catalogues unusable: an id missing in one language, or a message ICU cannot read. */
export function catalogueProblems(catalogues: Readonly<Record<Language, MailCatalogue>>): string[] {
  const problems: string[] = [];
  const ids = new Set(LANGUAGES.flatMap((language) => [...catalogues[language].keys()]));
  for (const id of ids) {
    for (const language of LANGUAGES) {
      const message = catalogues[language].get(id);
      if (message === undefined) {
        problems.push(`${language}: no message "${id}"`);
        continue;
      }
      try {
        compileMessageOrThrow(message);
      } catch (error) {
        problems.push(`${language}: "${id}" is not ICU MessageFormat: ${String(error)}`);
      }
    }
  }
  return problems;
}

function load(): Record<Language, I18n> {
  const catalogues = Object.fromEntries(LANGUAGES.map((language) => [language, readCatalogue(language)])) as Record<
    Language,
    MailCatalogue
  >;
  const problems = catalogueProblems(catalogues);
  if (problems.length) throw new Error(`The e-mail catalogues are not usable:\n${problems.join('\n')}`);
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      // Compiled here, once: Lingui's runtime then only fills them in.
      const messages = Object.fromEntries(
        [...catalogues[language]].map(([id, text]) => [id, compileMessageOrThrow(text)]),
      );
      return [language, setupI18n({ locale: language, messages: { [language]: messages } })];
    }),
  ) as Record<Language, I18n>;
}

let loaded: Record<Language, I18n> | undefined;

/** Reads and checks the catalogues now (the API's start calls it, so that a broken one stops it there). */
export function loadMailMessages(): void {
  loaded ??= load();
}

/** The words of the e-mails in one language: `say(id, values)`, plurals and all. */
export function mailMessages(language: Language): (id: string, values?: Record<string, unknown>) => string {
  loaded ??= load();
  const i18n = loaded[language];
  return (id, values) => i18n._(id, values);
}

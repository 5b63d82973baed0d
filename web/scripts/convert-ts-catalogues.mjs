// Converts the former TypeScript message catalogues (src/i18n/locales/<code>.ts and
// locales/members/<code>.ts: `{name}` placeholders, plural objects chosen by `count`) into the PO
// files of lingui.config.ts, in ICU MessageFormat. Re-runnable: a PO file's messages are updated
// from the TS file of the same language and part, and the messages the PO file has beyond it are
// kept. Then lines every catalogue up on English (sync-catalogues.mjs). Every converted message is
// checked to render exactly as the former `t()` rendered it.
//   node web/scripts/convert-ts-catalogues.mjs [--delete]   (--delete: remove the TS files converted)
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { locales, parts, readCatalogue, relative, renderCatalogue, sourceLocale } from './catalogues.mjs';
import { syncCatalogues } from './sync-catalogues.mjs';

const PLACEHOLDER = /\{(\w+)\}/g;
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Literal text for ICU: an apostrophe that would start a quotation is doubled, `#` is quoted in plural forms. */
function literal(text, inPlural) {
  if (/[{}]/.test(text)) throw new Error(`a brace that is not a placeholder in "${text}"`);
  const escaped = text.replace(/'(?=[{}#|'])/g, "''").replace(/'$/, "''");
  return inPlural ? escaped.replace(/#/g, "'#'") : escaped;
}

/** `{name}` placeholders stay; inside plural forms, `{count}` becomes `#` (the count in the locale's format). */
function icuText(text, inPlural) {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    out += literal(text.slice(last, match.index), inPlural);
    out += inPlural && match[1] === 'count' ? '#' : match[0];
    last = match.index + match[0].length;
  }
  return out + literal(text.slice(last), inPlural);
}

export function toIcu(message) {
  if (typeof message === 'string') return icuText(message, false);
  const forms = Object.keys(message).sort((a, b) => PLURAL_CATEGORIES.indexOf(a) - PLURAL_CATEGORIES.indexOf(b));
  if (!forms.includes('other')) throw new Error(`a plural message without "other": ${JSON.stringify(message)}`);
  return `{count, plural, ${forms.map((form) => `${form} {${icuText(message[form], true)}}`).join(' ')}}`;
}

/** The former `t()`: plural form from `count`, `{name}` filled, numbers in the locale's format. */
function formerRender(locale, message, params) {
  const text =
    typeof message === 'string'
      ? message
      : (message[new Intl.PluralRules(locale).select(Number(params.count))] ?? message.other);
  return text.replace(PLACEHOLDER, (placeholder, name) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/** Renders the ICU message as the runtime does (src/i18n/i18n.ts passes numbers formatted, plural counts as numbers). */
function icuRender(locale, icu, params) {
  const i18n = setupI18n({ locale, messages: { [locale]: { id: compileMessage(icu) } } });
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) =>
      typeof value === 'number' && !icu.includes(`{${name}, plural`)
        ? [name, new Intl.NumberFormat(locale).format(value)]
        : [name, value],
    ),
  );
  return i18n._('id', values);
}

function checkConversion(locale, id, message, icu) {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1])));
  for (const count of [0, 1, 2, 5, 1200]) {
    const params = Object.fromEntries([...names].map((name) => [name, name === 'count' ? count : `<${name}>`]));
    if (typeof message !== 'string') params.count = count;
    const before = formerRender(locale, message, params);
    const after = icuRender(locale, icu, params);
    if (before !== after) throw new Error(`${locale} ${id}: "${before}" became "${after}" (ICU: ${icu})`);
    if (typeof message === 'string' && !names.has('count')) break;
  }
}

/** The TS catalogues present: [{ locale, part, file }], English first. */
function tsCatalogues() {
  const found = [];
  for (const part of parts) {
    const dir = path.dirname(part.file(sourceLocale));
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const match = /^([a-z]{2,3})\.ts$/.exec(name);
      if (match) found.push({ locale: match[1], part, file: path.join(dir, name) });
    }
  }
  const rank = (locale) => (locale === sourceLocale ? -1 : locales.indexOf(locale));
  return found.sort((a, b) => rank(a.locale) - rank(b.locale));
}

/**
 * The default export of a TS catalogue. Its imports are dropped (types only: `satisfies CoreMessages`),
 * so it is evaluated alone, without the app's modules.
 */
async function messagesOf(file) {
  const source = readFileSync(file, 'utf8').replace(/^import\s[^;]*;\s*$/gm, '');
  const code = stripTypeScriptTypes(source, { mode: 'strip' });
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
}

async function convert({ remove }) {
  const sources = tsCatalogues();
  if (sources.length === 0) console.log('No TS catalogues to convert.');
  for (const { locale, part, file } of sources) {
    if (!locales.includes(locale))
      throw new Error(`${relative(file)}: "${locale}" is not a locale of lingui.config.ts`);
    const messages = await messagesOf(file);
    const poFile = part.file(locale);
    const catalogue = readCatalogue(poFile);
    for (const [id, message] of Object.entries(messages)) {
      const icu = toIcu(message);
      checkConversion(locale, id, message, icu);
      catalogue[id] = { ...catalogue[id], translation: icu };
      // An ID lives in one part: out of the other part's file of this language.
      for (const other of parts.filter((p) => p !== part)) {
        const otherCatalogue = readCatalogue(other.file(locale));
        if (id in otherCatalogue) {
          delete otherCatalogue[id];
          writeFileSync(other.file(locale), renderCatalogue(other.file(locale), locale, otherCatalogue));
        }
      }
    }
    writeFileSync(poFile, renderCatalogue(poFile, locale, catalogue));
    console.log(`${relative(file)} → ${relative(poFile)}: ${Object.keys(messages).length} messages`);
  }
  const written = syncCatalogues();
  console.log(written.length > 0 ? `Lined up: ${written.join(', ')}` : 'The catalogues were lined up already.');
  if (remove) {
    for (const { file } of sources) rmSync(file);
    if (sources.length > 0) console.log(`Removed ${sources.map(({ file }) => relative(file)).join(', ')}`);
  }
}

await convert({ remove: process.argv.includes('--delete') });

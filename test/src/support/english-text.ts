import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './server-process.js';

// Finds English left on a page that should be Italian, two ways: (i) any English text of the web's
// own catalogues (the PO files) whose Italian is different, and (ii) English function words, which an
// Italian sentence never has. Both look only at text the page does not mark as another language (see
// page-text.ts): English user content or an untranslated listing is fine where its markup says
// `lang="en"`, and nowhere else.

const localesDir = path.join(repoRoot, 'web', 'src', 'i18n', 'locales');

/** The messages of one language, both parts: id → ICU text. */
export function readMessages(locale: string): Map<string, string> {
  const messages = new Map<string, string>();
  for (const file of [path.join(localesDir, `${locale}.po`), path.join(localesDir, 'members', `${locale}.po`)]) {
    let id: string | undefined;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const entry = /^(msgid|msgstr) "(.*)"$/.exec(line);
      if (!entry) continue;
      const text = entry[2]!.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
      if (entry[1] === 'msgid') id = text;
      else if (id) messages.set(id, text);
    }
  }
  return messages;
}

/**
 * The literal runs of an ICU message: the text between its arguments, and that of each form of a
 * plural or select ("{count, plural, one {# result} other {# results}}" → "result", "results").
 */
export function literalRuns(message: string): string[] {
  const runs: string[] = [];
  parseMessage(message, 0, false, runs);
  return runs.map((run) => run.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Reads a message from `start` to its closing brace (or the end); returns that brace's index. */
function parseMessage(text: string, start: number, inPlural: boolean, runs: string[]): number {
  let run = '';
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '}') break;
    if (c === '{') {
      runs.push(run);
      run = '';
      i = parseArgument(text, i + 1, inPlural, runs);
    } else if (c === '#' && inPlural) {
      runs.push(run);
      run = '';
      i += 1;
    } else if (c === "'" && text[i + 1] === "'") {
      run += "'";
      i += 2;
    } else {
      run += c;
      i += 1;
    }
  }
  runs.push(run);
  return i;
}

/** Reads an argument after its opening brace; returns the index after its closing brace. */
function parseArgument(text: string, start: number, inPlural: boolean, runs: string[]): number {
  const end = (from: number) => {
    let i = from;
    while (i < text.length && text[i] !== ',' && text[i] !== '}') i += 1;
    return i;
  };
  const nameEnd = end(start);
  if (text[nameEnd] !== ',') return nameEnd + 1;
  const typeEnd = end(nameEnd + 1);
  const type = text.slice(nameEnd + 1, typeEnd).trim();
  if (text[typeEnd] !== ',') return typeEnd + 1;
  if (type === 'plural' || type === 'selectordinal' || type === 'select') {
    // Forms: `key {message}` pairs ("one", "=0", "other"; "offset:1" reads as a key without a message).
    let i = typeEnd + 1;
    while (i < text.length) {
      while (/\s/.test(text[i] ?? '')) i += 1;
      if (text[i] === '}' || i >= text.length) return i + 1;
      while (i < text.length && text[i] !== '{' && text[i] !== '}' && !/\s/.test(text[i]!)) i += 1;
      while (/\s/.test(text[i] ?? '')) i += 1;
      if (text[i] === '{') i = parseMessage(text, i + 1, inPlural || type !== 'select', runs) + 1;
    }
    return i;
  }
  // number, date, time…: skip their style.
  let depth = 1;
  let i = typeEnd;
  while (i < text.length && depth > 0) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') depth -= 1;
    i += 1;
  }
  return i;
}

const words = (text: string) => text.match(/\p{L}+/gu) ?? [];
const trimNonLetters = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

export interface EnglishCatalogue {
  /** English runs of two words or more whose Italian is different (no Italian message contains them). */
  readonly phrases: readonly string[];
  /** English messages without arguments, single words too, that no Italian message is: a line that is one is untranslated. */
  readonly labels: ReadonlySet<string>;
  /** Every message ID: one shown as such is a message missing at run time. */
  readonly keys: ReadonlySet<string>;
}

export function readEnglishCatalogue(): EnglishCatalogue {
  const english = readMessages('en');
  const italianText = [...readMessages('it').values()].join('\n').toLowerCase();
  const italian = new Set([...readMessages('it').values()].map((message) => message.toLowerCase()));
  const phrases = new Set<string>();
  const labels = new Set<string>();
  for (const message of english.values()) {
    if (!message.includes('{') && /\p{L}{2}/u.test(message) && !italian.has(message.toLowerCase())) {
      labels.add(message.toLowerCase());
    }
    for (const run of literalRuns(message)) {
      const phrase = trimNonLetters(run);
      if (words(phrase).length >= 2 && !italianText.includes(phrase.toLowerCase())) phrases.add(phrase);
    }
  }
  return { phrases: [...phrases], labels, keys: new Set(english.keys()) };
}

/**
 * Words an Italian sentence does not use and nearly every English one does. Words Italian shares
 * ("a", "in", "no", "do", "so", "me", "per", "con") are left out, as are those of Italian's elisions.
 */
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'or',
  'your',
  'you',
  'with',
  'to',
  'of',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'this',
  'that',
  'these',
  'which',
  'what',
  'for',
  'from',
  'by',
  'on',
  'at',
  'an',
  'not',
  'has',
  'have',
  'will',
  'can',
  'our',
  'their',
  'its',
  'please',
  'after',
  'before',
  'during',
  'into',
  'beyond',
  'against',
  'between',
  'within',
  'without',
  'about',
  'than',
  'when',
  'where',
  'who',
  'how',
  'also',
  'only',
  'each',
  'such',
  'other',
  'any',
  'some',
  'we',
  'they',
  'those',
  'there',
  'here',
  'would',
  'should',
  'could',
  'may',
  'must',
  'does',
  'did',
  'yet',
  "it's",
  "don't",
  "can't",
  "isn't",
  "you're",
  "we'll",
  "you'll",
]);

/**
 * Proper nouns, product names and the like that contain English words and are written so in Italian
 * too: each is taken out of the text (whole words, case as written) before the checks. Keep it short,
 * and say why each is here.
 */
const ALLOWED_NAMES: readonly string[] = [
  // The search's operator for alternatives, which a visitor types as it is ("immunoterapia OR anticorpo").
  'OR',
  // The CD47 signal's name, quoted as it is in Italian oncology too (a listing: "un segnale «don't eat me»").
  "don't eat me",
  // Official names of European networks that accredit the institutes, never translated.
  'Organisation of European Cancer Institutes',
  'European Reference Network for rare adult solid cancers',
  'Biobanking and Biomolecular Resources Research Infrastructure',
  // The demo institutes' platforms go by these names in Italian text too ("la Genomics and Bioinformatics
  // Platform dell'INT"); written with capitals, so the lower-case labels of the platform kinds stay checked.
  'Genomics and Bioinformatics Platform',
  'Clinical Epidemiology and Biostatistics Unit',
  'Radiation Oncology and Medical Physics',
  'Radiotherapy and Medical Physics',
  'Animal Facility',
  'Bioscience Laboratory',
];
const allowedNames = ALLOWED_NAMES.map(
  (name) => new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'),
);

/** What looks English in `lines` (a page's Italian text), each finding with the line it is in. */
export function findEnglish(lines: readonly string[], catalogue: EnglishCatalogue): string[] {
  const found: string[] = [];
  const quote = (line: string) => (line.length > 160 ? `${line.slice(0, 157)}…` : line);
  for (const original of lines) {
    let line = original;
    for (const name of allowedNames) line = line.replace(name, ' ');
    // Addresses are no sentences: "info@the-lab.org", "https://www.irst.emr.it/…".
    line = line.replace(/\S+@\S+|https?:\/\/\S+|\bwww\.\S+/g, ' ');
    const lower = line.toLowerCase();
    // A line that is an English label ("Save", "Partners"…) without a word from the checks below.
    const bare = lower.replace(/^\[[a-z-]+\] |^<[a-z ]+> /, '').trim();
    if (catalogue.labels.has(bare)) found.push(`English message "${bare}" as the whole of: ${quote(original)}`);
    for (const phrase of catalogue.phrases) {
      // Whole words only: "Sign in" is not in "Sign inside".
      const wordAt = (at: number) => /[\p{L}\p{N}]/u.test(lower[at] ?? ' ');
      const needle = phrase.toLowerCase();
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        if (wordAt(at - 1) || wordAt(at + needle.length)) continue;
        found.push(`English message "${phrase}" in: ${quote(original)}`);
        break;
      }
    }
    // Hyphenated compounds are one word: Italian borrows "on-target", "point-of-care", "end-to-end" whole.
    const tokens = line.match(/[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu) ?? [];
    const englishWords = [...new Set(tokens.map((token) => token.toLowerCase().replace('’', "'")))].filter((word) =>
      ENGLISH_WORDS.has(word),
    );
    if (englishWords.length > 0) found.push(`English words (${englishWords.join(', ')}) in: ${quote(original)}`);
    for (const token of line.match(/\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+\b/g) ?? []) {
      if (catalogue.keys.has(token)) found.push(`message key "${token}" shown as such in: ${quote(original)}`);
    }
  }
  return found;
}

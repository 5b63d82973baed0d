import { demoInventionsItalian } from '@tt/db/seeds/demo/demo-assets-inventions-it';
import { demoPrototypesItalian } from '@tt/db/seeds/demo/demo-assets-prototypes-it';
import { demoServicesItalian } from '@tt/db/seeds/demo/demo-assets-services-it';
import { demoUnpublishedItalian } from '@tt/db/seeds/demo/demo-assets-unpublished-it';
import { demoCompaniesItalian } from '@tt/db/seeds/demo/demo-companies-it';
import { demoInstitutionsItalian } from '@tt/db/seeds/demo/demo-institutions-it';
import { describe, expect, it } from 'vitest';
import { findEnglish, literalRuns, readEnglishCatalogue, readMessages } from './support/english-text.js';

// The check of italian-pages.test.ts, on known text: what it must find, and what it must let be (the
// Italian interface and the Italian demo texts, whose loanwords and proper nouns are English).

const catalogue = readEnglishCatalogue();

/** Every string in a value, however nested. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('finding English on an Italian page', () => {
  it('reads the literal text of an ICU message, each form of a plural or select apart', () => {
    expect(literalRuns('{count, plural, one {# unread reply} other {# unread replies}}')).toEqual([
      'unread reply',
      'unread replies',
    ]);
    expect(
      literalRuns("Sent by {name} on {date, date, medium}. It''s {kind, select, a {one} other {another}}"),
    ).toEqual(['Sent by', 'on', ". It's", 'one', 'another']);
  });

  it('finds an English sentence, an English label, a message key shown as such', () => {
    expect(findEnglish(['Sign in to continue'], catalogue)).not.toEqual([]);
    expect(findEnglish(['The e-mail or the password is not correct.'], catalogue)).not.toEqual([]);
    expect(findEnglish(['Catalogue'], catalogue)).toEqual(['English message "catalogue" as the whole of: Catalogue']);
    expect(findEnglish(['Titolo: admin.metaTitle'], catalogue)).toEqual([
      'message key "admin.metaTitle" shown as such in: Titolo: admin.metaTitle',
    ]);
  });

  it('lets the Italian interface be: none of its messages is taken for English', () => {
    const italian = [...readMessages('it')].map(([id, message]) => ({
      id,
      found: findEnglish(literalRuns(message), catalogue),
    }));
    expect(italian.filter(({ found }) => found.length > 0)).toEqual([]);
  });

  it('lets the Italian demo texts be, English loanwords and proper nouns included', () => {
    const texts = strings([
      demoInventionsItalian,
      demoPrototypesItalian,
      demoServicesItalian,
      demoUnpublishedItalian,
      demoCompaniesItalian,
      demoInstitutionsItalian,
    ]);
    expect(texts.length).toBeGreaterThan(1000);
    expect(findEnglish(texts, catalogue)).toEqual([]);
  });
});

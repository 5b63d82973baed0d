import { describe, expect, it } from 'vitest';
import { Language } from './languages.js';
import { placeName } from './place-names.js';

describe('placeName', () => {
  it('names a place in Italian where an Italian name is stored, in English otherwise', () => {
    expect(placeName('Milan', 'Milano', Language.IT)).toBe('Milano');
    expect(placeName('Milan', 'Milano', Language.EN)).toBe('Milan');
  });

  it('keeps the English name in Italian where none is stored (the two agree)', () => {
    expect(placeName('Meldola', '', Language.IT)).toBe('Meldola');
  });
});

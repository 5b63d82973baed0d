import { describe, expect, it } from 'vitest';
import { dialablePhone, PHONE_MAX_LENGTH, phoneProblem } from './phone-number.js';

describe('phone numbers', () => {
  it('accepts numbers as people write them', () => {
    for (const phone of ['+39 0543 739100', '(02) 2390-1234', '0543.739.100', '+1 617 555 0100', '3471234567'])
      expect(phoneProblem(phone), phone).toBeNull();
  });

  it('refuses letters, too few or too many digits, and a plus anywhere but first', () => {
    for (const phone of ['call me', '12345', '+39 0543 ext 12', '39+0543739100', '1'.repeat(18), '-0543 739100'])
      expect(phoneProblem(phone), phone).toBe('PHONE_INVALID');
  });

  it('says a number longer than the limit is too long', () => {
    expect(phoneProblem(`+39 ${'0 '.repeat(PHONE_MAX_LENGTH)}`)).toBe('TEXT_TOO_LONG');
  });

  it('dials the digits, keeping an international prefix', () => {
    expect(dialablePhone('+39 (0543) 739-100')).toBe('+390543739100');
    expect(dialablePhone('02 2390 1234')).toBe('0223901234');
  });
});

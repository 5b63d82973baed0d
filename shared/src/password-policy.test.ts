import { describe, expect, it } from 'vitest';
import { isEmail, normalizeEmail, passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('refuses short, common and e-mail-derived passwords', () => {
    expect(passwordProblem('short')).toBe('TOO_SHORT');
    expect(passwordProblem('password123')).toBe('TOO_COMMON');
    expect(passwordProblem('QwertyUiop')).toBe('TOO_COMMON');
    expect(passwordProblem('aaaaaaaaaaaa')).toBe('TOO_COMMON');
    expect(passwordProblem('maria.rossi-2026!', 'maria.rossi@example.com')).toBe('CONTAINS_EMAIL');
    expect(passwordProblem('x'.repeat(201))).toBe('TOO_LONG');
  });

  it('accepts a decent passphrase', () => {
    expect(passwordProblem('tt-demo-2026')).toBeNull();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('normalizes and checks e-mail addresses', () => {
    expect(normalizeEmail('  Buyer@OncoPharm.Demo ')).toBe('buyer@oncopharm.demo');
    expect(isEmail('buyer@oncopharm.demo')).toBe(true);
    expect(isEmail('not an email')).toBe(false);
    expect(isEmail('a@b')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { newPasswordProblem, passwordStrength } from './password-field';

describe('new passwords', () => {
  it('follow the shared policy, in the user’s language', () => {
    expect(newPasswordProblem('')).toBe('Enter a password.');
    expect(newPasswordProblem('short')).toBe('Use at least 10 characters.');
    expect(newPasswordProblem('1234567890')).toBe('This password is too common; choose one that is hard to guess.');
    expect(newPasswordProblem('marta.rinaldi!2026', 'marta.rinaldi@biotech.example')).toBe(
      'The password must not contain your e-mail address.',
    );
    expect(newPasswordProblem('granite-harbour-42', 'marta@biotech.example')).toBeUndefined();
  });

  it('get a strength that grows with length and variety, and stays weak when refused', () => {
    expect(passwordStrength('')).toBe(0);
    expect(passwordStrength('abc')).toBe(1);
    expect(passwordStrength('password123')).toBe(1);
    expect(passwordStrength('granite-42x')).toBe(2);
    expect(passwordStrength('Granite-harbour-42')).toBe(4);
  });
});

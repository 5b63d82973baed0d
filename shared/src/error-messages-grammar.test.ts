// "The commercial applications is required." (issue #19): a required-field message agrees with its subject.
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from './error-messages.js';

/** Subjects that end in "s" but are singular (their head noun comes first). */
const SINGULAR_SUBJECTS = new Set(["benefit over today's alternatives", 'problem it solves']);

describe('required-field messages', () => {
  it('say "are" after a plural subject and "is" after a singular one', () => {
    const required = Object.entries(ERROR_MESSAGES).flatMap(([code, message]) => {
      const match = /^The (.+) (is|are) required\.$/.exec(message);
      return match ? [{ code, subject: match[1]!, verb: match[2]! }] : [];
    });
    expect(required.length).toBeGreaterThan(10);
    for (const { code, subject, verb } of required) {
      const plural = /s$/.test(subject) && !SINGULAR_SUBJECTS.has(subject);
      expect(verb, `${code}: "The ${subject} ${verb} required."`).toBe(plural ? 'are' : 'is');
    }
    expect(ERROR_MESSAGES.COMMERCIAL_APPLICATIONS_REQUIRED).toBe('The commercial applications are required.');
  });
});

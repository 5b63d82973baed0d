import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { failureMessage } from './form';

describe('failureMessage', () => {
  it('words a spent rate limit from its code, with its wait', () => {
    const message = 'Too many password-reset requests from this address; try again in 10 minutes.';
    const extensions = {
      code: 'TOO_MANY_RESETS_FROM_ADDRESS',
      category: 'TOO_MANY_REQUESTS',
      params: { retryAfter: 600 },
    };
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'in English', extensions }] });
    expect(failureMessage(error)).toBe(message);
  });

  it('says a signed-out session in its own words, and a malformed variable generically', () => {
    const signedOut = { code: 'UNAUTHENTICATED', category: 'UNAUTHENTICATED', params: {} };
    expect(failureMessage(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: signedOut }] }))).toBe(
      'Your session has ended. Sign in again to continue.',
    );
    const coercion = { code: 'BAD_USER_INPUT' };
    expect(
      failureMessage(new CombinedGraphQLErrors({ errors: [{ message: 'Variable "$first"…', extensions: coercion }] })),
    ).toBe('Something went wrong. Try again in a moment.');
  });

  it('keeps unexpected errors generic', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(failureMessage(error)).not.toContain('relation');
  });
});

import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { failureMessage } from './form';

describe('failureMessage', () => {
  it('shows a spent rate limit as the server words it, with its wait', () => {
    const message = 'Too many password-reset requests from this address; try again in 10 minutes.';
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: 600 } }],
    });
    expect(failureMessage(error)).toBe(message);
  });

  it('keeps unexpected errors generic', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(failureMessage(error)).not.toContain('relation');
  });
});

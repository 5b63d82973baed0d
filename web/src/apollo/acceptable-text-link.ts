import { ApolloLink } from '@apollo/client';
import { acceptableText } from '@tt/shared/text-rules';

function clean(value: unknown): unknown {
  if (typeof value === 'string') return acceptableText(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, clean(entry)]));
  }
  return value;
}

/**
 * Every text the app sends, cleaned once on its way out: the API refuses control characters, which a paste
 * from a word processor can bring (its line and page breaks become new lines here).
 */
export const acceptableTextLink = new ApolloLink((operation, forward) => {
  operation.variables = clean(operation.variables) as typeof operation.variables;
  return forward(operation);
});

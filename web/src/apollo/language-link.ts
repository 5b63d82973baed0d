import { ApolloLink } from '@apollo/client';
import { getLocale } from '../i18n/i18n';

/**
 * Every request says the language the page shows, exactly (`en`, `it`): the API writes in it what it sends on
 * the request's behalf (a sign-up's confirmation, an invitation) and starts a new account's setting from it.
 */
export const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, 'accept-language': getLocale() },
  }));
  return forward(operation);
});

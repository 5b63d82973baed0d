import { ApolloLink } from '@apollo/client';
import { getLocale } from '../i18n/i18n';

/**
 * Every request says the page's language, exactly "en" or "it" (not the browser's list): the API
 * answers in it, and keys its shared response cache on it.
 */
export const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, 'Accept-Language': getLocale() },
  }));
  return forward(operation);
});

import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { acceptableTextLink } from './acceptable-text-link';
import { createCache } from './cache';
import { languageLink } from './language-link';

/** The app's one client: GraphQL on the same origin, with the session cookie and the page's language. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      acceptableTextLink,
      languageLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: createCache(),
  });
}

import { ApolloClient, HttpLink } from '@apollo/client';
import { acceptableTextLink } from './acceptable-text-link';
import { createCache } from './cache';

/** The app's one client: GraphQL on the same origin, with the session cookie. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: acceptableTextLink.concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin' })),
    cache: createCache(),
  });
}

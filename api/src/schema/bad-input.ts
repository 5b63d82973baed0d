import { GraphQLError } from 'graphql';

/** An input the client can correct: reported as a GraphQL error with code BAD_USER_INPUT. */
export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

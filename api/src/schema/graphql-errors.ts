import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/domain-error.js';

// Services throw domain errors (errors/domain-error.ts); graphql-js wraps whatever a resolver throws in a
// GraphQLError whose originalError it is. Here, and only here, the domain error becomes what the client reads:
// its English message, and in `extensions` its stable `code`, its `category` (UNAUTHENTICATED, FORBIDDEN,
// BAD_USER_INPUT, TOO_MANY_REQUESTS, SERVICE_BUSY), the `argument` it concerns and the `params` its sentence
// names, from which clients word it in their reader's language.

/** The domain error behind an error a resolver threw (directly or through a service), if any. */
export function domainErrorOf(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** A domain error's part of the extensions a client reads. */
export function domainExtensions(error: DomainError): Record<string, unknown> {
  return {
    code: error.code,
    category: error.category,
    ...(error.argument ? { argument: error.argument } : {}),
    params: error.params,
  };
}

/**
 * The kind of failure a client reads: a domain error's category, else the GraphQL error's own code (graphql-js
 * and Apollo name theirs by kind already: GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT…).
 */
export function errorCategory(error: { extensions?: { readonly code?: unknown } }): unknown {
  return domainErrorOf(error)?.category ?? error.extensions?.code;
}

/** A formatted error as the client reads it: a domain error's code, category and parameters in its extensions. */
export function withDomainExtensions(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (!domain) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, ...domainExtensions(domain) } };
}

/** A GraphQL error as the client reads it (for paths that do not go through Apollo's formatting: WebSocket). */
export function withDomainCode(error: GraphQLError): GraphQLError {
  const domain = domainErrorOf(error);
  if (!domain) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, ...domainExtensions(domain) },
  });
}

/** A domain error as a GraphQL error of its own (refusals made before execution: WebSocket subscriptions). */
export function graphQLErrorOf(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: domainExtensions(error) });
}

import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/domain-error.js';

// Services throw domain errors (errors/domain-error.ts); graphql-js wraps whatever a resolver throws in a
// GraphQLError whose originalError it is. Here, and only here, the domain error becomes what the client reads:
// the same message, its code and parameters in `extensions`.

/** The domain error behind an error a resolver threw (directly or through a service), if any. */
export function domainErrorOf(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

function extensionsOf(error: DomainError): Record<string, unknown> {
  return { ...error.params, code: error.code };
}

/** The code the client will read for an error: the domain error's, else the GraphQL error's own. */
export function errorCode(error: { extensions?: { readonly code?: unknown } }): unknown {
  return domainErrorOf(error)?.code ?? error.extensions?.code;
}

/** A formatted error as the client reads it: a domain error's code and parameters added to its extensions. */
export function withDomainExtensions(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (!domain) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, ...extensionsOf(domain) } };
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
    extensions: { ...error.extensions, ...extensionsOf(domain) },
  });
}

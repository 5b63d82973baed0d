import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../context.js';
import { isStatementTimeout, SERVICE_BUSY, serviceBusy } from '../errors/service-busy.js';
import { CATALOGUE_LIMITS } from '../features/catalogue/catalogue-limits.js';
import { domainErrorOf, errorCategory, withDomainExtensions } from '../schema/graphql-errors.js';

// The kinds of failure that are the client's to act on (or the server shedding load), not bugs: a domain error's
// category, or graphql-js's and Apollo's own codes.
const EXPECTED_CATEGORIES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
  SERVICE_BUSY,
]);

function isExpected(category: unknown): boolean {
  return typeof category === 'string' && EXPECTED_CATEGORIES.has(category);
}

// graphql-js gives up on a request's variables after 50 bad ones with an error without a code: the input is
// still the client's to correct.
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

function categoryOf(error: { message: string; extensions?: { code?: unknown } }): unknown {
  return error.message.startsWith(TOO_MANY_VARIABLE_ERRORS) ? 'BAD_USER_INPUT' : errorCategory(error);
}

/** In production an unexpected error reaches the client as a generic message, without a stack trace. */
export function maskUnexpectedErrors(production: boolean, busyRetryAfterSeconds = CATALOGUE_LIMITS.retryAfterSeconds) {
  return (apollos: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    // A catalogue statement cancelled at its timeout: the catalogue is busy, not broken.
    if (isStatementTimeout(unwrapResolverError(error))) {
      const busy = serviceBusy('TIMEOUT', busyRetryAfterSeconds);
      const { path, locations } = apollos;
      return withDomainExtensions({ message: busy.message, path, locations }, busy);
    }
    // A domain error is a failure the service meant to report: always the client's to read.
    if (domainErrorOf(error)) return withDomainExtensions(apollos, error);
    const code = categoryOf(apollos);
    const formatted =
      code === apollos.extensions?.code ? apollos : { ...apollos, extensions: { ...apollos.extensions, code } };
    if (!production || isExpected(code)) return formatted;
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Unexpected errors are logged in full with the request's id (the request logger carries it). */
export function logUnexpectedErrors(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (isExpected(categoryOf(error)) || isStatementTimeout(unwrapResolverError(error))) continue;
            contextValue.logger.error(
              { err: unwrapResolverError(error), path: error.path, requestId: contextValue.requestId },
              'unexpected GraphQL error',
            );
          }
        },
      };
    },
  };
}

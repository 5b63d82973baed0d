import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestContext } from '../context.js';
import { isStatementTimeout, SERVICE_BUSY } from '../errors/service-busy.js';
import { domainErrorOf } from '../schema/graphql-errors.js';

function retryAfterOf(extensions: { params?: unknown } | undefined): unknown {
  return (extensions?.params as { retryAfter?: unknown } | undefined)?.retryAfter;
}

/**
 * Shed load is logged as a warning (a sign of load, not a bug), and an answer refused as a whole (every error
 * SERVICE_BUSY, no data) is HTTP 503 with Retry-After, which proxies, load balancers and clients understand.
 */
export function serviceBusyResponses(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const timeout = isStatementTimeout(unwrapResolverError(error));
            const busy = domainErrorOf(error);
            if (!timeout && busy?.category !== SERVICE_BUSY) continue;
            contextValue.logger?.warn(
              { path: error.path, reason: timeout ? 'TIMEOUT' : busy?.params.reason },
              'catalogue search shed',
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !errors.every((error) => error.extensions?.category === SERVICE_BUSY)) return;
          if (data && Object.values(data).some((value) => value !== null)) return;
          const retryAfter = Math.max(1, ...errors.map((error) => Number(retryAfterOf(error.extensions)) || 1));
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfter));
        },
      };
    },
  };
}

import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

// The category of the API's refusals for load (its codes say which: CATALOGUE_BUSY, SEARCH_TIMED_OUT).
const SERVICE_BUSY = 'SERVICE_BUSY';

/**
 * Whether a failed load is the server shedding load (a search refused or stopped while the catalogue is very
 * busy): then the page says so and offers to try again, rather than blaming the connection. A refusal of the
 * whole answer arrives as HTTP 503 (a ServerError with the GraphQL body), a partial one as a GraphQL error.
 */
export function isServiceBusy(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((item) => item.extensions?.category === SERVICE_BUSY);
  if (ServerError.is(error) && error.statusCode === 503) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: { category?: unknown } }[] };
      return Boolean(body.errors?.some((item) => item.extensions?.category === SERVICE_BUSY));
    } catch {
      return false;
    }
  }
  return false;
}

// GraphQL subscriptions over graphql-ws, loaded only by the pages that follow EoIs live: the first of
// them adds a WebSocket link to the app's one client (subscriptions go there, everything else stays
// on HTTP), so the catalogue never downloads any of this.
import { type ApolloClient, ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { ExpressionOfInterestEventsDocument } from '../generated/members-graphql';
import { getLocale } from '../i18n/i18n';

const upgraded = new WeakSet<ApolloClient>();
/** Called when the socket comes back after a drop: events may have been missed meanwhile. */
const reconnectListeners = new Set<() => void>();

function socketUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}

function upgrade(client: ApolloClient) {
  if (upgraded.has(client)) return;
  upgraded.add(client);
  const socket = createClient({
    url: socketUrl(),
    lazy: true,
    // The page's language, as the HTTP requests send it in Accept-Language.
    connectionParams: () => ({ language: getLocale() }),
    // The session cookie goes with the handshake (same origin); a dropped connection comes back.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) for (const listener of reconnectListeners) listener();
      },
    },
  });
  const ws = new GraphQLWsLink(socket);
  client.setLink(ApolloLink.split((operation) => operation.operationType === 'subscription', ws, client.link));
}

/** Calls `onEvent` for every event on the EoIs the viewer may see (or on one, with `id`). */
export function subscribeToEoiEvents(
  client: ApolloClient,
  id: string | null,
  onEvent: (kind: string) => void,
): { unsubscribe(): void } {
  upgrade(client);
  const reconnected = () => onEvent('RECONNECTED');
  reconnectListeners.add(reconnected);
  const subscription = client
    .subscribe({ query: ExpressionOfInterestEventsDocument, variables: { id }, fetchPolicy: 'no-cache' })
    .subscribe({
      next: (result) => {
        const kind = result.data?.expressionOfInterestEvents.kind;
        if (kind) onEvent(kind);
      },
      // The socket retries by itself; a refused subscription leaves the page as it is (reload works).
      error: () => undefined,
    });
  return {
    unsubscribe() {
      reconnectListeners.delete(reconnected);
      subscription.unsubscribe();
    },
  };
}

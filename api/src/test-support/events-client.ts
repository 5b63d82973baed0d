import { type Client, type ClientOptions, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A graphql-ws client on a test server's /graphql, connecting at once (not lazily, no retries), that sends the
 * given cookie and headers with its handshake as a browser would.
 */
export function eventsClient(
  serverUrl: string,
  options: { cookie?: string; headers?: Record<string, string> } & Partial<ClientOptions> = {},
): Client {
  const { cookie, headers, ...clientOptions } = options;
  const handshakeHeaders = { ...(cookie ? { cookie } : {}), ...headers };
  return createClient({
    url: `${serverUrl.replace('http', 'ws')}/graphql`,
    lazy: false,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: handshakeHeaders });
      }
    },
    ...clientOptions,
  });
}

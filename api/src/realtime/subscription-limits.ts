// Limits of the live EoI events over graphql-ws (api/src/realtime/websocket-server.ts). They hold per
// API process: behind a load balancer, one session may reach each process up to these limits.

/** Sockets one session may keep open at once (a browser tab on a live page holds one). */
export const SOCKETS_PER_SESSION_MAX = 5;
/** Subscriptions one socket may carry at once (a page holds one or two). */
export const SUBSCRIPTIONS_PER_SOCKET_MAX = 10;
/**
 * How often a socket re-checks its session (ended, expired, user disabled, role changed): events are
 * decided without the database, so a signed-out session may hear of its EoIs for at most this long.
 */
export const SESSION_RECHECK_MS = 30_000;

/** Close codes (4xxx, as graphql-ws's own): a graphql-ws client does not retry after either. */
export const CLOSE_UNAUTHENTICATED = { code: 4401, reason: 'Sign in to follow expressions of interest live' } as const;
export const CLOSE_SESSION_ENDED = { code: 4401, reason: 'The session has ended' } as const;
export const CLOSE_TOO_MANY_SOCKETS = { code: 4429, reason: 'Too many connections for this session' } as const;

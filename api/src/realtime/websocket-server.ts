import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import {
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { resolveSession } from '../auth/session.service.js';
import { sessionTokenFromHeader } from '../auth/session-cookie.js';
import type { Viewer } from '../auth/viewer.js';
import type { ContextServices, RequestContext } from '../context.js';
import { badInput, DomainError, unauthenticated } from '../errors/domain-error.js';
import { socketLanguage } from '../http/request-language.js';
import { createLoaders } from '../loaders/create-loaders.js';
import type { Logger } from '../logger.js';
import { graphQLErrorOf, withDomainCode } from '../schema/graphql-errors.js';
import {
  CLOSE_SESSION_ENDED,
  CLOSE_TOO_MANY_SOCKETS,
  CLOSE_UNAUTHENTICATED,
  SESSION_RECHECK_MS,
  SOCKETS_PER_SESSION_MAX,
  SUBSCRIPTIONS_PER_SOCKET_MAX,
} from './subscription-limits.js';

/**
 * Browsers send their cookies with a WebSocket handshake from any site: accept only our own origin. In
 * production that is the public URL's; in development, whatever host the page was served from (Vite's proxy).
 */
function sameOrigin(request: http.IncomingMessage, publicUrl: string, production: boolean): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser
  try {
    return production
      ? new URL(origin).origin === new URL(publicUrl).origin
      : new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** What a socket knows of its session: decided at connect, re-checked every `recheckMs`, never per event. */
interface SocketSession {
  token: string | undefined;
  sessionId: number;
  viewer: Viewer;
  recheck: NodeJS.Timeout;
  /** The socket's language: its connection parameters' `language`, else its upgrade's Accept-Language. */
  language: Language;
}

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's /graphql. Queries and mutations stay on
 * POST; every subscription is validated with the same rules (armor included) as HTTP operations.
 *
 * Only a signed-in session may open a socket (an anonymous one would hear of nothing), at most
 * SOCKETS_PER_SESSION_MAX per session and SUBSCRIPTIONS_PER_SOCKET_MAX subscriptions on each. The session
 * is looked up once at connect and then every `sessionRecheckMs` per socket (not per event: each event is
 * decided from its own scope and the socket's viewer, without the database); a session found ended
 * closes the socket, a changed role or organisation applies from then on.
 */
export function attachSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
  /** What every context shares (its publicUrl is the marketplace's own origin). */
  services: ContextServices;
  validationRules: readonly ValidationRule[];
  /** How often each socket re-checks its session (tests make it short). */
  sessionRecheckMs?: number;
}): { close(): Promise<void> } {
  const { httpServer, schema, orm, logger } = options;
  const recheckMs = options.sessionRecheckMs ?? SESSION_RECHECK_MS;
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    verifyClient: ({ req }: { req: http.IncomingMessage }) =>
      sameOrigin(req, options.services.publicUrl, options.services.production),
  });
  /** Open sockets per session id, in this process. */
  const socketsOfSession = new Map<number, number>();

  function release(session: SocketSession): void {
    clearInterval(session.recheck);
    const left = (socketsOfSession.get(session.sessionId) ?? 1) - 1;
    if (left > 0) socketsOfSession.set(session.sessionId, left);
    else socketsOfSession.delete(session.sessionId);
  }

  async function recheck(socket: WebSocket, session: SocketSession): Promise<void> {
    try {
      const viewer = await resolveSession(orm.em.fork().getKysely(), session.token);
      if (viewer?.sessionId === session.sessionId) session.viewer = viewer;
      else socket.close(CLOSE_SESSION_ENDED.code, CLOSE_SESSION_ENDED.reason);
    } catch (error) {
      // A database blip: keep what is known, the next check decides.
      logger.warn({ err: error }, 'could not re-check the session of a subscription socket');
    }
  }

  /** One per subscription, without the database; the viewer is the socket's, as last checked. */
  function contextFor(request: http.IncomingMessage, session: SocketSession): RequestContext {
    const fresh = () => {
      const em = orm.em.fork();
      const db: Db = em.getKysely();
      return { em, db, loaders: createLoaders(db, session.language) };
    };
    const context: RequestContext = {
      requestId: `ws-${Math.random().toString(36).slice(2, 10)}`,
      logger,
      ...fresh(),
      viewer: session.viewer,
      ip: request.socket.remoteAddress ?? 'unknown',
      userAgent: request.headers['user-agent'] ?? null,
      language: session.language,
      res: null,
      ...options.services,
    };
    Object.defineProperty(context, 'viewer', { get: () => session.viewer, enumerable: true });
    // Each delivered event starts with empty caches: what it shows is read afresh.
    context.refresh = async () => {
      Object.assign(context, fresh());
    };
    return context;
  }

  const server = useServer<Record<string, unknown> | undefined, { session: SocketSession }>(
    {
      schema,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const token = sessionTokenFromHeader(request.headers.cookie);
        let viewer: Viewer | null;
        try {
          viewer = await resolveSession(orm.em.fork().getKysely(), token);
        } catch (error) {
          // A database blip: 1013 (try again later) lets the client come back by itself.
          logger.warn({ err: error }, 'could not look up the session of a subscription socket');
          socket.close(1013, 'Try again later');
          return false;
        }
        if (socket.readyState !== WebSocket.OPEN) return false; // gone while we looked
        if (!viewer) {
          socket.close(CLOSE_UNAUTHENTICATED.code, CLOSE_UNAUTHENTICATED.reason);
          return false;
        }
        const open = socketsOfSession.get(viewer.sessionId) ?? 0;
        if (open >= SOCKETS_PER_SESSION_MAX) {
          socket.close(CLOSE_TOO_MANY_SOCKETS.code, CLOSE_TOO_MANY_SOCKETS.reason);
          return false;
        }
        socketsOfSession.set(viewer.sessionId, open + 1);
        const language = socketLanguage(ctx.connectionParams, request.headers['accept-language']);
        const session: SocketSession = { token, sessionId: viewer.sessionId, viewer, recheck: undefined!, language };
        session.recheck = setInterval(() => void recheck(socket, session), recheckMs);
        session.recheck.unref();
        ctx.extra.session = session;
        return true;
      },
      // Apollo's formatting does not run here: a domain error's code reaches the client the same way.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(withDomainCode) } : result,
      onClose: (ctx) => {
        const session = ctx.extra.session;
        if (!session) return;
        ctx.extra.session = undefined;
        release(session);
      },
      onSubscribe: async (ctx, _id, payload) => {
        const session = ctx.extra.session;
        if (!session) {
          return [graphQLErrorOf(unauthenticated())];
        }
        // This subscription is already among ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > SUBSCRIPTIONS_PER_SOCKET_MAX) {
          const tooMany = new DomainError('TOO_MANY_REQUESTS', 'TOO_MANY_SUBSCRIPTIONS', {
            max: SUBSCRIPTIONS_PER_SOCKET_MAX,
          });
          return [graphQLErrorOf(tooMany)];
        }
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, { maxTokens: 2500 });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Invalid query')];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [graphQLErrorOf(badInput('SUBSCRIPTIONS_OVER_WEBSOCKET_ONLY', null))];
        }
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length) return errors;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: contextFor(ctx.extra.request, session),
        };
      },
    },
    wsServer,
  );

  return {
    async close() {
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

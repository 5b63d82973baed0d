import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
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
import { WebSocketServer } from 'ws';
import { resolveSession } from '../auth/session.service.js';
import { sessionTokenFromHeader } from '../auth/session-cookie.js';
import type { RequestContext } from '../context.js';
import { createLoaders } from '../loaders/create-loaders.js';
import type { Logger } from '../logger.js';

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

/**
 * GraphQL subscriptions over graphql-ws on the HTTP server's /graphql. Queries and mutations stay on
 * POST; every subscription is validated with the same rules (armor included) as HTTP operations.
 */
export function attachSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
  production: boolean;
  /** The marketplace's own origin (AppConfig.publicUrl). */
  publicUrl: string;
  validationRules: readonly ValidationRule[];
}): { close(): Promise<void> } {
  const { httpServer, schema, orm, logger } = options;
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    verifyClient: ({ req }: { req: http.IncomingMessage }) => sameOrigin(req, options.publicUrl, options.production),
  });

  async function contextFor(request: http.IncomingMessage): Promise<RequestContext> {
    const token = sessionTokenFromHeader(request.headers.cookie);
    const context = {
      requestId: `ws-${Math.random().toString(36).slice(2, 10)}`,
      logger,
      production: options.production,
      publicUrl: options.publicUrl,
      ip: request.socket.remoteAddress ?? 'unknown',
      userAgent: request.headers['user-agent'] ?? null,
    } as RequestContext;
    context.refresh = async () => {
      context.em = orm.em.fork();
      context.db = context.em.getKysely();
      context.loaders = createLoaders(context.db);
      context.viewer = await resolveSession(context.db, token);
    };
    await context.refresh();
    return context;
  }

  const server = useServer(
    {
      schema,
      onSubscribe: async (ctx, _id, payload) => {
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query, { maxTokens: 2500 });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Invalid query')];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions over WebSocket; send queries and mutations with POST /graphql')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length) return errors;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFor(ctx.extra.request),
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

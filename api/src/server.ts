import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import { RateLimiter } from './auth/rate-limiter.js';
import { requestViewer } from './auth/request-viewer.js';
import type { AppConfig } from './config.js';
import type { ContextServices, RequestContext } from './context.js';
import { CATALOGUE_LIMITS, type CatalogueLimits } from './features/catalogue/catalogue-limits.js';
import { CatalogueReads } from './features/catalogue/catalogue-reads.js';
import { attachmentRoutes } from './http/attachment-routes.js';
import { catalogueResponseCache, noteAnsweringViewer } from './http/catalogue-response-cache.js';
import { compiledCatalogueAnswers } from './http/compiled-catalogue-answers.js';
import { CompiledOperations, catalogueExecution } from './http/compiled-execution.js';
import { crawlerRoutes } from './http/crawler-routes.js';
import { devMailRouter } from './http/dev-mail.js';
import { embedRoutes } from './http/embed-routes.js';
import { logUnexpectedErrors, maskUnexpectedErrors } from './http/error-format.js';
import { expectedHost } from './http/expected-host.js';
import { exportRoutes } from './http/export-routes.js';
import { feedRoutes } from './http/feed-routes.js';
import { graphqlArmor } from './http/graphql-armor.js';
import { listingPdfRoutes } from './http/listing-pdf-routes.js';
import { PageHeads } from './http/page-head.service.js';
import { previewImageRoutes } from './http/preview-image-routes.js';
import { requestLanguage } from './http/request-language.js';
import { securityHeaders } from './http/security-headers.js';
import { serviceBusyResponses } from './http/service-busy-response.js';
import { unsubscribeRoute } from './http/unsubscribe-route.js';
import { webAppRouter } from './http/web-app.js';
import type { JobQueue } from './jobs/job-runner.js';
import { createLoaders } from './loaders/create-loaders.js';
import type { Logger } from './logger.js';
import { attachSubscriptions } from './realtime/websocket-server.js';
import type { AttachmentStorage } from './storage/attachment-storage.js';

export interface AppServer {
  httpServer: http.Server;
  /** Stops accepting requests, lets in-flight ones finish, then stops GraphQL. */
  close(): Promise<void>;
}

const REQUEST_BODY_LIMIT = '1mb';

export async function createServer(options: {
  orm: MikroORM;
  schema: GraphQLSchema;
  config: Pick<AppConfig, 'production' | 'webDistDir' | 'publicUrl'> & {
    /** The secret of signed links (auth/signing-secret.ts): unsubscribe links, saved searches' feeds. */
    signingSecret: string;
    demoMail?: boolean;
    trustProxy?: AppConfig['trustProxy'];
  };
  logger: Logger;
  /** Where disclosure attachments' bytes are kept. */
  attachments: AttachmentStorage;
  /** The job queue that requests send one-off jobs to. */
  jobs: JobQueue;
  /** How often a subscription socket re-checks its session (default SESSION_RECHECK_MS; tests shorten it). */
  sessionRecheckMs?: number;
  /** The catalogue's load limits (default CATALOGUE_LIMITS; tests tighten them). */
  catalogueLimits?: Partial<CatalogueLimits>;
}): Promise<AppServer> {
  const { orm, schema, config, logger, attachments, jobs } = options;
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTed and never revalidated: hashing each body for an ETag would be wasted.
  app.disable('etag');
  app.set('trust proxy', config.trustProxy ?? ['loopback']);
  const httpServer = http.createServer(app);
  const rateLimiter = RateLimiter.open(orm.config.get('clientUrl')!, (error) =>
    logger.warn({ err: error }, 'rate-limit database connection lost'),
  );
  // Outside a transaction a fork's Kysely is the pool's: one for every request.
  const db = orm.em.fork().getKysely();
  const catalogue = new CatalogueReads(orm.config.get('clientUrl')!, {
    ...CATALOGUE_LIMITS,
    ...options.catalogueLimits,
  });

  app.use(securityHeaders({ production: config.production }));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // One short line per request: serializing every request and response header took several per cent of a
      // catalogue page's CPU under load.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  // Production answers only for its own address: a request naming another Host is misdirected (a proxy or DNS
  // mistake, or someone probing for links built from it). Health checks come from load balancers by address.
  if (config.production) app.use(expectedHost(config.publicUrl));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable', reason: 'database not reachable' });
    }
  });

  const armor = graphqlArmor();
  const compiledOperations = new CompiledOperations();
  const apollo = new ApolloServer<RequestContext>({
    // The schema, with the public catalogue's reads compiled (compiled-execution.ts).
    gateway: catalogueExecution(schema, compiledOperations),
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    formatError: maskUnexpectedErrors(config.production, catalogue.limits.retryAfterSeconds),
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // The web sends whole documents; automatic persisted queries would only be a cache for others to fill (and a
    // mismatched hash is an error without a code, masked as internal).
    persistedQueries: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Nothing reads cache hints; without this plugin Apollo wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      logUnexpectedErrors(),
      serviceBusyResponses(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    // main.ts owns the signals and shuts down in order: HTTP, then the ORM, then the database.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  // A request's EntityManager, forked on first use and kept per context object. A getter on the prototype, not on
  // the context: Apollo copies the context for each operation (Object.assign), which calls an own getter, and so
  // forked an EntityManager for every request.
  const forkedManagers = new WeakMap<object, EntityManager>();
  const lazyEntityManager = Object.create(Object.prototype, {
    em: {
      get(this: object) {
        let em = forkedManagers.get(this);
        if (!em) {
          em = orm.em.fork();
          forkedManagers.set(this, em);
        }
        return em;
      },
    },
  }) as object;
  const services: ContextServices = {
    catalogue,
    rateLimiter,
    attachments,
    jobs,
    production: config.production,
    publicUrl: config.publicUrl,
    signingSecret: config.signingSecret,
  };
  const subscriptions = attachSubscriptions({
    httpServer,
    schema,
    orm,
    logger,
    services,
    validationRules: armor.validationRules,
    sessionRecheckMs: options.sessionRecheckMs,
  });

  // A request's GraphQL context: Apollo's, and that of the answers given without it (compiled-catalogue-answers.ts).
  const contextFor = async (req: express.Request, res: express.Response): Promise<RequestContext> => {
    const viewer = await requestViewer(db, req);
    noteAnsweringViewer(res, viewer);
    const language = requestLanguage(req);
    // `em` comes from the prototype, forked when a resolver first uses it: most reads go through `db` only.
    return Object.assign(Object.create(lazyEntityManager) as { em: EntityManager }, {
      requestId: String(req.id),
      logger: req.log,
      db,
      loaders: createLoaders(db, language),
      viewer,
      ip: req.ip ?? 'unknown',
      userAgent: req.headers['user-agent'] ?? null,
      language,
      res,
      ...services,
    });
  };
  app.use(
    '/graphql',
    express.json({ limit: REQUEST_BODY_LIMIT }),
    catalogueResponseCache({ orm, schema, logger }),
    compiledCatalogueAnswers({
      schema,
      operations: compiledOperations,
      context: contextFor,
      stepAside: () => catalogue.searchSlotsTaken(),
    }),
    expressMiddleware(apollo, { context: ({ req, res }) => contextFor(req, res) }),
  );

  // Malformed or oversized bodies: a readable 4xx in GraphQL's error shape, never a stack trace.
  const bodyErrors: ErrorRequestHandler = (error, req, res, next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 500) return next(error);
    const message =
      error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON'
        : error.type === 'entity.too.large'
          ? `The request body is larger than ${REQUEST_BODY_LIMIT}`
          : 'Bad request';
    req.log.info({ status, type: error.type }, message);
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
  app.use(bodyErrors);

  // Before the web app, which would answer any other path with index.html.
  app.use('/uploads', attachmentRoutes({ orm, storage: attachments, publicUrl: config.publicUrl }));
  app.use(exportRoutes({ db, rateLimiter }));
  app.use(feedRoutes({ db, catalogue, publicUrl: config.publicUrl, signingSecret: config.signingSecret }));
  app.use(unsubscribeRoute({ db, signingSecret: config.signingSecret }));
  // For crawlers and link previews (issue #14): robots.txt, the sitemaps, listings' preview images.
  app.use(crawlerRoutes({ db, publicUrl: config.publicUrl }));
  app.use(previewImageRoutes({ db }));
  // A listing's print material (issue #14): its one-page PDF and the QR code its print stylesheet shows.
  app.use(listingPdfRoutes({ db, publicUrl: config.publicUrl }));
  // The listings widget institutes frame in their own websites: its own frame-ancestors (issue #14).
  app.use(embedRoutes({ db, publicUrl: config.publicUrl }));
  // Without the demo mailbox its paths are a plain 404, not the web app saying that a mailbox page exists.
  if (config.demoMail) app.use(devMailRouter(orm));
  else app.use(['/dev/mail', '/dev/mail.json'], (_req, res) => res.status(404).type('text/plain').send('Not found'));
  const pageHeads = new PageHeads(db, { publicUrl: config.publicUrl });
  app.use(
    webAppRouter(config.webDistDir, {
      pageHeads: { publicUrl: config.publicUrl, headOf: (request, language) => pageHeads.headOf(request, language) },
    }),
  );

  const lastResort: ErrorRequestHandler = (error, req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 404) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    // The client's mistake (e.g. a path whose percent-encoding is not UTF-8: Express says 400): theirs to fix.
    if (status >= 400 && status < 500) {
      req.log.info({ status, reason: error instanceof Error ? error.message : String(error) }, 'bad request');
      res.status(status).type('text/plain').send('Bad request');
      return;
    }
    req.log.error({ err: error }, 'unhandled error');
    res
      .status(500)
      .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
  app.use(lastResort);

  return {
    httpServer,
    async close() {
      await subscriptions.close();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await rateLimiter.close();
      await catalogue.close();
    },
  };
}

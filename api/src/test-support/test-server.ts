import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '@tt/db/orm-config';
import { unusedPort } from '@tt/db/port-check';
import type { CatalogueLimits } from '../features/catalogue/catalogue-limits.js';
import { type JobDefinition, type JobQueue, JobRunner } from '../jobs/job-runner.js';
import { createLogger, type Logger } from '../logger.js';
import { createEventPubSub } from '../realtime/eoi-events.js';
import { PgEventBridge } from '../realtime/pg-event-bridge.js';
import { buildAppSchema } from '../schema/build-schema.js';
import { createServer } from '../server.js';
import { LocalAttachmentStorage } from '../storage/local-attachment-storage.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  /** The Set-Cookie headers of the response. */
  cookies: string[];
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; category?: string; [key: string]: unknown };
    path?: string[];
  }[];
}

export interface TestServer {
  url: string;
  database: TestDatabase;
  orm: MikroORM;
  /** The server's attachment storage: a temporary directory, removed on close. */
  attachmentsDir: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { cookie?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Logs in and returns a client that sends the session cookie. */
  logIn(email: string, password?: string): Promise<TestClient>;
  /** A client without a session: an anonymous visitor. */
  anonymous(): TestClient;
  /** A raw POST to /graphql, for what gql does not send: malformed JSON, other content types, huge bodies. */
  postGraphQL(body: string, contentType?: string): Promise<Response>;
  close(): Promise<void>;
}

export const DEMO_PASSWORD = 'tt-demo-2026';

/** The secret of the test servers' signed links, so that tests can sign (and forge) their own. */
export const TEST_SIGNING_SECRET = 'test-signing-secret-of-at-least-32-characters';

export interface TestClient {
  cookie: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** `tt_session=<token>` from a response's Set-Cookie headers, if any. */
export function sessionCookie(cookies: string[]): string | undefined {
  const header = cookies.find((cookie) => cookie.startsWith('tt_session=') && !cookie.startsWith('tt_session=;'));
  return header?.split(';')[0];
}

export interface TestServerOptions {
  production?: boolean;
  webDistDir?: string;
  database?: TestDatabase;
  attachmentsDir?: string;
  /** How often subscription sockets re-check their session. */
  sessionRecheckMs?: number;
  /** Tighter catalogue load limits than the defaults. */
  catalogueLimits?: Partial<CatalogueLimits>;
  /** Where the server logs (default: nowhere). */
  logger?: Logger;
  /** The jobs its job runner declares and works; without them no runner starts, and sending a job fails. */
  jobs?: JobDefinition[];
}

/** A test server's queue when it runs no jobs. */
const noJobQueue: JobQueue = {
  async send(name) {
    throw new Error(`This test server runs no jobs: pass the job "${name}" to startTestServer's \`jobs\`.`);
  },
};

/** The real HTTP server on an ephemeral port, over a fresh database cloned from the demo template. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  // Given a database, this is a second API process on it: the first one drops it.
  const database = options.database ?? (await createTestDatabase());
  const orm = await MikroORM.init(createOrmConfig(database.url));
  const pubSub = createEventPubSub();
  const events = new PgEventBridge({ databaseUrl: database.url, pubSub, logger: createLogger('silent') });
  await events.start();
  const runner = options.jobs
    ? new JobRunner({
        databaseUrl: database.url,
        orm,
        logger: options.logger ?? createLogger('silent'),
        jobs: options.jobs,
        pollingIntervalSeconds: 0.5,
      })
    : undefined;
  await runner?.start();
  // Given a directory, this shares the attachments of another server; else a fresh one of its own.
  const attachmentsDir = options.attachmentsDir ?? (await mkdtemp(path.join(os.tmpdir(), 'tt-attachments-')));
  // The public URL is fixed before the server exists (links and the production Host check come from it),
  // so the port is chosen first.
  const port = await unusedPort();
  const url = `http://127.0.0.1:${port}`;
  const server = await createServer({
    orm,
    attachments: await LocalAttachmentStorage.open(attachmentsDir),
    schema: await buildAppSchema(pubSub),
    config: {
      production: options.production ?? false,
      webDistDir: options.webDistDir ?? '/nonexistent',
      demoMail: !options.production,
      publicUrl: url,
      signingSecret: TEST_SIGNING_SECRET,
    },
    logger: options.logger ?? createLogger('silent'),
    jobs: runner ?? noJobQueue,
    sessionRecheckMs: options.sessionRecheckMs,
    catalogueLimits: options.catalogueLimits,
  });
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen(port, '127.0.0.1', resolve);
  });
  async function gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    options: { cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'cookies'>;
    return { status: response.status, cookies: response.headers.getSetCookie(), ...body };
  }
  return {
    url,
    database,
    orm,
    attachmentsDir,
    gql,
    async logIn(email, password = DEMO_PASSWORD) {
      const response = await gql<{ logIn: { errors: { message: string }[] } }>(
        'mutation($input: LogInInput!) { logIn(input: $input) { errors { message } } }',
        { input: { email, password } },
      );
      const cookie = sessionCookie(response.cookies);
      if (!cookie) throw new Error(`Could not log in as ${email}: ${JSON.stringify(response.data ?? response.errors)}`);
      return { cookie, gql: (query, variables) => gql(query, variables, { cookie }) };
    },
    anonymous() {
      return { cookie: '', gql: (query, variables) => gql(query, variables) };
    },
    postGraphQL(body, contentType = 'application/json') {
      return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
    },
    async close() {
      await server.close();
      await events.stop();
      await runner?.stop();
      await orm.close();
      if (!options.database) await database.drop();
      if (!options.attachmentsDir) await rm(attachmentsDir, { recursive: true, force: true });
    },
  };
}

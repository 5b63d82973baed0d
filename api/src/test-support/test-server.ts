import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmConfig } from '@tt/db/orm-config';
import { createLogger } from '../logger.js';
import { buildAppSchema } from '../schema/build-schema.js';
import { createServer } from '../server.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: string[] }[];
}

export interface TestServer {
  url: string;
  database: TestDatabase;
  orm: MikroORM;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on an ephemeral port, over a fresh database cloned from the demo template. */
export async function startTestServer(
  options: { production?: boolean; webDistDir?: string } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const orm = await MikroORM.init(createOrmConfig(database.url));
  const server = await createServer({
    orm,
    schema: await buildAppSchema(),
    config: { production: options.production ?? false, webDistDir: options.webDistDir ?? '/nonexistent' },
    logger: createLogger('silent'),
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    database,
    orm,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    async close() {
      await server.close();
      await orm.close();
      await database.drop();
    },
  };
}

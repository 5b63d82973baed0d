import path from 'node:path';
import { checkDatabase } from './database-check.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.js';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL when set; otherwise starts the embedded PostgreSQL server
 * with its data kept under `<dataDir>/postgres`.
 */
export async function resolveDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  embeddedPort?: number;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    // The database must exist and admit us: say so plainly now rather than with a driver's stack trace later.
    await checkDatabase(options.databaseUrl);
    return { url: options.databaseUrl, embedded: false, stop: async () => {} };
  }
  const server: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: path.join(options.dataDir, 'postgres'),
    port: options.embeddedPort ?? 54329,
  });
  const url = await server.ensureDatabase('tt_marketplace');
  return { url, embedded: true, stop: () => server.stop() };
}

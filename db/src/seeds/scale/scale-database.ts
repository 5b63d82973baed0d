import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../embedded-postgres.js';

// The benchmark's database: never the one `pnpm start` uses. Either SCALE_DATABASE_URL, or an embedded
// PostgreSQL of its own under .data/scale-pg (kept between runs) on its own port.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const SCALE_DATABASE_NAME = 'tt_scale';
export const SCALE_DATA_DIR = process.env.SCALE_PG_DATA_DIR || path.join(root, '.data', 'scale-pg');
export const SCALE_PG_PORT = Number(process.env.SCALE_PG_PORT || 54349);

export interface ScaleDatabase {
  url: string;
  embedded: boolean;
  /** Where it lives, for messages. */
  description: string;
  stop(): Promise<void>;
}

/** pg_stat_statements counts the statements the API sends; it has to be loaded when the server starts. */
async function preloadStatementStatistics(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ shared_preload_libraries: string }>('show shared_preload_libraries');
    if (rows[0]?.shared_preload_libraries.includes('pg_stat_statements')) return false;
    await client.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
    return true;
  } finally {
    await client.end();
  }
}

export async function openScaleDatabase(
  options: { create?: boolean; dataDir?: string; port?: number } = {},
): Promise<ScaleDatabase> {
  const external = process.env.SCALE_DATABASE_URL;
  if (external) {
    return { url: external, embedded: false, description: 'SCALE_DATABASE_URL', stop: async () => {} };
  }
  const dataDir = options.dataDir ?? SCALE_DATA_DIR;
  const port = options.port ?? SCALE_PG_PORT;
  let server: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, port });
  if (await preloadStatementStatistics(server.adminUrl)) {
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir, port });
  }
  let url = server.urlFor(SCALE_DATABASE_NAME);
  if (options.create) url = await server.ensureDatabase(SCALE_DATABASE_NAME);
  return {
    url,
    embedded: true,
    description: `embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir}, port ${port}`,
    stop: () => server.stop(),
  };
}

// One marketplace for the browser journeys, started the way `pnpm start` starts it, with its own
// embedded database in a temporary data directory and the demo data.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startServerProcess } from './server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The marketplace's embedded database, for the journeys that run a scheduled job's work themselves. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tt-journey-'));
  const databasePort = freePort();
  const server = await startServerProcess({
    env: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(databasePort), NODE_ENV: 'development' },
  });
  console.log(`Marketplace ready at ${server.url} after ${server.readyAfterMs} ms (pnpm start → /readyz 200)`);
  project.provide('baseUrl', server.url);
  // The embedded server's credentials and database (db/src/embedded-postgres.ts, db/src/database-url.ts).
  project.provide('databaseUrl', `postgres://postgres:postgres@127.0.0.1:${databasePort}/tt_marketplace`);
  return async () => {
    const code = await server.stop();
    if (code !== 0) console.error(`The server exited with ${code}:\n${server.output().slice(-4000)}`);
    await rm(dataDir, { recursive: true, force: true });
  };
}

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
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tt-journey-'));
  const server = await startServerProcess({
    env: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(freePort()), NODE_ENV: 'development' },
  });
  console.log(`Marketplace ready at ${server.url} after ${server.readyAfterMs} ms (pnpm start → /readyz 200)`);
  project.provide('baseUrl', server.url);
  return async () => {
    const code = await server.stop();
    if (code !== 0) console.error(`The server exited with ${code}:\n${server.output().slice(-4000)}`);
    await rm(dataDir, { recursive: true, force: true });
  };
}

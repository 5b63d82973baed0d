// Builds what the production server needs (as scripts/start.mjs does) and runs it as a child process on a
// given database, its log in a file.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../scripts/server-node-flags.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** @param {string} command @param {string[]} args @param {string} label */
export function run(command, args, label) {
  console.log(`› ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${label} failed`);
}

/** The API (incremental tsc -b, close to free when nothing changed) and the web app when it is stale. */
export function buildApp() {
  run('pnpm', ['exec', 'tsc', '-b', 'api'], 'Compiling the API (tsc -b)');
  const webIndex = path.join(root, 'web', 'dist', 'index.html');
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public', 'shared/src'].map((p) =>
    newestMtime(path.join(root, p)),
  );
  if (!existsSync(webIndex) || statSync(webIndex).mtimeMs < Math.max(...sources)) {
    run('pnpm', ['--filter', '@tt/web', 'build'], 'Building the web app (vite build)');
  }
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** @param {string} url @param {number} timeoutMs */
async function waitUntilReady(url, timeoutMs, exited) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('the server exited while starting; see its log');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * `node api/dist/main.js` with NODE_ENV=production on the given database, on loopback, with the V8 flags
 * `pnpm start` uses.
 * @param {{ databaseUrl: string, port: number, logFile: string, env?: Record<string, string> }} options
 */
export async function startProductionServer(options) {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'w' });
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'api', 'dist', 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      // Production needs its public address and a mail transport; the bench sends no e-mail anywhere.
      PUBLIC_URL: `http://127.0.0.1:${options.port}`,
      MAIL_TRANSPORT: 'none',
      SIGNING_SECRET: 'bench-signing-secret-of-at-least-32-characters',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolve(code ?? signal);
    });
  });
  const url = `http://127.0.0.1:${options.port}`;
  await waitUntilReady(`${url}/readyz`, 60_000, () => exited);
  return {
    url,
    pid: /** @type {number} */ (child.pid),
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await exit;
      log.end();
    },
  };
}

/**
 * A Node script as a child process that reports 'listening' over IPC.
 * @param {string} script @param {Record<string, string>} env
 */
export async function startScript(script, env) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const exit = new Promise((resolve) => child.once('exit', resolve));
  return {
    pid: /** @type {number} */ (child.pid),
    async stop() {
      child.kill('SIGTERM');
      await exit;
    },
  };
}

// `pnpm start`: builds what is missing or outdated, then runs the server (web app, /graphql, /healthz, /readyz).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

/** A build step: one line of progress, and its output only if it fails. */
function run(command, args, label) {
  console.log(`› ${label}`);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`✗ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

// TypeScript's build mode is incremental: close to free when nothing changed.
run('pnpm', ['exec', 'tsc', '-b', 'api'], 'Compiling the API (tsc -b)');

const webIndex = path.join(root, 'web', 'dist', 'index.html');
const webSources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public', 'shared/src'].map((p) =>
  newestMtime(path.join(root, p)),
);
if (!existsSync(webIndex) || statSync(webIndex).mtimeMs < Math.max(...webSources)) {
  run('pnpm', ['--filter', '@tt/web', 'build'], 'Building the web app (vite build, about half a minute)');
}

const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'api', 'dist', 'main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
// Forwarded, and this process waits for the server: it drains its requests, then stops the database.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

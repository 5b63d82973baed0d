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

function run(command, args, label) {
  console.log(`› ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
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
  run('pnpm', ['--filter', '@tt/web', 'build'], 'Building the web app (vite build)');
}

const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'api', 'dist', 'main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

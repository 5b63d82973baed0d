// `npm run dev` (through scripts/toolchain.mjs, so it works with only Node installed): the API restarts on change
// (tsc --watch + node --watch), Vite serves the web app with hot reload on :5173 and proxies /graphql, /healthz,
// /readyz, /uploads and /dev/mail to the API (PORT, default 4000), so the browser sees one origin.
//
// Every child is a Node process started directly (no pnpm or shell between), so a signal reaches it as sent. Ctrl-C
// reaches the whole process group; a process manager's SIGTERM reaches this process alone: either way each child gets
// the signal, the API drains and stops the embedded database (its own process group), and this process leaves once
// all of them have.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const webPort = 5173;
const apiPort = process.env.PORT || '4000';
const env = {
  ...process.env,
  NODE_ENV: 'development',
  // Links in e-mails (shown at /dev/mail) open the hot-reloading app, which Vite serves on its fixed port.
  PUBLIC_URL: process.env.PUBLIC_URL || `http://localhost:${webPort}`,
};

const build = spawnSync(process.execPath, [tsc, '-b', 'api'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn(process.execPath, [tsc, '-b', 'api', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(
    process.execPath,
    ['--watch-path=api/dist', '--watch-path=db/dist', '--watch-path=shared/dist', 'api/dist/main.js'],
    { cwd: root, stdio: 'inherit', env },
  ),
  spawn(process.execPath, [vite, '--port', String(webPort), '--strictPort'], {
    cwd: path.join(root, 'web'),
    stdio: 'inherit',
    env,
  }),
];
console.log(`› Open http://localhost:${webPort} (API on http://localhost:${apiPort})`);

let exitCode = 0;
let stopping = false;
function stop(signal) {
  if (!stopping) {
    stopping = true;
    // The API gives itself 20 s to drain; past that, nothing of ours should still be waited for.
    setTimeout(() => process.exit(1), 25_000).unref();
  }
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
let running = children.length;
for (const child of children) {
  child.on('exit', (code) => {
    // One child ending on its own (Vite's port taken, say) ends the others: a half-started dev setup misleads.
    if (!stopping && code !== 0) exitCode = code ?? 1;
    stop('SIGTERM');
    if (--running === 0) process.exit(exitCode);
  });
}

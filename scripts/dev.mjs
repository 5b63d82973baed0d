// `pnpm dev`: the API restarts on change (tsc --watch + node --watch), Vite serves the web app with hot
// reload on :5173 and proxies /graphql, /healthz and /readyz to the API, so the browser sees one origin.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync('pnpm', ['exec', 'tsc', '-b', 'api'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn('pnpm', ['exec', 'tsc', '-b', 'api', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(
    process.execPath,
    ['--watch-path=api/dist', '--watch-path=db/dist', '--watch-path=shared/dist', 'api/dist/main.js'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'development' } },
  ),
  spawn('pnpm', ['--filter', '@tt/web', 'dev'], { cwd: root, stdio: 'inherit' }),
];
console.log('› Open http://localhost:5173 (API on http://localhost:4000)');
function stop() {
  for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', () => stop());

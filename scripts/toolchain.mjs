#!/usr/bin/env node
// Entry point of `npm start` / `npm test` on a fresh machine: makes sure Node >= 22.17 and pnpm
// are there (installing Node 24 and pnpm 10 from the npm registry into .tools/ when they are not),
// installs the dependencies, then runs the given root script with that toolchain.
// Plain JavaScript that runs on old Node versions too.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolsBin = path.join(root, '.tools', 'node_modules', '.bin');
const [command, script, ...rest] = process.argv.slice(2);
if (command !== 'run' || !script) {
  console.error('usage: node scripts/toolchain.mjs run <script> [args...]');
  process.exit(2);
}

function nodeIsRecentEnough(nodePath) {
  try {
    const version = execFileSync(nodePath, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
    const [major, minor] = version.split('.').map(Number);
    return major > 22 || (major === 22 && minor >= 17);
  } catch {
    return false;
  }
}

function onPath(name, env) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { env, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const env = { ...process.env };
const needNode = !nodeIsRecentEnough(process.execPath);
const toolsNode = path.join(toolsBin, 'node');
const toolsPnpm = path.join(toolsBin, 'pnpm');
if ((needNode && !existsSync(toolsNode)) || (!onPath('pnpm', env) && !existsSync(toolsPnpm))) {
  console.log('› Installing Node 24 and pnpm 10 into .tools/ (one time)…');
  const packages = needNode ? ['node@24', 'pnpm@10'] : ['pnpm@10'];
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', '.tools', ...packages],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (existsSync(toolsBin)) env.PATH = `${toolsBin}${path.delimiter}${env.PATH ?? ''}`;

const pnpm = onPath('pnpm', env) ?? toolsPnpm;
const lockfile = path.join(root, 'pnpm-lock.yaml');
const installed = path.join(root, 'node_modules', '.modules.yaml');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lockfile).mtimeMs) {
  console.log('› Installing dependencies (pnpm install --frozen-lockfile)…');
  const result = spawnSync(pnpm, ['install', '--frozen-lockfile'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const child = spawnSync(pnpm, ['run', '--silent', script, ...rest], { cwd: root, stdio: 'inherit', env });
process.exit(child.status ?? 1);

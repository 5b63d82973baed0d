#!/usr/bin/env node
// Entry point of `npm start` / `npm test` on a fresh machine: makes sure Node >= 22.17 and pnpm
// are there (installing Node 24 and pnpm 10 from the npm registry into .tools/ when they are not),
// installs the dependencies, then runs the given root script with that toolchain.
// Plain JavaScript that runs on old Node versions too.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

// pnpm's "update available" box is noise for someone who just wants the marketplace running.
const env = { ...process.env, npm_config_update_notifier: 'false' };

/** Runs a setup step with its output kept back: shown only if the step fails. */
function quietly(command, args, options) {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    if (result.error) console.error(result.error.message);
    process.exit(result.status ?? 1);
  }
}
const needNode = !nodeIsRecentEnough(process.execPath);
const toolsNode = path.join(toolsBin, 'node');
const toolsPnpm = path.join(toolsBin, 'pnpm');
if ((needNode && !existsSync(toolsNode)) || (!onPath('pnpm', env) && !existsSync(toolsPnpm))) {
  console.log('› Installing Node 24 and pnpm 10 into .tools/ (one time)…');
  const packages = needNode ? ['node@24', 'pnpm@10'] : ['pnpm@10'];
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  quietly(
    npm,
    ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', '.tools', ...packages],
    {
      cwd: root,
      env,
    },
  );
}
if (existsSync(toolsBin)) env.PATH = `${toolsBin}${path.delimiter}${env.PATH ?? ''}`;

const pnpm = onPath('pnpm', env) ?? toolsPnpm;
const lockfile = path.join(root, 'pnpm-lock.yaml');
const installed = path.join(root, 'node_modules', '.modules.yaml');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lockfile).mtimeMs) {
  console.log('› Installing dependencies (pnpm install --frozen-lockfile; a minute or two the first time)…');
  quietly(pnpm, ['install', '--frozen-lockfile', '--reporter=silent'], { cwd: root, env });
}

// A root script that is `node <file>` runs on this toolchain's Node directly: one wrapper fewer between a process
// manager's signal and the server. Anything else goes through pnpm.
const scriptCommand = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts?.[script] ?? '';
const direct = /^node (\S+\.mjs)$/.exec(scriptCommand);
const node = needNode ? toolsNode : process.execPath;
const child = direct
  ? spawn(node, [direct[1], ...rest], { cwd: root, stdio: 'inherit', env })
  : spawn(pnpm, ['run', '--silent', script, ...rest], { cwd: root, stdio: 'inherit', env });
// Signals sent to this wrapper alone (npm forwards a process manager's SIGTERM here) go on to the script, and
// this process leaves only when it has.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

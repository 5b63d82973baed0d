import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The signing secret of every server the tests start (unsubscribe links, feed addresses). */
export const TEST_SIGNING_SECRET = 'test-processes-signing-secret-of-32-characters';

export interface ServerProcess {
  url: string;
  process: ChildProcess;
  output(): string;
  /** Milliseconds from spawn to /readyz answering 200. */
  readyAfterMs: number;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * A port for a server of the tests: random, below Linux's ephemeral range (32768 up), where the system's own outgoing
 * connections take theirs and a listen could find one taken.
 */
export function freePort(): number {
  return 20000 + Math.floor(Math.random() * 12000);
}

/**
 * Runs the marketplace as `pnpm start` does (scripts/start.mjs), as the README's `npm start` does (`npm`, in a
 * process group of its own as a terminal would start it), or `api/dist/main.js` alone; and waits until /readyz
 * answers 200.
 */
export async function startServerProcess(options: {
  env?: Record<string, string>;
  script?: 'start' | 'main' | 'npm';
  /** Node's own flags before the script (`main` only), e.g. the production server's V8 flags. */
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = Number(options.env?.PORT ?? freePort());
  const entry = options.script === 'main' ? 'api/dist/main.js' : 'scripts/start.mjs';
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const [command, args] =
    options.script === 'npm'
      ? ['npm', ['start', '--silent']]
      : [process.execPath, [...(options.nodeArgs ?? []), path.join(repoRoot, entry)]];
  const child = spawn(command, args, {
    detached: options.script === 'npm',
    cwd: repoRoot,
    // The address the tests use is the public one: links in e-mails lead back to it.
    // Production needs a signing secret; the tests' processes share this one.
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      PUBLIC_URL: url,
      SIGNING_SECRET: TEST_SIGNING_SECRET,
      ...options.env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + (options.timeoutMs ?? 150_000);
  let readyAfterMs = 0;
  while (true) {
    if (child.exitCode !== null) throw new Error(`The server exited early (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not become ready in time:\n${output}`);
    }
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
    if (ready?.status === 200) {
      readyAfterMs = Math.round(performance.now() - started);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    process: child,
    output: () => output,
    readyAfterMs,
    exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { jobName } from '../jobs/job-runner.js';

/** What a job process (job-process.ts) reports, one JSON object a line on its stdout. */
export type JobProcessEvent =
  | { event: 'ready' | 'stopped' }
  | { event: 'sending' | 'sent'; to: string }
  | { event: 'echo'; data: unknown };

/** The one-off job a job process works besides the outbox: it reports its data. */
export const ECHO_JOB = jobName<{ text: string }>('echo');

export interface JobProcess {
  readonly events: JobProcessEvent[];
  /** The recipients of the e-mails it sent (its transport returned), in order. */
  sent(): string[];
  /** Resolves once it has reported an event that `match` accepts. */
  waitFor(match: (event: JobProcessEvent) => boolean, ms?: number): Promise<void>;
  /** SIGTERM, as a process manager stops an API process: resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the process dies wherever it is. */
  kill(): Promise<void>;
}

const script = fileURLToPath(new URL('./job-process.ts', import.meta.url));
const hooks = fileURLToPath(new URL('./source-imports.ts', import.meta.url));

/** Starts another process running the job queue on `databaseUrl` (from the TypeScript sources), once it is ready. */
export async function startJobProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<JobProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=source', '--experimental-transform-types', '--no-warnings', '--import', hooks, script],
    { env: { ...process.env, DATABASE_URL: databaseUrl, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const events: JobProcessEvent[] = [];
  let errors = '';
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line) events.push(JSON.parse(line) as JobProcessEvent);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = async (match: (event: JobProcessEvent) => boolean, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (!events.some(match)) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`The job process ended (${child.exitCode ?? child.signalCode}):\n${errors}`);
      }
      if (Date.now() > deadline) throw new Error(`The job process did not report it in time:\n${errors}`);
      await sleep(20);
    }
  };
  const process_: JobProcess = {
    events,
    sent: () => events.flatMap((event) => (event.event === 'sent' ? [event.to] : [])),
    waitFor,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  try {
    await waitFor((event) => event.event === 'ready', 60_000);
  } catch (error) {
    await process_.kill();
    throw error;
  }
  return process_;
}

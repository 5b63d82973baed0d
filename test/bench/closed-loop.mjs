// Load drivers for what autocannon cannot do: a closed loop with something to await before each request (a
// catalogue change, so every request is the first after one), and an open loop at a steady pace; both sort
// answers by status, so a refusal (429/503 with Retry-After) is counted apart from an error. Only the
// request is timed, never what runs before it.
import http from 'node:http';
import { percentile } from './load-runner.mjs';

/**
 * @typedef {object} ClosedLoopOptions
 * @property {string} url the server's origin
 * @property {number} connections concurrent clients, each sending its next request when its answer arrives
 * @property {number} duration seconds
 * @property {() => Promise<void>} [before] awaited before each request, outside the timing
 * @property {(i: number) => { body: string, headers?: Record<string, string> }} request
 * @property {(body: string) => boolean} [check] true when a 200 answer is right
 * @property {number} [timeoutMs] a request taking longer counts as an error (default 30 s)
 * @property {number} [minRequests] go on past the duration (up to three times it) until this many were sent
 */

/** @param {number[]} values */
function summary(values) {
  values.sort((a, b) => a - b);
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.at(-1) ?? Number.NaN,
  };
}

/**
 * Sends requests and sorts their answers: served (timed), refused (429/503, timed apart) or failed.
 * @param {{ url: string, maxSockets: number, timeoutMs?: number, check?: (body: string) => boolean }} options
 */
function requester(options) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
  const target = new URL('/graphql', options.url);
  /** @type {number[]} */
  const latencies = [];
  /** @type {number[]} */
  const refusedLatencies = [];
  let refusedWithoutRetryAfter = 0;
  let errors = 0;
  /** @type {string[]} */
  const samples = [];
  const started = performance.now();

  /** @param {{ body: string, headers?: Record<string, string> }} next */
  const post = (next) =>
    new Promise((resolve) => {
      const request = http.request(
        target,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', ...(next.headers ?? {}) },
          timeout: options.timeoutMs ?? 30_000,
        },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              retryAfter: response.headers['retry-after'],
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', (error) => resolve({ status: 0, body: String(error) }));
        },
      );
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', (error) => resolve({ status: 0, body: String(error) }));
      request.end(next.body);
    });

  return {
    /** @param {{ body: string, headers?: Record<string, string> }} next */
    async send(next) {
      const t0 = performance.now();
      const answer = /** @type {{ status: number, retryAfter?: string, body: string }} */ (await post(next));
      const elapsed = performance.now() - t0;
      if (answer.status === 429 || answer.status === 503) {
        if (answer.retryAfter) {
          refusedLatencies.push(elapsed);
          return;
        }
        // Refused without saying when to come back: a failure (and counted as such).
        refusedWithoutRetryAfter += 1;
      }
      const ok =
        answer.status === 200 && (options.check ? options.check(answer.body) : !answer.body.includes('"errors":['));
      if (ok) latencies.push(elapsed);
      else {
        errors += 1;
        if (samples.length < 3) samples.push(`${answer.status} ${answer.body.slice(0, 300)}`);
      }
    },
    result() {
      const seconds = (performance.now() - started) / 1000;
      agent.destroy();
      const served = summary(latencies);
      const refused = summary(refusedLatencies);
      return {
        requests: served.count,
        seconds,
        rps: served.count / seconds,
        p50: served.p50,
        p95: served.p95,
        p99: served.p99,
        max: served.max,
        errors,
        samples,
        refused: refused.count,
        refusedP95: refused.p95,
        refusedWithoutRetryAfter,
      };
    },
  };
}

/** @param {ClosedLoopOptions} options */
export async function runClosedLoop(options) {
  const client = requester({ ...options, maxSockets: options.connections });
  const started = performance.now();
  const deadline = started + options.duration * 1000;
  // Slow requests: at least `minRequests` of them (within three times the duration), so a p95 means something.
  const hardDeadline = started + 3 * options.duration * 1000;
  const minRequests = options.minRequests ?? 0;
  let sent = 0;
  const more = () => {
    const now = performance.now();
    return now < deadline || (sent < minRequests && now < hardDeadline);
  };
  const loop = async () => {
    while (more()) {
      if (options.before) await options.before();
      await client.send(options.request(sent++));
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  return client.result();
}

/**
 * Open loop: `perSecond` requests a second at a steady pace for `duration` seconds, each sent on time whether
 * or not the earlier ones were answered, so a stall shows in every request it delays.
 * @param {Omit<ClosedLoopOptions, 'connections' | 'before'> & { perSecond: number }} options
 */
export async function runPaced(options) {
  const client = requester({ ...options, maxSockets: Number.POSITIVE_INFINITY });
  const count = Math.round(options.duration * options.perSecond);
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < count; i += 1) {
    const due = started + (i * 1000) / options.perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(client.send(options.request(i)));
  }
  await Promise.all(pending);
  return client.result();
}

// One autocannon run, bounded in time (or in count), with its own latency record so p95 is exact
// (autocannon's summary has p90 and p97.5 but no p95) and a body check so a GraphQL error in a 200
// answer counts as an error.
import autocannon from 'autocannon';

/**
 * @typedef {object} LoadOptions
 * @property {string} url
 * @property {number} connections
 * @property {number} [duration] seconds
 * @property {number} [amount] total requests (instead of duration)
 * @property {(context: object) => { body: string, headers?: Record<string, string> }} request
 *   called for every request
 * @property {(body: string) => boolean} [check] true when the answer is right
 * @property {(body: string) => void} [onBody] sees every answer's body
 */

/**
 * @typedef {object} LoadResult
 * @property {number} requests answered requests
 * @property {number} seconds
 * @property {number} rps
 * @property {number} p50
 * @property {number} p95
 * @property {number} p99
 * @property {number} max
 * @property {number} errors connection errors, timeouts, non-2xx answers and failed body checks
 * @property {string[]} samples a few failed bodies, for the report
 * @property {number} refused answers 429 or 503 with Retry-After (load shedding): counted apart, their
 *   latency not in p50/p95
 * @property {number} refusedP95
 */

/**
 * Load shedding's refusals: 429 or 503 with Retry-After, not errors and not served either. A 503 without
 * Retry-After is a failure, not a refusal.
 * @param {number} status @param {Record<string, string> | undefined} headers
 */
export function isRefusal(status, headers) {
  if (status !== 429 && status !== 503) return false;
  return Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'retry-after');
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * @param {LoadOptions} options
 * @returns {Promise<LoadResult>}
 */
export async function runLoad(options) {
  /** @type {number[]} */
  const latencies = [];
  /** @type {number[]} */
  const refusedLatencies = [];
  let lastWasRefused = false;
  let failedChecks = 0;
  /** @type {string[]} */
  const samples = [];
  const started = performance.now();
  let lastAnswer = started;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    pipelining: 1,
    timeout: 10,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const next = options.request(context);
          return {
            ...request,
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', ...(next.headers ?? {}) },
            body: next.body,
          };
        },
        // autocannon calls onResponse, then emits 'response' for the same answer, synchronously: the flag
        // carries the verdict from one to the other.
        onResponse: (status, body, _context, headers) => {
          lastWasRefused = isRefusal(status, headers);
          if (lastWasRefused) return;
          const ok = status === 200 && (options.check ? options.check(body) : !body.includes('"errors":[{'));
          if (!ok) {
            failedChecks += 1;
            if (samples.length < 3) samples.push(`${status} ${String(body).slice(0, 300)}`);
          }
          options.onBody?.(body);
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (_status, _bytes, responseTime) => {
        (lastWasRefused ? refusedLatencies : latencies).push(responseTime);
        lastWasRefused = false;
        lastAnswer = performance.now();
      });
    },
  });
  // autocannon notices the last answer on its one-second tick: the run ends with that answer.
  const seconds = ((options.amount ? lastAnswer : performance.now()) - started) / 1000;
  latencies.sort((a, b) => a - b);
  refusedLatencies.sort((a, b) => a - b);
  // Connection errors and timeouts are autocannon's; a non-200 answer or a failed check is ours.
  const errors = result.errors + failedChecks;
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    errors,
    samples,
    refused: refusedLatencies.length,
    refusedP95: percentile(refusedLatencies, 95),
  };
}

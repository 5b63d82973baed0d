// Two servers compared in the same minutes: short rounds A B A B … at the same connection count, a ratio
// of requests/s per pair, and the median of the ratios. Runs minutes apart compare the machine's moods as
// much as the servers; pairs taken seconds apart share them.

import { runLoad } from './load-runner.mjs';
import { loadAverage } from './machine-load.mjs';

/**
 * @param {{ rounds: number, seconds: number, connections: number,
 *   a: Omit<import('./load-runner.mjs').LoadOptions, 'connections'>,
 *   b: Omit<import('./load-runner.mjs').LoadOptions, 'connections'>,
 *   between?: () => Promise<void> }} options
 *   `a` is the server measured, `b` the reference; `between` runs between two runs (e.g. wait for the
 *   database to be idle)
 */
export async function runInterleaved(options) {
  const { rounds, seconds, connections } = options;
  // One short warm-up each, not measured.
  await runLoad({ ...options.a, connections, duration: Math.min(2, seconds) });
  await options.between?.();
  await runLoad({ ...options.b, connections, duration: Math.min(2, seconds) });
  await options.between?.();
  const pairs = [];
  for (let round = 1; round <= rounds; round += 1) {
    const load = loadAverage()[0];
    const a = await runLoad({ ...options.a, connections, duration: seconds });
    await options.between?.();
    const b = await runLoad({ ...options.b, connections, duration: seconds });
    await options.between?.();
    pairs.push({ round, load, a, b, ratio: a.rps / b.rps });
    console.log(
      `    round ${round}: ${a.rps.toFixed(0)} / ${b.rps.toFixed(0)} req/s = ${(a.rps / b.rps).toFixed(2)} ` +
        `(p50 ${a.p50.toFixed(1)} / ${b.p50.toFixed(1)} ms; load ${load.toFixed(2)}; errors ${a.errors} / ${b.errors}; refused ${a.refused} / ${b.refused})`,
    );
  }
  const ratios = pairs.map((p) => p.ratio).sort((x, y) => x - y);
  const middle = Math.floor(ratios.length / 2);
  const median = ratios.length % 2 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
  return {
    pairs,
    median,
    min: ratios[0],
    max: ratios.at(-1),
    errors: pairs.reduce((n, p) => n + p.a.errors + p.b.errors, 0),
    refused: pairs.reduce((n, p) => n + (p.a.refused ?? 0) + (p.b.refused ?? 0), 0),
  };
}

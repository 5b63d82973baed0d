// docs/performance.md: the figures of the last `pnpm bench` run and whether each target is met. Only the
// part between the bench markers is rewritten; what is written around it by hand stays.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BEGIN = '<!-- bench:begin (written by `pnpm bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const num = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/**
 * The read targets for one set of scenarios: as served (keys a, b, c, e) or with the response cache
 * bypassed (keys a*, b*, c*, e*).
 * @param {Record<string, any>} results @param {string} suffix @param {string} group
 */
function readTargets(results, suffix, group) {
  const [a, b, c, e] = ['a', 'b', 'c', 'e'].map((key) => results[`${key}${suffix}`]);
  const floor = results.floor;
  const targets = [];
  for (const [key, result] of [
    ['b', b],
    ['c', c],
  ]) {
    if (!result) continue;
    targets.push({
      group,
      name: `search (${key}${suffix}): p95 ≤ 50 ms and p50 ≤ 20 ms`,
      figure: `p95 ${ms(result.p95)}, p50 ${ms(result.p50)}`,
      met: result.p95 <= 50 && result.p50 <= 20 && result.errors === 0,
    });
  }
  if (a && floor) {
    const ratio = a.rps / floor.rps;
    targets.push({
      group,
      name: `browse (a${suffix}): at least 50 % of the floor's requests/s`,
      figure: `${num(a.rps)} / ${num(floor.rps)} req/s = ${num(ratio * 100)} %`,
      met: ratio >= 0.5 && a.errors === 0,
    });
  }
  if (a && e) {
    targets.push({
      group,
      name: `deep pagination (e${suffix}): p95 within 1.5× of the first page's (a${suffix})`,
      figure: `p95 ${ms(e.p95)} vs ${ms(a.p95)} = ${num(e.p95 / a.p95, 2)}×`,
      met: e.p95 <= 1.5 * a.p95 && e.errors === 0,
    });
  }
  return targets;
}

/** @param {any} report */
export function evaluateTargets(report) {
  const { f } = report.results;
  const targets = readTargets(report.results, '', 'as served');
  if (f) {
    targets.push({
      group: 'as served',
      name: 'writes (f): no errors, every acknowledged EoI in the database, p95 ≤ 150 ms',
      figure:
        `${f.errors} errors, ${f.acknowledgedFound} of ${f.acknowledged} acknowledged found ` +
        `(${f.madeByRun} made), p95 ${ms(f.p95)}`,
      met:
        f.errors === 0 &&
        f.acknowledged > 0 &&
        f.acknowledgedFound === f.acknowledged &&
        f.madeByRun === f.acknowledged &&
        f.p95 <= 150,
    });
  }
  const apiPeaks = Object.entries(report.results)
    .filter(([key]) => key !== 'floor')
    .map(([, result]) => result.rssPeak);
  const peak = Math.max(report.rssHighWater, ...apiPeaks);
  targets.push({
    group: 'as served',
    name: 'server RSS ≤ 300 MB throughout',
    figure: `peak ${num(peak)} MB (VmHWM over the whole run)`,
    met: peak <= 300,
  });
  for (const page of (report.lighthouse ?? []).filter((result) => result.formFactor === 'desktop')) {
    targets.push({
      group: 'as served',
      name: `Lighthouse performance ≥ 95 (desktop): ${page.page}`,
      figure: `${page.score} (${page.formFactor})`,
      met: page.score >= 95,
    });
  }
  targets.push(...readTargets(report.results, '*', 'response cache bypassed'));
  return targets;
}

/** @param {any} report */
function render(report, targets) {
  const m = report.machine;
  const rows = Object.entries(report.results).map(
    ([key, r]) =>
      `| ${key} | ${r.label} | ${r.connections} | ${r.requests} | ${num(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ` +
      `${ms(r.p99)} | ${r.errors} | ${num(r.statementsPerRequest, 2)} | ${num(r.rssPeak)} MB |`,
  );
  const lighthouse = report.lighthouse
    ? report.lighthouse
        .map(
          (page) =>
            `| ${page.page} | ${page.score}${page.scores.length > 1 ? ` (runs: ${page.scores.join(', ')})` : ''} | ${page.formFactor} | ${num(page.metrics.fcp)} ms | ` +
            `${num(page.metrics.lcp)} ms | ${num(page.metrics.tbt)} ms | ${num(page.metrics.cls, 3)} |`,
        )
        .join('\n')
    : null;
  return [
    BEGIN,
    '',
    `## Last run: ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Commit: \`${m.commit}\``,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${num(m.ramGb, 1)} GB RAM, ${m.os}; Node ${m.node}; ${report.postgres}`,
    `- Load average (1/5/15 min) at the start: ${m.loadAverage.map((n) => n.toFixed(2)).join(' / ')}; ` +
      `at the end: ${report.endLoadAverage.map((n) => n.toFixed(2)).join(' / ')}`,
    `- Database: ${report.database}; ${report.counts.assets} assets (${report.counts.published} published), ` +
      `${report.counts.companies} companies, ${report.counts.institutes} institutes, ${report.counts.eois} EoIs`,
    `- Each read scenario: ${report.warmupSeconds} s warm-up, then ${report.durationSeconds} s measured; ` +
      `the whole run took ${num(report.elapsedSeconds / 60, 1)} min`,
    '',
    '### Targets',
    '',
    'As served: the targets of the issue, for the server as visitors meet it. With the response cache bypassed',
    '(`Cache-Control: no-cache`, scenarios marked *): the same read targets for what a signed-in viewer, a first',
    'visitor or the first request after a catalogue change costs — shown for information.',
    '',
    '| | target | figure | met |',
    '| --- | --- | --- | --- |',
    ...targets.map((t) => `| ${t.group} | ${t.name} | ${t.figure} | ${t.met ? 'met' : '**not met**'} |`),
    '',
    '### Scenarios',
    '',
    '| | scenario | connections | requests | req/s | p50 | p95 | p99 | errors | SQL statements / request | server RSS peak |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(lighthouse
      ? [
          '### Lighthouse (performance category)',
          '',
          'Desktop preset (the target), then the mobile preset for information (one run; a slow phone on a slow',
          "4G network, simulated, where the score swings with the machine's load).",
          '',
          '| page | score | form factor | FCP | LCP | TBT | CLS |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          lighthouse,
          '',
        ]
      : []),
    END,
  ].join('\n');
}

const INTRO = `# Performance

\`pnpm bench\` measures the catalogue and the API at scale: it starts the production server
(\`api/dist/main.js\`, \`NODE_ENV=production\`, the V8 flags of \`pnpm start\`) on the scale database that
\`pnpm seed:scale\` builds (100 000 assets, 5 000 companies, 20 institutes, 200 000 EoIs with their histories and
threads), drives it over loopback with autocannon and rewrites the section between the markers below. The
scenarios, 10 connections each unless said:

- **a** browse: the first catalogue page of 20 with institute, sectors and inventors;
- **e** deep pagination: page 50 by cursor (the cursor of page 49 is fetched first), right after (a);
- **floor**: the same answer as (a) from a minimal \`node:http\` + \`pg\` endpoint with one hand-written SQL statement
  (\`test/bench/floor-server.mjs\`; the run checks that both answers are equal);
- **b** search for a common term with facets and total count (the web app's catalogue query);
- **c** search for a rare term with two filters (kind and minimum TRL);
- **d** an asset page (the web app's query, related listings included), 2 000 different listings in turn;
- **\`a*\`–\`e*\`** the same with \`Cache-Control: no-cache\`, which bypasses the response cache for anonymous
  visitors: what a signed-in viewer, a first visitor or the first request after a catalogue change costs;
- **f** EoI submissions by 50 companies at once (50 connections, 1 000 submissions), each on an asset its company
  has no open EoI on; every acknowledged EoI is then looked up in the database.

Each read scenario has a warm-up first; after each one the run waits until the database is idle, so one
scenario's stragglers do not slow the next. Latencies are autocannon's response times (nearest-rank percentiles
over every answer); an answer with a GraphQL error counts as an error. SQL statements are counted by PostgreSQL
(\`pg_stat_statements\`, \`BEGIN\` and \`COMMIT\` included) over the measured requests. RSS is the server
process's, from \`/proc/<pid>/status\`: sampled every 100 ms within each scenario, and VmHWM (the peak since it
started) at the end. The load generator runs on the same two cores as the server and PostgreSQL.

`;

/**
 * @param {any} report
 * @param {string | null} file
 */
export function writeReport(report, file) {
  const targets = evaluateTargets(report);
  const section = render(report, targets);
  if (file) {
    mkdirSync(path.dirname(file), { recursive: true });
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const begin = current.indexOf(BEGIN);
    const end = current.indexOf(END);
    const markdown =
      begin >= 0 && end > begin
        ? `${current.slice(0, begin)}${section}${current.slice(end + END.length)}`
        : `${INTRO}${section}\n`;
    writeFileSync(file, markdown);
    return { targets, markdown };
  }
  return { targets, markdown: section };
}

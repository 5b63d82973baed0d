// docs/performance.md: the figures of one `pnpm bench` run, the targets of issue #15 met or not, and the
// machine's load while they were taken. Everything up to the end marker is written from the run; what
// follows the marker is written by hand and stays.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BEGIN = '<!-- bench:begin (written by `pnpm bench`; edit below the end marker) -->';
const END = '<!-- bench:end -->';

const ms = (value) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms` : '–');
const num = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const loads = (values) => values.map((n) => n.toFixed(2)).join(' / ');

/** A latency target on one row: met only with no errors and nothing refused. */
function latencyTarget(r, scenario, today, limits) {
  if (!r) return { scenario, today, target: '', figure: 'not measured', met: false };
  const parts = [];
  let met = r.errors === 0 && (r.refused ?? 0) === 0;
  if (limits.p50 !== undefined) {
    parts.push(`p50 ${ms(r.p50)}`);
    met &&= r.p50 <= limits.p50;
  }
  if (limits.p95 !== undefined) {
    parts.push(`p95 ${ms(r.p95)}`);
    met &&= r.p95 <= limits.p95;
  }
  if (r.errors) parts.push(`${r.errors} errors`);
  if (r.refused) parts.push(`${r.refused} refused`);
  const target = [
    limits.p50 !== undefined ? `p50 ≤ ${limits.p50} ms` : null,
    limits.p95 !== undefined ? `p95 ≤ ${limits.p95} ms` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return { scenario, today, target, figure: parts.join(', '), met };
}

/** The targets of issue #15, in its order; figures from the run. */
export function evaluateTargets(report) {
  const r = report.results;
  const targets = [
    latencyTarget(r['member landing cold'], 'landing page (catalogue + facets), signed in, cold', 'p50 4.2 s', {
      p50: 30,
      p95: 80,
    }),
    latencyTarget(
      r['member common cold 1c'],
      'common-term search with facets, 1 connection, signed in, cold',
      'p50 1.2 s',
      { p50: 40 },
    ),
    latencyTarget(
      r['member common cold'],
      'common-term search with facets, 10 connections, signed in, cold',
      'p50 ≈ 5 s',
      {
        p95: 250,
      },
    ),
    latencyTarget(r['member rare cold'], 'rare term, two filters, signed in, cold', 'p50 71 ms', { p50: 15, p95: 40 }),
  ];
  const browse = r['browse vs floor'];
  targets.push({
    scenario: 'browse page 1, uncached, against the floor (interleaved, median of the pairs)',
    today: '34 % of the floor',
    target: '≥ 60 % of the floor',
    figure: browse
      ? `${num(browse.interleaved.median * 100)} % (pairs ${num(browse.interleaved.min * 100)}–` +
        `${num(browse.interleaved.max * 100)} %)${browse.interleaved.refused ? `, ${browse.interleaved.refused} refused` : ''}` +
        `${browse.floorMatches ? '' : '; the floor’s answer differs from the API’s'}`
      : 'not measured',
    met: Boolean(
      browse &&
        browse.interleaved.median >= 0.6 &&
        browse.interleaved.errors + browse.interleaved.refused === 0 &&
        browse.floorMatches,
    ),
  });
  const listing = r['member listing cold'];
  const listingQuery = r['anonymous listing cold'];
  targets.push({
    scenario: "listing page, the web's query, cold",
    today: '7.85 statements',
    target: '≤ 3 statements, p95 ≤ 30 ms',
    figure:
      `${num(listingQuery?.statementsPerRequest, 2)} statements anonymous (${num(listing?.statementsPerRequest, 2)} ` +
      `signed in, session included); p95 ${ms(listing?.p95)} signed in, ${ms(listingQuery?.p95)} anonymous`,
    met: Boolean(
      listing &&
        listingQuery &&
        listingQuery.statementsPerRequest <= 3 &&
        listing.p95 <= 30 &&
        listing.errors + listingQuery.errors === 0,
    ),
  });
  const writes = r.writes;
  targets.push({
    scenario: '50 companies submitting EoIs',
    today: 'p95 160–204 ms',
    target: 'p95 ≤ 120 ms, 0 lost',
    figure: writes
      ? `p95 ${ms(writes.p95)}, ${writes.lost} lost (${writes.errors} errors, ${writes.acknowledgedFound} of ` +
        `${writes.acknowledged} acknowledged found, ${writes.madeByRun} made)`
      : 'not measured',
    met: Boolean(
      writes &&
        writes.p95 <= 120 &&
        writes.lost === 0 &&
        writes.madeByRun === writes.acknowledged &&
        writes.acknowledged > 0,
    ),
  });
  for (const name of ['landing', 'common']) {
    const reference = r[`anonymous ${name}`];
    for (const variant of ['fake cookie', 'no-cache']) {
      const row = r[`${variant} ${name}`];
      // Served like everyone else: about the anonymous visitors' latency, measured right before.
      const met = Boolean(
        row && reference && row.errors === 0 && row.p50 <= 2 * reference.p50 + 2 && row.p95 <= 2 * reference.p95 + 5,
      );
      targets.push({
        scenario: `${name === 'landing' ? 'landing page' : 'common-term search'} with ${
          variant === 'fake cookie' ? 'a made-up session cookie' : '`Cache-Control: no-cache`'
        }`,
        today: 'recomputes',
        target: "served like everyone else (within 2× the anonymous visitors' p50 + 2 ms and p95 + 5 ms)",
        figure: row
          ? `p50 ${ms(row.p50)}, p95 ${ms(row.p95)} (anonymous: ${ms(reference?.p50)}, ${ms(reference?.p95)}); ` +
            `${num(row.statementsPerRequest, 2)} statements/request`
          : 'not measured',
        met,
      });
    }
  }
  const hammer = r['hammer searches'];
  const cheap = r['hammer cheap'];
  targets.push({
    scenario: '20 clients hammering uncached common searches',
    today: 'both cores saturated, everything slows',
    target: 'other requests keep p95 ≤ 100 ms; excess refused fast',
    figure:
      hammer && cheap
        ? `other requests: p95 ${ms(cheap.p95)}, ${cheap.errors} errors, ${cheap.refused} refused; searches: ` +
          `${hammer.requests} served (p50 ${ms(hammer.p50)}, p95 ${ms(hammer.p95)}), ${hammer.refused} refused ` +
          `(p95 ${ms(hammer.refusedP95)}${hammer.refusedWithoutRetryAfter ? `, ${hammer.refusedWithoutRetryAfter} without Retry-After` : ''}), ${hammer.errors} errors`
        : 'not measured',
    met: Boolean(
      hammer &&
        cheap &&
        cheap.p95 <= 100 &&
        cheap.errors + cheap.refused === 0 &&
        hammer.errors === 0 &&
        hammer.refusedWithoutRetryAfter === 0 &&
        (hammer.refused === 0 || hammer.refusedP95 <= 100),
    ),
  });
  for (const key of [
    'member landing warm',
    'member common warm',
    'anonymous landing',
    'anonymous common',
    'anonymous rare',
  ]) {
    const row = r[key];
    targets.push({
      ...latencyTarget(row, `${row?.label ?? key}, ${row?.path ?? ''}, ${row?.cache ?? ''}`, '≈ 1–3 ms (cached)', {
        p50: 3,
      }),
      target: 'warm cache as today: p50 ≤ 3 ms',
    });
  }
  // Issue #13: matchmaking at scale (100 000 listings, 5 000 companies), computed for each request.
  for (const [key, scenario] of [
    ['recommendations', "a company's recommendations, 10 connections"],
    ['recommendations 1c', "a company's recommendations, 1 connection"],
    ['companies to approach', "a listing's companies to approach, 10 connections"],
    ['companies to approach 1c', "a listing's companies to approach, 1 connection"],
  ]) {
    targets.push(latencyTarget(r[key], `${scenario} (issue #13)`, 'new', { p95: 100 }));
  }
  const apiPeaks = Object.values(r)
    .map((row) => row.rssPeak)
    .filter(Number.isFinite);
  const peak = Math.max(report.rssHighWater, ...apiPeaks);
  targets.push({
    scenario: 'server memory',
    today: '',
    target: 'RSS ≤ 300 MB throughout',
    figure: `peak ${num(peak)} MB (VmHWM over the whole run)`,
    met: peak <= 300,
  });
  const desktop = (report.lighthouse ?? []).filter((result) => result.formFactor === 'desktop');
  for (const page of desktop) {
    targets.push({
      scenario: `Lighthouse performance, desktop: ${page.page}`,
      today: '',
      target: '≥ 95',
      figure: String(page.score),
      met: page.score >= 95,
    });
  }
  // Reports written before the SEO category was audited have no `seo`.
  for (const page of desktop.filter((result) => result.seo !== undefined)) {
    targets.push({
      scenario: `Lighthouse SEO, desktop: ${page.page}`,
      today: '',
      target: '≥ 95',
      figure: `${page.seo}${page.seoLost?.length ? ` (lost: ${page.seoLost.join('; ')})` : ''}`,
      met: page.seo >= 95,
    });
  }
  return targets;
}

/** Why the figures may not be the machine's best: anything else busy at the start or at the end. */
export function busyReasons(report) {
  return [
    ...report.startLoad.reasons.map((reason) => `at the start: ${reason}`),
    // At the end the load average is the bench's own; only other processes count.
    ...report.endLoad.reasons.filter((reason) => reason.startsWith('another')).map((reason) => `at the end: ${reason}`),
  ];
}

/** A scenario's CPU per answered request and the mean latency its closed loop cannot go below on these cores. */
function cpuCells(r, cores) {
  const c = r.cpuPerRequest;
  if (!c) return '– | –';
  const postgres = Number.isFinite(c.postgres) ? c.postgres : 0;
  const floor = (r.connections * (c.server + postgres + c.bench)) / cores;
  return (
    `${num(c.server, 1)} + ${Number.isFinite(c.postgres) ? num(c.postgres, 1) : '?'} + ${num(c.bench, 1)} ms ` +
    `(${num(c.rest, 1)} ms) | ${typeof r.connections === 'number' ? ms(floor) : '–'}`
  );
}

function render(report, targets, busy) {
  const m = report.machine;
  const rows = Object.entries(report.results)
    .filter(([, r]) => !r.interleaved)
    .map(
      ([key, r]) =>
        `| ${key} | ${r.label} | ${r.path} | ${r.cache} | ${r.connections} | ${r.requests} | ${num(r.rps, r.rps < 10 ? 1 : 0)} | ` +
        `${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.refused ? `${r.refused} (p95 ${ms(r.refusedP95)})` : 0} | ` +
        `${num(r.statementsPerRequest, 2)} | ${cpuCells(r, m.cores)} | ${num(r.rssPeak)} MB | ${num(r.loadStart, 2)} → ${num(r.loadEnd, 2)} |`,
    );
  const browse = report.results['browse vs floor'];
  const pairs = browse
    ? browse.interleaved.pairs.map(
        (p) =>
          `| ${p.round} | ${num(p.load, 2)} | ${num(p.a.rps)} | ${ms(p.a.p50)} | ${num(p.b.rps)} | ${ms(p.b.p50)} | ` +
          `${num(p.ratio * 100)} % | ${p.a.errors + p.b.errors} | ${p.a.refused} |`,
      )
    : [];
  const lighthouse = (report.lighthouse ?? []).map(
    (page) =>
      `| ${page.page} | ${page.score}${page.scores.length > 1 ? ` (runs: ${page.scores.join(', ')})` : ''} | ${page.formFactor} | ` +
      `${num(page.metrics.fcp)} ms | ${num(page.metrics.lcp)} ms | ${num(page.metrics.tbt)} ms | ${num(page.metrics.cls, 3)} | ` +
      `${page.seo ?? ''} |`,
  );
  const consumers = (load) =>
    load.consumers.length
      ? load.consumers.map((c) => `${c.pid} ${c.command.slice(0, 60)} (${num(c.cpuPercent)} %)`).join('; ')
      : 'none above 5 % of a core';
  return [
    BEGIN,
    '',
    `## Last run: ${report.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    ...(busy.length
      ? [
          '> **Warning: the machine was busy.** These figures were taken while other work ran on the same cores and',
          '> are worse than the code deserves; rerun `pnpm bench` on a quiet machine before judging them.',
          ...busy.map((reason) => `> - ${reason}`),
          '',
        ]
      : []),
    `- Commit: \`${m.commit}\``,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${num(m.ramGb, 1)} GB RAM, ${m.os}; Node ${m.node}; ${report.postgres}`,
    `- Load average (1/5/15 min) before the run: ${loads(report.startLoad.loadAverage)}; after it: ` +
      `${loads(report.endLoad.loadAverage)}. Other processes using CPU before: ${consumers(report.startLoad)}; ` +
      `after: ${consumers(report.endLoad)}`,
    `- Database: ${report.database}; ${report.counts.assets} assets (${report.counts.published} published), ` +
      `${report.counts.companies} companies, ${report.counts.institutes} institutes, ${report.counts.eois} EoIs`,
    `- Each scenario: ${report.warmupSeconds} s warm-up, then ${report.durationSeconds} s measured; browse against ` +
      `the floor: ${report.rounds} rounds of ${report.roundSeconds} s per side; the overload: ${report.hammerSeconds} s; ` +
      `the whole run took ${num(report.elapsedSeconds / 60, 1)} min`,
    '',
    '### Targets (issue #15)',
    '',
    '10 connections unless said; cold: every request the first after a catalogue change.',
    '',
    '| scenario | before (issue #15) | target | this run | met |',
    '| --- | --- | --- | --- | --- |',
    ...targets.map(
      (t) => `| ${t.scenario} | ${t.today} | ${t.target} | ${t.figure} | ${t.met ? 'met' : '**not met**'} |`,
    ),
    '',
    '### Scenarios',
    '',
    'Latencies of served answers; refusals (429/503, load shedding) are counted apart with their own p95. The load',
    'column is the 1-minute load average at the start and the end of the scenario (the bench itself loads the machine).',
    'CPU per request: the CPU time the API server, PostgreSQL (cold scenarios: with the catalogue changes made before',
    "each request) and the bench's own process used over the scenario, divided by the answers; the rest of the machine",
    `in brackets. The server, the database and the load generator share the same ${m.cores} cores: with more clients than`,
    'cores, each of c clients in a closed loop waits at least c × (server + PostgreSQL + bench) ÷ cores on average — the',
    'CPU floor of the mean latency. A target below that floor cannot be met on this machine by shorter waits, only by',
    'using less CPU per request.',
    '',
    '| | scenario | who | cache | connections | requests | req/s | p50 | p95 | p99 | errors | refused | SQL statements / request | CPU per request: server + PostgreSQL + bench (rest of the machine) | CPU floor of the mean latency | server RSS peak | load |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(browse
      ? [
          '### Browse page 1 against the floor, interleaved',
          '',
          `Server: the browse page with a new question each request (uncached). Floor: the same answer from one SQL`,
          `statement (uncached by construction). Median ratio of requests/s: **${num(browse.interleaved.median * 100)} %**.`,
          '',
          '| round | load (1 min) | server req/s | server p50 | floor req/s | floor p50 | ratio | errors | refused by the server |',
          '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
          ...pairs,
          '',
        ]
      : []),
    ...Object.entries(report.results)
      .filter(([, r]) => r.breakdown?.length)
      .flatMap(([key, r]) => [
        `### Statements of one request: ${key}`,
        '',
        `${num(r.statementsPerRequest, 2)} statements per request in all (and ${num(r.backgroundStatements)} calls of ` +
          'background statements, left out); the most frequent (per request, mean time):',
        '',
        '| per request | mean | statement |',
        '| --- | --- | --- |',
        ...r.breakdown.map(
          (b) =>
            `| ${num(b.perRequest, 2)} | ${num(b.meanMs, 2)} ms | \`${b.query.replaceAll('|', '\\|').replaceAll('`', "'")}\` |`,
        ),
        '',
      ]),
    ...(lighthouse.length
      ? [
          '### Lighthouse (performance and SEO categories)',
          '',
          'Desktop preset (the target), then the mobile preset for information (one run; a slow phone on a slow',
          "4G network, simulated, where the score swings with the machine's load). The score is the performance",
          "category's; SEO does not move between runs and is audited once a page (the SEO journey checks it in both",
          'languages in the tests: test/src/lighthouse-seo.test.ts).',
          '',
          '| page | score | form factor | FCP | LCP | TBT | CLS | SEO |',
          '| --- | --- | --- | --- | --- | --- | --- | --- |',
          ...lighthouse,
          '',
        ]
      : []),
    END,
  ].join('\n');
}

const INTRO = `# Performance

\`pnpm bench\` measures the catalogue and the API at scale, as their users meet them. It starts the production
server (\`api/dist/main.js\`, \`NODE_ENV=production\`, the V8 flags of \`pnpm start\`) on the scale database that
\`pnpm seed:scale\` builds (100 000 listings, 5 000 companies, 20 institutes, 200 000 EoIs with their histories and
threads), signs ten company members in through the API (\`logIn\`; the bench gives them a password first, hashed
as the API hashes passwords), drives the server over loopback and rewrites this file up to the end marker. The
requests are the web app's own documents, read from its \`.graphql\` files: the catalogue (\`CatalogueSearch\`,
facets and count included; with no term it is the landing page) and the listing page (\`AssetDetail\`, related
listings included).

- **Signed in, cold** — the main users' path when nothing is cached: before each request the bench makes a
  catalogue change that changes nothing but fires the catalogue's triggers like any edit (mostly an institute
  saved unchanged; every tenth, a listing's sectors saved unchanged, so per-listing search rows and facet
  counts move as under real edits), so every request is the first after a catalogue change and no answer or
  per-revision state computed before it may serve it. Only the request is timed, never the change. Closed
  loop: each client sends its next request when its answer arrives; slow scenarios go on until at least 20
  requests were answered. Two clients that ask the same question between the same two changes share one
  computation, as two visitors would in production (the landing page at 10 connections benefits from it).
  The listing page is also measured anonymous and cold, for its statements without a session's, listed below.
- **Signed in, warm** — the same members asking the same question again with nothing changed.
- **Anonymous, as served** — visitors without a session, after a warm-up.
- **Cache switched off** — the same requests with a made-up \`tt_session\` cookie or \`Cache-Control: no-cache\`,
  right after the anonymous figures they should match.
- **Browse page 1 against the floor** — the floor (\`test/bench/floor-server.mjs\`) is \`node:http\` + \`pg\` with one
  hand-written SQL statement giving the same answer (the run checks both answers are equal); it caches nothing,
  so the server is measured uncached too: each request carries a variable the operation does not declare
  (GraphQL ignores it), a question never asked before that no cache can answer. The two are measured
  interleaved, A B A B …, in short rounds at the same connection count; the ratio of requests/s is taken per
  pair and the median reported.
- **Overload** — 20 clients hammering common-term searches, each request a new question (uncached), while one
  client measures cheap requests (cached landing page, rare term, browse page). Answers 429 or 503 are counted
  as refusals with their own latency, not as errors.
- **Writes** — 50 companies submitting EoIs at once (1 000 submissions), each on a listing its company has no open
  EoI on, after a warm-up of 200 submissions by the same companies on other listings (not measured, not counted);
  every acknowledged EoI is then looked up in the database (lost = errors + acknowledged but not found).

After each scenario the run waits until the database is idle, so one scenario's stragglers do not slow the next.
Latencies are nearest-rank percentiles over every answer; an answer with a GraphQL error counts as an error. SQL
statements are counted by PostgreSQL (\`pg_stat_statements\`, \`BEGIN\` and \`COMMIT\` included, the bench's own
catalogue changes and the job queue's polling and maintenance left out, and so are the statements counted fewer
times than once per 200 requests: the scheduled jobs', a call or two each when one runs within a scenario; their
calls are given beside each breakdown below). The load generator runs on the same cores as the server and PostgreSQL. The machine's
load is recorded before and after the run (the load average and any other process using CPU, from \`/proc\`), per
scenario and per interleaved round; a busy machine puts a warning at the top of the figures.

`;

/**
 * @param {any} report
 * @param {string | null} file
 */
export function writeReport(report, file) {
  const targets = evaluateTargets(report);
  const busy = busyReasons(report);
  const section = render(report, targets, busy);
  if (!file) return { targets, busy, markdown: section };
  mkdirSync(path.dirname(file), { recursive: true });
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const end = current.indexOf(END);
  const handWritten = end >= 0 ? current.slice(end + END.length) : '\n';
  const markdown = `${INTRO}${section}${handWritten}`;
  writeFileSync(file, markdown);
  return { targets, busy, markdown };
}

// `pnpm bench`: the catalogue and API at scale. Builds what is missing, makes sure the scale database is
// there (`pnpm seed:scale` when it is not), starts the production server on it and drives it over loopback
// with autocannon, after a warm-up, for each scenario; measures a floor for the browse page; writes
// docs/performance.md. Figures, not assertions: it is not part of the test command.
//
// Options: --duration <s> (measured seconds per read scenario, default 10), --warmup <s> (default 3),
// --writes <n> (EoI submissions in (f), default 1000), --no-lighthouse, --no-report.
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openScaleDatabase } from '@tt/db/seeds/scale/scale-database';
import { COMMON_TERM, RARE_TERM } from '@tt/db/seeds/scale/scale-vocabulary';
import pg from 'pg';
import { runLighthouse } from '../lighthouse/run-lighthouse.mjs';
import { ASSET_PAGE, BROWSE, SEARCH } from './bench-operations.mjs';
import { buildApp, freePort, root, run, startProductionServer, startScript } from './bench-server.mjs';
import { prepareWriters } from './eoi-writers.mjs';
import { runLoad } from './load-runner.mjs';
import { writeReport } from './performance-report.mjs';
import { machineInfo, RssSampler } from './process-stats.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    writes: { type: 'string', default: '1000' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-report': { type: 'boolean', default: false },
  },
});
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const WRITES = Number(args.writes);
const CONNECTIONS = 10;
const WRITERS = 50;
const DEEP_PAGE = 50;

const started = Date.now();
const machine = machineInfo();
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb.toFixed(1)} GB, Node ${machine.node}; ` +
    `load average ${machine.loadAverage.map((n) => n.toFixed(2)).join(' ')}`,
);

buildApp();
run(process.execPath, [path.join(root, 'db/dist/cli/seed-scale.js'), '--if-missing'], 'Scale data (pnpm seed:scale)');

const database = await openScaleDatabase();
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
/** @param {string} text @param {unknown[]} [params] */
const sql = async (text, params) => (await admin.query(text, params)).rows;

/** @type {{ stop(): Promise<void> } | undefined} */
let server;
/** @type {{ stop(): Promise<void> } | undefined} */
let floor;
try {
  const [{ version: postgres }] = await sql(`select split_part(version(), ' on ', 1) as version`);
  // Statements are counted by PostgreSQL; without pg_stat_statements (an external server that does not load
  // it) the figures say so rather than guess.
  const statementStatsOn = await sql('create extension if not exists pg_stat_statements')
    .then(() => sql('select 1 from pg_stat_statements limit 1'))
    .then(
      () => true,
      () => false,
    );
  if (!statementStatsOn) console.log('pg_stat_statements is not available: SQL statements will not be counted');
  // The reminder job runs when the server starts; in steady state it has already reminded about everything
  // due, so the load does not start with a backlog of thousands of reminder e-mails.
  await sql(`update expression_of_interest set overdue_notified_at = now()
    where status in ('SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION') and first_response_at is null
      and response_due_at <= now() + interval '1 day' and overdue_notified_at is null`);
  const [counts] = await sql(
    `select (select count(*) from asset where status = 'PUBLISHED')::int as published,
       (select count(*) from asset)::int as assets, (select count(*) from company)::int as companies,
       (select count(*) from institution)::int as institutes, (select count(*) from expression_of_interest)::int as eois`,
  );
  console.log(
    `Scale database (${database.description}): ${counts.assets} assets (${counts.published} published), ` +
      `${counts.companies} companies, ${counts.institutes} institutes, ${counts.eois} EoIs; ${postgres}`,
  );

  const port = await freePort();
  const serverLog = path.join(root, '.data', 'bench', 'server.log');
  console.log(`› Starting the production server on port ${port} (log: ${path.relative(root, serverLog)})`);
  const app = await startProductionServer({ databaseUrl: database.url, port, logFile: serverLog });
  server = app;
  const rss = new RssSampler(app.pid);
  const gql = async (query, variables, headers = {}) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return /** @type {any} */ (await response.json());
  };

  // ---- Fixtures -------------------------------------------------------------------------------------
  const browseBody = JSON.stringify({ query: BROWSE, variables: { first: 20 } });
  let after = null;
  for (let page = 1; page < DEEP_PAGE; page += 1) {
    const answer = await gql(BROWSE, { first: 20, after });
    assert.ok(answer.data?.assets.pageInfo.hasNextPage, `page ${page} of the catalogue: ${JSON.stringify(answer)}`);
    after = answer.data.assets.pageInfo.endCursor;
  }
  const deepBody = JSON.stringify({ query: BROWSE, variables: { first: 20, after } });
  const commonBody = JSON.stringify({ query: SEARCH, variables: { query: COMMON_TERM, first: 20 } });
  const rareFilter = { kinds: ['INVENTION'], trlMin: 3 };
  const rareBody = JSON.stringify({ query: SEARCH, variables: { query: RARE_TERM, filter: rareFilter, first: 20 } });
  const slugs = (await sql(`select slug from asset where status = 'PUBLISHED' order by md5(id::text) limit 2000`)).map(
    (row) => row.slug,
  );
  const [{ n: commonMatches }] = await sql(
    `select count(*)::int as n from asset where status = 'PUBLISHED'
       and search_vector @@ (websearch_to_tsquery('english', $1) || websearch_to_tsquery('italian', $1))`,
    [COMMON_TERM],
  );
  const [{ n: rareMatches }] = await sql(
    `select count(*)::int as n from asset where status = 'PUBLISHED' and kind = 'INVENTION' and trl >= 3
       and search_vector @@ (websearch_to_tsquery('english', $1) || websearch_to_tsquery('italian', $1))`,
    [RARE_TERM],
  );

  /** @type {Record<string, any>} */
  const results = {};
  const countStatements = async () => {
    if (!statementStatsOn) return Number.NaN;
    const [row] = await sql(
      `select coalesce(sum(calls), 0)::bigint as n from pg_stat_statements
       where dbid = (select oid from pg_database where datname = current_database())
         and query !~* 'pg_stat_statements'`,
    );
    return Number(row.n);
  };
  /**
   * @param {string} key
   * @param {string} label
   * @param {Omit<import('./load-runner.mjs').LoadOptions, 'url' | 'connections'> & { connections?: number,
   *   target?: string, url?: string, warmup?: boolean, sampler?: RssSampler }} options
   */
  const scenario = async (key, label, options) => {
    const connections = options.connections ?? CONNECTIONS;
    const url = options.url ?? app.url;
    if (options.warmup !== false) {
      await runLoad({ ...options, url, connections, duration: WARMUP, amount: undefined });
    }
    await waitForIdleDatabase();
    const sampler = options.sampler ?? rss;
    sampler.takeWindowPeak();
    if (statementStatsOn) await sql('select pg_stat_statements_reset()');
    const result = await runLoad({ ...options, url, connections });
    // Requests cut off at the end still run on the server: their statements count, then the next scenario waits.
    await waitForIdleDatabase();
    const statements = await countStatements();
    results[key] = {
      label,
      connections,
      ...result,
      statementsPerRequest: statements / result.requests,
      rssPeak: sampler.takeWindowPeak(),
    };
    const r = results[key];
    console.log(
      `  ${key} ${label}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ` +
        `p99 ${r.p99.toFixed(1)} ms, ${r.errors} errors, ${r.statementsPerRequest.toFixed(2)} SQL/request, ` +
        `RSS peak ${r.rssPeak.toFixed(0)} MB`,
    );
    for (const sample of result.samples) console.log(`    failed: ${sample}`);
  };
  /** Until no statement of the server's is running, so one scenario's stragglers do not slow the next. */
  const waitForIdleDatabase = async () => {
    for (let waited = 0; waited < 60_000; waited += 100) {
      const [row] = await sql(
        `select count(*)::int as n from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and state = 'active'`,
      );
      if (row.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const edgesAtLeast = (n) => (body) => {
    const answer = JSON.parse(body);
    return !answer.errors && answer.data?.assets?.edges?.length >= n;
  };

  console.log(`› Warm-up ${WARMUP} s, then ${DURATION} s per read scenario, ${CONNECTIONS} connections`);
  await scenario('a', 'browse: first page of 20 with institute, sectors, inventors', {
    duration: DURATION,
    request: () => ({ body: browseBody }),
    check: edgesAtLeast(20),
  });

  // Right after (a), in the same conditions: the deep page's cost must not grow with its depth.
  await scenario('e', `deep pagination: page ${DEEP_PAGE} by cursor`, {
    duration: DURATION,
    request: () => ({ body: deepBody }),
    check: edgesAtLeast(20),
  });

  // The floor: same answer, one SQL statement, no framework.
  const floorPort = await freePort();
  const floorServer = await startScript(path.join(root, 'test/bench/floor-server.mjs'), {
    DATABASE_URL: database.url,
    PORT: String(floorPort),
  });
  floor = floorServer;
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  const fromApi = await gql(BROWSE, { first: 20 });
  const fromFloor = await (await fetch(`${floorUrl}/graphql`, { method: 'POST', body: browseBody })).json();
  assert.deepEqual(fromFloor, fromApi, 'the floor must answer exactly what the API answers');
  await scenario('floor', 'floor for (a): node:http + pg, one SQL statement', {
    url: floorUrl,
    duration: DURATION,
    request: () => ({ body: browseBody }),
    check: edgesAtLeast(20),
    sampler: new RssSampler(floorServer.pid),
  });
  await floorServer.stop();
  floor = undefined;

  /** The read scenarios after (a): as visitors get them, and (with *) with the response cache bypassed. */
  let next = 0;
  const reads = [
    {
      key: 'b',
      label: `search for a common term ("${COMMON_TERM}", ${commonMatches} matches) with facets`,
      request: () => ({ body: commonBody }),
      check: edgesAtLeast(20),
    },
    {
      key: 'c',
      label: `search for a rare term ("${RARE_TERM}", ${rareMatches} matches) with two filters`,
      request: () => ({ body: rareBody }),
      check: edgesAtLeast(Math.min(1, rareMatches)),
    },
    {
      key: 'd',
      label: `asset page (${slugs.length} different listings in turn)`,
      request: () => {
        next = (next + 1) % slugs.length;
        return { body: JSON.stringify({ query: ASSET_PAGE, variables: { slug: slugs[next] } }) };
      },
      check: (body) => {
        const answer = JSON.parse(body);
        return !answer.errors && Boolean(answer.data?.asset?.id);
      },
    },
  ];
  for (const read of reads) await scenario(read.key, read.label, { ...read, duration: DURATION });
  reads.push({
    key: 'e',
    label: `deep pagination: page ${DEEP_PAGE} by cursor`,
    request: () => ({ body: deepBody }),
    check: edgesAtLeast(20),
  });
  // The same without the response cache (`Cache-Control: no-cache`): what a signed-in viewer, a first
  // visitor or the first request after a catalogue change costs.
  const fresh = { 'cache-control': 'no-cache' };
  await scenario('a*', 'browse, response cache bypassed', {
    duration: DURATION,
    request: () => ({ body: browseBody, headers: fresh }),
    check: edgesAtLeast(20),
  });
  // The deep page right after the first one again, then the others.
  for (const read of [reads.at(-1), ...reads.slice(0, -1)]) {
    await scenario(`${read.key}*`, `${read.label.split(/[:(]/)[0].trim()}, response cache bypassed`, {
      ...read,
      duration: DURATION,
      request: (context) => ({ ...read.request(context), headers: fresh }),
    });
  }

  // ---- (f) writes: 50 companies at once, each request a new asset for its company -----------------
  const writers = await prepareWriters(sql, { companies: WRITERS, submissions: WRITES });
  console.log(`› Writes: ${WRITES} EoI submissions by ${WRITERS} companies at once`);
  await scenario('f', `EoI submissions by ${WRITERS} companies at once`, {
    connections: WRITERS,
    amount: WRITES,
    warmup: false,
    request: () => writers.request(),
    check: (body) => writers.check(body),
  });
  const stored = await writers.verify();
  results.f.acknowledged = stored.acknowledged;
  results.f.acknowledgedFound = stored.found;
  results.f.madeByRun = stored.made;
  console.log(
    `  f: ${stored.acknowledged} acknowledged, ${stored.found} of them in the database, ${stored.made} made by this run`,
  );

  // ---- Lighthouse ------------------------------------------------------------------------------------
  /** @type {{ page: string, url: string, score: number }[] | null} */
  let lighthouse = null;
  if (!args['no-lighthouse']) {
    console.log('› Lighthouse');
    try {
      // Desktop is the target; the mobile preset (a slow phone, simulated) is shown for information.
      lighthouse = [
        ...(await runLighthouse({ baseUrl: app.url, assetSlug: slugs[0] })),
        ...(await runLighthouse({ baseUrl: app.url, assetSlug: slugs[0], mobile: true, runs: 1 })),
      ];
    } catch (error) {
      console.error(`Lighthouse did not run: ${error instanceof Error ? error.message : error}`);
    }
  }

  const rssHighWater = rss.highWaterMark();
  rss.stop();
  await app.stop();
  server = undefined;

  const report = {
    date: new Date(),
    machine,
    postgres,
    database: database.description,
    counts,
    durationSeconds: DURATION,
    warmupSeconds: WARMUP,
    results,
    rssHighWater,
    lighthouse,
    statementStatsOn,
    elapsedSeconds: (Date.now() - started) / 1000,
    endLoadAverage: machineInfo().loadAverage,
  };
  const { targets, markdown } = writeReport(report, args['no-report'] ? null : path.join(root, 'docs/performance.md'));
  console.log('');
  for (const target of targets) console.log(`${target.met ? '✓' : '✗'} ${target.name}: ${target.figure}`);
  if (!args['no-report']) console.log(`\nWritten to docs/performance.md (${markdown.length} characters).`);
} finally {
  await floor?.stop();
  await server?.stop();
  await admin.end();
  await database.stop();
}

// `pnpm bench`: the catalogue and API at scale, as its users meet them. Builds what is missing, makes sure the
// scale database is there (`pnpm seed:scale` when it is not), starts the production server on it, signs in
// company members through the API, and measures over loopback:
//   - the main users' path: signed-in company members, with the cache cold (every request the first after a
//     catalogue change) and warm, as separate rows;
//   - anonymous visitors as served, and clients that try to switch the cache off (a made-up session cookie,
//     `Cache-Control: no-cache`);
//   - the browse page against a minimal floor, interleaved in short rounds (A B A B …), both uncached;
//   - 20 clients hammering uncached searches while another measures cheap requests;
//   - 50 companies submitting EoIs at once;
// then writes docs/performance.md with the targets, met or not. The machine's load is recorded at the
// start, per scenario and at the end; a busy machine is said loudly. Figures, not assertions: it is not part
// of the test command.
//
// Options: --duration <s> (measured seconds per scenario, default 6), --warmup <s> (default 2), --rounds <n>
// and --round-seconds <s> (browse vs floor, default 10 × 3 s per side), --hammer <s> (default 15),
// --writes <n> (EoI submissions, default 1000), --no-lighthouse, --no-report, --out <file> (default
// docs/performance.md), --only <keys> (comma-separated scenario keys as printed, e.g. "member common cold 1c,writes";
// "browse vs floor" and "hammer" name those parts: only these run, nothing is written, no Lighthouse), --language it
// (with --only: every request in Italian, as the web sends it, `Accept-Language: it`, and the common term in Italian).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openScaleDatabase } from '@tt/db/seeds/scale/scale-database';
import { COMMON_TERM, COMMON_TERM_IT, RARE_TERM } from '@tt/db/seeds/scale/scale-vocabulary';
import pg from 'pg';
import { runLighthouse } from '../lighthouse/run-lighthouse.mjs';
import { BROWSE } from './bench-operations.mjs';
import { buildApp, freePort, root, run, startProductionServer, startScript } from './bench-server.mjs';
import { runClosedLoop, runPaced } from './closed-loop.mjs';
import { signInCompanyMembers } from './company-members.mjs';
import { CpuMeter, postmasterPid } from './cpu-meter.mjs';
import { prepareWriters } from './eoi-writers.mjs';
import { runInterleaved } from './interleaved.mjs';
import { runLoad } from './load-runner.mjs';
import { loadAverage, machineLoad } from './machine-load.mjs';
import { prepareMatchmaking } from './matchmaking.mjs';
import { writeReport } from './performance-report.mjs';
import { machineInfo, RssSampler } from './process-stats.mjs';
import { webOperation } from './web-documents.mjs';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '6' },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '10' },
    'round-seconds': { type: 'string', default: '3' },
    hammer: { type: 'string', default: '15' },
    writes: { type: 'string', default: '1000' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-report': { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/performance.md' },
    only: { type: 'string' },
    language: { type: 'string' },
  },
});
// The content language of the requests: none by default (English), as the run of record measures it.
const LANGUAGE = args.language ?? null;
if (LANGUAGE !== null && (!['en', 'it'].includes(LANGUAGE) || !args.only)) {
  console.error('--language takes en or it, with --only (a partial run)');
  process.exit(2);
}
const COMMON = LANGUAGE === 'it' ? COMMON_TERM_IT : COMMON_TERM;
// A partial run, for working on one scenario: its figures are printed, never written as the run of record.
const only = args.only ? new Set(args.only.split(',').map((key) => key.trim())) : null;
const wanted = (key) => !only || only.has(key);
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const ROUNDS = Number(args.rounds);
const ROUND_SECONDS = Number(args['round-seconds']);
const HAMMER_SECONDS = Number(args.hammer);
const WRITES = Number(args.writes);
const CONNECTIONS = 10;
const HAMMERERS = 20;
const WRITERS = 50;
/** Submissions by the same companies before the measured ones, not measured nor counted (on other listings). */
const WRITES_WARM_UP = 200;
const MEMBERS = 10;
// Catalogue changes that touch nothing, each firing the catalogue's triggers as a real edit does, so every
// answer and per-revision state computed before it is stale: mostly an institute saved unchanged (cheap, so
// the changes do not load the machine more than the requests measured); every tenth, a listing's sectors
// saved unchanged, so whatever is kept per listing (search rows, facet deltas) moves as under real edits.
// The marker keeps these statements out of the server's statement counts.
const INSTITUTE_CHANGE = `update institution set name = name where id = $1 /* bench: catalogue change */`;
const LISTING_CHANGE = `update asset_sector set sector_id = sector_id where asset_id = $1 /* bench: catalogue change */`;
const LISTING_CHANGE_EVERY = 10;
const BENCH_MARKER = 'bench: catalogue change';
/** Statements run fewer times than this share of a scenario's requests are background work (countStatements). */
const BACKGROUND_SHARE = 0.005;

const started = Date.now();
const machine = machineInfo();
// Before anything of the bench's runs: what else the machine is doing.
const startLoad = await machineLoad();
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb.toFixed(1)} GB, Node ${machine.node}; ` +
    `load average ${startLoad.loadAverage.map((n) => n.toFixed(2)).join(' ')}`,
);
for (const reason of startLoad.reasons) console.log(`⚠ The machine is busy: ${reason}`);

buildApp();
run(process.execPath, [path.join(root, 'db/dist/cli/seed-scale.js'), '--if-missing'], 'Scale data (pnpm seed:scale)');

const database = await openScaleDatabase();
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
/** @param {string} text @param {unknown[]} [params] */
const sql = async (text, params) => (await admin.query(text, params)).rows;
// The catalogue changes come from connections of their own, one per client that needs them.
const changers = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });

/** @type {{ stop(): Promise<void>, pid: number } | undefined} */
let server;
/** @type {{ stop(): Promise<void> } | undefined} */
let floor;
try {
  const [{ version: postgres }] = await sql(`select split_part(version(), ' on ', 1) as version`);
  const statementStatsOn = await sql('create extension if not exists pg_stat_statements')
    .then(() => sql('select 1 from pg_stat_statements limit 1'))
    .then(
      () => true,
      () => false,
    );
  if (!statementStatsOn) console.log('pg_stat_statements is not available: SQL statements will not be counted');
  // The statements the server sends, not those run inside triggers (pg_stat_statements.track = all counts
  // both). The revision trigger is deferred to the commit, where it counts as top level: the count leaves its
  // two statements out too (the server changes no catalogue row while reads are measured).
  const topLevelOnly =
    statementStatsOn &&
    (
      await sql(
        `select 1 from information_schema.columns where table_name = 'pg_stat_statements' and column_name = 'toplevel'`,
      )
    ).length > 0;
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
  // PostgreSQL's CPU is read from /proc when its data directory is readable here (the embedded database).
  const dataDirectory = await sql('show data_directory').then(
    (rows) => rows[0].data_directory,
    () => null,
  );
  const cpu = new CpuMeter({ serverPid: app.pid, postmasterPid: dataDirectory ? postmasterPid(dataDirectory) : null });
  const gql = async (query, variables, headers = {}) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return /** @type {any} */ (await response.json());
  };

  // ---- Fixtures -------------------------------------------------------------------------------------
  const members = await signInCompanyMembers(sql, { url: app.url, count: MEMBERS });
  console.log(`› Signed in ${members.length} company members through the API (logIn)`);
  const memberCookie = (i) => ({ cookie: members[i % members.length].cookie });
  const [{ id: changedInstitution }] = await sql('select min(id) as id from institution');
  const changedListings = (
    await sql(`select id from asset where status = 'PUBLISHED' order by md5(id::text) limit 1000`)
  ).map((row) => row.id);
  let changes = 0;
  const changeCatalogue = async () => {
    changes += 1;
    if (changes % LISTING_CHANGE_EVERY === 0) {
      await changers.query(LISTING_CHANGE, [
        changedListings[(changes / LISTING_CHANGE_EVERY) % changedListings.length],
      ]);
    } else {
      await changers.query(INSTITUTE_CHANGE, [changedInstitution]);
    }
  };

  // The web's own documents: the catalogue (landing page and searches) and the listing page.
  const SEARCH = webOperation('CatalogueSearch');
  const LISTING = webOperation('AssetDetail');
  // As Apollo Client sends them: the operation's name, its variables, the document.
  const body = (query, variables, extra = {}) =>
    JSON.stringify({
      operationName: /^\s*query\s+(\w+)/.exec(query)?.[1],
      variables: { ...variables, ...extra },
      query,
    });
  const landingVariables = { first: 20 };
  const commonVariables = { query: COMMON, first: 20 };
  const rareVariables = { query: RARE_TERM, filter: { kinds: ['INVENTION'], trlMin: 3 }, first: 20 };
  const slugs = (await sql(`select slug from asset where status = 'PUBLISHED' order by md5(id::text) limit 2000`)).map(
    (row) => row.slug,
  );
  const listingBody = (i) => body(LISTING, { slug: slugs[i % slugs.length] });
  // A variable the operation does not declare (GraphQL ignores it) makes every request a question never asked
  // before: no cache of answers can serve it, whatever it is keyed on.
  const nonce = () => ({ bench: randomBytes(8).toString('hex') });
  // What the search matches: the English parse in the English text and, in Italian, the Italian parse in the Italian text.
  const matching = `asset_search_match(websearch_to_tsquery('english_unaccent', $1),
    ${LANGUAGE === 'it' ? 'italian_search_query($1)' : 'null'}, false)`;
  const [{ n: commonMatches }] = await sql(`select count(*)::int as n from ${matching}`, [COMMON]);
  const [{ n: rareMatches }] = await sql(
    `select count(*)::int as n from ${matching} where kind = 'INVENTION' and trl >= 3`,
    [RARE_TERM],
  );

  const isAnswer = (field, atLeast) => (text) => {
    const answer = JSON.parse(text);
    if (answer.errors) return false;
    return field === 'asset' ? Boolean(answer.data?.asset?.id) : answer.data?.assets?.edges?.length >= atLeast;
  };
  const checks = {
    landing: isAnswer('assets', 20),
    common: isAnswer('assets', 20),
    rare: isAnswer('assets', Math.min(1, rareMatches)),
    listing: isAnswer('asset'),
    browse: isAnswer('assets', 20),
  };

  /** @type {Record<string, any>} */
  const results = {};
  // The job queue's own statements (pg-boss, schema pgboss) are left out: its workers poll every queue every 10 s
  // and it runs its maintenance whatever the requests, some 0.5–1 statement a second, which a scenario of a few
  // hundred requests a second counted as 0.01–0.05 statements per request (the listing page's "3.02"). No measured
  // request sends a job.
  const serverStatements = `from pg_stat_statements
       where dbid = (select oid from pg_database where datname = current_database())
         and query !~* 'pg_stat_statements|pg_stat_activity' and query not like '%${BENCH_MARKER}%'
         and query !~ 'catalogue_revision_bumped|^update catalogue_revision set revision'
         and query !~ 'pgboss\\.'
         ${topLevelOnly ? 'and toplevel' : ''}`;
  /**
   * The statements of a scenario's `answered` requests. A statement PostgreSQL counted fewer times than
   * BACKGROUND_SHARE of the requests is the server's scheduled jobs' (the outbox every minute, alerts every five,
   * reminders and expiries at their minute: a call or two each when one falls within the scenario), not the
   * requests': those are counted apart, as `background`. (A listing page scenario that met the hour's expiry jobs
   * counted "3.00" statements per request, just above 3: a "not met" for work no request did.) A statement of the
   * requests' own that rare would move the count by less than BACKGROUND_SHARE; the report gives both.
   */
  const countStatements = async (answered) => {
    if (!statementStatsOn) return { request: Number.NaN, background: Number.NaN };
    const rows = await sql(`select calls::bigint as calls ${serverStatements}`);
    let request = 0;
    let background = 0;
    for (const { calls } of rows) {
      if (Number(calls) < answered * BACKGROUND_SHARE) background += Number(calls);
      else request += Number(calls);
    }
    return { request, background };
  };
  /** The statements behind a statement count, most frequent first, per request. */
  const statementBreakdown = async (requests) =>
    statementStatsOn
      ? (
          await sql(
            `select calls::float8 / $1 as per_request, round(mean_exec_time::numeric, 2)::float8 as mean_ms,
               left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query
             ${serverStatements} order by calls desc limit 12`,
            [requests],
          )
        )
          // Background jobs' statements (a few in the whole scenario) are not the request's.
          .filter((row) => row.per_request >= 0.05)
          .map((row) => ({ perRequest: row.per_request, meanMs: row.mean_ms, query: row.query }))
      : [];
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
  const report = (key) => {
    const r = results[key];
    console.log(
      `  ${key}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ` +
        `${r.errors} errors, ${r.refused ?? 0} refused, ${r.statementsPerRequest.toFixed(2)} SQL/request, ` +
        `load ${r.loadStart.toFixed(2)}→${r.loadEnd.toFixed(2)}` +
        (r.rssPeak ? `, server RSS peak ${r.rssPeak.toFixed(0)} MB` : '') +
        (r.cpuPerRequest
          ? `, CPU/request: server ${r.cpuPerRequest.server.toFixed(1)} ms, PostgreSQL ` +
            `${r.cpuPerRequest.postgres.toFixed(1)} ms, bench ${r.cpuPerRequest.bench.toFixed(1)} ms, ` +
            `rest ${r.cpuPerRequest.rest.toFixed(1)} ms`
          : ''),
    );
    for (const sample of r.samples) console.log(`    failed: ${sample}`);
  };
  /**
   * One scenario: a warm-up (not measured), then the measured run, its statements counted and the load
   * average noted.
   * @param {string} key @param {{ label: string, group: string, path: string, cache: string }} about
   * @param {() => Promise<any>} measure @param {() => Promise<any>} [warmUp]
   */
  const scenario = async (key, about, measure, warmUp, options = { breakdown: false }) => {
    if (!wanted(key)) return;
    if (warmUp) await warmUp();
    await waitForIdleDatabase();
    rss.takeWindowPeak();
    const loadStart = loadAverage()[0];
    if (statementStatsOn) await sql('select pg_stat_statements_reset()');
    cpu.take();
    const result = await measure();
    // Requests cut off at the end still run on the server: their statements count, then the next one waits.
    await waitForIdleDatabase();
    const used = cpu.take();
    const answered = result.requests + (result.refused ?? 0);
    const statements = await countStatements(answered);
    results[key] = {
      ...(options.breakdown ? { breakdown: await statementBreakdown(answered) } : {}),
      ...about,
      ...result,
      statementsPerRequest: statements.request / answered,
      backgroundStatements: statements.background,
      cpuPerRequest: {
        server: used.server / answered,
        postgres: used.postgres / answered,
        bench: used.bench / answered,
        rest: used.rest / answered,
      },
      rssPeak: rss.takeWindowPeak(),
      loadStart,
      loadEnd: loadAverage()[0],
    };
    report(key);
  };
  /** A request in the run's language (--language), as the web sends it. */
  const inLanguage = (request) =>
    LANGUAGE ? { ...request, headers: { ...request.headers, 'accept-language': LANGUAGE } } : request;
  /** autocannon, `connections` clients, `request(i)` the i-th request. */
  const open =
    (connections, request, check, seconds = DURATION) =>
    async () => ({
      connections,
      ...(await runLoad({
        url: app.url,
        connections,
        duration: seconds,
        request: (c) => inLanguage(request(c)),
        check,
      })),
    });
  /** Each request the first after a catalogue change: the change is made, then the request sent and timed. */
  const cold =
    (connections, request, check, seconds = DURATION) =>
    async () => ({
      connections,
      ...(await runClosedLoop({
        url: app.url,
        connections,
        duration: seconds,
        minRequests: seconds === DURATION ? 20 : 0,
        before: changeCatalogue,
        request: (i) => inLanguage(request(i)),
        check,
      })),
    });
  let n = 0;
  const next = () => n++;

  // ---- Anonymous visitors, as served ------------------------------------------------------------------
  console.log(
    `› Anonymous visitors as served (${WARMUP} s warm-up, ${DURATION} s measured, ${CONNECTIONS} connections)`,
  );
  const anonymous = {
    landing: () => ({ body: body(SEARCH, landingVariables) }),
    common: () => ({ body: body(SEARCH, commonVariables) }),
    rare: () => ({ body: body(SEARCH, rareVariables) }),
    listing: () => ({ body: listingBody(next()) }),
    browse: () => ({ body: body(BROWSE, { first: 20 }) }),
  };
  const labels = {
    landing: 'landing page (catalogue + facets, no term)',
    common: `common-term search with facets ("${COMMON}", ${commonMatches} matches)`,
    rare: `rare term, two filters ("${RARE_TERM}", kind and TRL ≥ 3, ${rareMatches} matches)`,
    listing: `listing page, the web's query (${slugs.length} listings in turn)`,
    browse: 'browse page 1 (20 listings with institute, sectors, inventors)',
  };
  for (const [name, request] of Object.entries(anonymous)) {
    const load = open(CONNECTIONS, request, checks[name]);
    await scenario(
      `anonymous ${name}`,
      { label: labels[name], group: 'anonymous', path: 'anonymous', cache: 'as served' },
      load,
      open(CONNECTIONS, request, checks[name], WARMUP),
    );
    if (name === 'landing' || name === 'common') {
      // Clients that try to switch the shared answer off, right after the anonymous figures they should match.
      const fake = { cookie: `tt_session=${randomBytes(32).toString('base64url')}` };
      const noCache = { 'cache-control': 'no-cache' };
      for (const [short, variant, headers] of [
        ['fake cookie', 'made-up session cookie', fake],
        ['no-cache', 'Cache-Control: no-cache', noCache],
      ]) {
        const withHeaders = () => ({ ...request(), headers });
        await scenario(
          `${short} ${name}`,
          { label: `${labels[name]}, ${variant}`, group: 'cache switched off', path: variant, cache: 'as served' },
          open(CONNECTIONS, withHeaders, checks[name]),
        );
      }
    }
  }

  // ---- Signed-in company members: warm, then cold --------------------------------------------------------
  console.log(`› Signed-in company members (${members.length} of them, their connections rotating)`);
  const member = {
    landing: (i) => ({ body: body(SEARCH, landingVariables), headers: memberCookie(i) }),
    common: (i) => ({ body: body(SEARCH, commonVariables), headers: memberCookie(i) }),
    rare: (i) => ({ body: body(SEARCH, rareVariables), headers: memberCookie(i) }),
    listing: (i) => ({ body: listingBody(i), headers: memberCookie(i) }),
  };
  for (const name of ['landing', 'common']) {
    const request = () => member[name](next());
    await scenario(
      `member ${name} warm`,
      { label: labels[name], group: 'signed in', path: 'company member', cache: 'warm' },
      open(CONNECTIONS, request, checks[name]),
      open(CONNECTIONS, request, checks[name], WARMUP),
    );
  }
  const coldRows = [
    ['landing', CONNECTIONS],
    ['common', 1],
    ['common', CONNECTIONS],
    ['rare', CONNECTIONS],
    ['listing', CONNECTIONS],
  ];
  for (const [name, connections] of coldRows) {
    await scenario(
      `member ${name} cold${connections === 1 ? ' 1c' : ''}`,
      { label: labels[name], group: 'signed in', path: 'company member', cache: 'cold' },
      cold(connections, member[name], checks[name]),
      cold(connections, member[name], checks[name], WARMUP),
    );
  }
  // The listing page's statements without a session's own (the session's lookup): the query's cost alone.
  await scenario(
    'anonymous listing cold',
    { label: labels.listing, group: 'anonymous', path: 'anonymous', cache: 'cold' },
    cold(CONNECTIONS, (i) => ({ body: listingBody(i) }), checks.listing),
    cold(CONNECTIONS, (i) => ({ body: listingBody(i) }), checks.listing, WARMUP),
    { breakdown: true },
  );

  // ---- Browse page 1 against the floor, interleaved, both uncached ------------------------------------
  if (wanted('browse vs floor')) {
    const floorPort = await freePort();
    const floorServer = await startScript(path.join(root, 'test/bench/floor-server.mjs'), {
      DATABASE_URL: database.url,
      PORT: String(floorPort),
    });
    floor = floorServer;
    const floorUrl = `http://127.0.0.1:${floorPort}`;
    const browseBody = body(BROWSE, { first: 20 });
    const fromApi = await gql(BROWSE, { first: 20 });
    const fromFloor = await (await fetch(`${floorUrl}/graphql`, { method: 'POST', body: browseBody })).json();
    const floorMatches = JSON.stringify(fromFloor) === JSON.stringify(fromApi);
    if (!floorMatches)
      console.log('⚠ The floor does not answer exactly what the API answers: the ratio compares different work');
    console.log(
      `› Browse page 1 vs the floor: ${ROUNDS} rounds of ${ROUND_SECONDS} s per side, ${CONNECTIONS} connections, ` +
        'server uncached (a new question each request), floor uncached',
    );
    const floorRss = new RssSampler(floorServer.pid);
    const loadStart = loadAverage()[0];
    const interleaved = await runInterleaved({
      rounds: ROUNDS,
      seconds: ROUND_SECONDS,
      connections: CONNECTIONS,
      a: { url: app.url, request: () => ({ body: body(BROWSE, { first: 20 }, nonce()) }), check: checks.browse },
      b: { url: floorUrl, request: () => ({ body: browseBody }), check: checks.browse },
      between: waitForIdleDatabase,
    });
    floorRss.stop();
    results['browse vs floor'] = {
      label: 'browse page 1, uncached, against the floor (node:http + pg, one statement), interleaved',
      group: 'anonymous',
      path: 'anonymous',
      cache: 'uncached (new question each request)',
      interleaved,
      floorMatches,
      loadStart,
      loadEnd: loadAverage()[0],
    };
    console.log(
      `  browse vs floor: median ratio ${interleaved.median.toFixed(2)} (range ${interleaved.min.toFixed(2)}–` +
        `${interleaved.max.toFixed(2)}), ${interleaved.errors} errors`,
    );
    await floorServer.stop();
    floor = undefined;
  }

  // ---- 20 clients hammering uncached searches, one client measuring cheap requests -----------------------
  if (wanted('hammer')) {
    console.log(
      `› ${HAMMERERS} clients hammering uncached common-term searches for ${HAMMER_SECONDS} s, one measuring`,
    );
    const cheap = [anonymous.landing, anonymous.rare, anonymous.browse];
    // The cheap requests' answers are cached before the storm, as they are in steady state.
    for (const request of cheap) await runLoad({ url: app.url, connections: 2, duration: 1, request });
    await waitForIdleDatabase();
    if (statementStatsOn) await sql('select pg_stat_statements_reset()');
    const hammerLoadStart = loadAverage()[0];
    rss.takeWindowPeak();
    const [hammer, measured] = await Promise.all([
      runClosedLoop({
        url: app.url,
        connections: HAMMERERS,
        duration: HAMMER_SECONDS,
        timeoutMs: 20_000,
        request: () => ({ body: body(SEARCH, commonVariables, nonce()) }),
        check: checks.common,
      }),
      // At a steady pace whatever the answers' delay, so a stalled answer cannot hide the ones that would follow.
      runPaced({
        url: app.url,
        perSecond: 20,
        duration: HAMMER_SECONDS,
        request: (i) => cheap[i % cheap.length](),
        check: (text) => !JSON.parse(text).errors,
      }),
    ]);
    await waitForIdleDatabase();
    const hammerEnd = { loadEnd: loadAverage()[0], rssPeak: rss.takeWindowPeak(), loadStart: hammerLoadStart };
    results['hammer searches'] = {
      label: `${HAMMERERS} clients hammering common-term searches, a new question each request`,
      group: 'overload',
      path: 'anonymous',
      cache: 'uncached',
      connections: HAMMERERS,
      ...hammer,
      statementsPerRequest: Number.NaN,
      ...hammerEnd,
    };
    results['hammer cheap'] = {
      label: 'meanwhile, 20 requests/s at a steady pace: landing page, rare term, browse page (cached answers)',
      group: 'overload',
      path: 'anonymous',
      cache: 'as served',
      connections: '1 (20 req/s)',
      ...measured,
      statementsPerRequest: Number.NaN,
      ...hammerEnd,
    };
    report('hammer searches');
    report('hammer cheap');
  }

  // ---- 50 companies submitting EoIs at once ------------------------------------------------------------
  if (wanted('writes')) {
    const writers = await prepareWriters(sql, { companies: WRITERS, submissions: WRITES, warmUp: WRITES_WARM_UP });
    console.log(
      `› Writes: ${WRITES} EoI submissions by ${WRITERS} companies at once, after ${WRITES_WARM_UP} not measured`,
    );
    await scenario(
      'writes',
      {
        label: `EoI submissions by ${WRITERS} companies at once (${WRITES})`,
        group: 'writes',
        path: 'company member',
        cache: '–',
        connections: WRITERS,
      },
      () =>
        runLoad({
          url: app.url,
          connections: WRITERS,
          amount: WRITES,
          request: () => writers.request(),
          check: (text) => writers.check(text),
        }),
      // The warm-up's answers are not checked here: the measured run's check and the verification are.
      () =>
        runLoad({
          url: app.url,
          connections: WRITERS,
          amount: WRITES_WARM_UP,
          request: () => writers.warmUpRequest(),
        }),
    );
    const stored = await writers.verify();
    Object.assign(results.writes, {
      acknowledged: stored.acknowledged,
      acknowledgedFound: stored.found,
      madeByRun: stored.made,
      lost: stored.acknowledged - stored.found + results.writes.errors,
    });
    console.log(
      `  writes: ${stored.acknowledged} acknowledged, ${stored.found} of them in the database, ${stored.made} made; ` +
        `then removed: ${stored.removed.eois} EoIs by bench runs and ${stored.removed.emails} e-mails they queued`,
    );
  }

  // ---- Matchmaking: a company's recommendations, a listing's companies to approach (issue #13) ----------
  /** @type {string[]} */
  let matchmakingEmails = [];
  const matchmakingKeys = [
    'recommendations',
    'recommendations 1c',
    'companies to approach',
    'companies to approach 1c',
  ];
  if (matchmakingKeys.some(wanted)) {
    const matchmaking = await prepareMatchmaking(sql, { url: app.url, members: 40, listingsPerInstitute: 50 });
    matchmakingEmails = matchmaking.emails;
    console.log(
      `› Matchmaking: recommendations for ${matchmaking.members} company members in turn; companies to approach for ` +
        `${matchmaking.listings} published listings, each asked by an officer of its institute (${matchmaking.officers})`,
    );
    const rows = [
      [
        'recommendations',
        "a company's recommendations (Recommended for you, 10 listings with their reasons)",
        'company member',
        matchmaking.recommendations,
        matchmaking.checks.recommendations,
      ],
      [
        'companies to approach',
        "a listing's companies to approach (10 companies with their reasons)",
        'officer',
        matchmaking.companiesToApproach,
        matchmaking.checks.companiesToApproach,
      ],
    ];
    for (const [key, label, who, request, check] of rows) {
      for (const connections of [CONNECTIONS, 1]) {
        const name = connections === 1 ? `${key} 1c` : key;
        await scenario(
          name,
          { label, group: 'matchmaking', path: who, cache: 'none (computed for each request)' },
          open(connections, request, check),
          open(connections, request, check, WARMUP),
          { breakdown: connections === CONNECTIONS },
        );
      }
    }
  }

  // ---- Lighthouse ------------------------------------------------------------------------------------
  /** @type {any[] | null} */
  let lighthouse = null;
  if (!args['no-lighthouse'] && !only) {
    console.log('› Lighthouse');
    // Chromium sometimes loses a trace on a loaded machine (NO_NAVSTART): one more try before giving up.
    for (let attempt = 1; attempt <= 2 && !lighthouse; attempt += 1) {
      try {
        lighthouse = [
          // The catalogue, its first listing and that listing's institute's page (lighthouse-pages.mjs).
          ...(await runLighthouse({ baseUrl: app.url })),
          ...(await runLighthouse({ baseUrl: app.url, mobile: true, runs: 1 })),
        ];
      } catch (error) {
        console.error(`Lighthouse did not run (attempt ${attempt}): ${error instanceof Error ? error.message : error}`);
      }
    }
  }

  const rssHighWater = rss.highWaterMark();
  rss.stop();
  await sql('delete from user_session where user_id in (select id from app_user where email = any($1))', [
    [...members.map((m) => m.email), ...matchmakingEmails],
  ]);
  await app.stop();
  server = undefined;
  const endLoad = await machineLoad();
  for (const reason of endLoad.reasons) console.log(`⚠ The machine was busy at the end: ${reason}`);

  const figures = {
    date: new Date(),
    machine,
    startLoad,
    endLoad,
    postgres,
    database: database.description,
    counts,
    durationSeconds: DURATION,
    warmupSeconds: WARMUP,
    rounds: ROUNDS,
    roundSeconds: ROUND_SECONDS,
    hammerSeconds: HAMMER_SECONDS,
    results,
    rssHighWater,
    lighthouse,
    statementStatsOn,
    elapsedSeconds: (Date.now() - started) / 1000,
  };
  if (only) {
    console.log(
      `\nPartial run (--only): ${Object.keys(results).join(', ') || 'no scenario matched'}; nothing written. ` +
        `Server RSS high-water mark: ${rssHighWater.toFixed(0)} MB.`,
    );
    if (Object.keys(results).length === 0) process.exitCode = 1;
  } else {
    const { targets, busy } = writeReport(figures, args['no-report'] ? null : path.resolve(root, args.out));
    console.log('');
    for (const target of targets) console.log(`${target.met ? '✓' : '✗'} ${target.scenario}: ${target.figure}`);
    if (busy.length > 0) console.log(`\n⚠ Figures taken on a busy machine:\n  ${busy.join('\n  ')}`);
    if (!args['no-report']) console.log(`\nWritten to ${args.out}.`);
  }
} finally {
  await floor?.stop();
  await server?.stop();
  await changers.end();
  await admin.end();
  await database.stop();
}

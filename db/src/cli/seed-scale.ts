// `pnpm seed:scale`: builds the benchmark's database (see seeds/scale/scale-database.ts) from scratch with
// the project's migrations and the scale data set. With --if-missing it keeps a database that already
// holds the data set (the benchmark uses this).
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { createOrmConfig } from '../orm-config.js';
import { prepareDatabase } from '../prepare-database.js';
import { openScaleDatabase, SCALE_DATABASE_NAME } from '../seeds/scale/scale-database.js';
import { loadScaleData, SCALE } from '../seeds/scale/scale-loader.js';
import { COMMON_TERM, COMMON_TERM_IT, RARE_TERM } from '../seeds/scale/scale-vocabulary.js';

const ifMissing = process.argv.includes('--if-missing');
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The data set is there when the load got to its end (the scratch schema goes last); a half-done load is redone. */
async function isSeeded(url: string): Promise<boolean> {
  try {
    const [row] = await query<{ assets: number; eois: number; requests: number; scratch: boolean }>(
      url,
      `select (select count(*) from asset)::int as assets, (select count(*) from expression_of_interest)::int as eois,
         (select count(*) from technology_request)::int as requests,
         exists (select 1 from pg_namespace where nspname = 'scale_seed') as scratch`,
    );
    // A data set from before the technology requests (issue #13) is made again.
    return (
      (row?.assets ?? 0) >= SCALE.assets &&
      (row?.eois ?? 0) >= SCALE.eois &&
      (row?.requests ?? 0) >= SCALE.requests &&
      row?.scratch === false
    );
  } catch {
    return false;
  }
}

const database = await openScaleDatabase({ create: true });
try {
  console.log(`Scale database: ${database.description}`);
  if (ifMissing && (await isSeeded(database.url))) {
    console.log('It already holds the scale data set; nothing to do.');
  } else {
    if (database.embedded) {
      const admin = new URL(database.url);
      admin.pathname = '/postgres';
      await query(admin.toString(), `drop database if exists ${SCALE_DATABASE_NAME} with (force)`);
      await query(admin.toString(), `create database ${SCALE_DATABASE_NAME}`);
    }
    const orm = await MikroORM.init(createOrmConfig(database.url));
    try {
      const prepared = await prepareDatabase(orm, { loadDemoData: false });
      console.log(`› migrations: ${prepared.migrations.length} applied`);
    } finally {
      await orm.close();
    }
    if (!database.embedded) {
      // An external database is emptied rather than dropped: the user may not be allowed to create one. The
      // catalogue revision stays: the load's own changes move it on.
      const tables = await query<{ name: string }>(
        database.url,
        `select quote_ident(tablename) as name from pg_tables
         where schemaname = 'public' and tablename not like 'mikro_orm%' and tablename <> 'catalogue_revision'`,
      );
      await query(database.url, `truncate ${tables.map((table) => table.name).join(', ')} restart identity cascade`);
    }
    console.log(
      `Loading ${SCALE.assets} assets, ${SCALE.companies} companies, ${SCALE.institutes} institutes, ${SCALE.eois} EoIs…`,
    );
    await loadScaleData(database.url, (label, ms) => console.log(`› ${label}: ${seconds(ms)}`));
    const [counts] = await query<Record<string, number>>(
      database.url,
      `select (select count(*) from asset where status = 'PUBLISHED')::int as published,
         (select count(*) from asset)::int as assets,
         (select count(*) from expression_of_interest)::int as eois,
         (select count(*) from eoi_transition)::int as transitions,
         (select count(*) from eoi_message)::int as messages,
         (select count(*) from asset_search_match(websearch_to_tsquery('english_unaccent', '${COMMON_TERM}'),
            websearch_to_tsquery('italian_unaccent', '${COMMON_TERM}'), false))::int as common,
         (select count(*) from asset_search_match(websearch_to_tsquery('english_unaccent', '${COMMON_TERM_IT}'),
            websearch_to_tsquery('italian_unaccent', '${COMMON_TERM_IT}'), false))::int as common_it,
         (select count(*) from asset_search_match(websearch_to_tsquery('english_unaccent', '${RARE_TERM}'),
            websearch_to_tsquery('italian_unaccent', '${RARE_TERM}'), false))::int as rare,
         pg_size_pretty(pg_database_size(current_database())) as size`,
    );
    console.log(
      `Loaded: ${counts!.assets} assets (${counts!.published} published; "${COMMON_TERM}" in ${counts!.common}, ` +
        `"${COMMON_TERM_IT}" in ${counts!.common_it}, ` +
        `"${RARE_TERM}" in ${counts!.rare}), ${counts!.eois} EoIs with ${counts!.transitions} transitions and ` +
        `${counts!.messages} messages; ${counts!.size} on disk.`,
    );
  }
  const total = performance.now() - started;
  console.log(`Done in ${seconds(total)}${total > 180_000 ? ' (over the 3-minute budget)' : ''}.`);
} finally {
  await database.stop();
}

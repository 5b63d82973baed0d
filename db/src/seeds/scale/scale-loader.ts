import pg from 'pg';
import { demoSectors } from '../demo/demo-taxonomy.js';
import {
  CITIES,
  COMMON_TERM,
  COMMON_TERM_EVERY,
  COMMON_TERM_IT,
  COMPANY_NAME_ENDINGS,
  COMPANY_NAME_PARTS,
  COMPANY_SUFFIXES,
  COUNTRIES,
  FIRST_NAMES,
  GENERAL_WORDS,
  GENERAL_WORDS_IT,
  ITALIAN_EVERY,
  LAST_NAMES,
  RARE_TERM,
  RARE_TERM_EVERY,
  TOPIC_TERMS,
  TOPIC_TERMS_IT,
} from './scale-vocabulary.js';

// Fills a migrated, empty database with the scale data set, entirely server-side: every table is one or a
// few `insert … select` over generate_series, split over two connections where the work is large. Text
// comes from pools of generated sentences (drawing words per row is what would cost the time), in English and
// in Italian (all but one row in ITALIAN_EVERY have an Italian text too, so searches weigh both languages); ids
// are explicit so the relations can be computed rather than looked up.

export const SCALE = {
  assets: 100_000,
  companies: 5_000,
  institutes: 20,
  eois: 200_000,
  /** Technology requests, a third of the companies with one (a few with two), most of them open. */
  requests: 2_000,
  inventorsPerInstitute: 1_000,
  platformsPerInstitute: 3,
  officersPerInstitute: 2,
} as const;

const OFFICER_ID_BASE = 100;
const MEMBER_ID_BASE = 1_000;
const SENTENCES = 20_000;
const PHRASES = 10_000;
const BRIEFS = 10_000;
const PARAGRAPHS = 8_000;
const WORKERS = 2;
/** The triggers that refresh a listing's search row and related-listing key when its sectors change. */
const ASSET_SECTOR_ROWS_TRIGGERS = ['asset_rows_insert', 'asset_rows_update', 'asset_rows_delete'];
/** Tables whose secondary indexes are dropped during the load and rebuilt after it. */
const BULK_TABLES = [
  'asset',
  'asset_sector',
  'asset_inventor',
  'expression_of_interest',
  'eoi_transition',
  'eoi_message',
];

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]) => `array[${values.map(quote).join(',')}]::text[]`;

/** A few hash functions of the row number, so choices look random but a rerun gives the same data. */
const hash = (expr: string, multiplier: number) => `((${expr})::bigint * ${multiplier} % 1000003)`;

export type LoadProgress = (label: string, ms: number) => void;

function chunks(from: number, to: number, count: number): [number, number][] {
  const size = Math.ceil((to - from + 1) / count);
  const result: [number, number][] = [];
  for (let lo = from; lo <= to; lo += size) result.push([lo, Math.min(to, lo + size - 1)]);
  return result;
}

export async function loadScaleData(url: string, progress: LoadProgress): Promise<void> {
  const pool = new pg.Pool({
    connectionString: url,
    max: WORKERS,
    options: '-c synchronous_commit=off -c maintenance_work_mem=256MB -c work_mem=64MB -c jit=off',
  });
  const step = async (label: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    progress(label, performance.now() - started);
  };
  /** Runs statements over the pool's connections at once. */
  const parallel = (statements: string[]) => Promise.all(statements.map((statement) => pool.query(statement)));
  const run = (statement: string) => pool.query(statement);

  try {
    let indexes: string[] = [];
    await step('prepare: scratch schema, text pools, drop bulk indexes', async () => {
      await run(`drop schema if exists scale_seed cascade; create schema scale_seed`);
      await run(
        `create function scale_seed.pick(v text[], skew float8) returns text language sql volatile as $$
           select v[1 + floor(power(random(), skew) * array_length(v, 1))::int] $$`,
      );
      // The text pools, once per language: the same shapes and seeds, each language's words.
      for (const [suffix, words, seed] of [
        ['', GENERAL_WORDS, 0.42],
        ['_it', GENERAL_WORDS_IT, 0.52],
      ] as const) {
        await run(
          `create function scale_seed.words${suffix}(n int) returns text language sql volatile as $$
             select string_agg(scale_seed.pick(${textArray(words)}, 2.2), ' ') from generate_series(1, n) $$`,
        );
        // setseed in the same statement: the same connection, so the same words on every run.
        await run(
          `select setseed(${seed}); create unlogged table scale_seed.sentence${suffix} as
             select i as id, upper(left(w, 1)) || substr(w, 2) || '.' as text
             from generate_series(0, ${SENTENCES - 1}) i, lateral scale_seed.words${suffix}(8 + i % 11) w`,
        );
        await run(
          `select setseed(${seed + 0.01}); create unlogged table scale_seed.phrase${suffix} as
             select i as id, scale_seed.words${suffix}(3 + i % 4) as text from generate_series(0, ${PHRASES - 1}) i`,
        );
        await parallel([
          `create unlogged table scale_seed.brief${suffix} as
             select p as id, string_agg(s.text, ' ' order by k) as text
             from generate_series(0, ${BRIEFS - 1}) p cross join lateral generate_series(1, 2 + p % 2) k
             join scale_seed.sentence${suffix} s on s.id = (p * 7919 + k * 104729) % ${SENTENCES}
             group by p`,
          `create unlogged table scale_seed.paragraph${suffix} as
             select p as id, string_agg(s.text, ' ' order by k) as text
             from generate_series(0, ${PARAGRAPHS - 1}) p cross join lateral generate_series(1, 6 + p % 7) k
             join scale_seed.sentence${suffix} s on s.id = (p::bigint * 15485863 + k * 32452843) % ${SENTENCES}
             group by p`,
        ]);
        await run(`create unique index on scale_seed.brief${suffix} (id);
          create unique index on scale_seed.paragraph${suffix} (id); create unique index on scale_seed.phrase${suffix} (id);
          analyze scale_seed.brief${suffix}, scale_seed.paragraph${suffix}, scale_seed.phrase${suffix}`);
      }
      const { rows } = await run(
        `select i.indexname, i.indexdef from pg_indexes i
         where i.schemaname = 'public' and i.tablename = any(${textArray(BULK_TABLES)})
           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      );
      indexes = rows.map((row: { indexdef: string }) => row.indexdef);
      // The search rows and related-listing keys are built in one statement each at the end, not one listing
      // (and sector) at a time.
      await run(
        `alter table asset disable trigger asset_search; alter table asset disable trigger asset_related;
         ${ASSET_SECTOR_ROWS_TRIGGERS.map((name) => `alter table asset_sector disable trigger ${name}`).join('; ')}`,
      );
      for (const row of rows as { indexname: string }[]) await run(`drop index "${row.indexname}"`);
    });

    await step(`institutes (${SCALE.institutes}), platforms, taxonomy, users`, async () => {
      const institutes = Array.from({ length: SCALE.institutes }, (_, i) => {
        const [city, region] = CITIES[i % CITIES.length]!;
        return { id: i + 1, city, region };
      });
      await run(
        `insert into institution (id, slug, name, short_name, city, region, country, website, contact_email, description,
           mission, networks, created_at, description_it, mission_it)
         select t.id, 'institute-' || lpad(t.id::text, 2, '0'),
           'IRCCS Istituto Oncologico di ' || t.city || ' ' || t.id, 'IOR' || t.id, t.city, t.region, 'IT',
           'https://institute-' || t.id || '.example.org', 'tto@institute-' || t.id || '.example.org',
           p1.text || ' ' || p2.text, b.text, array['Alliance Against Cancer (ACC)', 'EATRIS'],
           now() - interval '6 years',
           case when t.id % ${ITALIAN_EVERY} <> 0 then i1.text || ' ' || i2.text else '' end,
           case when t.id % ${ITALIAN_EVERY} <> 0 then ib.text else '' end
         from unnest(${textArray(institutes.map((row) => String(row.id)))}::int[],
                     ${textArray(institutes.map((row) => row.city))},
                     ${textArray(institutes.map((row) => row.region))}) as t(id, city, region)
         join scale_seed.paragraph p1 on p1.id = t.id
         join scale_seed.paragraph p2 on p2.id = t.id + 100
         join scale_seed.brief b on b.id = t.id
         join scale_seed.paragraph_it i1 on i1.id = t.id
         join scale_seed.paragraph_it i2 on i2.id = t.id + 100
         join scale_seed.brief_it ib on ib.id = t.id`,
      );
      const kinds = ['GENOMICS', 'BIOBANK', 'BIOSCIENCE_LAB', 'ANIMAL_FACILITY', 'BIOSTATISTICS', 'RADIOTHERAPY'];
      await run(
        `insert into platform (id, slug, institution_id, name, kind, description, capabilities, description_it,
           capabilities_it)
         select (i - 1) * ${SCALE.platformsPerInstitute} + j, 'institute-' || i || '-platform-' || j, i,
           initcap(ph.text) || ' Facility', (${textArray(kinds)})[1 + (i + j) % 6]::platform_kind, b.text,
           array[initcap(ph2.text), initcap(ph3.text)],
           case when i % ${ITALIAN_EVERY} <> 0 then bi.text else '' end,
           case when i % ${ITALIAN_EVERY} <> 0 then array[upper(left(pi2.text, 1)) || substr(pi2.text, 2),
             upper(left(pi3.text, 1)) || substr(pi3.text, 2)] else '{}' end
         from generate_series(1, ${SCALE.institutes}) i, generate_series(1, ${SCALE.platformsPerInstitute}) j
         join scale_seed.phrase ph on ph.id = j * 97
         join scale_seed.phrase ph2 on ph2.id = j * 89 + 1
         join scale_seed.phrase ph3 on ph3.id = j * 83 + 2
         join scale_seed.brief b on b.id = j * 53
         join scale_seed.phrase_it pi2 on pi2.id = j * 89 + 1
         join scale_seed.phrase_it pi3 on pi3.id = j * 83 + 2
         join scale_seed.brief_it bi on bi.id = j * 53`,
      );
      const client = await pool.connect();
      try {
        let position = 0;
        const ids = new Map<string, number>();
        for (const term of demoSectors) {
          position += 1;
          ids.set(term.slug, position);
          await client.query(
            `insert into sector (id, slug, kind, parent_id, label_en, label_it, position)
             values ($1, $2, $3, $4, $5, $6, $7)`,
            [
              position,
              term.slug,
              term.kind,
              term.parent ? ids.get(term.parent) : null,
              term.labelEn,
              term.labelIt,
              position,
            ],
          );
        }
      } finally {
        client.release();
      }
      const name = (i: string) =>
        `(${textArray(FIRST_NAMES)})[1 + ${hash(i, 7919)} % ${FIRST_NAMES.length}] || ' ' ||
         (${textArray(LAST_NAMES)})[1 + ${hash(i, 104729)} % ${LAST_NAMES.length}]`;
      await run(
        `insert into app_user (id, email, name, title, role, institution_id, company_id, password_hash, created_at,
           email_verified_at)
         values (1, 'admin@scale.test', 'Network Administrator', null, 'ADMIN', null, null, null, now(), now())`,
      );
      await run(
        `insert into app_user (id, email, name, title, role, institution_id, company_id, password_hash, created_at,
           email_verified_at)
         select ${OFFICER_ID_BASE} + (i - 1) * ${SCALE.officersPerInstitute} + (j - 1),
           'officer' || j || '@institute-' || i || '.scale.test', ${name('i * 10 + j')},
           'Technology transfer officer', 'TT_OFFICER', i, null, null, now() - interval '5 years', now()
         from generate_series(1, ${SCALE.institutes}) i, generate_series(1, ${SCALE.officersPerInstitute}) j`,
      );
    });

    await step(`companies (${SCALE.companies}) and their members`, async () => {
      await run(
        `insert into company (id, slug, name, country, city, size, interests, website, description, partnership_level,
           listed, created_at, description_it, interests_language, trl_min, trl_max)
         select c, lower(regexp_replace(n.name, '[^A-Za-z0-9]+', '-', 'g')) || '-' || c, n.name,
           (${textArray(COUNTRIES)})[1 + ${hash('c', 31)} % ${COUNTRIES.length}],
           (${textArray(CITIES.map(([city]) => city))})[1 + c % ${CITIES.length}],
           (array['STARTUP', 'SME', 'MID_CAP', 'LARGE'])[1 + ${hash('c', 61)} % 4]::company_size,
           -- One to four interests, from the listings' topics (a tenth in Italian, as companies write them).
           case when c % ${ITALIAN_EVERY} = 3
             then array(select distinct scale_seed.pick(${textArray(TOPIC_TERMS_IT)}, 1.3) from generate_series(0, c % 4))
             else array(select distinct scale_seed.pick(${textArray(TOPIC_TERMS)}, 1.3) from generate_series(0, c % 4)) end,
           'https://company-' || c || '.example.com', p.text,
           (case when c % 4 = 0 then 'PARTNER' else 'PROSPECT' end)::partnership_level, c % 10 < 7,
           now() - (c % 1500) * interval '1 day',
           case when c % ${ITALIAN_EVERY} <> 0 then pi.text else '' end,
           (case when c % ${ITALIAN_EVERY} = 3 then 'it' else 'en' end)::app_language,
           -- The development stages each takes on: a range of 3 to 6 TRLs, none said for one in seven.
           case when c % 7 <> 0 then 1 + c % 5 end,
           case when c % 7 <> 0 then least(9, 1 + c % 5 + 2 + (c / 5) % 4) end
         from generate_series(1, ${SCALE.companies}) c
         cross join lateral (select
           (${textArray(COMPANY_NAME_PARTS)})[1 + c % ${COMPANY_NAME_PARTS.length}] ||
           (${textArray(COMPANY_NAME_ENDINGS)})[1 + (c / ${COMPANY_NAME_PARTS.length}) % ${COMPANY_NAME_ENDINGS.length}] ||
           ' ' || (${textArray(COMPANY_SUFFIXES)})[1 + ${hash('c', 17)} % ${COMPANY_SUFFIXES.length}] as name) n
         join scale_seed.paragraph p on p.id = c % ${PARAGRAPHS}
         join scale_seed.paragraph_it pi on pi.id = c % ${PARAGRAPHS}`,
      );
      await run(
        `insert into company_sector (company_id, sector_id)
         select c, 1 + (c * 31 + k * 17) % s.n
         from generate_series(1, ${SCALE.companies}) c, generate_series(0, c % 3) k, (select count(*) as n from sector) s`,
      );
      await run(
        `insert into app_user (id, email, name, title, role, institution_id, company_id, password_hash, created_at,
           email_verified_at)
         select ${MEMBER_ID_BASE} + c, 'member' || c || '@company-' || c || '.scale.test',
           (${textArray(FIRST_NAMES)})[1 + ${hash('c', 7919)} % ${FIRST_NAMES.length}] || ' ' ||
           (${textArray(LAST_NAMES)})[1 + ${hash('c', 104729)} % ${LAST_NAMES.length}],
           'Business development', 'COMPANY_MEMBER', null, c, null, now() - interval '2 years', now()
         from generate_series(1, ${SCALE.companies}) c`,
      );
      await run(
        `insert into inventor (id, name, affiliation, email)
         select i, (${textArray(FIRST_NAMES)})[1 + ${hash('i', 15485863)} % ${FIRST_NAMES.length}] || ' ' ||
           (${textArray(LAST_NAMES)})[1 + ${hash('i', 32452843)} % ${LAST_NAMES.length}],
           inst.name, case when i % 3 = 0 then 'inventor' || i || '@scale.test' end
         from generate_series(1, ${SCALE.institutes * SCALE.inventorsPerInstitute}) i
         join institution inst on inst.id = 1 + (i - 1) / ${SCALE.inventorsPerInstitute}`,
      );
    });

    await step(`assets (${SCALE.assets}) with sectors and inventors`, async () => {
      const topics = textArray(TOPIC_TERMS);
      const topicsIt = textArray(TOPIC_TERMS_IT);
      const italian = `${hash('b.g', 92821)} % ${ITALIAN_EVERY} <> 0`;
      const common = `${hash('b.g', 48611)} % ${COMMON_TERM_EVERY} = 0`;
      const rare = `${hash('b.g', 15485863)} % ${RARE_TERM_EVERY} = 0`;
      const capitalised = (text: string) => `upper(left(${text}, 1)) || substr(${text}, 2)`;
      const institute = `1 + floor(${SCALE.institutes} * power(${hash('g', 2654435761)} / 1000003.0, 1.6))::int`;
      await parallel(
        chunks(1, SCALE.assets, WORKERS).map(
          ([lo, hi]) => `
        insert into asset (id, slug, kind, status, title, summary, description, problem, benefits, applications, trl,
          ip_status, patent_numbers, development_stage, partnering_models, keywords, institution_id, platform_id,
          contact_officer_id, turnaround, pricing_model, published_at, created_at, updated_at, title_it, summary_it,
          description_it, problem_it, benefits_it, applications_it, keywords_it, turnaround_it)
        select b.g,
          left(regexp_replace(lower(t.text), '[^a-z0-9]+', '-', 'g'), 100) || '-' || b.g,
          b.kind, b.status,
          upper(left(t.text, 1)) || substr(t.text, 2) || ' for ' || k.words[1],
          left(s.text, 400),
          d.text || case when ${common} then ' Evaluated with ${COMMON_TERM} regimens in two cohorts.' else '' end
            || case when ${rare} then ' Tested on ${RARE_TERM} models.' else '' end,
          p.text, bn.text,
          array[upper(left(a1.text, 1)) || substr(a1.text, 2), upper(left(a2.text, 1)) || substr(a2.text, 2)],
          b.trl,
          (case b.kind
             when 'SERVICE' then (array['NONE', 'KNOW_HOW'])[1 + b.h % 2]
             when 'INVENTION' then (array['PATENT_PENDING', 'PATENT_GRANTED', 'PATENT_GRANTED', 'KNOW_HOW'])[1 + b.h % 4]
             else (array['NONE', 'KNOW_HOW', 'COPYRIGHT', 'PATENT_PENDING', 'TRADEMARK'])[1 + b.h % 5] end)::ip_status,
          case when b.kind = 'INVENTION' and b.h % 4 < 3 then array['EP' || (3000000 + b.g) || 'A1'] else '{}' end,
          (case when b.kind = 'SERVICE' then 'IN_SERVICE'
             else (array['DISCOVERY', 'DISCOVERY', 'PROOF_OF_CONCEPT', 'PRECLINICAL', 'PRECLINICAL',
               'CLINICAL_VALIDATION', 'CLINICAL_TRIAL', 'MARKET_READY', 'MARKET_READY'])[b.trl] end)::development_stage,
          string_to_array(case when b.kind = 'SERVICE'
            then (array['SERVICE_AGREEMENT', 'SERVICE_AGREEMENT,MATERIAL_TRANSFER',
              'SERVICE_AGREEMENT,SPONSORED_RESEARCH'])[1 + b.h % 3]
            else (array['LICENSE_EXCLUSIVE', 'LICENSE_EXCLUSIVE,OPTION', 'LICENSE_NON_EXCLUSIVE,CO_DEVELOPMENT',
              'CO_DEVELOPMENT,SPONSORED_RESEARCH', 'LICENSE_EXCLUSIVE,CO_DEVELOPMENT,OPTION', 'OPTION,MATERIAL_TRANSFER',
              'LICENSE_NON_EXCLUSIVE'])[1 + b.h % 7] end, ','),
          k.words || case when ${common} then array['${COMMON_TERM}'] else '{}' end,
          b.institute,
          case when b.kind = 'SERVICE' then (b.institute - 1) * ${SCALE.platformsPerInstitute} + 1 + b.g % ${SCALE.platformsPerInstitute} end,
          ${OFFICER_ID_BASE} + (b.institute - 1) * ${SCALE.officersPerInstitute} + b.g % ${SCALE.officersPerInstitute},
          case when b.kind = 'SERVICE' then (array['5 working days', '2 to 3 weeks', '4 to 6 weeks', 'by agreement'])[1 + b.g % 4] end,
          (case when b.kind = 'SERVICE' then (array['FEE_FOR_SERVICE', 'PER_SAMPLE', 'PROJECT_QUOTE', 'COLLABORATIVE'])[1 + b.h % 4] end)::pricing_model,
          b.published_at,
          coalesce(b.published_at, now()) - interval '20 days',
          -- Edited up to two days after publication, never later than now: feeds and sitemaps date by it.
          least(coalesce(b.published_at, now() - interval '1 day') + (b.g % 48) * interval '1 hour', now()),
          case when ${italian} then ${capitalised('ti.text')} || ' per ' || ki.words[1] else '' end,
          case when ${italian} then left(si.text, 400) else '' end,
          case when ${italian} then di.text
            || case when ${common} then ' Valutato con schemi di ${COMMON_TERM_IT} in due coorti.' else '' end
            || case when ${rare} then ' Testato su modelli di ${RARE_TERM}.' else '' end else '' end,
          case when ${italian} then pi.text else '' end,
          case when ${italian} then bni.text else '' end,
          case when ${italian} then array[${capitalised('ai1.text')}, ${capitalised('ai2.text')}] else '{}' end,
          case when ${italian} then ki.words || case when ${common} then array['${COMMON_TERM_IT}'] else '{}' end
            else '{}' end,
          case when ${italian} and b.kind = 'SERVICE'
            then (array['5 giorni lavorativi', '2-3 settimane', '4-6 settimane', 'da concordare'])[1 + b.g % 4] end
        from (
          select g, h, trl, institute, kind, status,
            case when status <> 'DRAFT' then now() - (${SCALE.assets} - g) * interval '30 minutes' end as published_at
          from (
            select g, ${hash('g', 40503)} as h, 1 + ${hash('g', 48271)} % 9 as trl, ${institute} as institute,
              (case when g % 10 < 5 then 'INVENTION' when g % 10 < 7 then 'PROTOTYPE' else 'SERVICE' end)::asset_kind as kind,
              (case when ${hash('g', 69621)} % 100 < 4 then 'DRAFT' when ${hash('g', 69621)} % 100 < 7 then 'ARCHIVED'
                else 'PUBLISHED' end)::asset_status as status
            from generate_series(${lo}, ${hi}) g
          ) x
        ) b
        cross join lateral (
          select array(select distinct scale_seed.pick(${topics}, 2.0) from generate_series(1, 3 + b.g % 3)) as words
        ) k
        cross join lateral (
          select array(select distinct scale_seed.pick(${topicsIt}, 2.0) from generate_series(1, 3 + b.g % 3)) as words
        ) ki
        join scale_seed.phrase t on t.id = (b.g * 7919) % ${PHRASES}
        join scale_seed.brief s on s.id = (b.g * 31) % ${BRIEFS}
        join scale_seed.paragraph d on d.id = (b.g * 131) % ${PARAGRAPHS}
        join scale_seed.brief p on p.id = (b.g * 1031) % ${BRIEFS}
        join scale_seed.brief bn on bn.id = (b.g * 10007) % ${BRIEFS}
        join scale_seed.phrase a1 on a1.id = (b.g * 17) % ${PHRASES}
        join scale_seed.phrase a2 on a2.id = (b.g * 101) % ${PHRASES}
        join scale_seed.phrase_it ti on ti.id = (b.g * 7919) % ${PHRASES}
        join scale_seed.brief_it si on si.id = (b.g * 31) % ${BRIEFS}
        join scale_seed.paragraph_it di on di.id = (b.g * 131) % ${PARAGRAPHS}
        join scale_seed.brief_it pi on pi.id = (b.g * 1031) % ${BRIEFS}
        join scale_seed.brief_it bni on bni.id = (b.g * 10007) % ${BRIEFS}
        join scale_seed.phrase_it ai1 on ai1.id = (b.g * 17) % ${PHRASES}
        join scale_seed.phrase_it ai2 on ai2.id = (b.g * 101) % ${PHRASES}`,
        ),
      );
      await parallel([
        `insert into asset_sector (asset_id, sector_id)
         select g, 1 + (g * 31 + k * 17) % s.n
         from generate_series(1, ${SCALE.assets}) g, generate_series(0, g % 3) k, (select count(*) as n from sector) s`,
        `insert into asset_inventor (asset_id, inventor_id, position)
         select a.id, (a.institution_id - 1) * ${SCALE.inventorsPerInstitute} + 1 + (a.id * 13 + k * 7) % ${SCALE.inventorsPerInstitute}, k
         from asset a, generate_series(0, a.id % 4) k where a.kind <> 'SERVICE'`,
      ]);
    });

    await step(`expressions of interest (${SCALE.eois}) with histories and threads`, async () => {
      await run(
        `create unlogged table scale_seed.published as
           select (row_number() over (order by id) - 1)::int as n, id, institution_id, kind
           from asset where status = 'PUBLISHED';
         create unique index on scale_seed.published (n); analyze scale_seed.published`,
      );
      await run(
        `create unlogged table scale_seed.path (status eoi_status, step int, from_status eoi_status, to_status eoi_status);
         insert into scale_seed.path values
           ('SUBMITTED', 1, null, 'SUBMITTED'),
           ('IN_REVIEW', 1, null, 'SUBMITTED'), ('IN_REVIEW', 2, 'SUBMITTED', 'IN_REVIEW'),
           ('IN_DISCUSSION', 1, null, 'SUBMITTED'), ('IN_DISCUSSION', 2, 'SUBMITTED', 'IN_REVIEW'),
           ('IN_DISCUSSION', 3, 'IN_REVIEW', 'IN_DISCUSSION'),
           ('NEGOTIATION', 1, null, 'SUBMITTED'), ('NEGOTIATION', 2, 'SUBMITTED', 'IN_REVIEW'),
           ('NEGOTIATION', 3, 'IN_REVIEW', 'IN_DISCUSSION'), ('NEGOTIATION', 4, 'IN_DISCUSSION', 'NEGOTIATION'),
           ('AGREED', 1, null, 'SUBMITTED'), ('AGREED', 2, 'SUBMITTED', 'IN_REVIEW'),
           ('AGREED', 3, 'IN_REVIEW', 'IN_DISCUSSION'), ('AGREED', 4, 'IN_DISCUSSION', 'NEGOTIATION'),
           ('AGREED', 5, 'NEGOTIATION', 'AGREED'),
           ('DECLINED', 1, null, 'SUBMITTED'), ('DECLINED', 2, 'SUBMITTED', 'IN_REVIEW'),
           ('DECLINED', 3, 'IN_REVIEW', 'DECLINED'),
           ('WITHDRAWN', 1, null, 'SUBMITTED'), ('WITHDRAWN', 2, 'SUBMITTED', 'IN_REVIEW'),
           ('WITHDRAWN', 3, 'IN_REVIEW', 'WITHDRAWN')`,
      );
      const published = Number((await run(`select count(*) as n from scale_seed.published`)).rows[0].n);
      // Company c's k-th EoI is on published asset (c·7919 + k·2503) mod N: distinct for each company, so the
      // one-open-EoI-per-company-and-asset rule holds by construction.
      await parallel(
        chunks(1, SCALE.eois, WORKERS).map(
          ([lo, hi]) => `
        insert into expression_of_interest (id, asset_id, company_id, submitter_id, interest_type, message, intended_use,
          timeline, nda_requested, status, priority, assignee_id, idempotency_key, decline_reason, decline_message,
          first_response_at, response_due_at, last_activity_at, created_at, updated_at)
        select e.g, p.id, e.c, ${MEMBER_ID_BASE} + e.c,
          (case when p.kind = 'SERVICE' then 'SERVICE_REQUEST'
             else (array['LICENSE', 'LICENSE', 'CO_DEVELOPMENT', 'SPONSORED_RESEARCH', 'INVESTMENT', 'OTHER'])[1 + e.h % 6]
             end)::interest_type,
          m.text, case when e.h % 2 = 0 then u.text end,
          (array['within 3 months', 'this year', 'next year', null])[1 + e.h % 4], e.h % 3 = 0,
          e.status, (array['LOW', 'NORMAL', 'NORMAL', 'HIGH', 'URGENT'])[1 + e.h % 5]::eoi_priority,
          case when e.status <> 'SUBMITTED'
            then ${OFFICER_ID_BASE} + (p.institution_id - 1) * ${SCALE.officersPerInstitute} + e.g % ${SCALE.officersPerInstitute} end,
          'scale-' || e.g,
          (case when e.status = 'DECLINED' then (array['TOO_EARLY_STAGE', 'NO_FIT', 'BENEFIT_UNCLEAR',
             'COMMERCIAL_ROUTE_UNCLEAR', 'ASSET_UNAVAILABLE', 'DUPLICATE', 'OTHER'])[1 + e.h % 7] end)::decline_reason,
          case when e.status = 'DECLINED' then u.text end,
          case when e.status <> 'SUBMITTED' then e.created_at + (1 + e.h % 4) * interval '1 day' end,
          e.created_at + interval '7 days',
          e.created_at + (e.h % 30) * interval '1 day',
          e.created_at,
          e.created_at + (e.h % 30) * interval '1 day'
        from (
          select g, c, k, h, status,
            case when status = 'SUBMITTED' then now() - (g % 72) * interval '1 hour'
              else now() - (10 + ${hash('g', 15485863)} % 1000) * interval '1 day' end as created_at
          from (
            select g, g % ${SCALE.companies} + 1 as c, g / ${SCALE.companies} as k, ${hash('g', 40503)} as h,
              (case when ${hash('g', 2654435761)} % 100 < 10 then 'SUBMITTED'
                 when ${hash('g', 2654435761)} % 100 < 20 then 'IN_REVIEW'
                 when ${hash('g', 2654435761)} % 100 < 28 then 'IN_DISCUSSION'
                 when ${hash('g', 2654435761)} % 100 < 33 then 'NEGOTIATION'
                 when ${hash('g', 2654435761)} % 100 < 45 then 'AGREED'
                 when ${hash('g', 2654435761)} % 100 < 80 then 'DECLINED'
                 else 'WITHDRAWN' end)::eoi_status as status
            from generate_series(${lo}, ${hi}) g
          ) x
        ) e
        join scale_seed.published p on p.n = (e.c * 7919 + e.k * 2503) % ${published}
        join scale_seed.brief m on m.id = (e.g * 37) % ${BRIEFS}
        join scale_seed.brief u on u.id = (e.g * 59) % ${BRIEFS}`,
        ),
      );
      await parallel([
        `insert into eoi_transition (eoi_id, actor_id, from_status, to_status, reason, at)
         select e.id,
           case when p.step = 1 or p.to_status = 'WITHDRAWN' then e.submitter_id else e.assignee_id end,
           p.from_status, p.to_status,
           case when p.to_status in ('DECLINED', 'WITHDRAWN') then e.decline_message end,
           e.created_at + (p.step - 1) * interval '1 day'
         from expression_of_interest e join scale_seed.path p on p.status = e.status
         order by e.id, p.step`,
        `insert into eoi_message (eoi_id, author_id, body, internal, created_at)
         select e.id, case when k % 2 = 1 then e.submitter_id else e.assignee_id end, b.text,
           k = 4, e.created_at + k * interval '1 day'
         from expression_of_interest e cross join lateral generate_series(1, e.id % 5) k
         join scale_seed.brief b on b.id = (e.id * 31 + k * 7919) % ${BRIEFS}
         where e.status <> 'SUBMITTED'
         order by e.id, k`,
      ]);
    });

    await step(`technology requests (${SCALE.requests}) with their sectors`, async () => {
      // Titles from the listings' topics with a general phrase; most open until a future deadline, some closed
      // or expired. A tenth are written in Italian, from the Italian topics.
      const topics = textArray(TOPIC_TERMS);
      const topicsIt = textArray(TOPIC_TERMS_IT);
      await run(
        `insert into technology_request (id, slug, company_id, author_id, title, description, motivation, language,
           trl_min, trl_max, partnering_models, deadline, visibility, status, created_at, updated_at)
         select q.n, 'scale-request-' || q.n, q.c, ${MEMBER_ID_BASE} + q.c,
           case when q.italian then initcap(q.t1_it) || ' e ' || q.t2_it || ' per ' || ph_it.text
             else initcap(q.t1) || ' and ' || q.t2 || ' for ' || ph.text end,
           b.text, bm.text, (case when q.italian then 'it' else 'en' end)::app_language,
           1 + q.n % 5, least(9, 3 + q.n % 5 + q.n % 3),
           (array['{LICENSE_EXCLUSIVE}', '{CO_DEVELOPMENT,SPONSORED_RESEARCH}', '{LICENSE_NON_EXCLUSIVE,OPTION}',
             '{SERVICE_AGREEMENT}'])[1 + q.n % 4]::text[],
           current_date + (case when q.n % 10 = 9 then -10 else 5 + q.n % 120 end),
           (case when q.n % 3 = 0 then 'OFFICES' else 'PUBLIC' end)::request_visibility,
           (case when q.n % 10 = 9 then 'EXPIRED' when q.n % 10 = 8 then 'FULFILLED' else 'OPEN' end)::request_status,
           now() - (q.n % 60) * interval '1 day', now() - (q.n % 60) * interval '1 day'
         from (
           select n, 1 + (n * 7) % ${SCALE.companies} as c, n % ${ITALIAN_EVERY} = 3 as italian,
             (${topics})[1 + ${hash('n', 7919)} % ${TOPIC_TERMS.length}] as t1,
             (${topics})[1 + ${hash('n', 104729)} % ${TOPIC_TERMS.length}] as t2,
             (${topicsIt})[1 + ${hash('n', 7919)} % ${TOPIC_TERMS_IT.length}] as t1_it,
             (${topicsIt})[1 + ${hash('n', 104729)} % ${TOPIC_TERMS_IT.length}] as t2_it
           from generate_series(1, ${SCALE.requests}) n
         ) q
         join scale_seed.phrase ph on ph.id = (q.n * 31) % ${PHRASES}
         join scale_seed.phrase_it ph_it on ph_it.id = (q.n * 31) % ${PHRASES}
         join scale_seed.brief b on b.id = (q.n * 53) % ${BRIEFS}
         join scale_seed.brief bm on bm.id = (q.n * 97) % ${BRIEFS}`,
      );
      await run(
        `insert into technology_request_sector (request_id, sector_id)
         select r, 1 + (r * 13 + k * 19) % s.n
         from generate_series(1, ${SCALE.requests}) r, generate_series(0, r % 2) k, (select count(*) as n from sector) s`,
      );
    });

    await step('rebuild indexes, reset sequences', async () => {
      // The largest indexes start first, the others share the second connection.
      const queue = [...indexes].sort((a, b) => Number(b.includes('using gin')) - Number(a.includes('using gin')));
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) await run(next);
      };
      await Promise.all(Array.from({ length: WORKERS }, worker));
      for (const table of [
        'institution',
        'platform',
        'sector',
        'app_user',
        'company',
        'inventor',
        'asset',
        'expression_of_interest',
        'technology_request',
      ]) {
        await run(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
      }
    });

    await step('search rows (both languages, and English) and related-listing keys', async () => {
      // asset_search_rebuild() in parallel: the rows of each half of the listings, then the kept facet counts folded.
      // (The English rows, asset_search_en, follow by asset_search's own triggers.)
      await run(`delete from asset_search; delete from asset_facet_delta`);
      await parallel(
        chunks(1, SCALE.assets, WORKERS).map(
          ([lo, hi]) => `insert into asset_search select * from asset_search_rows(
            array(select id from asset where status = 'PUBLISHED' and id between ${lo} and ${hi}))`,
        ),
      );
      await run(`select asset_facet_fold()`);
      await run(`select asset_related_rebuild()`);
      await run(
        `alter table asset enable trigger asset_search; alter table asset enable trigger asset_related;
         ${ASSET_SECTOR_ROWS_TRIGGERS.map((name) => `alter table asset_sector enable trigger ${name}`).join('; ')}`,
      );
      await run(`drop schema scale_seed cascade`);
    });

    await step('vacuum analyze', async () => {
      await parallel([
        'vacuum analyze asset',
        'vacuum analyze expression_of_interest, eoi_transition, eoi_message, asset_sector, asset_inventor, asset_search',
        'vacuum analyze sector_set, asset_related_key, asset_search_en',
      ]);
      await run('vacuum analyze');
    });
  } finally {
    await pool.end();
  }
}

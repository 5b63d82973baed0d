// The write scenario's fixtures: companies with a signed-in member each, and for each company published
// assets it has no open EoI on, so every submission is accepted (the warm-up's on assets of their own, so the
// measured ones still find none open); then the check that every acknowledged EoI is in the database. Each
// submission asks for what its listing offers (shared/listing-interest-types.ts: a licence where the listing offers
// one, else "other", always offered), on listings open to interest (shared/listing-availability.ts): otherwise the
// API refuses it (INTEREST_TYPE_NOT_OFFERED, LISTING_UNDER_OPTION), and refusals are neither the write measured
// nor as costly.
import { createHash, randomBytes } from 'node:crypto';
import { globalId, SUBMIT_EOI } from './bench-operations.mjs';

const OPEN = ['SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'];
const CLOSED_TO_INTEREST = ['UNDER_OPTION', 'LICENSED_EXCLUSIVELY'];
const LICENCES = ['LICENSE_EXCLUSIVE', 'LICENSE_NON_EXCLUSIVE'];
export const BENCH_USER_AGENT = 'tt-bench';

/**
 * @param {(text: string, params?: unknown[]) => Promise<any[]>} sql
 * @param {{ companies: number, submissions: number, warmUp: number }} options `warmUp`: submissions sent first,
 *   not measured nor counted (their idempotency keys are apart from the run's)
 */
export async function prepareWriters(sql, options) {
  const runId = randomBytes(4).toString('hex');
  const companies = (
    await sql(`select id from company order by md5(id::text || $1) limit ${options.companies}`, [runId])
  ).map((row) => row.id);
  const perCompany = Math.ceil(options.submissions / options.companies);
  const warmUpPerCompany = Math.ceil(options.warmUp / options.companies);
  /** @type {{ cookie: string, assetIds: { id: number, licence: boolean }[], warmUpAssetIds: { id: number, licence: boolean }[] }[]} */
  const writers = [];
  for (const companyId of companies) {
    const token = randomBytes(32).toString('base64url');
    const [user] = await sql(`select id from app_user where company_id = $1 and role = 'COMPANY_MEMBER' limit 1`, [
      companyId,
    ]);
    await sql(
      `insert into user_session (user_id, token_hash, created_at, last_seen_at, expires_at, user_agent, ip)
       values ($1, $2, now(), now(), now() + interval '1 day', $3, '127.0.0.1')`,
      [user.id, createHash('sha256').update(token).digest('hex'), BENCH_USER_AGENT],
    );
    // Published assets this company has no open EoI on, from a random place in the catalogue.
    const assets = await sql(
      `select a.id, a.partnering_models && $5::text[] as licence from asset a
       where a.status = 'PUBLISHED' and a.id >= (select floor(random() * (max(id) - $2))::int from asset)
         and a.availability::text <> all($4::text[])
         and not exists (select 1 from expression_of_interest e
           where e.company_id = $1 and e.asset_id = a.id and e.status = any($3::eoi_status[]))
       order by a.id limit $2`,
      [companyId, perCompany + warmUpPerCompany, OPEN, CLOSED_TO_INTEREST, LICENCES],
    );
    const ids = assets.map((row) => ({ id: row.id, licence: row.licence }));
    writers.push({
      cookie: `tt_session=${token}`,
      warmUpAssetIds: ids.slice(0, warmUpPerCompany),
      assetIds: ids.slice(warmUpPerCompany),
    });
  }

  /** The i-th submission: round robin over the companies, so any n consecutive ones come from n companies. */
  const submission = (i, assetsOf, key) => {
    const writer = writers[i % writers.length];
    const assetIds = assetsOf(writer);
    const asset = assetIds[Math.floor(i / writers.length) % assetIds.length];
    return {
      headers: { cookie: writer.cookie },
      body: JSON.stringify({
        query: SUBMIT_EOI,
        variables: {
          input: {
            assetId: globalId('Asset', asset.id),
            interestType: asset.licence ? 'LICENSE' : 'OTHER',
            message: 'We would like to evaluate this technology for our oncology pipeline and discuss terms.',
            intendedUse: 'Evaluation in our preclinical programme',
            timeline: 'within 3 months',
            ndaRequested: i % 2 === 0,
            idempotencyKey: key,
          },
        },
      }),
    };
  };

  let sent = 0;
  let warmUpSent = 0;
  /** @type {string[]} */
  const acknowledged = [];
  return {
    runId,
    acknowledged,
    /** A warm-up submission, on the warm-up's own assets. */
    warmUpRequest() {
      const i = warmUpSent++;
      return submission(i, (writer) => writer.warmUpAssetIds, `bench-warm-up-${runId}-${i}`);
    },
    /** The next measured submission. */
    request() {
      const i = sent++;
      return submission(i, (writer) => writer.assetIds, `bench-${runId}-${i}`);
    },
    /** @param {string} body */
    check(body) {
      const answer = JSON.parse(body);
      const payload = answer.data?.submitExpressionOfInterest;
      if (answer.errors || !payload || payload.errors.length > 0 || !payload.expressionOfInterest) return false;
      acknowledged.push(payload.expressionOfInterest.id);
      return true;
    },
    /** Every acknowledged EoI looked up in the database, and how many this run made in all. */
    async verify() {
      const ids = acknowledged.map((id) => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]));
      const [stored] = await sql(
        `select count(*) filter (where id = any($1::int[]))::int as found, count(*)::int as made
         from expression_of_interest where idempotency_key like $2`,
        [ids, `bench-${runId}-%`],
      );
      await sql(`delete from user_session where user_agent = $1`, [BENCH_USER_AGENT]);
      const removed = await removeBenchWrites(sql);
      return { acknowledged: ids.length, found: stored.found, made: stored.made, removed };
    },
  };
}

/**
 * Removes every EoI a bench run submitted (their idempotency keys start "bench-"; this run's and any left by an
 * earlier or interrupted one) with what hangs on them (transitions, threads…: the foreign keys cascade), and the
 * e-mails they queued (a server without a mail transport keeps them pending): so the scale data stays what
 * `pnpm seed:scale` built, run after run, instead of growing by 1 000 EoIs and 2 000 e-mails each time.
 * @param {(text: string, params?: unknown[]) => Promise<any[]>} sql
 * @returns {Promise<{ eois: number, emails: number }>}
 */
export async function removeBenchWrites(sql) {
  const [removed] = await sql(
    `with gone as (
       delete from expression_of_interest where idempotency_key like 'bench-%' returning id
     ), addressed as (
       -- The e-mails name their EoI by its global id, the last segment of their link.
       select translate(rtrim(encode(convert_to('ExpressionOfInterest:' || id, 'UTF8'), 'base64'), '='), '+/', '-_')
         as global_id from gone
     ), mails as (
       delete from outbox_message o using addressed a
       where o.template in ('eoi-received', 'eoi-received-platform', 'eoi-confirmation')
         and substring(o.data ->> 'eoiUrl' from '[^/]+$') = a.global_id
       returning o.id
     )
     select (select count(*) from gone)::int as eois, (select count(*) from mails)::int as emails`,
  );
  return removed;
}

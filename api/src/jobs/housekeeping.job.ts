import type { Db } from '@tt/db/database';
import { type RawBuilder, sql } from 'kysely';
import { KNOWN_ADDRESS_DAYS } from '../auth/login-throttle.js';
import { SESSION_IDLE_MS } from '../auth/session-policy.js';
import type { JobDefinition } from './job-runner.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

const DAY_MS = 24 * 60 * 60 * 1000;

// Login throttling counts live in rate_limit, whose expired windows the rate limiter deletes itself.
/** A sign-in address unused for longer than this no longer counts as the owner's: forgotten. */
export const KNOWN_ADDRESS_KEEP_MS = KNOWN_ADDRESS_DAYS * DAY_MS;
/**
 * Used or expired e-mail links are kept a week: the "links sent in the last hour" limits count them,
 * and "my link did not work" can still be looked into. None can be used again.
 */
export const SPENT_TOKEN_KEEP_MS = 7 * DAY_MS;
/** Delivered e-mail is kept a month, to answer "was it sent?" (and for the demo mailbox). */
export const SENT_MAIL_KEEP_MS = 30 * DAY_MS;
/** E-mail given up on is kept longer, to diagnose a delivery problem. PENDING e-mail is never pruned. */
export const FAILED_MAIL_KEEP_MS = 90 * DAY_MS;
/** An expired, never accepted invitation stays listed as EXPIRED (and may be sent again) for a month. */
export const EXPIRED_INVITATION_KEEP_MS = 30 * DAY_MS;
/**
 * A self sign-up never verified (the link lives 48 hours) and never signed into again is dropped after two
 * weeks, with the company it created when nobody else uses it, so its e-mail address is free again.
 */
export const UNVERIFIED_SIGN_UP_KEEP_MS = 14 * DAY_MS;

/** Rows deleted per statement: short transactions and row locks, whatever the backlog. */
const BATCH_SIZE = 1000;

/**
 * What attaches an account to the marketplace's records: an account referenced here is never pruned.
 * Every foreign key to app_user must be listed here or in ACCOUNT_OWN_TABLES (a test checks the catalogue).
 */
export const ACCOUNT_REFERENCES: readonly (readonly [table: string, column: string])[] = [
  ['expression_of_interest', 'submitter_id'],
  ['expression_of_interest', 'assignee_id'],
  ['eoi_transition', 'actor_id'],
  ['eoi_message', 'author_id'],
  ['eoi_read_marker', 'user_id'],
  ['asset', 'contact_officer_id'],
  ['invitation', 'invited_by_id'],
  ['inventor', 'user_id'],
  ['disclosure', 'created_by_id'],
  ['disclosure', 'assignee_id'],
  ['disclosure_transition', 'actor_id'],
  ['disclosure_researcher', 'user_id'],
  ['disclosure_message', 'author_id'],
  ['disclosure_attachment', 'uploaded_by_id'],
];
/** The account's own sign-in state, deleted with it (on delete cascade). */
export const ACCOUNT_OWN_TABLES = ['user_session', 'one_time_token', 'known_login_address'] as const;
/** The same for a company: one referenced here is never pruned. Its other members are checked apart. */
export const COMPANY_REFERENCES: readonly (readonly [table: string, column: string])[] = [
  ['expression_of_interest', 'company_id'],
  ['invitation', 'company_id'],
];
/** The company's own profile rows (on delete cascade), and its members (app_user, checked apart). */
export const COMPANY_OWN_TABLES = ['company_sector', 'app_user'] as const;

export interface PruneCounts {
  sessions: number;
  knownAddresses: number;
  oneTimeTokens: number;
  outboxMessages: number;
  invitations: number;
  unverifiedUsers: number;
  companies: number;
}

const seconds = (ms: number) => sql`make_interval(secs => ${ms / 1000})`;

function noneReferences(
  references: readonly (readonly [string, string])[],
  id: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql.join(
    references.map(
      ([table, column]) => sql`not exists (select 1 from ${sql.table(table)} r where r.${sql.ref(column)} = ${id})`,
    ),
    sql` and `,
  );
}

/** Runs a `with doomed as (select id … limit n for update skip locked)` delete until a batch comes back short. */
async function deleteInBatches(db: Db, batch: (limit: number) => RawBuilder<{ n: number }>): Promise<number> {
  let total = 0;
  for (;;) {
    const { rows } = await batch(BATCH_SIZE).execute(db);
    const n = Number(rows[0]?.n ?? 0);
    total += n;
    if (n < BATCH_SIZE) return total;
  }
}

/** Deletes, in batches, the rows of a table with an `id` key that match `where`. */
function pruneRows(db: Db, table: string, where: RawBuilder<unknown>): Promise<number> {
  return deleteInBatches(
    db,
    (limit) => sql<{ n: number }>`
      with doomed as (
        select id from ${sql.table(table)} where ${where} order by id limit ${limit} for update skip locked),
      gone as (delete from ${sql.table(table)} t using doomed d where t.id = d.id returning 1)
      select count(*)::int as n from gone`,
  );
}

const pruneSessions = (db: Db) =>
  pruneRows(db, 'user_session', sql`expires_at <= now() or last_seen_at <= now() - ${seconds(SESSION_IDLE_MS)}`);

function pruneKnownAddresses(db: Db): Promise<number> {
  return deleteInBatches(
    db,
    (limit) => sql<{ n: number }>`
      with doomed as (
        select user_id, ip from known_login_address where last_success_at <= now() - ${seconds(KNOWN_ADDRESS_KEEP_MS)}
        order by user_id, ip limit ${limit} for update skip locked),
      gone as (delete from known_login_address k using doomed d where k.user_id = d.user_id and k.ip = d.ip returning 1)
      select count(*)::int as n from gone`,
  );
}

const pruneOneTimeTokens = (db: Db) =>
  pruneRows(db, 'one_time_token', sql`least(used_at, expires_at) <= now() - ${seconds(SPENT_TOKEN_KEEP_MS)}`);

const pruneOutbox = (db: Db) =>
  pruneRows(
    db,
    'outbox_message',
    sql`(status = 'SENT' and sent_at <= now() - ${seconds(SENT_MAIL_KEEP_MS)})
      or (status = 'FAILED' and next_attempt_at <= now() - ${seconds(FAILED_MAIL_KEEP_MS)})`,
  );

const pruneInvitations = (db: Db) =>
  pruneRows(
    db,
    'invitation',
    sql`accepted_at is null and expires_at <= now() - ${seconds(EXPIRED_INVITATION_KEEP_MS)}`,
  );

/**
 * Unverified self sign-ups: a company member who never verified the address, never signed in after
 * signing up, has no session still alive and nothing attached, and whose account is older than the limit.
 * The company goes too when it was theirs alone: no other member, not listed, nothing attached.
 * One statement, so a company is never left without its member half-way.
 */
async function pruneUnverifiedSignUps(db: Db): Promise<{ users: number; companies: number }> {
  const totals = { users: 0, companies: 0 };
  for (;;) {
    const { rows } = await sql<{ users: number; companies: number }>`
      with doomed as (
        select u.id from app_user u
        where u.role = 'COMPANY_MEMBER' and u.email_verified_at is null and u.last_login_at is null
          and u.created_at <= now() - ${seconds(UNVERIFIED_SIGN_UP_KEEP_MS)}
          and not exists (select 1 from user_session s where s.user_id = u.id
            and s.expires_at > now() and s.last_seen_at > now() - ${seconds(SESSION_IDLE_MS)})
          and ${noneReferences(ACCOUNT_REFERENCES, sql`u.id`)}
        order by u.id limit ${BATCH_SIZE} for update of u skip locked),
      gone_users as (delete from app_user u using doomed d where u.id = d.id returning u.id, u.company_id),
      gone_companies as (
        delete from company c where c.id in (select company_id from gone_users)
          and not c.listed
          and not exists (select 1 from app_user o where o.company_id = c.id and o.id not in (select id from gone_users))
          and ${noneReferences(COMPANY_REFERENCES, sql`c.id`)}
        returning 1)
      select (select count(*)::int from gone_users) as users, (select count(*)::int from gone_companies) as companies`.execute(
      db,
    );
    const users = Number(rows[0]?.users ?? 0);
    totals.users += users;
    totals.companies += Number(rows[0]?.companies ?? 0);
    if (users < BATCH_SIZE) return totals;
  }
}

/**
 * Deletes what has expired or outlived its use. Plain SQL in short batches, each claiming its rows with
 * `skip locked`: safe to run from several processes at once, and again after a crash half-way.
 */
export async function pruneExpiredRecords(db: Db): Promise<PruneCounts> {
  const sessions = await pruneSessions(db);
  const knownAddresses = await pruneKnownAddresses(db);
  const oneTimeTokens = await pruneOneTimeTokens(db);
  const outboxMessages = await pruneOutbox(db);
  const invitations = await pruneInvitations(db);
  const signUps = await pruneUnverifiedSignUps(db);
  return {
    sessions,
    knownAddresses,
    oneTimeTokens,
    outboxMessages,
    invitations,
    unverifiedUsers: signUps.users,
    companies: signUps.companies,
  };
}

/** Hourly, at an odd minute so that it does not meet every other hourly job of the machine. */
export const housekeepingJob: JobDefinition = {
  name: 'housekeeping',
  cron: '17 * * * *',
  async run({ db, logger }) {
    const pruned = await pruneExpiredRecords(db);
    logger.info({ pruned }, 'housekeeping: expired records pruned');
  },
};

import type { Database, Db } from '@tt/db/database';
import { type Expression, type ExpressionBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import { KNOWN_ADDRESS_DAYS } from '../auth/login-throttle.js';
import { SESSION_IDLE_MS } from '../auth/session-policy.js';
import type { JobDefinition } from './job-runner.js';

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

/** A column of a table, as the entities name them: a renamed column fails tsc where it is listed. */
export type TableColumn = {
  [T in keyof Database]: readonly [table: T, column: keyof Database[T] & string];
}[keyof Database];

/**
 * What attaches an account to the marketplace's records: an account referenced here is never pruned.
 * Every foreign key to app_user must be listed here or in ACCOUNT_OWN_TABLES (a test checks the catalogue).
 */
export const ACCOUNT_REFERENCES: readonly TableColumn[] = [
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
  ['technology_request', 'author_id'],
  ['request_response', 'author_id'],
  ['request_response', 'expert_id'],
  ['listing_feedback', 'author_id'],
  ['listing_invitation', 'sender_id'],
  ['agreement', 'owner_id'],
  ['agreement_attachment', 'uploaded_by_id'],
  ['partner_relationship', 'owner_id'],
  ['partner_relationship', 'created_by_id'],
  ['partner_relationship', 'updated_by_id'],
  ['service_request_form', 'updated_by_id'],
  ['quote', 'created_by_id'],
  ['quote', 'decided_by_id'],
  ['access_review_step', 'decided_by_id'],
  ['access_request', 'stated_by_id'],
  ['delivery_milestone', 'recorded_by_id'],
  ['service_file', 'uploaded_by_id'],
  ['site_page_version', 'created_by_id'],
];
/** The account's own sign-in state, saved searches and availability watches, deleted with it (on delete cascade). */
export const ACCOUNT_OWN_TABLES = [
  'user_session',
  'one_time_token',
  'known_login_address',
  'saved_search',
  'listing_availability_watch',
  'company_contact_person',
  'platform_manager',
] as const;
/** The same for a company: one referenced here is never pruned. Its other members are checked apart. */
export const COMPANY_REFERENCES: readonly TableColumn[] = [
  ['expression_of_interest', 'company_id'],
  ['invitation', 'company_id'],
  ['technology_request', 'company_id'],
  ['listing_feedback', 'company_id'],
  ['listing_invitation', 'company_id'],
  ['agreement', 'company_id'],
  ['partner_relationship', 'company_id'],
];
/** The company's own profile rows and dismissed recommendations (on delete cascade), and its members (app_user, checked apart). */
export const COMPANY_OWN_TABLES = ['company_sector', 'app_user', 'recommendation_dismissal'] as const;

export interface PruneCounts {
  sessions: number;
  knownAddresses: number;
  oneTimeTokens: number;
  outboxMessages: number;
  invitations: number;
  unverifiedUsers: number;
  companies: number;
}

/** `now() - make_interval(secs => …)`: the moment `ms` milliseconds ago. */
const ago = (ms: number) => sql<Date>`now() - make_interval(secs => ${ms / 1000})`;

/**
 * `not exists (select 1 from <table> r where r.<column> = <id>)` for each reference: the lists are data (a
 * test checks them against the catalogue), so table and column are identifiers from the typed lists above.
 */
function noneReferences(references: readonly TableColumn[], id: Expression<number>): Expression<SqlBool> {
  return sql<SqlBool>`${sql.join(
    references.map(
      ([table, column]) => sql`not exists (select 1 from ${sql.table(table)} r where r.${sql.ref(column)} = ${id})`,
    ),
    sql` and `,
  )}`;
}

/** Runs a `with doomed as (select … limit n for update skip locked)` delete until a batch comes back short. */
async function deleteInBatches(batch: (limit: number) => Promise<{ n: number } | undefined>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = Number((await batch(BATCH_SIZE))?.n ?? 0);
    total += n;
    if (n < BATCH_SIZE) return total;
  }
}

type Where<T extends keyof Database> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

/** `count(*)::integer as n`: how many rows a batch deleted. */
function rowCount<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) {
  return eb.cast<number>(eb.fn.countAll(), 'integer').as('n');
}

/** The tables pruned by their `id` key alone. */
type IdTable = 'user_session' | 'one_time_token' | 'outbox_message' | 'invitation';

/**
 * Deletes the rows of `table` that `doomed` picks, by their id, in batches. The condition is typed over the
 * caller's own table; the query over the id every one of these tables has (a renamed id fails here).
 */
function pruneById<T extends IdTable>(db: Db, table: T, doomed: Where<T>): Promise<number> {
  const where = doomed as unknown as Where<IdTable>;
  return deleteInBatches((limit) =>
    db
      .with('doomed', (qc) =>
        qc
          .selectFrom(table as IdTable)
          .select('id')
          .where(where)
          .orderBy('id')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .with('gone', (qc) =>
        qc
          // As an aliased table expression: a union of table names would make a union of builders.
          .deleteFrom(sql<Pick<Selectable<Database[IdTable]>, 'id'>>`${sql.table(table)}`.as('t'))
          .using('doomed as d')
          .whereRef('t.id', '=', 'd.id')
          .returning((eb) => eb.lit(1).as('one')),
      )
      .selectFrom('gone')
      .select(rowCount)
      .executeTakeFirst(),
  );
}

const pruneSessions = (db: Db) =>
  pruneById(db, 'user_session', (eb) =>
    eb.or([eb('expires_at', '<=', eb.fn<Date>('now')), eb('last_seen_at', '<=', ago(SESSION_IDLE_MS))]),
  );

function pruneKnownAddresses(db: Db): Promise<number> {
  return deleteInBatches((limit) =>
    db
      .with('doomed', (qc) =>
        qc
          .selectFrom('known_login_address')
          .select(['user_id', 'ip'])
          .where('last_success_at', '<=', ago(KNOWN_ADDRESS_KEEP_MS))
          .orderBy('user_id')
          .orderBy('ip')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .with('gone', (qc) =>
        qc
          .deleteFrom('known_login_address as k')
          .using('doomed as d')
          .whereRef('k.user_id', '=', 'd.user_id')
          .whereRef('k.ip', '=', 'd.ip')
          .returning((eb) => eb.lit(1).as('one')),
      )
      .selectFrom('gone')
      .select(rowCount)
      .executeTakeFirst(),
  );
}

const pruneOneTimeTokens = (db: Db) =>
  pruneById(db, 'one_time_token', (eb) =>
    eb(eb.fn<Date>('least', ['used_at', 'expires_at']), '<=', ago(SPENT_TOKEN_KEEP_MS)),
  );

const pruneOutbox = (db: Db) =>
  pruneById(db, 'outbox_message', (eb) =>
    eb.or([
      eb.and([eb('status', '=', 'SENT'), eb('sent_at', '<=', ago(SENT_MAIL_KEEP_MS))]),
      eb.and([eb('status', '=', 'FAILED'), eb('next_attempt_at', '<=', ago(FAILED_MAIL_KEEP_MS))]),
    ]),
  );

const pruneInvitations = (db: Db) =>
  pruneById(db, 'invitation', (eb) =>
    eb.and([eb('accepted_at', 'is', null), eb('expires_at', '<=', ago(EXPIRED_INVITATION_KEEP_MS))]),
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
    const row = await db
      .with('doomed', (qc) =>
        qc
          .selectFrom('app_user as u')
          .select('u.id')
          .where('u.role', '=', 'COMPANY_MEMBER')
          .where('u.email_verified_at', 'is', null)
          .where('u.last_login_at', 'is', null)
          .where('u.created_at', '<=', ago(UNVERIFIED_SIGN_UP_KEEP_MS))
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('user_session as s')
                  .select(eb.lit(1).as('one'))
                  .whereRef('s.user_id', '=', 'u.id')
                  .where('s.expires_at', '>', eb.fn<Date>('now'))
                  .where('s.last_seen_at', '>', ago(SESSION_IDLE_MS)),
              ),
            ),
          )
          .where((eb) => noneReferences(ACCOUNT_REFERENCES, eb.ref('u.id')))
          .orderBy('u.id')
          .limit(BATCH_SIZE)
          .forUpdate('u')
          .skipLocked(),
      )
      .with('gone_users', (qc) =>
        qc
          .deleteFrom('app_user as u')
          .using('doomed as d')
          .whereRef('u.id', '=', 'd.id')
          .returning(['u.id', 'u.company_id']),
      )
      .with('gone_companies', (qc) =>
        qc
          .deleteFrom('company as c')
          .where('c.id', 'in', (eb) => eb.selectFrom('gone_users').select('company_id'))
          .where((eb) => eb.not(eb.ref('c.listed')))
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('app_user as o')
                  .select(eb.lit(1).as('one'))
                  .whereRef('o.company_id', '=', 'c.id')
                  .where('o.id', 'not in', (eb) => eb.selectFrom('gone_users').select('id')),
              ),
            ),
          )
          .where((eb) => noneReferences(COMPANY_REFERENCES, eb.ref('c.id')))
          .returning((eb) => eb.lit(1).as('one')),
      )
      .selectNoFrom((eb) => [
        eb.selectFrom('gone_users').select(rowCount).as('users'),
        eb.selectFrom('gone_companies').select(rowCount).as('companies'),
      ])
      .executeTakeFirst();
    const users = Number(row?.users ?? 0);
    totals.users += users;
    totals.companies += Number(row?.companies ?? 0);
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

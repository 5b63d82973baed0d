import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestOrm } from '../test-support/use-test-orm.js';
import {
  ACCOUNT_OWN_TABLES,
  ACCOUNT_REFERENCES,
  COMPANY_OWN_TABLES,
  COMPANY_REFERENCES,
  type PruneCounts,
  pruneExpiredRecords,
} from './housekeeping.job.js';

const testDb = useTestOrm();

const db = (): Db => testDb.db();
const hash = sql`md5(random()::text) || md5(random()::text)`;
const ago = (interval: string) => sql`now() - ${interval}::interval`;

async function one<T>(query: ReturnType<typeof sql<T>>): Promise<T> {
  const { rows } = await query.execute(db());
  return rows[0]!;
}

/** A company created by a sign-up `age` ago, and its member. */
async function signUp(
  label: string,
  age: string,
  member: { verified?: boolean; loggedIn?: boolean; listed?: boolean } = {},
): Promise<{ userId: number; companyId: number }> {
  const { id: companyId } = await one(sql<{ id: number }>`
    insert into company (slug, name, country, size, description, partnership_level, listed, created_at)
    values (${`hk-${label}`}, ${`Housekeeping ${label}`}, 'IT', 'STARTUP', '', 'PROSPECT', ${member.listed ?? false}, ${ago(age)})
    returning id`);
  const userId = await addMember(label, companyId, age, member);
  return { userId, companyId };
}

async function addMember(
  label: string,
  companyId: number,
  age: string,
  member: { verified?: boolean; loggedIn?: boolean } = {},
): Promise<number> {
  const { id } = await one(sql<{ id: number }>`
    insert into app_user (email, name, role, company_id, password_hash, created_at, email_verified_at, last_login_at)
    values (${`${label}@housekeeping.test`}, ${label}, 'COMPANY_MEMBER', ${companyId}, 'x', ${ago(age)},
      ${member.verified ? ago(age) : null}, ${member.loggedIn ? ago('1 day') : null})
    returning id`);
  return id;
}

async function session(userId: number, lastSeen: string, expires: string): Promise<number> {
  const { id } = await one(sql<{ id: number }>`
    insert into user_session (user_id, token_hash, created_at, last_seen_at, expires_at)
    values (${userId}, ${hash}, ${ago('20 days')}, ${ago(lastSeen)}, now() + ${expires}::interval)
    returning id`);
  return id;
}

type Key = number | string;
/** Rows are told apart by id, or by address for known_login_address (keyed by user and address). */
const keyColumn = (table: string) => (table === 'known_login_address' ? 'ip' : 'id');

async function present(table: string, keys: Key[]): Promise<Key[]> {
  const column = sql.ref(keyColumn(table));
  const { rows } = await sql<{ key: Key }>`select ${column} as key from ${sql.table(table)}
    where ${column} in (${sql.join(keys)}) order by 1`.execute(db());
  return rows.map((row) => row.key);
}

interface Fixture {
  gone: Record<string, Key[]>;
  kept: Record<string, Key[]>;
  expected: PruneCounts;
}

/** Rows of every kind, some past their limit and some not; `tag` keeps repeated fixtures apart. */
async function seed(tag: string): Promise<Fixture> {
  const gone: Record<string, Key[]> = {};
  const kept: Record<string, Key[]> = {};
  const add = (into: Record<string, Key[]>, table: string, id: Key) => {
    into[table] = [...(into[table] ?? []), id];
  };
  const { id: adminId } = await one(sql<{ id: number }>`select id from app_user where email = 'admin@tt.demo'`);

  // Sessions: past their absolute end, idle too long, alive.
  add(gone, 'user_session', await session(adminId, '1 hour', '-1 minute'));
  add(gone, 'user_session', await session(adminId, '8 days', '10 days'));
  add(kept, 'user_session', await session(adminId, '6 days', '10 days'));

  // Sign-in addresses: unused for longer than 90 days, used lately. (Keyed by user and address, no id.)
  for (const [age, into] of [
    ['91 days', gone],
    ['89 days', kept],
  ] as const) {
    const ip = `198.51.100.${(into === gone ? 1 : 2) + (tag === 'once' ? 0 : 10)}`;
    await sql`insert into known_login_address (user_id, ip, last_success_at) values (${adminId}, ${ip}, ${ago(age)})`.execute(
      db(),
    );
    add(into, 'known_login_address', ip);
  }

  // One-time links: used or expired over a week ago; used or expired lately; still usable.
  for (const [used, expires, into] of [
    ['8 days', '1 day', gone],
    [null, '-8 days', gone],
    ['1 day', '1 day', kept],
    [null, '-1 day', kept],
    [null, '1 hour', kept],
  ] as const) {
    const { id } = await one(sql<{ id: number }>`
      insert into one_time_token (user_id, purpose, token_hash, created_at, expires_at, used_at)
      values (${adminId}, 'RESET_PASSWORD', ${hash}, ${ago('9 days')}, now() + ${expires}::interval,
        ${used ? ago(used) : null})
      returning id`);
    add(into, 'one_time_token', id);
  }

  // Outbox: sent a month ago, sent lately, failed a quarter ago, failed lately, pending for ever.
  for (const [status, at, into] of [
    ['SENT', '31 days', gone],
    ['SENT', '29 days', kept],
    ['FAILED', '91 days', gone],
    ['FAILED', '10 days', kept],
    ['PENDING', '200 days', kept],
  ] as const) {
    const { id } = await one(sql<{ id: number }>`
      insert into outbox_message (recipient, template, data, status, next_attempt_at, sent_at, created_at)
      values (${`${tag}@x.test`}, 'password-reset', '{}', ${status}, ${ago(at)}, ${status === 'SENT' ? ago(at) : null},
        ${ago(at)})
      returning id`);
    add(into, 'outbox_message', id);
  }

  // Invitations: expired a month ago (open or withdrawn), accepted long ago, expired lately, open.
  const { id: institutionId } = await one(sql<{ id: number }>`select id from institution order by id limit 1`);
  for (const [expires, accepted, revoked, into] of [
    ['-31 days', false, false, gone],
    ['-40 days', false, true, gone],
    ['-60 days', true, false, kept],
    ['-29 days', false, false, kept],
    ['7 days', false, false, kept],
  ] as const) {
    const { id } = await one(sql<{ id: number }>`
      insert into invitation (email, role, institution_id, token_hash, created_at, expires_at, accepted_at, revoked_at)
      values (${`${tag}-invitee@x.test`}, 'RESEARCHER', ${institutionId}, ${hash}, ${ago('70 days')},
        now() + ${expires}::interval, ${accepted ? ago('65 days') : null}, ${revoked ? ago('45 days') : null})
      returning id`);
    add(into, 'invitation', id);
  }

  // Sign-ups. Abandoned: the account and its company go.
  const abandoned = await signUp(`${tag}-abandoned`, '15 days');
  await session(abandoned.userId, '15 days', '15 days'); // its sign-up session, long idle
  add(gone, 'app_user', abandoned.userId);
  add(gone, 'company', abandoned.companyId);
  // Abandoned, but the company has a verified member: only the account goes.
  const shared = await signUp(`${tag}-shared`, '20 days');
  add(gone, 'app_user', shared.userId);
  add(kept, 'app_user', await addMember(`${tag}-colleague`, shared.companyId, '19 days', { verified: true }));
  add(kept, 'company', shared.companyId);
  // Abandoned, but the network listed its company: the account goes, the company stays.
  const listed = await signUp(`${tag}-listed`, '20 days', { listed: true });
  add(gone, 'app_user', listed.userId);
  add(kept, 'company', listed.companyId);
  // Too recent, verified, or signed in since: kept.
  for (const [label, age, member] of [
    ['recent', '13 days', {}],
    ['verified', '60 days', { verified: true }],
    ['returned', '60 days', { loggedIn: true }],
  ] as const) {
    const created = await signUp(`${tag}-${label}`, age, member);
    add(kept, 'app_user', created.userId);
    add(kept, 'company', created.companyId);
  }
  // Never verified but still using the sign-up session: kept.
  const active = await signUp(`${tag}-active`, '20 days');
  await session(active.userId, '1 day', '10 days');
  add(kept, 'app_user', active.userId);
  add(kept, 'company', active.companyId);
  // Abandoned with something attached: an expression of interest; an invitation sent. Kept, with the company.
  const withEoi = await signUp(`${tag}-eoi`, '30 days');
  await sql`insert into expression_of_interest (asset_id, company_id, submitter_id, interest_type, message, idempotency_key,
      response_due_at, last_activity_at, created_at, updated_at)
    select a.id, ${withEoi.companyId}, ${withEoi.userId}, 'LICENSE', 'Interested.', ${tag}, now(), now(), ${ago('29 days')}, now()
    from asset a where a.status = 'PUBLISHED' order by a.id limit 1`.execute(db());
  add(kept, 'app_user', withEoi.userId);
  add(kept, 'company', withEoi.companyId);
  const inviter = await signUp(`${tag}-inviter`, '30 days');
  const { id: sentInvitation } = await one(sql<{ id: number }>`
    insert into invitation (email, role, company_id, invited_by_id, token_hash, created_at, expires_at)
    values (${`${tag}-colleague2@x.test`}, 'COMPANY_MEMBER', ${inviter.companyId}, ${inviter.userId}, ${hash},
      ${ago('29 days')}, ${ago('22 days')})
    returning id`);
  add(kept, 'invitation', sentInvitation);
  add(kept, 'app_user', inviter.userId);
  add(kept, 'company', inviter.companyId);

  return {
    gone,
    kept,
    expected: {
      sessions: 3, // two above, and the abandoned account's idle one
      knownAddresses: 1,
      oneTimeTokens: 2,
      outboxMessages: 2,
      invitations: 2,
      unverifiedUsers: 3,
      companies: 1,
    },
  };
}

async function expectPruned(fixture: Fixture) {
  for (const [table, expected] of Object.entries(fixture.gone)) {
    expect(await present(table, expected), `${table} rows past their limit`).toEqual([]);
  }
  for (const [table, expected] of Object.entries(fixture.kept)) {
    expect(await present(table, expected), `${table} rows within their limit`).toEqual(expected);
  }
}

/** Starts from nothing expired, so that counts are exactly this test's rows. */
beforeEach(async () => {
  await pruneExpiredRecords(db());
});

describe('housekeeping', () => {
  it('prunes exactly what has expired or was abandoned, and keeps the rest', async () => {
    const fixture = await seed('once');
    const counts = await pruneExpiredRecords(db());
    expect(counts).toEqual(fixture.expected);
    await expectPruned(fixture);
    // Nothing left to do.
    expect(Object.values(await pruneExpiredRecords(db())).every((n) => n === 0)).toBe(true);
  });

  it('is safe to run from two connections at once: no error, each row deleted once', async () => {
    const fixture = await seed('twice');
    // Enough rows for several batches each, so the two runs really interleave.
    await sql`insert into user_session (user_id, token_hash, created_at, last_seen_at, expires_at)
      select u.id, md5(n::text || random()::text) || md5(random()::text), now() - interval '40 days',
        now() - interval '35 days', now() - interval '10 days'
      from app_user u, generate_series(1, 2500) n where u.email = 'admin@tt.demo'`.execute(db());
    const [a, b] = await Promise.all([pruneExpiredRecords(db()), pruneExpiredRecords(db())]);
    const total = (key: keyof PruneCounts) => a[key] + b[key];
    expect(total('sessions')).toBe(fixture.expected.sessions + 2500);
    for (const key of Object.keys(fixture.expected) as (keyof PruneCounts)[]) {
      if (key !== 'sessions') expect(total(key), key).toBe(fixture.expected[key]);
    }
    await expectPruned(fixture);
  });

  it('knows every foreign key to an account or a company: none is pruned with something attached', async () => {
    const { rows } = await sql<{ target: string; source: string; column: string }>`
      select t.relname as target, s.relname as source, a.attname as column
      from pg_constraint c
        join pg_class t on t.oid = c.confrelid join pg_class s on s.oid = c.conrelid
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and t.relname in ('app_user', 'company')
        and t.relnamespace = 'public'::regnamespace
      order by 1, 2, 3`.execute(db());
    const known = (target: string, source: string, column: string) =>
      target === 'app_user'
        ? ACCOUNT_REFERENCES.some(([t, c]) => t === source && c === column) ||
          (ACCOUNT_OWN_TABLES as readonly string[]).includes(source)
        : COMPANY_REFERENCES.some(([t, c]) => t === source && c === column) ||
          (COMPANY_OWN_TABLES as readonly string[]).includes(source);
    const unknown = rows.filter((row) => !known(row.target, row.source, row.column));
    expect(unknown, 'classify these in housekeeping.job.ts').toEqual([]);
  });
});

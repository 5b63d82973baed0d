import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/session.service.js';
import { SESSION_COOKIE } from '../auth/session-policy.js';
import { toGlobalId } from '../schema/global-id.js';
import { eventsClient } from '../test-support/events-client.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';
import { SOCKETS_PER_SESSION_MAX, SUBSCRIPTIONS_PER_SOCKET_MAX } from './subscription-limits.js';

// Issue #10, point 2: sockets per session and subscriptions per socket are capped, anonymous sockets are
// refused, and deciding events without the database still lets through only what the viewer may see.

const RECHECK_MS = 300;
let database: TestDatabase;
let server: TestServer;
/** oncopharm's EoI on an IRST listing. */
let eoiId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer({ database, sessionRecheckMs: RECHECK_MS });
  const [eoi] = await server.orm.em.fork().execute<{ id: number }[]>(
    `select e.id from expression_of_interest e join asset a on a.id = e.asset_id
       join institution i on i.id = a.institution_id join company c on c.id = e.company_id
     where i.slug = 'irst' and c.slug = 'oncopharm' order by e.id limit 1`,
  );
  eoiId = toGlobalId('ExpressionOfInterest', eoi!.id);
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const EVENTS = `subscription($id: ID) { expressionOfInterestEvents(id: $id) {
  kind expressionOfInterest { id messages { body internal } } } }`;

interface Socket {
  events: { kind: string; id: string; bodies: string[] }[];
  /** What each subscription ended with, by its index, if it ended with an error. */
  refused: Map<number, { message: string; extensions?: { code?: string; category?: string } }[]>;
  connected: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

function openSocket(cookie: string | undefined, subscriptions: (string | null)[]): Socket {
  let connected = () => {};
  let closed = (_event: { code: number; reason: string }) => {};
  const socket: Socket = {
    events: [],
    refused: new Map(),
    connected: new Promise((resolve) => {
      connected = resolve;
    }),
    closed: new Promise((resolve) => {
      closed = resolve;
    }),
    close: async () => {},
  };
  const client = eventsClient(server.url, {
    cookie,
    onNonLazyError: () => {},
    on: {
      connected: () => connected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closed({ code, reason });
      },
    },
  });
  subscriptions.forEach((id, index) => {
    client.subscribe<{
      expressionOfInterestEvents: { kind: string; expressionOfInterest: { id: string; messages: { body: string }[] } };
    }>(
      { query: EVENTS, variables: { id } },
      {
        next: ({ data }) => {
          const event = data?.expressionOfInterestEvents;
          if (event) {
            socket.events.push({
              kind: event.kind,
              id: event.expressionOfInterest.id,
              bodies: event.expressionOfInterest.messages.map((message) => message.body),
            });
          }
        },
        error: (error) => {
          if (Array.isArray(error)) socket.refused.set(index, error);
        },
        complete: () => {},
      },
    );
  });
  socket.close = () => client.dispose() as Promise<void>;
  return socket;
}

const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh session of a demo user, made directly: no sign-in limit gets in the way of many. */
async function sessionOf(email: string): Promise<string> {
  const [user] = await server.orm.em
    .fork()
    .execute<{ id: number }[]>('select id from app_user where email = ?', [email]);
  const token = await createSession(server.orm.em.fork().getKysely(), user!.id, { ip: null, userAgent: null });
  return `${SESSION_COOKIE}=${token}`;
}

const POST =
  'mutation($id: ID!, $body: String!, $internal: Boolean) { postExpressionOfInterestMessage(input: { id: $id, body: $body, internal: $internal }) { errors { code } } }';

async function post(officerCookie: string, body: string, internal = false) {
  const result = await server.gql<{ postExpressionOfInterestMessage: { errors: unknown[] } }>(
    POST,
    { id: eoiId, body, internal },
    { cookie: officerCookie },
  );
  expect(result.data?.postExpressionOfInterestMessage.errors).toEqual([]);
}

describe('limits of live events', () => {
  it(`keeps at most ${SOCKETS_PER_SESSION_MAX} sockets per session, closing the next with 4429`, async () => {
    const cookie = await sessionOf('buyer@oncopharm.demo');
    const open = Array.from({ length: SOCKETS_PER_SESSION_MAX }, () => openSocket(cookie, [eoiId]));
    await Promise.all(open.map((socket) => socket.connected));

    const extra = openSocket(cookie, [eoiId]);
    expect(await extra.closed).toEqual({ code: 4429, reason: 'Too many connections for this session' });
    // Another session of the same person has its own allowance.
    const other = openSocket(await sessionOf('buyer@oncopharm.demo'), [eoiId]);
    await other.connected;

    // A socket that closes gives its place back.
    await open[0]!.close();
    await settle(500);
    const again = openSocket(cookie, [eoiId]);
    await again.connected;
    for (const socket of [...open, other, again]) await socket.close();
  });

  it(`refuses subscription ${SUBSCRIPTIONS_PER_SOCKET_MAX + 1} on a socket with TOO_MANY_REQUESTS; the others go on`, async () => {
    const officer = await sessionOf('officer.irst@tt.demo');
    const socket = openSocket(
      await sessionOf('buyer@oncopharm.demo'),
      Array.from({ length: SUBSCRIPTIONS_PER_SOCKET_MAX + 1 }, () => eoiId),
    );
    await socket.connected;
    await settle();
    expect([...socket.refused.keys()]).toEqual([SUBSCRIPTIONS_PER_SOCKET_MAX]);
    const [error] = socket.refused.get(SUBSCRIPTIONS_PER_SOCKET_MAX)!;
    expect(error!.extensions?.category).toBe('TOO_MANY_REQUESTS');
    expect(error!.message).toMatch(/Too many subscriptions on this connection/);

    await post(officer, 'A reply every subscription hears of.');
    await settle();
    expect(socket.events.map((event) => event.kind)).toEqual(Array(SUBSCRIPTIONS_PER_SOCKET_MAX).fill('MESSAGE'));
    await socket.close();
  });

  it('refuses sockets without a valid session, with 4401', async () => {
    const anonymous = openSocket(undefined, [null]);
    expect(await anonymous.closed).toEqual({ code: 4401, reason: 'Sign in to follow expressions of interest live' });
    const forged = openSocket(`${SESSION_COOKIE}=${'a'.repeat(43)}`, [null]);
    expect((await forged.closed).code).toBe(4401);
  });
});

describe('what each subscriber hears of, decided without the database', () => {
  it('the company hears of its own EoI but never of internal notes or the priority; outsiders hear nothing', async () => {
    const officerCookie = await sessionOf('officer.irst@tt.demo');
    const listeners = {
      officer: openSocket(officerCookie, [null, eoiId]),
      admin: openSocket(await sessionOf('admin@tt.demo'), [null]),
      company: openSocket(await sessionOf('buyer@oncopharm.demo'), [null, eoiId]),
      otherCompany: openSocket(await sessionOf('buyer@medisense.demo'), [null, eoiId]),
      otherInstitute: openSocket(await sessionOf('officer.int@tt.demo'), [null, eoiId]),
      researcher: openSocket(await sessionOf('researcher.irst@tt.demo'), [null, eoiId]),
    };
    await Promise.all(Object.values(listeners).map((socket) => socket.connected));
    await settle(300);

    await post(officerCookie, 'Internal: their last licence went badly.', true);
    await post(officerCookie, 'Thank you, we are reviewing it.');
    const priority = await server.gql<{ setExpressionOfInterestPriority: { errors: unknown[] } }>(
      'mutation($id: ID!) { setExpressionOfInterestPriority(input: { id: $id, priority: URGENT }) { errors { code } } }',
      { id: eoiId },
      { cookie: officerCookie },
    );
    expect(priority.data?.setExpressionOfInterestPriority.errors).toEqual([]);
    // Until the last events arrived (a busy machine delays them), then a moment more for any that should not come.
    await expect
      .poll(() => [listeners.officer, listeners.admin, listeners.company].map((socket) => socket.events.length), {
        timeout: 10_000,
      })
      .toEqual([6, 3, 2]);
    await settle();

    // Sorted: a socket's two subscriptions (all EoIs, this one) each deliver in order, but not in step with each other.
    const kinds = (socket: Socket) => socket.events.map((event) => event.kind).sort();
    expect(kinds(listeners.officer)).toEqual(['MESSAGE', 'MESSAGE', 'MESSAGE', 'MESSAGE', 'UPDATED', 'UPDATED']);
    expect(kinds(listeners.admin)).toEqual(['MESSAGE', 'MESSAGE', 'UPDATED']);
    expect(kinds(listeners.company)).toEqual(['MESSAGE', 'MESSAGE']);
    expect(JSON.stringify(listeners.company.events)).not.toContain('Internal: their last licence');
    expect(JSON.stringify(listeners.officer.events)).toContain('Internal: their last licence');
    for (const outsider of [listeners.otherCompany, listeners.otherInstitute, listeners.researcher]) {
      expect(outsider.events).toEqual([]);
    }
    for (const socket of Object.values(listeners)) await socket.close();
  });

  it(`a session that signs out stops hearing at the next re-check (every ${RECHECK_MS} ms here): its socket closes with 4401`, async () => {
    const officerCookie = await sessionOf('officer.irst@tt.demo');
    const buyer = await server.logIn('buyer@oncopharm.demo');
    const socket = openSocket(buyer.cookie, [eoiId]);
    await socket.connected;
    await post(officerCookie, 'Before signing out.');
    await settle();
    expect(socket.events.map((event) => event.bodies.at(-1))).toEqual(['Before signing out.']);

    await buyer.gql('mutation { logOut { ok } }');
    const closed = await Promise.race([socket.closed, settle(RECHECK_MS * 10).then(() => null)]);
    expect(closed).toEqual({ code: 4401, reason: 'The session has ended' });
    await post(officerCookie, 'After signing out.');
    await settle();
    expect(socket.events).toHaveLength(1);
    await socket.close();
  });
});

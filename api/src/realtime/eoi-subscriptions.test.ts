import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../schema/global-id.js';
import { eventsClient } from '../test-support/events-client.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

let database: TestDatabase;
let serverA: TestServer;
let serverB: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  // Two API processes on one database, as behind a load balancer.
  [serverA, serverB] = await Promise.all([startTestServer({ database }), startTestServer({ database })]);
});
afterAll(async () => {
  await Promise.all([serverA?.close(), serverB?.close()]);
  await database?.drop();
});

interface Received {
  events: { kind: string; id: string; messages: { body: string; internal: boolean }[] }[];
  errors: unknown[];
  close(): void;
}

const EVENTS = `subscription($id: ID) { expressionOfInterestEvents(id: $id) {
  kind expressionOfInterest { id status messages { body internal } } } }`;

function subscribe(
  server: TestServer,
  cookie: string | undefined,
  headers: Record<string, string> = {},
  variables = {},
): Received {
  const received: Received = { events: [], errors: [], close: () => {} };
  const client = eventsClient(server.url, {
    cookie,
    headers,
    onNonLazyError: (error) => received.errors.push(error),
  });
  const unsubscribe = client.subscribe<{
    expressionOfInterestEvents: {
      kind: string;
      expressionOfInterest: { id: string; messages: { body: string; internal: boolean }[] };
    };
  }>(
    { query: EVENTS, variables },
    {
      next: ({ data, errors }) => {
        if (errors) received.errors.push(errors);
        if (data) {
          const event = data.expressionOfInterestEvents;
          received.events.push({
            kind: event.kind,
            id: event.expressionOfInterest.id,
            messages: event.expressionOfInterest.messages,
          });
        }
      },
      error: (error) => received.errors.push(error),
      complete: () => {},
    },
  );
  received.close = () => {
    unsubscribe();
    void client.dispose();
  };
  return received;
}

const settle = (ms = 800) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live EoI events over graphql-ws, fed by LISTEN/NOTIFY', () => {
  it('both API processes deliver them, to the right people only', async () => {
    const logIn = (email: string) => serverB.logIn(email).then((client) => client.cookie);
    const listeners = {
      // The same officer on both processes: each process must deliver.
      officerIrstOnA: subscribe(serverA, (await serverA.logIn('officer.irst@tt.demo')).cookie),
      officerIrst: subscribe(serverB, await logIn('officer.irst@tt.demo')),
      admin: subscribe(serverB, await logIn('admin@tt.demo')),
      buyer: subscribe(serverB, await logIn('buyer@oncopharm.demo')),
      otherBuyer: subscribe(serverB, await logIn('buyer@medisense.demo')),
      researcher: subscribe(serverB, await logIn('researcher.irst@tt.demo')),
      officerInt: subscribe(serverB, await logIn('officer.int@tt.demo')),
      anonymous: subscribe(serverB, undefined),
    };
    await settle(300);

    const [asset] = await serverA.orm.em.fork().execute<{ id: number }[]>(
      `select a.id from asset a join institution i on i.id = a.institution_id where i.slug = 'irst' and a.status = 'PUBLISHED'
       and not exists (select 1 from expression_of_interest e join company c on c.id = e.company_id where e.asset_id = a.id and c.slug = 'oncopharm')
       limit 1`,
    );
    const buyer = await serverA.logIn('buyer@oncopharm.demo');
    const officer = await serverA.logIn('officer.irst@tt.demo');
    const submitted = await buyer.gql<{ submitExpressionOfInterest: { expressionOfInterest: { id: string } } }>(
      `mutation($assetId: ID!) { submitExpressionOfInterest(input: { assetId: $assetId, interestType: LICENSE,
        message: "We would like to license this for our European programme.", idempotencyKey: "live-events-1" }) { expressionOfInterest { id } } }`,
      { assetId: toGlobalId('Asset', asset!.id) },
    );
    const id = submitted.data!.submitExpressionOfInterest.expressionOfInterest.id;
    const POST =
      'mutation($id: ID!, $body: String!, $internal: Boolean) { postExpressionOfInterestMessage(input: { id: $id, body: $body, internal: $internal }) { errors { code } } }';
    await officer.gql(POST, { id, body: 'Internal: check the inventor’s other agreements first.', internal: true });
    await officer.gql(POST, { id, body: 'Thank you, we will come back to you this week.' });
    await settle();

    const kinds = (name: keyof typeof listeners) =>
      listeners[name].events.filter((event) => event.id === id).map((event) => event.kind);
    expect(kinds('officerIrst')).toEqual(['CREATED', 'MESSAGE', 'MESSAGE']);
    expect(kinds('officerIrstOnA')).toEqual(['CREATED', 'MESSAGE', 'MESSAGE']);
    expect(kinds('admin')).toEqual(['CREATED', 'MESSAGE', 'MESSAGE']);
    // The company hears of its EoI and the reply, never of the internal note.
    expect(kinds('buyer')).toEqual(['CREATED', 'MESSAGE']);
    expect(JSON.stringify(listeners.buyer.events)).not.toContain('Internal: check');
    for (const outsider of ['otherBuyer', 'researcher', 'officerInt', 'anonymous'] as const) {
      expect(kinds(outsider), outsider).toEqual([]);
    }
    for (const listener of Object.values(listeners)) listener.close();
  });

  it('refuses a handshake from another site, and queries or mutations over the socket', async () => {
    const cookie = (await serverB.logIn('buyer@oncopharm.demo')).cookie;
    const crossSite = subscribe(serverB, cookie, { origin: 'https://evil.example' });
    await settle(400);
    expect(crossSite.errors.length).toBeGreaterThan(0);
    expect(crossSite.events).toEqual([]);
    crossSite.close();

    const client = eventsClient(serverB.url, { cookie, lazy: true });
    const result = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: 'mutation { logOut { ok } }' }, { next: resolve, error: resolve, complete: () => {} });
    });
    expect(JSON.stringify(result)).toMatch(/Only subscriptions over WebSocket/);
    await client.dispose();
  });
});

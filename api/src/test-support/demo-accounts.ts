import { beforeAll } from 'vitest';
import type { TestClient, TestServer } from './test-server.js';

/** The demo data's accounts the tests sign in as (all with DEMO_PASSWORD); IRST and INT are two institutes. */
export const DEMO_ACCOUNTS = {
  admin: 'admin@tt.demo',
  officer: 'officer.irst@tt.demo',
  otherOfficer: 'officer.int@tt.demo',
  researcher: 'researcher.irst@tt.demo',
  otherResearcher: 'researcher.int@tt.demo',
  /** A member of OncoPharm. */
  buyer: 'buyer@oncopharm.demo',
  /** A member of MediSense. */
  otherBuyer: 'buyer@medisense.demo',
} as const;

export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/** Signs in as each of the demo accounts named, at once; the clients in the same order. */
export function logInAs<const Accounts extends DemoAccount[]>(
  server: TestServer,
  ...accounts: Accounts
): Promise<{ [Index in keyof Accounts]: TestClient }> {
  const clients = Promise.all(accounts.map((account) => server.logIn(DEMO_ACCOUNTS[account])));
  return clients as Promise<{ [Index in keyof Accounts]: TestClient }>;
}

/**
 * A client for each demo account and one without a session (`anonymous`), for the tests of one file: all
 * signed in before them, once the server has started (call it after useTestServer). Each stands for its
 * client; use them in hooks and tests.
 */
export function useDemoClients(server: TestServer): Record<DemoAccount | 'anonymous', TestClient> {
  const accounts = Object.keys(DEMO_ACCOUNTS) as DemoAccount[];
  let clients: Map<DemoAccount | 'anonymous', TestClient> | undefined;
  beforeAll(async () => {
    const signedIn = await logInAs(server, ...accounts);
    clients = new Map([...accounts.map((account, index) => [account, signedIn[index]!] as const)]);
    clients.set('anonymous', server.anonymous());
  });
  const standIn = (name: DemoAccount | 'anonymous'): TestClient => {
    const client = () => {
      const found = clients?.get(name);
      if (!found) throw new Error('The demo clients sign in before the tests: use them in hooks and tests');
      return found;
    };
    return {
      get cookie() {
        return client().cookie;
      },
      gql: (query, variables) => client().gql(query, variables),
    };
  };
  const names: (DemoAccount | 'anonymous')[] = [...accounts, 'anonymous'];
  return Object.fromEntries(names.map((name) => [name, standIn(name)])) as Record<
    DemoAccount | 'anonymous',
    TestClient
  >;
}

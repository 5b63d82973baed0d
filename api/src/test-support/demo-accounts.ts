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

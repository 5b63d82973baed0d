import {
  canTransitionDisclosure,
  DisclosureStatus,
  isDisclosurePublication,
  validateForSubmit,
} from '@tt/shared/disclosure-transitions';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

// The demo disclosures loaded on the first start (the test template is seeded with them): a new officer
// must find a living pipeline, and every demo disclosure must be one the API itself could have made.

interface Disclosure {
  id: string;
  status: DisclosureStatus;
  referenceNumber: string | null;
  title: string | null;
  submittedAt: string | null;
  inventors: { name: string; affiliation: string; contributionShare: number }[];
  abstract: string | null;
  problem: string | null;
  solution: string | null;
  novelty: string | null;
  priorArt: string | null;
  publicDisclosures: { kind: 'PAST' | 'PLANNED'; date: string; venue: string }[];
  fundingSources: { funder: string; obligations: string }[];
  commercialApplications: string | null;
  trl: number | null;
  assignee: { name: string } | null;
  assessment: { recommendation: string | null; notes: string | null } | null;
  history: { from: DisclosureStatus | null; to: DisclosureStatus; at: string }[];
  messages: { body: string }[];
}

// 30 covers every demo disclosure and stays under the query-cost limit with the nested lists.
const LIST = `{ disclosures(first: 30) { totalCount edges { node {
  id status referenceNumber title submittedAt
  inventors { name affiliation contributionShare } abstract problem solution novelty priorArt
  publicDisclosures { kind date venue } fundingSources { funder obligations } commercialApplications trl
  assignee { name } assessment { recommendation notes }
  history { from to at } messages { body }
} } } }`;

const server = useTestServer();
const clients: Record<string, TestClient> = {};

beforeAll(async () => {
  for (const email of [
    'admin@tt.demo',
    'officer.irst@tt.demo',
    'officer.int@tt.demo',
    'researcher.irst@tt.demo',
    'researcher.int@tt.demo',
  ]) {
    clients[email] = await server.logIn(email);
  }
});

async function list(email: string): Promise<Disclosure[]> {
  const response = await clients[email]!.gql<{ disclosures: { totalCount: number; edges: { node: Disclosure }[] } }>(
    LIST,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.disclosures.totalCount).toBe(response.data!.disclosures.edges.length);
  return response.data!.disclosures.edges.map((edge) => edge.node);
}

const prefix = (d: Disclosure) => d.referenceNumber?.split('-')[0];

describe('demo disclosures', () => {
  it('at least 12 across both institutes, with every workflow state; drafts are their researchers’ only', async () => {
    const mine = [...(await list('researcher.irst@tt.demo')), ...(await list('researcher.int@tt.demo'))];
    expect(mine.length).toBeGreaterThanOrEqual(12);
    expect(new Set(mine.map((d) => d.status))).toEqual(new Set(Object.values(DisclosureStatus)));
    // The office sees every submitted one of its institute, never a draft; admins all submitted ones.
    const irst = await list('officer.irst@tt.demo');
    const int = await list('officer.int@tt.demo');
    const all = await list('admin@tt.demo');
    expect(irst.length).toBeGreaterThanOrEqual(5);
    expect(int.length).toBeGreaterThanOrEqual(5);
    expect([...irst, ...int].every((d) => d.status !== 'DRAFT' && d.referenceNumber)).toBe(true);
    expect(irst.every((d) => prefix(d) === 'IRST')).toBe(true);
    expect(int.every((d) => prefix(d) === 'INT')).toBe(true);
    const submitted = mine.filter((d) => d.referenceNumber).map((d) => d.id);
    expect([...irst, ...int].map((d) => d.id).sort()).toEqual([...submitted].sort());
    expect(all.map((d) => d.id).sort()).toEqual([...submitted].sort());
  });

  it('each is one the API could have made: valid paths, complete when submitted, threads and assessments', async () => {
    const all = [...(await list('researcher.irst@tt.demo')), ...(await list('researcher.int@tt.demo'))];
    const office = new Map((await list('admin@tt.demo')).map((d) => [d.id, d]));
    for (const d of all) {
      expect(d.history[0]).toMatchObject({ from: null, to: 'DRAFT' });
      for (const step of d.history.slice(1)) {
        const allowed =
          isDisclosurePublication(step.from!, step.to) ||
          canTransitionDisclosure('RESEARCHER', step.from!, step.to) ||
          canTransitionDisclosure('OFFICE', step.from!, step.to);
        expect(allowed, `${d.title}: ${step.from} → ${step.to}`).toBe(true);
      }
      expect(d.history.at(-1)!.to).toBe(d.status);
      const times = d.history.map((h) => Date.parse(h.at));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      if (d.status === 'DRAFT') {
        expect(d.referenceNumber).toBeNull();
      } else {
        expect(d.referenceNumber).toMatch(/^(IRST|INT)-\d{4}-\d{3}$/);
        expect(validateForSubmit(d), d.title ?? '').toEqual([]);
        expect(d.submittedAt).not.toBeNull();
      }
    }
    expect(all.filter((d) => d.messages.length > 0).length).toBeGreaterThanOrEqual(6);
    // The assessment is the office's only: read it as an admin.
    expect(all.every((d) => d.assessment === null)).toBe(true);
    expect([...office.values()].filter((d) => d.assessment?.recommendation).length).toBeGreaterThanOrEqual(5);
    expect(all.filter((d) => d.assignee).length).toBeGreaterThanOrEqual(6);
    // A planned public disclosure within 30 days, so the warning shows in the demo.
    const soon = Date.now() + 30 * 86_400_000;
    expect(all.some((d) => d.publicDisclosures.some((p) => p.kind === 'PLANNED' && Date.parse(p.date) <= soon))).toBe(
      true,
    );
  });

  it('reference numbers are gap-free per institute and year, and the next submission continues them', async () => {
    const all = await list('admin@tt.demo');
    // A draft is invisible to the office until submitted.
    const draft = (await list('researcher.irst@tt.demo')).find(
      (d) => d.status === 'DRAFT' && validateForSubmit(d).length === 0,
    );
    expect(draft, 'a complete demo draft of IRST').toBeDefined();
    expect(all.map((d) => d.id)).not.toContain(draft!.id);
    const byPrefix = new Map<string, number[]>();
    for (const d of all) {
      if (!d.referenceNumber) continue;
      const [institute, year, number] = d.referenceNumber.split('-');
      const key = `${institute}-${year}`;
      byPrefix.set(key, [...(byPrefix.get(key) ?? []), Number(number)]);
    }
    for (const numbers of byPrefix.values()) {
      expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
    }
    const year = new Date().getUTCFullYear();
    const taken = byPrefix.get(`IRST-${year}`)?.length ?? 0;
    // The demo draft, submitted now, takes the next number and reaches the office.
    const researcher = clients['researcher.irst@tt.demo']!;
    const submitted = await researcher.gql<{ submitDisclosure: { disclosure: { referenceNumber: string } } }>(
      `mutation($id: ID!) { submitDisclosure(input: { id: $id }) { disclosure { referenceNumber } errors { code } } }`,
      { id: draft!.id },
    );
    expect(submitted.data!.submitDisclosure.disclosure.referenceNumber).toBe(
      `IRST-${year}-${String(taken + 1).padStart(3, '0')}`,
    );
    expect((await list('officer.irst@tt.demo')).map((d) => d.id)).toContain(draft!.id);
  });
});

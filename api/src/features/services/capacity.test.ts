import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import { errorCategory } from '../../test-support/listing-fixtures.js';
import { inDays } from '../../test-support/technology-request-fixtures.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { capacityReopeningJob } from './capacity-reopening.job.js';

const server = useTestServer();
const { officer, otherOfficer, admin, researcher, buyer, anonymous } = useDemoClients(server);
const db = (): Db => server.orm.em.fork().getKysely();

const SET = `mutation($input: SetServiceCapacityInput!) {
  setServiceCapacity(input: $input) {
    asset { id capacity { status fullyBookedUntil nextSlotOn turnaroundWeeksMin turnaroundWeeksMax } }
    errors { field code }
  }
}`;
const PUBLIC = `query($slug: String!) { asset(slug: $slug) { kind capacity { status fullyBookedUntil nextSlotOn turnaroundWeeksMin turnaroundWeeksMax } } }`;
const FACET = `query($filter: AssetFilter) { assets(filter: $filter, first: 50) {
  totalCount edges { node { slug } } facets { capacities { value count } } } }`;

interface Capacity {
  status: string;
  fullyBookedUntil: string | null;
  nextSlotOn: string | null;
  turnaroundWeeksMin: number | null;
  turnaroundWeeksMax: number | null;
}
type SetPayload = {
  setServiceCapacity: {
    asset: { id: string; capacity: Capacity | null } | null;
    errors: { field: string; code: string }[];
  };
};
interface FacetAnswer {
  assets: {
    totalCount: number;
    edges: { node: { slug: string } }[];
    facets: { capacities: { value: string; count: number }[] };
  };
}

const NONE = { fullyBookedUntil: null, nextSlotOn: null, turnaroundWeeksMin: null, turnaroundWeeksMax: null };

/** A demo listing's global id and slug, by slug. */
async function listing(slug: string): Promise<{ id: string; slug: string }> {
  const answer = await anonymous.gql<{ asset: { id: string } }>(`query($slug: String!) { asset(slug: $slug) { id } }`, {
    slug,
  });
  return { id: answer.data!.asset.id, slug };
}

function setCapacity(client: TestClient, id: string, capacity: Partial<Capacity>) {
  return client.gql<SetPayload>(SET, { input: { id, status: 'NOT_STATED', ...NONE, ...capacity } });
}

async function facet(filter?: Record<string, unknown>): Promise<FacetAnswer['assets']> {
  const answer = await anonymous.gql<FacetAnswer>(FACET, { filter: filter ?? null });
  expect(answer.errors).toBeUndefined();
  return answer.data!.assets;
}

const count = (answer: FacetAnswer['assets'], value: string) =>
  answer.facets.capacities.find((entry) => entry.value === value)?.count ?? 0;

describe('setting a service listing capacity', () => {
  it('its office sets it; everyone sees it on the listing', async () => {
    const { id, slug } = await listing('irst-dna-methylation-profiling');
    const set = await setCapacity(officer, id, {
      status: 'ACCEPTING_REQUESTS',
      nextSlotOn: inDays(9),
      turnaroundWeeksMin: 4,
      turnaroundWeeksMax: 6,
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setServiceCapacity.errors).toEqual([]);
    const expected = {
      status: 'ACCEPTING_REQUESTS',
      fullyBookedUntil: null,
      nextSlotOn: inDays(9),
      turnaroundWeeksMin: 4,
      turnaroundWeeksMax: 6,
    };
    expect(set.data!.setServiceCapacity.asset!.capacity).toEqual(expected);
    for (const client of [anonymous, buyer, researcher]) {
      const seen = await client.gql<{ asset: { capacity: Capacity } }>(PUBLIC, { slug });
      expect(seen.data!.asset.capacity).toEqual(expected);
    }
  });

  it('an admin sets it too', async () => {
    const { id } = await listing('int-tissue-microarray-construction');
    const set = await setCapacity(admin, id, { status: 'ACCEPTING_REQUESTS', turnaroundWeeksMin: 3 });
    expect(set.data!.setServiceCapacity.errors).toEqual([]);
  });

  it('a manager of the listing’s platform sets it; a manager of another platform may not', async () => {
    const manager = await server.logIn('platforms.irst@tt.demo');
    const otherManager = await server.logIn('platforms.int@tt.demo');
    // The IRST Genomic Facility's exome service: platforms.irst manages it, platforms.int manages INT's Biobank.
    const { id, slug } = await listing('irst-tumour-exome-panel-sequencing');
    const set = await setCapacity(manager, id, { status: 'FULLY_BOOKED', fullyBookedUntil: inDays(30) });
    expect(set.data!.setServiceCapacity.errors).toEqual([]);
    const seen = await anonymous.gql<{ asset: { capacity: Capacity } }>(PUBLIC, { slug });
    expect(seen.data!.asset.capacity.status).toBe('FULLY_BOOKED');
    const refused = await setCapacity(otherManager, id, { status: 'ACCEPTING_REQUESTS' });
    expect(errorCategory(refused)).toBe('FORBIDDEN');
    // Nor a service of its own institute on a platform it does not manage (IRST's Animal Facility).
    const { id: animal } = await listing('irst-in-vivo-efficacy-xenograft-studies');
    expect(errorCategory(await setCapacity(manager, animal, { status: 'ACCEPTING_REQUESTS' }))).toBe('FORBIDDEN');
  });

  it('is refused to the other institute’s officer, a researcher, a company member and anonymous', async () => {
    const { id, slug } = await listing('irst-flow-cytometry-immunophenotyping');
    const before = await anonymous.gql<{ asset: { capacity: Capacity } }>(PUBLIC, { slug });
    for (const client of [otherOfficer, researcher, buyer]) {
      const refused = await setCapacity(client, id, { status: 'FULLY_BOOKED', fullyBookedUntil: inDays(20) });
      expect(errorCategory(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0]!.extensions?.code).toBe('CAPACITY_SET_OFFICE_ONLY');
    }
    expect(errorCategory(await setCapacity(anonymous, id, { status: 'NOT_STATED' }))).toBe('UNAUTHENTICATED');
    const after = await anonymous.gql<{ asset: { capacity: Capacity } }>(PUBLIC, { slug });
    expect(after.data!.asset.capacity).toEqual(before.data!.asset.capacity);
  });

  it('is refused on listings that are not services, which carry none', async () => {
    const [invention] = (
      await sql<{ slug: string }>`select a.slug from asset a join institution i on i.id = a.institution_id
        where a.kind = 'INVENTION' and a.status = 'PUBLISHED' and i.slug = 'irst' order by a.id limit 1`.execute(db())
    ).rows;
    const { id, slug } = await listing(invention!.slug);
    const set = await setCapacity(officer, id, { status: 'ACCEPTING_REQUESTS' });
    expect(set.data!.setServiceCapacity.errors).toEqual([{ field: 'capacity', code: 'CAPACITY_SERVICES_ONLY' }]);
    const seen = await anonymous.gql<{ asset: { kind: string; capacity: Capacity | null } }>(PUBLIC, { slug });
    expect(seen.data!.asset).toEqual({ kind: 'INVENTION', capacity: null });
  });

  it('answers the rules’ codes for a wrong capacity', async () => {
    const { id } = await listing('irst-organoid-drug-sensitivity-testing');
    const past = await setCapacity(officer, id, { status: 'FULLY_BOOKED', fullyBookedUntil: inDays(-1) });
    expect(past.data!.setServiceCapacity.errors).toEqual([
      { field: 'fullyBookedUntil', code: 'CAPACITY_FULLY_BOOKED_UNTIL_PAST' },
    ]);
    const missing = await setCapacity(officer, id, { status: 'FULLY_BOOKED', turnaroundWeeksMin: 200 });
    expect(missing.data!.setServiceCapacity.errors.map((error) => error.code)).toEqual([
      'CAPACITY_FULLY_BOOKED_UNTIL_REQUIRED',
      'CAPACITY_TURNAROUND_RANGE',
    ]);
  });
});

describe('the catalogue facet "accepting requests"', () => {
  it('counts the services by capacity, filters by it, and keeps the landing page counts after a change', async () => {
    const before = await facet();
    const accepting = count(before, 'ACCEPTING_REQUESTS');
    const booked = count(before, 'FULLY_BOOKED');
    expect(accepting).toBeGreaterThan(0);
    const filtered = await facet({ capacities: ['ACCEPTING_REQUESTS'] });
    expect(filtered.totalCount).toBe(accepting);
    // The facet ignores its own filter: the other values are still counted.
    expect(count(filtered, 'FULLY_BOOKED')).toBe(booked);

    const { id, slug } = await listing('int-comprehensive-genomic-profiling');
    const set = await setCapacity(otherOfficer, id, { status: 'FULLY_BOOKED', fullyBookedUntil: inDays(40) });
    expect(set.data!.setServiceCapacity.errors).toEqual([]);
    const after = await facet();
    expect(count(after, 'ACCEPTING_REQUESTS')).toBe(accepting - 1);
    expect(count(after, 'FULLY_BOOKED')).toBe(booked + 1);
    const bookedOnes = await facet({ capacities: ['FULLY_BOOKED'] });
    expect(bookedOnes.edges.map((edge) => edge.node.slug)).toContain(slug);
  });
});

describe('a fully booked period that is over', () => {
  it('reads as accepting at once, and the hourly job stores it so, moving the facet', async () => {
    const { id, slug } = await listing('irst-ctdna-liquid-biopsy-sequencing');
    const set = await setCapacity(officer, id, {
      status: 'FULLY_BOOKED',
      fullyBookedUntil: inDays(10),
      turnaroundWeeksMin: 2,
    });
    expect(set.data!.setServiceCapacity.errors).toEqual([]);
    const bookedCount = count(await facet(), 'FULLY_BOOKED');
    // The last booked day was yesterday.
    await sql`update asset set fully_booked_until = ${inDays(-1)}::date where slug = ${slug}`.execute(db());
    const read = await anonymous.gql<{ asset: { capacity: Capacity } }>(PUBLIC, { slug });
    expect(read.data!.asset.capacity).toEqual({ ...NONE, status: 'ACCEPTING_REQUESTS', turnaroundWeeksMin: 2 });

    const runJob = () =>
      capacityReopeningJob.run(
        {
          db: db(),
          logger: createLogger('silent'),
          transaction: (work) => db().transaction().execute(work),
          signal: new AbortController().signal,
        },
        undefined,
      );
    // Two processes at once: the listing is reopened once.
    await Promise.all([runJob(), runJob()]);
    const stored = await sql<{ capacity_status: string; fully_booked_until: string | null }>`
      select capacity_status, fully_booked_until from asset where slug = ${slug}`.execute(db());
    expect(stored.rows[0]).toEqual({ capacity_status: 'ACCEPTING_REQUESTS', fully_booked_until: null });
    expect(count(await facet(), 'FULLY_BOOKED')).toBe(bookedCount - 1);
    // Still booked today: left alone.
    const { slug: stillBooked } = await listing('int-single-cell-spatial-transcriptomics');
    await runJob();
    const kept = await anonymous.gql<{ asset: { capacity: Capacity } }>(PUBLIC, { slug: stillBooked });
    expect(kept.data!.asset.capacity.status).toBe('FULLY_BOOKED');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/global-id.js';
import { inLanguage } from '../../test-support/client-in-language.js';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  executor,
  expectReasonsHold,
  insertRequest,
  REASON_FIELDS,
  type ReasonView,
} from '../../test-support/matchmaking-fixtures.js';
import { countStatements, installSqlCounter } from '../../test-support/sql-counter.js';
import type { GraphQLResponse } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';
import { recommendListings } from './recommendations.service.js';

// "Recommended for you": a company member's listings, ranked from the company's profile, its open requests and the
// listings it showed interest in. Every reason must hold of the data it cites; listings the company expressed
// interest in or dismissed never come back; nobody but company members may ask.

const server = useTestServer();
const { buyer, otherBuyer, researcher, officer, admin, anonymous } = useDemoClients(server);
const execute = executor(server);

const RECOMMENDED = `query($first: Int) { recommendedListings(first: $first) {
  score listing { id slug title trl institution { id shortName } sectors { id slug label } }
  reasons { ${REASON_FIELDS} } } }`;
const DISMISS = `mutation($input: DismissRecommendationInput!) { dismissRecommendation(input: $input) {
  dismissed { assetId } errors { field code } } }`;

interface Recommended {
  score: number;
  listing: { id: string; slug: string; title: string; trl: number };
  reasons: ReasonView[];
}

let oncopharm: number;
let request: { id: number; slug: string };
let closed: { slug: string };
let expired: { slug: string };
let othersRequest: { slug: string };

async function recommended(first = 50, client = buyer): Promise<Recommended[]> {
  const response = await client.gql<{ recommendedListings: Recommended[] }>(RECOMMENDED, { first });
  expect(response.errors).toBeUndefined();
  return response.data!.recommendedListings;
}

const dbId = async (slug: string) =>
  (await execute<{ id: number }>(`select id from asset where slug = ?`, [slug]))[0]!.id;

beforeAll(async () => {
  oncopharm = (await execute<{ id: number }>(`select id from company where slug = 'oncopharm'`))[0]!.id;
  await execute(`update company set trl_min = 3, trl_max = 6 where id = ?`, [oncopharm]);
  request = await insertRequest(execute, {
    company: 'oncopharm',
    title: 'Radioligand theranostics for prostate cancer',
    sectors: ['radiopharmaceuticals', 'prostate-cancer'],
    trl: [5, 8],
  });
  closed = await insertRequest(execute, {
    company: 'oncopharm',
    title: 'Organoid models for drug screening',
    status: 'CLOSED',
  });
  expired = await insertRequest(execute, {
    company: 'oncopharm',
    title: 'Liquid biopsy panels for colorectal cancer',
    deadlineInDays: -1,
  });
  othersRequest = await insertRequest(execute, { company: 'medisense', title: 'Organoid drug screening platforms' });
});

describe('recommended listings', () => {
  it('ranks published listings, best first, each with reasons that hold', async () => {
    const list = await recommended();
    expect(list.length).toBeGreaterThan(10);
    for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
    for (const item of list) {
      await expectReasonsHold(execute, {
        companyId: oncopharm,
        assetId: await dbId(item.listing.slug),
        reasons: item.reasons,
      });
    }
    const kinds = new Set(list.flatMap((item) => item.reasons.map((reason) => reason.kind)));
    expect([...kinds].sort()).toEqual(['INTEREST', 'REQUEST', 'SECTOR', 'SIMILAR_TO_INTEREST', 'TRL_RANGE']);
    const published = await execute<{ slug: string }>(`select slug from asset where status = 'PUBLISHED'`);
    const slugs = new Set(published.map((row) => row.slug));
    for (const item of list) expect(slugs, item.listing.slug).toContain(item.listing.slug);
  });

  it("cites the company's open requests only, and ranks the listings answering one first", async () => {
    const list = await recommended();
    const cited = new Set(list.flatMap((item) => item.reasons.flatMap((reason) => reason.requestSlug ?? [])));
    expect(cited).toContain(request.slug);
    for (const other of [closed, expired, othersRequest]) expect(cited).not.toContain(other.slug);
    // Answering a request the company published is the strongest reason there is.
    expect(list[0]!.reasons.map((reason) => reason.kind)).toContain('REQUEST');
  });

  it('words the sector in the language of the request', async () => {
    const italian = inLanguage(server, buyer, 'it');
    const list = await recommended(20, italian);
    const sectors = list.flatMap((item) => item.reasons.flatMap((reason) => (reason.sector ? [reason.sector] : [])));
    expect(sectors.length).toBeGreaterThan(0);
    const labels = await execute<{ slug: string; label_it: string }>(`select slug, label_it from sector`);
    for (const sector of sectors as unknown as { slug: string; label: string }[]) {
      expect(sector.label).toBe(labels.find((row) => row.slug === sector.slug)!.label_it);
    }
  });

  it('never recommends a listing the company expressed interest in, in any status', async () => {
    const list = await recommended();
    const withInterest = await execute<{ slug: string }>(
      `select a.slug from expression_of_interest e join asset a on a.id = e.asset_id where e.company_id = ?`,
      [oncopharm],
    );
    expect(withInterest.length).toBeGreaterThan(3);
    const slugs = new Set(list.map((item) => item.listing.slug));
    for (const { slug } of withInterest) expect(slugs).not.toContain(slug);
  });

  it("recommends each company for itself: another company's list follows its own profile", async () => {
    const mine = await recommended(10);
    const theirs = await recommended(10, otherBuyer);
    expect(theirs.map((item) => item.listing.slug)).not.toEqual(mine.map((item) => item.listing.slug));
    const medisense = (await execute<{ id: number }>(`select id from company where slug = 'medisense'`))[0]!.id;
    for (const item of theirs) {
      await expectReasonsHold(execute, {
        companyId: medisense,
        assetId: await dbId(item.listing.slug),
        reasons: item.reasons,
      });
    }
  });
});

describe("the interests' queries the rankings cite an interest by", () => {
  it('follow the interests and their language, one per interest in order (none for stop words only)', async () => {
    const [company] = await execute<{ id: number; interests: string[]; interests_language: string }>(
      `select id, interests, interests_language from company where slug = 'medisense'`,
    );
    const queries = async () =>
      (
        await execute<{ q: (string | null)[] }>(
          `select array(select coalesce(x::text, 'none') from unnest(interest_term_queries) x) as q
           from company where id = ?`,
          [company!.id],
        )
      )[0]!.q;
    // An array literal: the driver would spread an array parameter into a list.
    const textArray = (terms: string[]) => `{${terms.map((term) => JSON.stringify(term)).join(',')}}`;
    try {
      await execute(`update company set interests = ?::text[], interests_language = 'en' where id = ?`, [
        textArray(['Liquid biopsy assays', 'of the', 'Radioligands']),
        company!.id,
      ]);
      expect(await queries()).toEqual(["'assay' & 'biopsi' & 'liquid'", 'none', "'radioligand'"]);
      await execute(`update company set interests = ?::text[], interests_language = 'it' where id = ?`, [
        textArray(['Biopsie liquide']),
        company!.id,
      ]);
      expect(await queries()).toEqual(["'biops' & 'liquid'"]);
    } finally {
      await execute(`update company set interests = ?::text[], interests_language = ? where id = ?`, [
        textArray(company!.interests),
        company!.interests_language,
        company!.id,
      ]);
    }
  });
});

describe('for the alert digest', () => {
  it("gives a company's recommendations with their reasons, the titles in the recipient's language", async () => {
    const list = await recommendListings(server.orm.em.fork().getKysely(), oncopharm, 3, { language: 'it' });
    expect(list).toHaveLength(3);
    for (const { listing, reasons } of list) {
      expect(listing.slug).toBeTruthy();
      expect(reasons.length).toBeGreaterThan(0);
      const [row] = await execute<{ title: string; title_it: string }>(
        `select title, title_it from asset where id = ?`,
        [listing.dbId],
      );
      expect([row!.title_it || row!.title, row!.title]).toContain(listing.title);
    }
  });
});

describe('dismissing a recommendation', () => {
  it('drops the listing from the list and records the reason as feedback, once', async () => {
    const [first] = await recommended(5);
    const input = { assetId: first!.listing.id, reason: 'NOT_IN_FOCUS', comment: '  Outside our oncology pipeline.  ' };
    const response = await buyer.gql<{ dismissRecommendation: { dismissed: { assetId: string }; errors: unknown[] } }>(
      DISMISS,
      { input },
    );
    expect(response.data?.dismissRecommendation).toEqual({ dismissed: { assetId: first!.listing.id }, errors: [] });
    expect((await recommended()).map((item) => item.listing.slug)).not.toContain(first!.listing.slug);
    // Again: nothing more.
    await buyer.gql(DISMISS, { input: { ...input, reason: 'OTHER' } });
    const feedback = await execute<{ source: string; reason: string; comment: string; company_id: number }>(
      `select source, reason, comment, company_id from listing_feedback where asset_id = ?`,
      [await dbId(first!.listing.slug)],
    );
    expect(feedback).toEqual([
      {
        source: 'RECOMMENDATION_DISMISSED',
        reason: 'NOT_IN_FOCUS',
        comment: 'Outside our oncology pipeline.',
        company_id: oncopharm,
      },
    ]);
  });

  it('refuses a listing that is not published, and a comment too long, changing nothing', async () => {
    const [draft] = await execute<{ id: number }>(`select id from asset where status <> 'PUBLISHED' limit 1`);
    const notPublished = await buyer.gql<{ dismissRecommendation: { errors: unknown[] } }>(DISMISS, {
      input: { assetId: toGlobalId('Asset', draft!.id), reason: 'OTHER' },
    });
    expect(notPublished.data?.dismissRecommendation.errors).toEqual([{ field: 'assetId', code: 'LISTING_NOT_FOUND' }]);
    const [some] = await recommended(1);
    const tooLong = await buyer.gql<{ dismissRecommendation: { errors: unknown[] } }>(DISMISS, {
      input: { assetId: some!.listing.id, reason: 'OTHER', comment: 'x'.repeat(1001) },
    });
    expect(tooLong.data?.dismissRecommendation.errors).toEqual([{ field: 'comment', code: 'TEXT_TOO_LONG' }]);
    expect((await recommended(1))[0]!.listing.id).toBe(some!.listing.id);
  });
});

describe('who may ask', () => {
  const category = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.category;
  it('company members only: everyone else is refused', async () => {
    expect(category(await anonymous.gql(RECOMMENDED, { first: 5 }))).toBe('UNAUTHENTICATED');
    for (const client of [researcher, officer, admin]) {
      const response = await client.gql(RECOMMENDED, { first: 5 });
      expect(category(response)).toBe('FORBIDDEN');
      const id = (await execute<{ id: number }>(`select id from asset where status = 'PUBLISHED' limit 1`))[0]!.id;
      const dismissed = await client.gql(DISMISS, { input: { assetId: toGlobalId('Asset', id), reason: 'OTHER' } });
      expect(category(dismissed)).toBe('FORBIDDEN');
    }
  });

  it('asks for 1 to 50', async () => {
    for (const first of [0, 51]) {
      const response = await buyer.gql(RECOMMENDED, { first });
      expect(response.errors?.[0]?.extensions?.category).toBe('BAD_USER_INPUT');
    }
  });
});

describe('statements', () => {
  it('the session and one statement, whatever the number of listings and their relations', async () => {
    installSqlCounter();
    await recommended(2);
    const counts: number[] = [];
    for (const first of [20, 3]) counts.push(await countStatements(() => recommended(first)));
    console.log(`recommended listings: 20 → ${counts[0]}, 3 → ${counts[1]}`);
    expect(counts).toEqual([2, 2]);
  });
});

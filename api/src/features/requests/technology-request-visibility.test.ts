// Who sees which technology requests and which responses, by every path: the request by its slug, node(id), the
// directory's page, total and facet counts, and the responses on a request. A PUBLIC request is everyone's; an
// OFFICES one never reaches another company or an anonymous visitor; a response is seen only by the requesting
// company, the officers of the institute that sent it, and admins.
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoClients } from '../../test-support/demo-accounts.js';
import {
  publishedListings,
  publishRequest,
  type RequestView,
  requestInput,
  respondWithListings,
  sectorIdsBySlug,
} from '../../test-support/technology-request-fixtures.js';
import type { TestClient } from '../../test-support/test-server.js';
import { useTestServer } from '../../test-support/use-test-server.js';

const server = useTestServer();
const demo = useDemoClients(server);
// A second IRST officer who did not write the response: responses belong to the institute, not to their author.
let colleague: TestClient;

type Actor =
  | 'anonymous'
  | 'member'
  | 'otherCompany'
  | 'researcher'
  | 'otherResearcher'
  | 'respondingOfficer'
  | 'colleagueOfficer'
  | 'otherInstituteOfficer'
  | 'admin';
const ACTORS: Actor[] = [
  'anonymous',
  'member',
  'otherCompany',
  'researcher',
  'otherResearcher',
  'respondingOfficer',
  'colleagueOfficer',
  'otherInstituteOfficer',
  'admin',
];
function client(actor: Actor): TestClient {
  switch (actor) {
    case 'anonymous':
      return demo.anonymous;
    case 'member':
      return demo.buyer;
    case 'otherCompany':
      return demo.otherBuyer;
    case 'researcher':
      return demo.researcher;
    case 'otherResearcher':
      return demo.otherResearcher;
    case 'respondingOfficer':
      return demo.officer;
    case 'colleagueOfficer':
      return colleague;
    case 'otherInstituteOfficer':
      return demo.otherOfficer;
    case 'admin':
      return demo.admin;
  }
}

// Every request here says "wombat", a word no other request uses.
const WORD = 'wombat';
let publicRequest: RequestView;
let officesRequest: RequestView;

beforeAll(async () => {
  colleague = await server.logIn('officer2.irst@tt.demo');
  const [biopsy, imaging] = await sectorIdsBySlug(server, 'liquid-biopsy', 'molecular-imaging');
  publicRequest = await publishRequest(
    demo.buyer,
    requestInput([biopsy!], { title: 'Wombat public request for assays', partneringModels: ['OPTION'] }),
  );
  officesRequest = await publishRequest(
    demo.buyer,
    requestInput([imaging!], {
      title: 'Wombat confidential request for tracers',
      visibility: 'OFFICES',
      partneringModels: ['MATERIAL_TRANSFER'],
      trlMin: 8,
      trlMax: 9,
    }),
  );
  const [irst1, irst2] = await publishedListings(server, 'irst');
  const [int1] = await publishedListings(server, 'int');
  // IRST answers both; INT only the office-only one.
  await respondWithListings(demo.officer, publicRequest.id, [irst1!.globalId]);
  await respondWithListings(demo.officer, officesRequest.id, [irst2!.globalId]);
  await respondWithListings(demo.otherOfficer, officesRequest.id, [int1!.globalId]);
});

const ONE = `query($slug: String!) { technologyRequest(slug: $slug) { id title
  responses { institution { slug } message proposals { status asset { slug } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on TechnologyRequest { title } } }`;
const DIRECTORY = `query($query: String) { technologyRequests(query: $query, first: 20) {
  totalCount edges { node { slug } }
  facets { sectors { value count } trl { value count } partneringModels { value count } statuses { value count } } } }`;

interface One {
  technologyRequest: {
    id: string;
    responses: { institution: { slug: string }; proposals: { asset: { slug: string } | null }[] }[] | null;
  } | null;
}
interface Directory {
  technologyRequests: {
    totalCount: number;
    edges: { node: { slug: string } }[];
    facets: Record<'sectors' | 'trl' | 'partneringModels' | 'statuses', { value: string; count: number }[]>;
  };
}

const SEES_OFFICE_ONLY: Actor[] = [
  'member',
  'researcher',
  'otherResearcher',
  'respondingOfficer',
  'colleagueOfficer',
  'otherInstituteOfficer',
  'admin',
];

describe('who sees a request', () => {
  it('a public request: everyone, by its slug and node(id)', async () => {
    for (const actor of ACTORS) {
      const one = await client(actor).gql<One>(ONE, { slug: publicRequest.slug });
      expect(one.data?.technologyRequest?.id, actor).toBe(publicRequest.id);
      const node = await client(actor).gql<{ node: { id: string } | null }>(NODE, { id: publicRequest.id });
      expect(node.data?.node?.id, actor).toBe(publicRequest.id);
    }
  });

  it('an office-only request: the institutes, admins and its own company; never another company or a visitor', async () => {
    for (const actor of ACTORS) {
      const expected = SEES_OFFICE_ONLY.includes(actor);
      const one = await client(actor).gql<One>(ONE, { slug: officesRequest.slug });
      expect(one.errors, actor).toBeUndefined();
      expect(one.data?.technologyRequest?.id ?? null, actor).toBe(expected ? officesRequest.id : null);
      const node = await client(actor).gql<{ node: { id: string } | null }>(NODE, { id: officesRequest.id });
      expect(node.data?.node?.id ?? null, actor).toBe(expected ? officesRequest.id : null);
    }
  });

  it('the directory: its page, total and facet counts hold nothing of an office-only request it may not see', async () => {
    for (const actor of ACTORS) {
      const expected = SEES_OFFICE_ONLY.includes(actor);
      const result = (await client(actor).gql<Directory>(DIRECTORY, { query: WORD })).data!.technologyRequests;
      const slugs = result.edges.map((edge) => edge.node.slug).sort();
      expect(slugs, actor).toEqual(expected ? [officesRequest.slug, publicRequest.slug].sort() : [publicRequest.slug]);
      expect(result.totalCount, actor).toBe(expected ? 2 : 1);
      const models = result.facets.partneringModels.map((facet) => facet.value);
      const sectors = result.facets.sectors.map((facet) => facet.value);
      const trl = result.facets.trl.map((facet) => facet.value);
      expect(models.includes('MATERIAL_TRANSFER'), actor).toBe(expected);
      expect(sectors.includes('molecular-imaging'), actor).toBe(expected);
      expect(trl.includes('9'), actor).toBe(expected);
      expect(result.facets.statuses, actor).toEqual([{ value: 'OPEN', count: expected ? 2 : 1 }]);
      // Browsing without a query: the same rule.
      const browsing = (await client(actor).gql<Directory>(DIRECTORY, {})).data!.technologyRequests;
      expect(
        browsing.edges.some((edge) => edge.node.slug === officesRequest.slug),
        actor,
      ).toBe(expected);
    }
  });
});

describe('who sees the responses', () => {
  /** The institutes whose responses the actor reads on a request; null when the field is withheld. */
  async function responders(actor: Actor, request: RequestView): Promise<string[] | null> {
    const one = await client(actor).gql<One>(ONE, { slug: request.slug });
    const responses = one.data?.technologyRequest?.responses;
    return responses === undefined ? null : (responses?.map((response) => response.institution.slug).sort() ?? null);
  }

  it('on an office-only request answered by both institutes: each office reads its own only', async () => {
    const expected: Record<Actor, string[] | null> = {
      anonymous: null,
      member: ['int', 'irst'],
      otherCompany: null,
      researcher: null,
      otherResearcher: null,
      respondingOfficer: ['irst'],
      colleagueOfficer: ['irst'],
      otherInstituteOfficer: ['int'],
      admin: ['int', 'irst'],
    };
    for (const actor of ACTORS) expect(await responders(actor, officesRequest), actor).toEqual(expected[actor]);
  });

  it('on a public request answered by one institute: the other institute reads none of it', async () => {
    const expected: Record<Actor, string[] | null> = {
      anonymous: null,
      member: ['irst'],
      otherCompany: null,
      researcher: null,
      otherResearcher: null,
      respondingOfficer: ['irst'],
      colleagueOfficer: ['irst'],
      otherInstituteOfficer: [],
      admin: ['irst'],
    };
    for (const actor of ACTORS) expect(await responders(actor, publicRequest), actor).toEqual(expected[actor]);
  });

  it('never puts a response in what another company or a visitor reads', async () => {
    for (const actor of ['anonymous', 'otherCompany'] as const) {
      const one = await client(actor).gql(ONE, { slug: publicRequest.slug });
      expect(JSON.stringify(one), actor).not.toContain('happy to arrange a call');
    }
  });
});

import { expect } from 'vitest';
import type { AssetRecord } from '../features/catalogue/asset-records.js';
import type { GraphQLResponse, TestClient, TestServer } from './test-server.js';

// Operations and fixtures shared by the listing editor's tests.

export const LISTING_FIELDS = `id slug kind status title summary description problem benefits applications trl ipStatus
  patentNumbers developmentStage partneringModels keywords turnaround pricingModel publishedAt updatedAt viewerCanEdit
  allowedTransitions publicationIssues { field code message }
  institution { id slug } platform { id } contactOfficer { name } contactOfficerUser { id }
  sectors { id } inventors { id name affiliation } sourceDisclosure { id }`;

/** A listing as the API answers LISTING_FIELDS: the record's scalar fields (dates as JSON strings), then the rest. */
export interface Listing
  extends Pick<
    AssetRecord,
    | 'id'
    | 'slug'
    | 'kind'
    | 'status'
    | 'title'
    | 'summary'
    | 'description'
    | 'problem'
    | 'benefits'
    | 'applications'
    | 'trl'
    | 'ipStatus'
    | 'patentNumbers'
    | 'developmentStage'
    | 'partneringModels'
    | 'keywords'
    | 'turnaround'
    | 'pricingModel'
  > {
  publishedAt: string | null;
  updatedAt: string;
  viewerCanEdit: boolean;
  allowedTransitions: string[];
  publicationIssues: { field: string; code: string; message: string }[];
  institution: { id: string; slug: string };
  platform: { id: string } | null;
  contactOfficer: { name: string } | null;
  contactOfficerUser: { id: string } | null;
  sectors: { id: string }[];
  inventors: { id: string; name: string; affiliation: string }[];
  sourceDisclosure: { id: string } | null;
}

export interface ListingPayload {
  asset: Listing | null;
  errors: { field: string | null; code: string; message: string }[];
}

const payload = `{ asset { ${LISTING_FIELDS} } errors { field code message } }`;
export const CREATE = `mutation($input: CreateListingInput!) { createListing(input: $input) ${payload} }`;
export const UPDATE = `mutation($input: UpdateListingInput!) { updateListing(input: $input) ${payload} }`;
export const PUBLISH = `mutation($id: ID!) { publishListing(input: { id: $id }) ${payload} }`;
export const UNPUBLISH = `mutation($id: ID!) { unpublishListing(input: { id: $id }) ${payload} }`;
export const ARCHIVE = `mutation($id: ID!) { archiveListing(input: { id: $id }) ${payload} }`;
export const RESTORE = `mutation($id: ID!) { restoreListing(input: { id: $id }) ${payload} }`;
export const BY_SLUG = `query($slug: String!) { asset(slug: $slug) { ${LISTING_FIELDS} } }`;
export const BY_ID = `query($id: ID!) { node(id: $id) { ... on Asset { ${LISTING_FIELDS} } } }`;

type Client = Pick<TestClient, 'gql'>;

export async function run<K extends string>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  field: K,
): Promise<ListingPayload> {
  const response = (await client.gql(query, variables)) as GraphQLResponse<Record<K, ListingPayload>>;
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data![field];
}

export const create = (client: Client, input: Record<string, unknown>) =>
  run(client, CREATE, { input }, 'createListing');
export const update = (client: Client, input: Record<string, unknown>) =>
  run(client, UPDATE, { input }, 'updateListing');
export const publish = (client: Client, id: string) => run(client, PUBLISH, { id }, 'publishListing');
export const unpublish = (client: Client, id: string) => run(client, UNPUBLISH, { id }, 'unpublishListing');
export const archive = (client: Client, id: string) => run(client, ARCHIVE, { id }, 'archiveListing');
export const restore = (client: Client, id: string) => run(client, RESTORE, { id }, 'restoreListing');

/** The category of a response's first error (GraphQL-level), e.g. FORBIDDEN. */
export function errorCategory(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.category ?? response.errors?.[0]?.extensions?.code;
}

/** Everything publication asks for, given sector ids. */
export function completeFields(sectorIds: string[]) {
  return {
    summary: 'A non-invasive urine test that flags bladder cancer recurrence months before cystoscopy.',
    description:
      'A panel of urinary RNA markers measured by RT-qPCR detects recurrence of non-muscle-invasive bladder cancer. Validated on 400 patients.',
    problem: 'Follow-up cystoscopies are invasive, costly and often negative.',
    benefits: 'Fewer cystoscopies, earlier detection, a simple urine sample.',
    applications: ['Surveillance after resection'],
    trl: 5,
    ipStatus: 'PATENT_PENDING',
    patentNumbers: ['EP4218876A1'],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
    keywords: ['urine', 'RNA', 'bladder cancer'],
    sectorIds,
  };
}

export async function sectorIds(server: TestServer, count = 2): Promise<string[]> {
  const response = await server.gql<{ sectors: { id: string }[] }>('{ sectors { id } }');
  return response.data!.sectors.slice(0, count).map((sector) => sector.id);
}

const TEXT = 'A sufficiently long text that describes this part of the invention.';
export const DISCLOSURE_FORM = {
  title: 'Liquid biopsy panel for early relapse detection',
  inventors: [
    // The demo researcher account of IRST (Giulia Zanetti), and a colleague without an account.
    { name: 'Giulia Zanetti', affiliation: 'IRST IRCCS', contributionShare: 60 },
    { name: 'Bruno Neri', affiliation: 'OncoPharm S.p.A.', contributionShare: 40 },
  ],
  abstract: `${'A blood test that finds relapse early from circulating tumour DNA. '.repeat(8)}It needs no imaging.`,
  problem: `The problem: ${TEXT}`,
  solution: `The solution: ${TEXT}`,
  novelty: `What is new: ${TEXT}`,
  priorArt: TEXT,
  publicDisclosures: [{ kind: 'PAST', date: '2025-06-01', venue: 'ASCO 2025 poster' }],
  fundingSources: [{ funder: 'AIRC', obligations: 'None' }],
  commercialApplications: '- Relapse monitoring\n- Companion diagnostics',
  trl: 4,
};

/** A disclosure by `researcher`, submitted and taken to `status` by `officer` (ACCEPTED by default). */
export async function disclosureIn(
  researcher: Client,
  officer: Client,
  status: 'SUBMITTED' | 'UNDER_REVIEW' | 'ACCEPTED' = 'ACCEPTED',
  form: Record<string, unknown> = DISCLOSURE_FORM,
): Promise<string> {
  const drafted = await researcher.gql<{ saveDisclosureDraft: { disclosure: { id: string }; errors: unknown[] } }>(
    'mutation($input: SaveDisclosureDraftInput!) { saveDisclosureDraft(input: $input) { disclosure { id } errors { field code } } }',
    { input: form },
  );
  expect(drafted.data!.saveDisclosureDraft.errors).toEqual([]);
  const id = drafted.data!.saveDisclosureDraft.disclosure.id;
  const submitted = await researcher.gql<{ submitDisclosure: { errors: unknown[] } }>(
    'mutation($id: ID!) { submitDisclosure(input: { id: $id }) { errors { field code } } }',
    { id },
  );
  expect(submitted.data!.submitDisclosure.errors).toEqual([]);
  const moves =
    status === 'ACCEPTED' ? ['UNDER_REVIEW', 'ACCEPTED'] : status === 'UNDER_REVIEW' ? ['UNDER_REVIEW'] : [];
  for (const to of moves) {
    const moved = await officer.gql<{ transitionDisclosure: { errors: unknown[] } }>(
      'mutation($id: ID!, $to: DisclosureStatus!) { transitionDisclosure(input: { id: $id, to: $to }) { errors { field code } } }',
      { id, to },
    );
    expect(moved.data!.transitionDisclosure.errors).toEqual([]);
  }
  return id;
}

export function numericId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
}

import { isoDay } from '@tt/shared/technology-request-rules';
import { toGlobalId } from '../schema/global-id.js';
import type { GraphQLResponse, TestClient, TestServer } from './test-server.js';

// Operations and fixtures shared by the technology requests' tests.

export const REQUEST_FIELDS = `id slug title description motivation language companyName trlMin trlMax partneringModels
  budgetBand deadline visibility status closedAt viewerIsRequester viewerCanRespond sectors { slug }`;

export interface RequestView {
  id: string;
  slug: string;
  title: string;
  description: string;
  motivation: string;
  language: string;
  companyName: string;
  trlMin: number;
  trlMax: number;
  partneringModels: string[];
  budgetBand: string | null;
  deadline: string;
  visibility: string;
  status: string;
  closedAt: string | null;
  viewerIsRequester: boolean;
  viewerCanRespond: boolean;
  sectors: { slug: string }[];
}

export interface UserErrorView {
  field: string | null;
  code: string;
}

const requestPayload = `{ technologyRequest { ${REQUEST_FIELDS} } errors { field code } }`;
export const PUBLISH_REQUEST = `mutation($input: PublishTechnologyRequestInput!) { publishTechnologyRequest(input: $input) ${requestPayload} }`;
export const UPDATE_REQUEST = `mutation($input: UpdateTechnologyRequestInput!) { updateTechnologyRequest(input: $input) ${requestPayload} }`;
export const CLOSE_REQUEST = `mutation($id: ID!, $status: RequestStatus!) { closeTechnologyRequest(input: { id: $id, status: $status }) ${requestPayload} }`;

export const RESPONSE_FIELDS = `id kind message language authorName institution { slug } expert { name }
  proposals { id status expressionOfInterestId asset { id slug title } }`;
export const RESPOND = `mutation($input: RespondToTechnologyRequestInput!) {
  respondToTechnologyRequest(input: $input) { response { ${RESPONSE_FIELDS} } errors { field code } } }`;
export const EXPRESS_INTEREST = `mutation($input: ExpressInterestInProposalInput!) {
  expressInterestInProposal(input: $input) { proposal { id status expressionOfInterestId } errors { field code } } }`;
export const DECLINE_PROPOSAL = `mutation($input: DeclineProposalInput!) {
  declineProposal(input: $input) { proposal { id status } errors { field code } } }`;
export const REQUEST_BY_SLUG = `query($slug: String!) { technologyRequest(slug: $slug) { ${REQUEST_FIELDS} responses { ${RESPONSE_FIELDS} } } }`;

/** A day `days` from today (UTC), YYYY-MM-DD. */
export function inDays(days: number): string {
  return isoDay(new Date(Date.now() + days * 86_400_000));
}

/** The global ids of sectors, by slug. */
export async function sectorIdsBySlug(server: TestServer, ...slugs: string[]): Promise<string[]> {
  const rows = await server.orm.em
    .fork()
    .execute<{ id: number; slug: string }[]>(`select id, slug from sector where slug in (?)`, [slugs]);
  return slugs.map((slug) => toGlobalId('Sector', rows.find((row) => row.slug === slug)!.id));
}

/** A valid request's input, with the changes given. */
export function requestInput(sectorIds: string[], changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Liquid biopsy assay for early colorectal cancer',
    description:
      'We are looking for a validated cfDNA methylation assay that detects colorectal cancer at stage I–II, with performance data on at least a few hundred patients.',
    motivation: 'Our screening programme needs a blood test that patients accept better than colonoscopy.',
    sectorIds,
    trlMin: 4,
    trlMax: 7,
    partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
    budgetBand: 'FROM_250K_TO_1M',
    deadline: inDays(60),
    visibility: 'PUBLIC',
    ...changes,
  };
}

interface PublishData {
  publishTechnologyRequest: { technologyRequest: RequestView | null; errors: UserErrorView[] };
}

/** Publishes a request and returns it, failing the test when the API refused it. */
export async function publishRequest(client: TestClient, input: Record<string, unknown>): Promise<RequestView> {
  const response: GraphQLResponse<PublishData> = await client.gql<PublishData>(PUBLISH_REQUEST, { input });
  const request = response.data?.publishTechnologyRequest.technologyRequest;
  if (!request) throw new Error(`Not published: ${JSON.stringify(response.errors ?? response.data)}`);
  return request;
}

/** Published listings of an institute (database ids and global ids), oldest first. */
export async function publishedListings(
  server: TestServer,
  institution: string,
): Promise<{ id: number; globalId: string; slug: string }[]> {
  const rows = await server.orm.em.fork().execute<{ id: number; slug: string }[]>(
    `select a.id, a.slug from asset a join institution i on i.id = a.institution_id
     where i.slug = ? and a.status = 'PUBLISHED' order by a.id`,
    [institution],
  );
  return rows.map((row) => ({ ...row, globalId: toGlobalId('Asset', row.id) }));
}

interface RespondData {
  respondToTechnologyRequest: {
    response: { id: string; proposals: { id: string; status: string }[] } | null;
    errors: UserErrorView[];
  };
}

/** An officer's response proposing listings; returns the response's proposals. */
export async function respondWithListings(
  officer: TestClient,
  requestId: string,
  listingIds: string[],
  message = 'These two listings of ours match what you describe; happy to arrange a call with the inventors.',
): Promise<{ id: string; proposals: { id: string; status: string }[] }> {
  const response = await officer.gql<RespondData>(RESPOND, {
    input: { requestId, kind: 'LISTINGS', listingIds, message },
  });
  const made = response.data?.respondToTechnologyRequest.response;
  if (!made) throw new Error(`No response: ${JSON.stringify(response.errors ?? response.data)}`);
  return made;
}

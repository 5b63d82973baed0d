// Data in the shape the API returns (with __typename), for the requests' component tests.
import { cardAsset } from '../catalogue/test-fixtures';
import type { RequestCardFieldsFragment, RequestDirectoryQuery } from '../generated/members-graphql';
import type { RequestView as PageRequest, ProposalView, ResponseView } from './request-view';

const liquidBiopsy = {
  __typename: 'Sector' as const,
  id: 'U2VjOjk',
  slug: 'liquid-biopsy',
  labelEn: 'Liquid biopsy',
  labelIt: 'Biopsia liquida',
};

/** A day `days` from today, YYYY-MM-DD. */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function cardRequest(overrides: Partial<RequestCardFieldsFragment> = {}): RequestCardFieldsFragment {
  return {
    __typename: 'TechnologyRequest',
    id: 'VGVjaG5vbG9neVJlcXVlc3Q6MQ',
    slug: 'liquid-biopsy-assay-for-crc',
    title: 'Liquid biopsy assay for CRC',
    description: 'We are looking for a validated cfDNA methylation assay that detects colorectal cancer early.',
    language: 'EN',
    companyName: 'OncoPharm S.p.A.',
    trlMin: 4,
    trlMax: 7,
    deadline: inDays(60),
    visibility: 'PUBLIC',
    status: 'OPEN',
    sectors: [liquidBiopsy],
    ...overrides,
  };
}

export function directory(nodes: RequestCardFieldsFragment[], totalCount = nodes.length): RequestDirectoryQuery {
  const facet = (value: string, count: number, label: string | null = null) => ({
    __typename: 'FacetValue' as const,
    value,
    label,
    count,
  });
  return {
    __typename: 'Query',
    technologyRequests: {
      __typename: 'TechnologyRequestConnection',
      totalCount,
      edges: nodes.map((node) => ({ __typename: 'TechnologyRequestEdge', cursor: `c-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      facets: {
        __typename: 'TechnologyRequestFacets',
        sectors: nodes.length ? [facet('liquid-biopsy', nodes.length, 'Liquid biopsy')] : [],
        trl: nodes.length ? [facet('4', nodes.length), facet('5', nodes.length)] : [],
        partneringModels: nodes.length ? [facet('OPTION', 1)] : [],
        statuses: nodes.length ? [facet('OPEN', nodes.length)] : [],
      },
    },
  };
}

export function proposal(overrides: Partial<ProposalView> = {}): ProposalView {
  return {
    __typename: 'RequestProposal',
    id: 'UmVxdWVzdFByb3Bvc2FsOjE',
    status: 'PROPOSED',
    expressionOfInterestId: null,
    asset: { ...cardAsset(), partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'] },
    ...overrides,
  };
}

export function response(overrides: Partial<ResponseView> = {}): ResponseView {
  return {
    __typename: 'RequestResponse',
    id: 'UmVxdWVzdFJlc3BvbnNlOjE',
    kind: 'LISTINGS',
    message: 'Our circulating tumour cell method fits what you describe; shall we arrange a call?',
    language: 'EN',
    authorName: 'Chiara Benedetti',
    createdAt: '2026-11-20T10:00:00.000Z',
    institution: { __typename: 'Institution', id: 'SW5zdDox', shortName: 'IRST' },
    expert: null,
    proposals: [proposal()],
    ...overrides,
  };
}

export function pageRequest(overrides: Partial<PageRequest> = {}): PageRequest {
  return {
    ...cardRequest(),
    motivation: 'Our screening programme needs a blood test that patients accept better than colonoscopy.',
    partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
    budgetBand: 'FROM_250K_TO_1M',
    createdAt: '2026-11-01T09:00:00.000Z',
    viewerIsRequester: false,
    viewerCanRespond: false,
    company: { __typename: 'Company', id: 'Q29tcGFueTox', slug: 'oncopharm', listed: true },
    responses: null,
    ...overrides,
  };
}

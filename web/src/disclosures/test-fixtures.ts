// Disclosures in the shape the API returns (with __typename), for the disclosure component tests.
import type { MockLink } from '@apollo/client/testing';
import {
  DisclosureDocument,
  type DisclosureFormFieldsFragment,
  type DisclosureQuery,
} from '../generated/members-graphql';

export type DisclosureDetail = Extract<NonNullable<DisclosureQuery['node']>, { __typename: 'Disclosure' }>;

export const DISCLOSURE_ID = 'RGlzY2xvc3VyZTox';

export function disclosureDetail(overrides: Partial<DisclosureDetail> = {}): DisclosureDetail {
  return {
    __typename: 'Disclosure',
    id: DISCLOSURE_ID,
    referenceNumber: null,
    title: 'Method for short-term expansion of circulating tumour cells',
    language: 'EN',
    status: 'DRAFT',
    version: 3,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    submittedAt: null,
    inventors: [
      { __typename: 'DisclosureInventor', name: 'Giulia Zanetti', affiliation: 'IRST IRCCS', contributionShare: 100 },
    ],
    abstract: null,
    problem: null,
    solution: null,
    novelty: null,
    priorArt: null,
    publicDisclosures: [],
    fundingSources: [],
    commercialApplications: null,
    trl: null,
    allowedTransitions: ['SUBMITTED'],
    viewerMayDelete: true,
    canManageAttachments: true,
    canManageResearchers: true,
    attachments: [],
    researchers: [
      {
        __typename: 'DisclosureResearcher',
        userId: 'VXNlcjoy',
        name: 'Giulia Zanetti',
        email: 'researcher.irst@tt.demo',
        isCreator: true,
      },
    ],
    history: [
      {
        __typename: 'DisclosureHistoryEntry',
        from: null,
        to: 'DRAFT',
        actorName: 'Giulia Zanetti',
        reason: null,
        reasonLanguage: null,
        at: '2026-03-01T09:00:00.000Z',
      },
    ],
    messages: [],
    ...overrides,
  };
}

/** The form part of a disclosure, as saveDisclosureDraft answers it. */
export function formFields(detail: DisclosureDetail): DisclosureFormFieldsFragment {
  const {
    allowedTransitions,
    viewerMayDelete,
    canManageAttachments,
    canManageResearchers,
    attachments,
    researchers,
    history,
    messages,
    createdAt,
    submittedAt,
    ...form
  } = detail;
  return form;
}

export function disclosureQueryMock(detail: DisclosureDetail, times = 5): MockLink.MockedResponse {
  return {
    request: { query: DisclosureDocument, variables: { id: detail.id } },
    result: { data: { __typename: 'Query', node: detail } },
    maxUsageCount: times,
  };
}

/** A date `days` from today (UTC), as YYYY-MM-DD. */
export function isoDaysFromNow(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

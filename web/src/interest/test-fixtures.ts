// EoIs in the shape the API returns (with __typename), for the interest and triage component tests.
import type {
  EoiDetailFieldsFragment,
  EoiSummaryFieldsFragment,
  ExpressionOfInterestQuery,
} from '../generated/members-graphql';

export function eoiSummary(overrides: Partial<EoiSummaryFieldsFragment> = {}): EoiSummaryFieldsFragment {
  return {
    __typename: 'ExpressionOfInterest',
    id: 'RW9JOjE',
    status: 'SUBMITTED',
    interestType: 'LICENSE',
    priority: 'NORMAL',
    submitterName: 'Chiara Lombardi',
    firstResponseAt: null,
    lastActivityAt: '2026-03-02T10:00:00.000Z',
    createdAt: '2026-03-01T09:00:00.000Z',
    overdue: false,
    unreadCount: 0,
    ndaRequested: false,
    asset: {
      __typename: 'Asset',
      id: 'QXNzZXQ6MQ',
      slug: 'irst-ctc-expansion',
      title: 'Method for short-term expansion of circulating tumour cells',
      kind: 'INVENTION',
      institution: { __typename: 'Institution', id: 'SW5zdGl0dXRpb246MQ', shortName: 'IRST' },
    },
    company: {
      __typename: 'Company',
      id: 'Q29tcGFueTox',
      name: 'OncoPharm S.p.A.',
      slug: 'oncopharm',
      country: 'IT',
      size: 'MID_CAP',
    },
    assignee: null,
    ...overrides,
  };
}

type Detail = Extract<NonNullable<ExpressionOfInterestQuery['node']>, { __typename: 'ExpressionOfInterest' }>;

export function eoiDetail(overrides: Partial<EoiDetailFieldsFragment> = {}): Detail {
  const summary = eoiSummary(overrides);
  return {
    ...summary,
    message: 'We would like to license the method for our liquid-biopsy programme in NSCLC.',
    serviceDetails: null,
    intendedUse: 'Companion diagnostic',
    timeline: 'Term sheet by Q3',
    language: 'EN',
    declineReason: null,
    declineMessage: null,
    declineMessageLanguage: null,
    submitterEmail: 'chiara.lombardi@oncopharm.example',
    submitterTitle: 'Business development manager',
    submitterTitleLanguage: 'EN',
    submitterPhone: '+39 02 1234 5678',
    allowedTransitions: ['IN_REVIEW', 'DECLINED'],
    viewerCanCreateAgreement: false,
    agreements: [],
    history: [
      {
        __typename: 'EoiHistoryEntry',
        from: null,
        to: 'SUBMITTED',
        actorName: 'Chiara Lombardi',
        reason: null,
        reasonLanguage: null,
        at: summary.createdAt,
      },
    ],
    messages: [],
    ...overrides,
    company: {
      ...summary.company,
      city: 'Milano',
      website: 'https://oncopharm.example',
      description: 'Oncology diagnostics and therapeutics.',
    },
  };
}

type EoiMessage = EoiDetailFieldsFragment['messages'][number];

/** A message of an EoI's thread: the office's first, public one unless told otherwise. */
export function eoiMessage(overrides: Partial<EoiMessage> = {}): EoiMessage {
  return {
    __typename: 'EoiMessage',
    id: 'TXNnOjE',
    body: 'Thank you, we are looking into it.',
    language: 'EN',
    internal: false,
    authorName: 'Chiara Benedetti',
    authorSide: 'OFFICE',
    createdAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
}

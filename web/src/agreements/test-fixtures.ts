// Agreements in the shape the API returns (with __typename), for the agreements component tests.
import type {
  AgreementDetailFieldsFragment,
  AgreementMilestoneFieldsFragment,
  AgreementRowFieldsFragment,
} from '../generated/members-graphql';

const company = { __typename: 'Company', id: 'Q29tcGFueTox', name: 'OncoPharm S.p.A.' } as const;
const institution = { __typename: 'Institution', id: 'SW5zdGl0dXRpb246MQ', shortName: 'IRST' } as const;

export function agreementRow(overrides: Partial<AgreementRowFieldsFragment> = {}): AgreementRowFieldsFragment {
  return {
    __typename: 'Agreement',
    id: 'QWdyZWVtZW50OjE',
    type: 'LICENSE',
    status: 'UNDER_NEGOTIATION',
    title: 'Exclusive licence – CTC expansion',
    signatureDate: null,
    expiryDate: null,
    updatedAt: '2026-11-20T10:00:00.000Z',
    company,
    listings: [
      {
        __typename: 'Asset',
        id: 'QXNzZXQ6MQ',
        title: 'Method for short-term expansion of circulating tumour cells',
      },
    ],
    institution,
    owner: { __typename: 'OfficerRef', id: 'VXNlcjox', name: 'Chiara Benedetti' },
    ...overrides,
  };
}

export function milestone(overrides: Partial<AgreementMilestoneFieldsFragment> = {}): AgreementMilestoneFieldsFragment {
  return {
    __typename: 'AgreementMilestone',
    id: 'TWlsZXN0b25lOjE',
    kind: 'UPFRONT',
    event: 'Signature of the licence',
    dueDate: '2026-12-15',
    trigger: null,
    amountCents: 2_500_000,
    status: 'RECEIVED',
    receivedAmountCents: 2_500_000,
    receivedOn: '2026-12-10',
    ...overrides,
  };
}

export function agreementDetail(overrides: Partial<AgreementDetailFieldsFragment> = {}): AgreementDetailFieldsFragment {
  const row = agreementRow(overrides);
  return {
    ...row,
    allowedTransitions: ['DRAFTING', 'SIGNED', 'ABANDONED'],
    viewerCanEdit: true,
    exclusivity: 'EXCLUSIVE',
    fieldOfUse: 'Oncology diagnostics',
    territory: 'European Union',
    effectiveDate: null,
    notes: 'The company asked for a sublicensing right; the inventors agree.',
    royaltyRateBasisPoints: 350,
    royaltyReportingPeriod: 'QUARTERLY',
    termsSharedWithInventors: false,
    closesExpressionOfInterest: false,
    createdAt: '2026-11-01T09:00:00.000Z',
    listings: [
      {
        __typename: 'Asset',
        id: 'QXNzZXQ6MQ',
        title: 'Method for short-term expansion of circulating tumour cells',
        slug: 'irst-ctc-expansion',
        kind: 'INVENTION',
      },
    ],
    expressionOfInterest: {
      __typename: 'ExpressionOfInterest',
      id: 'RW9JOjE',
      status: 'NEGOTIATION',
      interestType: 'LICENSE',
    },
    milestones: [
      milestone(),
      milestone({
        id: 'TWlsZXN0b25lOjI',
        kind: 'MILESTONE',
        event: 'First patient dosed in phase II',
        dueDate: null,
        trigger: 'First patient dosed',
        amountCents: 15_000_050,
        status: 'EXPECTED',
        receivedAmountCents: null,
        receivedOn: null,
      }),
    ],
    attachments: [],
    ...overrides,
  };
}

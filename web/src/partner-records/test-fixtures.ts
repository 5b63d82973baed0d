import type { PartnerRecordFieldsFragment, PartnerRecordRowFieldsFragment } from '../generated/members-graphql';
import { PartnerOwnerOptionsDocument } from '../generated/members-graphql';
import { irst } from '../session/test-fixtures';

export const ONCOPHARM_ID = 'Q29tcGFueTox';

export function recordRow(overrides: Partial<PartnerRecordRowFieldsFragment> = {}): PartnerRecordRowFieldsFragment {
  return {
    __typename: 'PartnerRelationship',
    id: 'UGFydG5lclJlbGF0aW9uc2hpcDox',
    status: 'PARTNER',
    updatedAt: '2026-11-20T10:00:00.000Z',
    company: { __typename: 'Company', id: ONCOPHARM_ID, name: 'OncoPharm S.p.A.', country: 'IT', city: 'Milano' },
    institution: { __typename: 'Institution', id: irst.id, shortName: 'IRST' },
    owner: { __typename: 'OfficerRef', id: 'VXNlcjox', name: 'Chiara Benedetti' },
    ...overrides,
  };
}

export function fullRecord(overrides: Partial<PartnerRecordFieldsFragment> = {}): PartnerRecordFieldsFragment {
  return {
    __typename: 'PartnerRelationship',
    id: 'UGFydG5lclJlbGF0aW9uc2hpcDox',
    status: 'PARTNER',
    notes: 'Quarterly portfolio review.',
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    updatedByName: 'Chiara Benedetti',
    owner: { __typename: 'OfficerRef', id: 'VXNlcjox', name: 'Chiara Benedetti' },
    institution: { __typename: 'Institution', id: irst.id, shortName: 'IRST', name: 'IRST IRCCS' },
    company: {
      __typename: 'Company',
      id: ONCOPHARM_ID,
      slug: 'oncopharm',
      name: 'OncoPharm S.p.A.',
      country: 'IT',
      city: 'Milano',
      website: null,
      listed: true,
      contactPreferences: {
        __typename: 'CompanyContactPreferences',
        note: 'Write to our external-innovation team first.',
        noteLanguage: 'EN',
        people: [
          {
            __typename: 'CompanyContactPerson',
            userId: 'VXNlcjo3',
            name: 'Giulia Conti',
            title: 'BD Manager',
            email: 'buyer@oncopharm.demo',
            phone: null,
          },
        ],
      },
    },
    contacts: [
      {
        __typename: 'PartnerContact',
        id: 'UGFydG5lckNvbnRhY3Q6MQ',
        name: 'Laura Bianchi',
        role: 'Head of External Innovation',
        email: 'l.bianchi@oncopharm.demo',
        phone: '+39 02 5550 1234',
        notes: '',
      },
    ],
    history: {
      __typename: 'PartnerHistory',
      eoiCount: 7,
      agreementCount: 1,
      latestEois: [
        {
          __typename: 'PartnerHistoryEoi',
          id: 'RXhwcmVzc2lvbk9mSW50ZXJlc3Q6MQ',
          listingTitle: 'Liquid biopsy panel',
          status: 'IN_DISCUSSION',
          createdAt: '2026-11-01T10:00:00.000Z',
        },
      ],
      latestAgreements: [
        {
          __typename: 'PartnerHistoryAgreement',
          id: 'QWdyZWVtZW50OjE',
          title: 'Exclusive licence',
          type: 'LICENSE',
          status: 'SIGNED',
          updatedAt: '2026-11-10T10:00:00.000Z',
        },
      ],
    },
    ...overrides,
  };
}

export const ownersMock = {
  request: { query: PartnerOwnerOptionsDocument },
  result: {
    data: {
      __typename: 'Query',
      users: {
        __typename: 'UserConnection',
        edges: [
          {
            __typename: 'UserEdge',
            node: {
              __typename: 'User',
              id: 'VXNlcjox',
              name: 'Chiara Benedetti',
              institution: { __typename: 'Institution', id: irst.id },
            },
          },
          {
            __typename: 'UserEdge',
            node: {
              __typename: 'User',
              id: 'VXNlcjoy',
              name: 'Marco Rinaldi',
              institution: { __typename: 'Institution', id: irst.id },
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

// Disclosures as the office's pages receive them, for the pipeline's component tests.
import { type OfficeDisclosureQuery, type PipelineDisclosureFieldsFragment } from '../generated/members-graphql';

export type OfficeDisclosure = Extract<NonNullable<OfficeDisclosureQuery['node']>, { __typename: 'Disclosure' }>;

const DAY = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY - 3_600_000).toISOString();

export function pipelineItem(
  overrides: Partial<PipelineDisclosureFieldsFragment> = {},
): PipelineDisclosureFieldsFragment {
  return {
    __typename: 'Disclosure',
    id: 'RGlzY2xvc3VyZTox',
    referenceNumber: 'IRST-2026-001',
    title: 'Liquid biopsy panel for early relapse of colorectal cancer',
    language: 'EN',
    status: 'SUBMITTED',
    createdAt: daysAgo(20),
    submittedAt: daysAgo(2),
    updatedAt: daysAgo(1),
    researchers: [
      { __typename: 'DisclosureResearcher', userId: 'VXNlcjoz', name: 'Giulia Ferri' },
      { __typename: 'DisclosureResearcher', userId: 'VXNlcjo0', name: 'Paolo Conti' },
    ],
    inventors: [
      { __typename: 'DisclosureInventor', name: 'Giulia Ferri' },
      { __typename: 'DisclosureInventor', name: 'Paolo Conti' },
    ],
    assignee: null,
    institution: { __typename: 'Institution', id: 'SW5zdDox', shortName: 'IRST' },
    publicDisclosures: [],
    ...overrides,
  };
}

export function officeDisclosure(overrides: Partial<OfficeDisclosure> = {}): OfficeDisclosure {
  return {
    __typename: 'Disclosure',
    id: 'RGlzY2xvc3VyZTox',
    referenceNumber: 'IRST-2026-001',
    title: 'Liquid biopsy panel for early relapse of colorectal cancer',
    language: 'EN',
    status: 'UNDER_REVIEW',
    createdAt: daysAgo(20),
    submittedAt: daysAgo(12),
    updatedAt: '2026-03-02T10:00:00.000Z',
    version: 7,
    abstract: 'A panel of circulating tumour DNA markers that detects relapse months before imaging does.',
    problem: 'Relapse after surgery is found late, when it can no longer be treated with curative intent.',
    solution: 'Twelve methylation markers measured in plasma every three months after surgery.',
    novelty: 'The marker combination and the sampling schedule are new.',
    priorArt: 'Single-marker CEA follow-up; commercial ctDNA assays that need the tumour tissue.',
    commercialApplications: 'Diagnostics companies; follow-up programmes of oncology centres.',
    trl: 4,
    allowedTransitions: ['INFO_REQUESTED', 'ACCEPTED', 'DECLINED'],
    viewerMayDelete: false,
    inventors: [
      { __typename: 'DisclosureInventor', name: 'Giulia Ferri', affiliation: 'IRST IRCCS', contributionShare: 60 },
      {
        __typename: 'DisclosureInventor',
        name: 'Paolo Conti',
        affiliation: 'Università di Bologna',
        contributionShare: 40,
      },
    ],
    publicDisclosures: [],
    fundingSources: [],
    history: [
      {
        __typename: 'DisclosureHistoryEntry',
        from: 'DRAFT',
        to: 'SUBMITTED',
        actorName: 'Giulia Ferri',
        reason: null,
        reasonLanguage: null,
        at: daysAgo(12),
      },
      {
        __typename: 'DisclosureHistoryEntry',
        from: 'SUBMITTED',
        to: 'UNDER_REVIEW',
        actorName: 'Chiara Benedetti',
        reason: null,
        reasonLanguage: null,
        at: daysAgo(10),
      },
    ],
    messages: [
      {
        __typename: 'DisclosureMessage',
        id: 'RGlzY2xvc3VyZU1lc3NhZ2U6MQ',
        body: 'Has any of this been presented at a conference?',
        language: 'EN',
        authorName: 'Chiara Benedetti',
        authorSide: 'OFFICE',
        createdAt: daysAgo(9),
      },
    ],
    assignee: { __typename: 'OfficerRef', id: 'VXNlcjox', name: 'Chiara Benedetti' },
    assessment: {
      __typename: 'DisclosureAssessment',
      patentability: null,
      marketPotential: null,
      recommendation: null,
      notes: null,
    },
    canManageAttachments: false,
    canManageResearchers: true,
    researchers: [
      {
        __typename: 'DisclosureResearcher',
        userId: 'VXNlcjoz',
        name: 'Giulia Ferri',
        email: 'researcher.irst@tt.demo',
        isCreator: true,
      },
    ],
    attachments: [
      {
        __typename: 'DisclosureAttachment',
        id: 'RGlzY2xvc3VyZUF0dGFjaG1lbnQ6MQ',
        fileName: 'marker-panel.pdf',
        contentType: 'application/pdf',
        byteSize: 245_760,
        createdAt: daysAgo(13),
        downloadUrl: '/attachments/RGlzY2xvc3VyZUF0dGFjaG1lbnQ6MQ',
        uploadedByName: 'Giulia Ferri',
      },
    ],
    listing: null,
    ...overrides,
  };
}

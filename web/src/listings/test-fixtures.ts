// Listings as the office's pages receive them, for the listing editor's component tests.
import { assetDetail } from '../catalogue/test-fixtures';
import {
  type ListingEditorFieldsFragment,
  ListingEditorOptionsDocument,
  type OfficeListingRowFieldsFragment,
} from '../generated/members-graphql';

/** The public page's listing (catalogue fixtures), as its office edits it. */
type ListingTexts = ListingEditorFieldsFragment['english'];

/** A listing's texts in one language as the API stores them (empty where not translated). */
export function listingTexts(language: 'EN' | 'IT', texts: Partial<ListingTexts> = {}): ListingTexts {
  return {
    __typename: 'ListingTexts',
    language,
    title: '',
    summary: '',
    description: '',
    problem: '',
    benefits: '',
    applications: [],
    keywords: [],
    turnaround: null,
    deliverables: null,
    throughput: null,
    ...texts,
  };
}

/** The public page's listing (catalogue fixtures), as its office edits it: English only until `italian` is given. */
export function editedListing(overrides: Partial<ListingEditorFieldsFragment> = {}): ListingEditorFieldsFragment {
  const { relatedAssets: _related, ...asset } = assetDetail().asset!;
  const texts = {
    title: asset.title,
    summary: asset.summary,
    // Long enough for the publication rules.
    description:
      'Raised PSA leads to many prostate biopsies that find no cancer or an indolent one.\n\nThe INT test measures three transcripts in first-catch urine and combines them in a validated score.',
    problem: 'PSA testing is not specific: most men with raised PSA undergo a biopsy they did not need.',
    benefits: 'Avoids about a third of biopsies without missing clinically significant cancers.',
    applications: [...asset.applications],
    keywords: [...asset.keywords],
    turnaround: asset.turnaround,
    deliverables: asset.deliverables,
    throughput: asset.throughput,
  };
  return {
    ...asset,
    ...texts,
    english: listingTexts('EN', texts),
    italian: listingTexts('IT'),
    publicationWarnings: [],
    status: 'DRAFT',
    publishedAt: null,
    expiresOn: null,
    expiredAt: null,
    allowedTransitions: ['PUBLISHED', 'ARCHIVED'],
    viewerCanEdit: true,
    publicationIssues: [],
    sourceDisclosure: {
      __typename: 'Disclosure',
      id: 'RGlzY2xvc3VyZTo0',
      referenceNumber: 'INT-2026-004',
      title: 'Urinary RNA test',
    },
    contactOfficerUser: { __typename: 'User', id: 'VXNlcjo3', name: 'Federica Colombo' },
    institution: {
      ...asset.institution,
      platforms: [
        {
          __typename: 'Platform',
          id: 'UGxhdDox',
          slug: 'int-clinical-biostatistics',
          name: 'Clinical Epidemiology and Biostatistics Unit',
          kind: 'BIOSTATISTICS',
        },
      ],
    },
    ...overrides,
  };
}

export const optionsMock = {
  request: { query: ListingEditorOptionsDocument },
  result: {
    data: {
      __typename: 'Query',
      sectors: [
        {
          __typename: 'Sector',
          id: 'U2VjOjc',
          slug: 'diagnostics',
          kind: 'SECTOR',
          labelEn: 'Diagnostics',
          labelIt: 'Diagnostica',
          position: 1,
          parent: null,
        },
        {
          __typename: 'Sector',
          id: 'U2VjOjk',
          slug: 'liquid-biopsy',
          kind: 'SECTOR',
          labelEn: 'Liquid biopsy',
          labelIt: 'Biopsia liquida',
          position: 1,
          parent: { __typename: 'Sector', id: 'U2VjOjc' },
        },
        {
          __typename: 'Sector',
          id: 'U2VjOjIw',
          slug: 'urological-cancers',
          kind: 'THERAPEUTIC_AREA',
          labelEn: 'Urological cancers',
          labelIt: 'Tumori urologici',
          position: 1,
          parent: null,
        },
      ],
      users: {
        __typename: 'UserConnection',
        edges: [
          {
            __typename: 'UserEdge',
            node: {
              __typename: 'User',
              id: 'VXNlcjo3',
              name: 'Federica Colombo',
              title: 'Head of Technology Transfer',
              titleLanguage: 'EN',
              institution: { __typename: 'Institution', id: 'SW5zdDoy' },
            },
          },
          {
            __typename: 'UserEdge',
            node: {
              __typename: 'User',
              id: 'VXNlcjo4',
              name: 'Matteo Galli',
              title: 'Licensing Manager',
              titleLanguage: 'EN',
              institution: { __typename: 'Institution', id: 'SW5zdDoy' },
            },
          },
          {
            __typename: 'UserEdge',
            node: {
              __typename: 'User',
              id: 'VXNlcjox',
              name: 'Chiara Benedetti',
              title: 'Technology Transfer Officer',
              titleLanguage: 'EN',
              institution: { __typename: 'Institution', id: 'SW5zdDox' },
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

export function listingRow(overrides: Partial<OfficeListingRowFieldsFragment> = {}): OfficeListingRowFieldsFragment {
  return {
    __typename: 'Asset',
    id: 'QXNzZXQ6Mjc',
    slug: 'int-urinary-rna-prostate-test',
    kind: 'INVENTION',
    title: 'Urinary RNA test for clinically significant prostate cancer',
    textLanguage: 'EN',
    status: 'PUBLISHED',
    updatedAt: '2026-03-07T00:00:00.000Z',
    publishedAt: '2026-03-01T00:00:00.000Z',
    expiresOn: null,
    expiredAt: null,
    institution: { __typename: 'Institution', id: 'SW5zdDoy', shortName: 'INT' },
    publicationIssues: [],
    sourceDisclosure: null,
    inventors: [],
    ...overrides,
  };
}

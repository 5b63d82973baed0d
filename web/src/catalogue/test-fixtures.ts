// Data in the shape the API returns (with __typename), for the catalogue's component tests.
import type { AssetCardFieldsFragment, AssetDetailQuery, CatalogueSearchQuery } from '../generated/graphql';

type Connection = CatalogueSearchQuery['assets'];
type Edge = Connection['edges'][number];
type Facets = Connection['facets'];

export function cardAsset(overrides: Partial<AssetCardFieldsFragment> = {}): AssetCardFieldsFragment {
  return {
    __typename: 'Asset',
    id: 'QXNzZXQ6MQ',
    slug: 'irst-ctc-expansion',
    kind: 'INVENTION',
    textLanguage: 'EN',
    title: 'Method for short-term expansion of circulating tumour cells',
    summary: 'Culture method that expands rare circulating tumour cells from a blood sample.',
    trl: 4,
    ipStatus: 'PATENT_GRANTED',
    pricingModel: null,
    capacity: null,
    institution: { __typename: 'Institution', id: 'SW5zdDox', slug: 'irst', shortName: 'IRST' },
    sectors: [
      {
        __typename: 'Sector',
        id: 'U2VjOjk',
        slug: 'liquid-biopsy',
        labelEn: 'Liquid biopsy',
        labelIt: 'Biopsia liquida',
      },
    ],
    ...overrides,
  };
}

export function edge(node: AssetCardFieldsFragment, snippet: Edge['snippet'] = null): Edge {
  return { __typename: 'AssetEdge', cursor: `cursor-${node.id}`, snippet, node };
}

const facetValue = (value: string, count: number, label: string | null = null) => ({
  __typename: 'FacetValue' as const,
  value,
  count,
  label,
});

export function facets(overrides: Partial<Facets> = {}): Facets {
  return {
    __typename: 'AssetFacets',
    kinds: [facetValue('INVENTION', 34), facetValue('SERVICE', 20), facetValue('PROTOTYPE', 15)],
    sectors: [facetValue('diagnostics', 24, 'Diagnostics'), facetValue('liquid-biopsy', 8, 'Liquid biopsy')],
    trl: [facetValue('4', 10), facetValue('5', 9)],
    ipStatuses: [facetValue('PATENT_PENDING', 20), facetValue('PATENT_GRANTED', 9)],
    institutions: [facetValue('irst', 37, 'IRST'), facetValue('int', 32, 'INT')],
    partneringModels: [facetValue('LICENSE_EXCLUSIVE', 21)],
    availabilities: [facetValue('AVAILABLE', 60), facetValue('UNDER_OPTION', 3)],
    capacities: [facetValue('ACCEPTING_REQUESTS', 12), facetValue('FULLY_BOOKED', 1)],
    ...overrides,
  };
}

export function searchResult(edges: Edge[], totalCount: number, hasNextPage = false): CatalogueSearchQuery {
  return {
    __typename: 'Query',
    assets: {
      __typename: 'AssetConnection',
      totalCount,
      edges,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage,
        endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
      },
      facets:
        totalCount === 0
          ? facets({
              kinds: [],
              sectors: [],
              trl: [],
              ipStatuses: [],
              institutions: [],
              partneringModels: [],
              availabilities: [],
            })
          : facets(),
    },
  };
}

export function assetDetail(overrides: Partial<NonNullable<AssetDetailQuery['asset']>> = {}): AssetDetailQuery {
  return {
    __typename: 'Query',
    asset: {
      __typename: 'Asset',
      id: 'QXNzZXQ6Mjc',
      slug: 'int-urinary-rna-prostate-test',
      status: 'PUBLISHED',
      kind: 'INVENTION',
      textLanguage: 'EN',
      title: 'Urinary RNA test for clinically significant prostate cancer',
      summary: 'Non-invasive test on first-catch urine that reduces unnecessary prostate biopsies.',
      description: 'Raised PSA leads to many prostate biopsies.\n\nThe INT test measures three transcripts.',
      problem: 'PSA testing is not specific.',
      benefits: 'Avoids a large share of biopsies.',
      applications: ['Triage of men with elevated PSA'],
      keywords: ['urine test', 'PSA'],
      trl: 6,
      ipStatus: 'PATENT_PENDING',
      patentNumbers: ['EP4198823A1', 'WO2023/076508'],
      developmentStage: 'CLINICAL_VALIDATION',
      partneringModels: ['LICENSE_EXCLUSIVE', 'OPTION'],
      turnaround: null,
      pricingModel: null,
      deliverables: null,
      throughput: null,
      accreditations: [],
      publishedAt: '2023-08-21T00:00:00.000Z',
      updatedAt: '2024-03-07T00:00:00.000Z',
      availability: 'AVAILABLE',
      capacity: null,
      exclusiveScopes: [],
      sectors: [
        { __typename: 'Sector', id: 'U2VjOjc', slug: 'diagnostics', labelEn: 'Diagnostics', labelIt: 'Diagnostica' },
      ],
      inventors: [
        {
          __typename: 'Inventor',
          id: 'SW52OjE',
          name: 'Laura Sozzi',
          affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Tumour Genomics Unit',
        },
      ],
      platform: null,
      contactOfficer: {
        __typename: 'ContactOfficer',
        name: 'Federica Colombo',
        title: 'Head of Technology Transfer',
        titleLanguage: 'EN',
      },
      institution: {
        __typename: 'Institution',
        id: 'SW5zdDoy',
        slug: 'int',
        name: 'Fondazione IRCCS Istituto Nazionale dei Tumori',
        shortName: 'INT',
        city: 'Milan',
        contactEmail: 'tto@int.demo',
      },
      relatedAssets: [cardAsset()],
      ...overrides,
    },
  };
}

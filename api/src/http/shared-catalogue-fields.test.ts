import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type GraphQLSchema, isObjectType, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../schema/build-schema.js';
import { SHARED_CATALOGUE_FIELDS, sharedCatalogueOperation } from './shared-catalogue-fields.js';

// Which operations the response cache may share between viewers: only those made entirely of fields that
// answer the same for everyone, through every fragment.

/** Fields of the shared types that depend on the viewer: they must never be listed as shared. */
const VIEWER_SPECIFIC: Record<string, string[]> = {
  Asset: [
    'allowedTransitions',
    'contactOfficerUser',
    'expiredAt',
    'expiresOn',
    'feedback',
    'interestSummary',
    'publicationIssues',
    'publicationWarnings',
    'sourceDisclosure',
    'viewerCanEdit',
    'viewerWatchesAvailability',
  ],
  Query: [
    'agreement',
    'agreements',
    'companies',
    'companiesToApproach',
    'directoryListingRequests',
    'disclosures',
    'expressionsOfInterest',
    // An office's settings (the sites that may frame its widget): never shared.
    'institutionEmbedOrigins',
    'institutionPlatforms',
    'invitation',
    'invitations',
    'listingFeedbackCounts',
    'myListings',
    'node',
    'officeDashboard',
    'officeListings',
    'partner',
    'partnerRelationship',
    'partnerRelationships',
    'partners',
    'quotes',
    'recommendedListings',
    'savedSearches',
    // Cheap and rarely read: the network's pages are not worth a shared answer; the preview is administrators'.
    'sitePage',
    'sitePagePreview',
    'technologyRequest',
    'technologyRequests',
    'user',
    'users',
    'viewer',
  ],
  Sector: ['usage'],
};

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const shared = (document: string, operationName?: string) =>
  sharedCatalogueOperation(schema, parse(document), operationName);

describe('which operations are shared between viewers', () => {
  it('lists only fields that exist, and decides every field of the shared types (a new one is a decision)', () => {
    for (const [typeName, fields] of Object.entries(SHARED_CATALOGUE_FIELDS)) {
      const type = schema.getType(typeName);
      expect(isObjectType(type), typeName).toBe(true);
      if (!isObjectType(type)) continue;
      const all = Object.keys(type.getFields()).sort();
      expect(
        fields.filter((field) => !all.includes(field)),
        typeName,
      ).toEqual([]);
      // Every field not shared is one known to depend on the viewer (or on something only some viewers see).
      expect(
        all.filter((field) => !fields.includes(field)),
        typeName,
      ).toEqual(VIEWER_SPECIFIC[typeName] ?? []);
    }
  });

  it('shares the web’s catalogue, taxonomy and asset page queries, not its viewer parts', async () => {
    const dir = path.resolve(import.meta.dirname, '../../../web/src/catalogue');
    const files = (await readdir(dir)).filter((name) => name.endsWith('.graphql'));
    const text = (await Promise.all(files.map((name) => readFile(path.join(dir, name), 'utf8')))).join('\n');
    const verdicts = Object.fromEntries(
      ['CatalogueSearch', 'CatalogueTaxonomy', 'AssetDetail', 'AssetInterestSummary', 'AssetViewerCanEdit'].map(
        (name) => [name, shared(text, name) !== null],
      ),
    );
    expect(verdicts).toEqual({
      CatalogueSearch: true,
      CatalogueTaxonomy: true,
      AssetDetail: true,
      AssetInterestSummary: false,
      AssetViewerCanEdit: false,
    });
  });

  it('refuses a viewer’s field wherever it hides, and anything it does not know', () => {
    const refused = [
      '{ asset(slug: "x") { id viewerCanEdit } }',
      '{ asset(slug: "x") { ...F } } fragment F on Asset { id interestSummary { total } }',
      '{ asset(slug: "x") { ...F } } fragment F on Asset { ...G } fragment G on Asset { contactOfficerUser { id } }',
      '{ asset(slug: "x") { ... on Asset { allowedTransitions } } }',
      '{ assets { edges { node { relatedAssets { publicationIssues { message } } } } } }',
      '{ institution(slug: "x") { assets { edges { node { sourceDisclosure { id } } } } } }',
      '{ assets { totalCount } viewer { user { id } } }',
      '{ node(id: "x") { id } }',
      '{ assets @skip(if: false) { totalCount } }',
      '{ assets { totalCount unknownField } }',
      '{ sectors { ...F } } fragment F on Sector { ...F }',
      'mutation { logOut }',
      '{ assets { totalCount } } { sectors { id } }',
    ];
    for (const document of refused) expect(shared(document), document).toBeNull();
  });

  it('follows fragments and aliases, and names the asset roots an office may see differently', () => {
    expect(
      shared(`query { a: asset(slug: "x") { ...F } b: asset(slug: "y") { id } sectors { __typename id }
        __typename } fragment F on Asset { id ... on Asset { title platform { institution { slug } } } }`),
    ).toEqual({ assetRoots: ['a', 'b'] });
    expect(shared('query A { sectors { id } } query B { viewer { user { id } } }', 'A')).toEqual({ assetRoots: [] });
    expect(shared('query A { sectors { id } } query B { viewer { user { id } } }', 'B')).toBeNull();
  });
});

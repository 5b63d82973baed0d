/**
 * The web's asset page, public part (web/src/catalogue/asset.graphql, the fragments inlined): the catalogue's
 * most asked read, for the tests of its execution and its shared cache.
 */
export const ASSET_PAGE = /* GraphQL */ `
  query AssetDetail($slug: String!) {
    asset(slug: $slug) {
      __typename id slug kind title summary description problem benefits applications keywords trl ipStatus
      patentNumbers developmentStage partneringModels turnaround pricingModel publishedAt updatedAt status
      sectors { id slug labelEn labelIt }
      inventors { id name affiliation }
      platform { id slug name kind }
      contactOfficer { name title }
      institution { id slug name shortName city contactEmail }
      relatedAssets(first: 4) { ...Card }
    }
  }
  fragment Card on Asset { id slug kind title summary trl ipStatus institution { id slug shortName } }
`;

import { SitePageDocument } from '../generated/members-graphql';

/** For component tests: the network's page `key` as the API answers it (the terms checkbox reads its version). */
export function sitePageMock(
  key: 'ABOUT' | 'PRIVACY' | 'TERMS' | 'COOKIES',
  version = 3,
  html = '<h1>Terms of use</h1>',
) {
  return {
    request: { query: SitePageDocument, variables: { key } },
    result: {
      data: {
        __typename: 'Query',
        sitePage: { __typename: 'SitePage', key, version, html, updatedAt: '2026-11-30T09:00:00.000Z' },
      },
    },
  };
}

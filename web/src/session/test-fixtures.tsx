// Viewers, mocks and a renderer for the component tests of every feature.
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { type ErrorCode, type ErrorParams, englishErrorMessage } from '@tt/shared/error-messages';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createCache } from '../apollo/cache';
import { type UserErrorFieldsFragment, ViewerDocument, type ViewerUserFieldsFragment } from '../generated/graphql';
import { InstituteOfficersDocument, InstituteOptionsDocument } from '../generated/members-graphql';

export function viewerUser(overrides: Partial<ViewerUserFieldsFragment> = {}): ViewerUserFieldsFragment {
  return {
    __typename: 'User',
    id: 'VXNlcjo0',
    email: 'buyer@oncopharm.demo',
    name: 'Chiara Lombardi',
    title: 'Business Development Director',
    role: 'COMPANY_MEMBER',
    emailVerified: true,
    institution: null,
    company: { __typename: 'Company', id: 'Q29tcGFueTox', slug: 'oncopharm', name: 'OncoPharm S.p.A.' },
    ...overrides,
  };
}

/** The institute the office's and researchers' fixtures belong to. */
export const irst = {
  __typename: 'Institution',
  id: 'SW5zdGl0dXRpb246MQ',
  slug: 'irst',
  shortName: 'IRST',
  name: 'IRST IRCCS',
} as const;

export const officer = () =>
  viewerUser({
    id: 'VXNlcjox',
    email: 'officer.irst@tt.demo',
    name: 'Chiara Benedetti',
    title: 'Technology Transfer Officer',
    role: 'TT_OFFICER',
    company: null,
    institution: irst,
  });

export const admin = () =>
  viewerUser({
    id: 'VXNlcjo5',
    email: 'admin@tt.demo',
    name: 'Network Administrator',
    title: null,
    role: 'ADMIN',
    company: null,
    institution: null,
  });

/** The `viewer` query answering `user` (null: anonymous), `times` times. */
export function viewerMock(user: ViewerUserFieldsFragment | null, times = 1): MockLink.MockedResponse {
  return {
    request: { query: ViewerDocument },
    result: {
      data: { __typename: 'Query', viewer: user ? { __typename: 'Viewer', user } : null },
    },
    maxUsageCount: times,
  };
}

/** A UserError as the API answers it: its code and parameters, and the English sentence they make. */
export function userError(
  code: ErrorCode,
  field: string | null = null,
  params: ErrorParams = {},
): UserErrorFieldsFragment {
  return { __typename: 'UserError', field, code, params, message: englishErrorMessage(code, params) };
}

/** Where the router is: tests read it after navigations. */
export const where = { pathname: '', search: '' };
function LocationProbe() {
  const location = useLocation();
  where.pathname = location.pathname;
  where.search = location.search;
  return null;
}

/** Renders `routes` at `path` with mocked GraphQL; every other path shows its own address. */
export function renderAt(path: string, routes: ReactNode, mocks: readonly MockLink.MockedResponse[]) {
  return render(
    <MockedProvider cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }} mocks={mocks}>
      <MemoryRouter initialEntries={[path]} useTransitions={false}>
        <Routes>
          {routes}
          <Route path="*" element={<OtherPage />} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </MockedProvider>,
  );
}

function OtherPage() {
  const location = useLocation();
  return <p data-testid="other-page">{`${location.pathname}${location.search}`}</p>;
}

/** The officers of the viewer's institute, for the office desks' assignee filters. */
export const officersMock = {
  request: { query: InstituteOfficersDocument },
  result: {
    data: {
      __typename: 'Query',
      users: {
        __typename: 'UserConnection',
        edges: [
          { __typename: 'UserEdge', node: { __typename: 'User', id: 'VXNlcjox', name: 'Chiara Benedetti' } },
          { __typename: 'UserEdge', node: { __typename: 'User', id: 'VXNlcjoy', name: 'Marco Rinaldi' } },
        ],
      },
    },
  },
  maxUsageCount: 10,
};

/** The institutes, for an administrator's institute filter (IRST, INT). */
export const instituteOptionsMock = {
  request: { query: InstituteOptionsDocument },
  result: {
    data: {
      __typename: 'Query',
      institutions: [
        { __typename: 'Institution', id: 'SW5zdDox', slug: 'irst', shortName: 'IRST', name: 'IRST IRCCS' },
        { __typename: 'Institution', id: 'SW5zdDoy', slug: 'int', shortName: 'INT', name: 'INT' },
      ],
    },
  },
  maxUsageCount: 10,
};

/**
 * A whole list as one page of a connection, the way the API returns it: every node, no page after, and
 * the count of each status (`countName`: the type of those counts).
 */
export function onePage<Node extends { id: string }>(
  name: string,
  nodes: readonly Node[],
  countName: string,
  byStatus: Record<string, number>,
) {
  return {
    __typename: `${name}Connection`,
    totalCount: nodes.length,
    statusCounts: Object.entries(byStatus).map(([status, count]) => ({ __typename: countName, status, count })),
    edges: nodes.map((node) => ({ __typename: `${name}Edge`, cursor: node.id, node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  };
}

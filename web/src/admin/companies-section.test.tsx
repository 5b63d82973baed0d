import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  AdminCompaniesDocument,
  AdminCompanyChoicesDocument,
  type AdminCompanyFieldsFragment,
  MergeCompaniesDocument,
} from '../generated/members-graphql';
import { admin, renderAt, userError, viewerMock } from '../session/test-fixtures';
import { CompaniesSection } from './companies-section';

function company(overrides: Partial<AdminCompanyFieldsFragment> = {}): AdminCompanyFieldsFragment {
  return {
    __typename: 'Company',
    id: 'Q29tcGFueTox',
    slug: 'oncopharm',
    name: 'OncoPharm S.p.A.',
    country: 'IT',
    city: 'Milano',
    size: 'LARGE',
    website: null,
    listed: true,
    memberCount: 2,
    eoiCount: 9,
    members: [
      { __typename: 'User', id: 'VXNlcjo3', name: 'Giulia Conti', email: 'buyer@oncopharm.demo' },
      { __typename: 'User', id: 'VXNlcjo4', name: 'Paolo Neri', email: 'p.neri@oncopharm.demo' },
    ],
    ...overrides,
  };
}

const listMock = (query: string | null, nodes: AdminCompanyFieldsFragment[], total = nodes.length) => ({
  request: { query: AdminCompaniesDocument, variables: { query, first: 50 } },
  result: {
    data: {
      __typename: 'Query',
      companies: {
        __typename: 'CompanyConnection',
        totalCount: total,
        edges: nodes.map((node) => ({ __typename: 'CompanyEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: total > nodes.length, endCursor: 'c' },
      },
    },
  },
});

function renderSection(mocks: object[]) {
  renderAt('/admin/companies', <Route path="/admin/companies" element={<CompaniesSection />} />, [
    viewerMock(admin(), 5),
    ...(mocks as never[]),
  ]);
}

describe('CompaniesSection', () => {
  it('lists every company with its members and EoIs counted, the total, and more to load', async () => {
    renderSection([listMock(null, [company()], 130)]);
    const row = await screen.findByTestId('company-row');
    expect(within(row).getByTestId('company-member-count').textContent).toBe('2');
    expect(within(row).getByTestId('company-eoi-count').textContent).toBe('9');
    expect(screen.getByTestId('companies-count').textContent).toBe('Showing 1 of 130 companies');
    expect(screen.getByTestId('companies-more')).toBeTruthy();
  });

  it('merges a duplicate into the chosen company, and shows why when refused', async () => {
    renderSection([
      listMock(null, [company()]),
      {
        request: { query: AdminCompanyChoicesDocument, variables: { query: 'medi' } },
        result: {
          data: {
            __typename: 'Query',
            companies: {
              __typename: 'CompanyConnection',
              edges: [
                {
                  __typename: 'CompanyEdge',
                  node: { __typename: 'Company', id: 'Q29tcGFueToy', name: 'MediSense GmbH', country: 'DE' },
                },
              ],
            },
          },
        },
      },
      {
        request: {
          query: MergeCompaniesDocument,
          variables: { input: { sourceId: 'Q29tcGFueTox', targetId: 'Q29tcGFueToy' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            mergeCompanies: {
              __typename: 'CompanyPayload',
              company: null,
              errors: [userError('COMPANY_MERGE_OPEN_EOI_CONFLICT', 'sourceId')],
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('company-manage'));
    const merge = screen.getByTestId('company-merge');
    fireEvent.change(within(merge).getByTestId('merge-target-query'), { target: { value: 'medi' } });
    fireEvent.click(within(merge).getByTestId('merge-target-find'));
    fireEvent.click(await within(merge).findByTestId('merge-target-option'));
    window.confirm = () => true;
    fireEvent.click(within(merge).getByTestId('company-merge-confirm'));
    // The outcome line is a status region, there (empty) before the answer: wait for its text, not for it.
    await waitFor(() =>
      expect(screen.getByTestId('company-merge-outcome').textContent).toMatch(/open expression of interest/),
    );
  });
});

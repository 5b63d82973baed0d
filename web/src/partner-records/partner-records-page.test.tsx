import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { PartnerRelationshipFilter } from '../generated/graphql';
import { PartnerRecordsDocument } from '../generated/members-graphql';
import { officer, renderAt, viewerMock } from '../session/test-fixtures';
import { PartnerRecordsPage } from './partner-records-page';
import { ownersMock, recordRow } from './test-fixtures';

function listMock(
  variables: { query: string | null; filter: PartnerRelationshipFilter },
  nodes: ReturnType<typeof recordRow>[],
  options: { error?: boolean; total?: number; hasNextPage?: boolean } = {},
) {
  return {
    request: { query: PartnerRecordsDocument, variables: { ...variables, first: 50 } },
    ...(options.error
      ? { error: new Error('Network down') }
      : {
          result: {
            data: {
              __typename: 'Query',
              partnerRelationships: {
                __typename: 'PartnerRelationshipConnection',
                totalCount: options.total ?? nodes.length,
                edges: nodes.map((node) => ({ __typename: 'PartnerRelationshipEdge', cursor: node.id, node })),
                pageInfo: { __typename: 'PageInfo', hasNextPage: options.hasNextPage ?? false, endCursor: 'c' },
              },
            },
          },
        }),
  };
}

const rows = [
  recordRow(),
  recordRow({
    id: 'UGFydG5lclJlbGF0aW9uc2hpcDoy',
    status: 'PROSPECT',
    owner: null,
    company: { __typename: 'Company', id: 'Q29tcGFueToy', name: 'RNA Forge', country: 'DE', city: null },
  }),
];

function renderList(path: string, mocks: object[]) {
  renderAt(path, <Route path="/office/partners" element={<PartnerRecordsPage />} />, [
    viewerMock(officer(), 5),
    ownersMock,
    ...(mocks as never[]),
  ]);
}

describe('PartnerRecordsPage', () => {
  it('lists the records with their relationship, owner and a link to each, and counts them all', async () => {
    renderList('/office/partners', [listMock({ query: null, filter: {} }, rows, { total: 130, hasNextPage: true })]);
    const found = await screen.findAllByTestId('partner-record-row');
    expect(found).toHaveLength(2);
    expect(screen.getByTestId('partner-records-count').textContent).toBe('Showing 2 of 130 partner records');
    const [onco, rna] = found as [HTMLElement, HTMLElement];
    expect(within(onco).getByTestId('partner-record-link').getAttribute('href')).toBe('/office/partners/Q29tcGFueTox');
    expect(within(onco).getByTestId('partner-status').textContent).toBe('Partner');
    expect(within(rna).getByTestId('partner-status').textContent).toBe('Prospect');
    expect(rna.textContent).toContain('No owner');
    // An officer sees their own institute's records: no institute column.
    expect(screen.queryByTestId('partner-record-institute')).toBeNull();
    expect(screen.getByTestId('partner-records-more')).toBeTruthy();
  });

  it('searches and filters on the server from the address, and says when nothing matches', async () => {
    renderList('/office/partners?q=onco', [
      listMock({ query: 'onco', filter: {} }, [rows[0]!]),
      listMock({ query: 'onco', filter: { statuses: ['PROSPECT'] } }, []),
    ]);
    await screen.findAllByTestId('partner-record-row');
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'PROSPECT' } });
    expect(await screen.findByText('No partner record matches')).toBeTruthy();
    expect(screen.getByTestId('clear-filters')).toBeTruthy();
  });

  it('says when there are no records yet, and when the list failed to load', async () => {
    renderList('/office/partners', [listMock({ query: null, filter: {} }, [])]);
    expect(await screen.findByText('No partner records yet')).toBeTruthy();
    expect(screen.getByTestId('new-partner-record')).toBeTruthy();
  });

  it('offers a retry when the list fails to load', async () => {
    renderList('/office/partners', [listMock({ query: null, filter: {} }, [], { error: true })]);
    expect(await screen.findByRole('button', { name: /try again/i })).toBeTruthy();
  });
});

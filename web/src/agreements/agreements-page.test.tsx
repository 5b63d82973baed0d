import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AgreementFilter } from '../generated/graphql';
import { AgreementsDocument } from '../generated/members-graphql';
import { admin, instituteOptionsMock, officer, renderAt, viewerMock, where } from '../session/test-fixtures';
import { AgreementsPage } from './agreements-page';
import { agreementRow } from './test-fixtures';

function listMock(filter: AgreementFilter, nodes: ReturnType<typeof agreementRow>[], error = false) {
  return {
    request: { query: AgreementsDocument, variables: { filter: { institutionId: null, ...filter }, first: 50 } },
    ...(error
      ? { error: new Error('Network down') }
      : {
          result: {
            data: {
              __typename: 'Query',
              agreements: {
                __typename: 'AgreementConnection',
                totalCount: nodes.length,
                edges: nodes.map((node) => ({ __typename: 'AgreementEdge', cursor: node.id, node })),
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          },
        }),
  };
}

const all = { statuses: null, types: null };
const rows = [
  agreementRow(),
  agreementRow({
    id: 'QWdyZWVtZW50OjI',
    type: 'CDA',
    status: 'SIGNED',
    title: null,
    listings: [],
    owner: null,
  }),
];

function renderList(path: string, mocks: object[]) {
  renderAt(path, <Route path="/office/agreements" element={<AgreementsPage />} />, [
    viewerMock(officer(), 5),
    ...(mocks as never[]),
  ]);
}

describe('AgreementsPage', () => {
  it('lists the agreements with their company, listings, type, status and owner', async () => {
    renderList('/office/agreements', [listMock(all, rows)]);
    const found = await screen.findAllByTestId('agreement-row');
    expect(found).toHaveLength(2);
    expect(screen.getByTestId('agreements-count').textContent).toBe('2 agreements');
    const [licence, cda] = found as [HTMLElement, HTMLElement];
    expect(within(licence).getByTestId('agreement-link').textContent).toBe('Exclusive licence – CTC expansion');
    expect(within(licence).getByTestId('agreement-link').getAttribute('href')).toBe(
      '/office/agreements/QWdyZWVtZW50OjE',
    );
    expect(within(licence).getByTestId('agreement-company').textContent).toBe('OncoPharm S.p.A.');
    expect(within(licence).getByTestId('agreement-listings').textContent).toContain('circulating tumour cells');
    expect(within(licence).getByTestId('agreement-type').textContent).toBe('Licence');
    expect(within(licence).getByTestId('agreement-status').textContent).toBe('Under negotiation');
    // Without a title an agreement is named by its type; without listings or owner it says so.
    expect(within(cda).getByTestId('agreement-link').textContent).toBe('Confidentiality agreement (CDA)');
    expect(cda.textContent).toContain('No listing');
    expect(cda.textContent).toContain('No owner');
  });

  it('filters by status and type from the address, and says when nothing matches', async () => {
    renderList('/office/agreements', [
      listMock(all, rows),
      listMock({ statuses: ['SIGNED'], types: null }, [rows[1]!]),
      listMock({ statuses: ['SIGNED'], types: ['OPTION'] }, []),
    ]);
    await screen.findAllByTestId('agreement-row');
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'SIGNED' } });
    expect(await screen.findByText('1 agreement')).toBeTruthy();
    expect(where.search).toBe('?status=SIGNED');
    fireEvent.change(screen.getByTestId('filter-type'), { target: { value: 'OPTION' } });
    expect(await screen.findByText('No agreement matches these filters')).toBeTruthy();
    expect(where.search).toBe('?status=SIGNED&type=OPTION');
    expect(screen.getByTestId('clear-filters')).toBeTruthy();
    // The export carries the filters the list shows, and the interface's language.
    expect(screen.getByTestId('export-csv').getAttribute('href')).toBe(
      '/exports/agreements.csv?status=SIGNED&type=OPTION&lang=en',
    );
  });

  it('shows the empty state and the failure with a retry', async () => {
    renderList('/office/agreements', [listMock(all, [])]);
    expect(await screen.findByText('No agreements yet')).toBeTruthy();
    expect(screen.getByTestId('new-agreement').getAttribute('href')).toBe('/office/agreements/new');
  });

  it('offers a retry when the list cannot be loaded', async () => {
    renderList('/office/agreements?type=MTA', [listMock({ statuses: null, types: ['MTA'] }, [], true)]);
    expect(await screen.findByRole('button', { name: /try again/i })).toBeTruthy();
  });

  it('gives an administrator an institute filter, on the server, in the address, cleared with the others', async () => {
    const intRow = { ...rows[1]!, institution: { ...rows[1]!.institution, id: 'SW5zdDoy', shortName: 'INT' } };
    renderAt('/office/agreements', <Route path="/office/agreements" element={<AgreementsPage />} />, [
      viewerMock(admin(), 5),
      listMock(all, [rows[0]!, intRow]),
      listMock({ ...all, institutionId: 'SW5zdDoy' }, [intRow]),
      listMock(all, [rows[0]!, intRow]),
      instituteOptionsMock,
    ]);
    await screen.findAllByTestId('agreement-row');
    const select = screen.getByTestId('filter-institute');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(select, { target: { value: 'SW5zdDoy' } });
    expect(where.search).toBe('?institute=SW5zdDoy');
    expect(await screen.findByText('1 agreement')).toBeTruthy();
    expect(screen.getByTestId('agreement-company').textContent).toContain('INT');
    expect(screen.getByTestId('export-csv').getAttribute('href')).toBe(
      '/exports/agreements.csv?institute=SW5zdDoy&lang=en',
    );
    fireEvent.click(screen.getByTestId('clear-filters'));
    expect(where.search).toBe('');
  });

  it('shows an officer no institute filter', async () => {
    renderList('/office/agreements', [listMock(all, rows)]);
    await screen.findAllByTestId('agreement-row');
    expect(screen.queryByTestId('filter-institute')).toBeNull();
  });
});

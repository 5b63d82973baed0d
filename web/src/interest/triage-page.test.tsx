import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ExpressionsOfInterestDocument, InstituteOptionsDocument } from '../generated/members-graphql';
import { admin, officer, officersMock, onePage, renderAt, viewerMock, where } from '../session/test-fixtures';
import { eoiSummary } from './test-fixtures';
import { TriagePage } from './triage-page';

vi.mock('./use-eoi-events', () => ({ useEoiEvents: () => undefined }));

const OPEN = ['SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'];
const noFilters = {
  assetId: null,
  institutionId: null,
  kinds: null,
  priorities: null,
  assigneeId: null,
  minAgeDays: null,
  overdue: null,
  query: null,
};

function listMock(statuses: string[], nodes: ReturnType<typeof eoiSummary>[], extra: Partial<typeof noFilters> = {}) {
  return {
    request: {
      query: ExpressionsOfInterestDocument,
      variables: { filter: { statuses, ...noFilters, ...extra }, first: 100 },
    },
    result: {
      data: {
        __typename: 'Query',
        expressionsOfInterest: onePage('ExpressionOfInterest', nodes, 'EoiStatusCount', {
          SUBMITTED: 3,
          IN_REVIEW: 1,
          IN_DISCUSSION: 0,
          NEGOTIATION: 0,
          AGREED: 2,
        }),
      },
    },
  };
}

const board = [
  eoiSummary({ id: 'RW9JOjE', company: { ...eoiSummary().company, id: 'Q29tcGFueToy', name: 'Fresh Bio' } }),
  eoiSummary({
    id: 'RW9JOjI',
    overdue: true,
    priority: 'URGENT',
    company: { ...eoiSummary().company, id: 'Q29tcGFueToz', name: 'Late Pharma' },
  }),
  eoiSummary({ id: 'RW9JOjM', company: { ...eoiSummary().company, id: 'Q29tcGFueTo0', name: 'Third Labs' } }),
  eoiSummary({
    id: 'RW9JOjQ',
    status: 'IN_REVIEW',
    assignee: { __typename: 'OfficerRef', id: 'VXNlcjox', name: 'Chiara Benedetti' },
  }),
];

describe('TriagePage', () => {
  it('shows a column per open status with its count, overdue EoIs first', async () => {
    renderAt('/triage', <Route path="/triage" element={<TriagePage />} />, [
      viewerMock(officer(), 3),
      listMock(OPEN, board),
      officersMock,
    ]);
    const columns = await screen.findAllByTestId('board-column');
    expect(columns.map((column) => column.getAttribute('data-status'))).toEqual(OPEN);
    expect(columns.map((column) => within(column).getByTestId('column-count').textContent)).toEqual([
      '3',
      '1',
      '0',
      '0',
    ]);
    expect(within(columns[0]!).getByRole('heading', { level: 2 }).textContent).toContain('Submitted');

    const submitted = within(columns[0]!).getAllByTestId('eoi-card');
    expect(submitted.map((card) => within(card).getByTestId('eoi-card-link').textContent)).toEqual([
      'Late Pharma',
      'Fresh Bio',
      'Third Labs',
    ]);
    expect(within(submitted[0]!).getByTestId('overdue-badge').textContent).toBe('Overdue');
    expect(within(submitted[0]!).getByTestId('eoi-priority').textContent).toContain('Urgent');
    expect(within(submitted[0]!).getByTestId('eoi-card-link').getAttribute('href')).toBe('/triage/RW9JOjI');
    expect(within(columns[2]!).getByText('Nothing here')).toBeTruthy();
    expect(screen.getByTestId('triage-count').textContent).toContain('4 expressions of interest');
  });

  it('keeps filters and the list view in the address', async () => {
    renderAt('/triage', <Route path="/triage" element={<TriagePage />} />, [
      viewerMock(officer(), 3),
      listMock(OPEN, board),
      listMock(OPEN, [board[1]!], { priorities: ['URGENT'] } as never),
      listMock(OPEN, [board[1]!], { priorities: ['URGENT'] } as never),
      officersMock,
    ]);
    await screen.findAllByTestId('board-column');
    fireEvent.change(screen.getByTestId('filter-priority'), { target: { value: 'URGENT' } });
    expect(where.search).toBe('?priority=URGENT');
    fireEvent.click(screen.getByTestId('view-list'));
    expect(where.search).toBe('?view=list&priority=URGENT');
    const rows = await screen.findAllByTestId('eoi-row');
    expect(rows).toHaveLength(1);
    expect(screen.getAllByTestId('status-tab').map((tab) => tab.textContent)).toContain('Agreed2');
  });

  it('pages through a long list: the count of all, the next page appended, the status chosen by the tabs only', async () => {
    const page = (nodes: typeof board, after: string | null, hasNextPage: boolean) => {
      const connection = onePage('ExpressionOfInterest', nodes, 'EoiStatusCount', { SUBMITTED: 3, IN_REVIEW: 1 });
      return {
        request: {
          query: ExpressionsOfInterestDocument,
          variables: { filter: { statuses: OPEN, ...noFilters }, first: 100, ...(after ? { after } : {}) },
        },
        result: {
          data: {
            __typename: 'Query',
            expressionsOfInterest: {
              ...connection,
              totalCount: 4,
              pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.at(-1)!.id },
            },
          },
        },
      };
    };
    renderAt('/triage?view=list', <Route path="/triage" element={<TriagePage />} />, [
      viewerMock(officer(), 3),
      page(board.slice(0, 3), null, true),
      page(board.slice(3), board[2]!.id, false),
      officersMock,
    ]);
    expect(await screen.findAllByTestId('eoi-row')).toHaveLength(3);
    expect(screen.queryByTestId('filter-status')).toBeNull();
    expect(screen.getByTestId('triage-count').textContent).toBe('4 expressions of interest');
    expect(screen.getByTestId('list-more').textContent).toContain('Showing 3 of 4');
    fireEvent.click(screen.getByTestId('list-more-button'));
    await waitFor(() => expect(screen.getAllByTestId('eoi-row')).toHaveLength(4));
    expect(screen.queryByTestId('list-more')).toBeNull();
  });

  it('links to the CSV export of what it shows: the board’s open statuses and the filters in the address', async () => {
    renderAt('/triage?priority=URGENT&q=onco', <Route path="/triage" element={<TriagePage />} />, [
      viewerMock(officer(), 3),
      listMock(OPEN, [board[1]!], { priorities: ['URGENT'], query: 'onco' } as never),
      officersMock,
    ]);
    await screen.findAllByTestId('board-column');
    const link = screen.getByRole('link', { name: 'Export CSV' });
    expect(link.hasAttribute('download')).toBe(true);
    const href = new URL(link.getAttribute('href')!, 'http://localhost');
    expect(href.pathname).toBe('/exports/eois.csv');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      status: OPEN.join(','),
      priority: 'URGENT',
      q: 'onco',
      lang: 'en',
    });
  });

  it("gives an administrator an institute filter and says each EoI's institute", async () => {
    const int = { ...eoiSummary().asset!.institution, id: 'SW5zdDoy', shortName: 'INT' };
    const intEoi = eoiSummary({ id: 'RW9JOjU', asset: { ...eoiSummary().asset!, id: 'QXNzZXQ6OQ', institution: int } });
    const institutesMock = {
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
    };
    renderAt('/triage', <Route path="/triage" element={<TriagePage />} />, [
      viewerMock(admin(), 5),
      listMock(OPEN, [board[0]!, intEoi]),
      listMock(OPEN, [intEoi], { institutionId: 'SW5zdDoy' } as never),
      officersMock,
      institutesMock,
    ]);
    const cards = await screen.findAllByTestId('eoi-card');
    expect(cards.map((card) => within(card).getByTestId('eoi-institute').textContent)).toEqual(['IRST', 'INT']);
    const select = screen.getByTestId('filter-institute');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(select, { target: { value: 'SW5zdDoy' } });
    expect(where.search).toBe('?institute=SW5zdDoy');
    await waitFor(() => expect(screen.getAllByTestId('eoi-card')).toHaveLength(1));
    expect(screen.getByTestId('eoi-institute').textContent).toBe('INT');
  });

  it('shows an officer no institute filter and no institute on the cards (they are all their own)', async () => {
    renderAt('/triage', <Route path="/triage" element={<TriagePage />} />, [
      viewerMock(officer(), 3),
      listMock(OPEN, board),
      officersMock,
    ]);
    await screen.findAllByTestId('eoi-card');
    expect(screen.queryByTestId('filter-institute')).toBeNull();
    expect(screen.queryByTestId('eoi-institute')).toBeNull();
  });
});

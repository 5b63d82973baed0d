import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { type DisclosureStatus } from '../generated/graphql';
import { OfficeDisclosuresDocument } from '../generated/members-graphql';
import { activateLocale } from '../i18n/i18n';
import {
  admin,
  instituteOptionsMock,
  officer,
  officersMock,
  onePage,
  renderAt,
  viewerMock,
  where,
} from '../session/test-fixtures';
import { daysAgo, pipelineItem } from './office-test-fixtures';
import { PipelinePage } from './pipeline-page';

const OPEN = ['SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'ACCEPTED'];
const COUNTS: [DisclosureStatus, number][] = [
  ['DRAFT', 4],
  ['SUBMITTED', 2],
  ['UNDER_REVIEW', 1],
  ['INFO_REQUESTED', 1],
  ['ACCEPTED', 0],
  ['PUBLISHED', 3],
  ['DECLINED', 1],
  ['WITHDRAWN', 0],
];

function listMock(
  statuses: string[],
  nodes: ReturnType<typeof pipelineItem>[],
  assigneeId: string | null = null,
  institutionId: string | null = null,
) {
  return {
    request: {
      query: OfficeDisclosuresDocument,
      variables: { filter: { statuses, assigneeId, institutionId }, first: 100 },
    },
    result: {
      data: {
        __typename: 'Query',
        disclosures: onePage('Disclosure', nodes, 'DisclosureStatusCount', Object.fromEntries(COUNTS)),
      },
    },
  };
}

const open = [
  pipelineItem({ id: 'RGlzYzox', title: 'Fresh submission', submittedAt: daysAgo(1) }),
  pipelineItem({
    id: 'RGlzYzoy',
    referenceNumber: 'IRST-2026-002',
    title: 'Forgotten submission',
    submittedAt: daysAgo(9),
  }),
  pipelineItem({
    id: 'RGlzYzoz',
    referenceNumber: 'IRST-2026-003',
    title: 'Reviewed by me',
    status: 'UNDER_REVIEW',
    submittedAt: daysAgo(14),
    assignee: { __typename: 'OfficerRef', id: 'VXNlcjox', name: 'Chiara Benedetti' },
    publicDisclosures: [
      {
        __typename: 'PublicDisclosure',
        kind: 'PLANNED',
        date: '2026-06-01',
        warning: 'This public disclosure is in 9 days.',
      },
    ],
  }),
  pipelineItem({
    id: 'RGlzYzo0',
    referenceNumber: 'IRST-2026-004',
    title: 'Waiting for the researchers',
    status: 'INFO_REQUESTED',
    assignee: { __typename: 'OfficerRef', id: 'VXNlcjoy', name: 'Marco Rinaldi' },
  }),
];

function renderPipeline(path = '/office/disclosures', mocks: object[] = [listMock(OPEN, open)], viewer = officer()) {
  renderAt(path, <Route path="/office/disclosures" element={<PipelinePage />} />, [
    viewerMock(viewer, 5),
    officersMock,
    ...(mocks as never[]),
  ]);
}

describe('PipelinePage', () => {
  it('shows the open disclosures with counts per status, researchers, assignee and age', async () => {
    renderPipeline();
    const rows = await screen.findAllByTestId('pipeline-row');
    expect(rows).toHaveLength(4);

    const tabs = screen.getAllByTestId('status-tab');
    // Drafts are the researchers' own: no tab, not in "All".
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Open4',
      'Submitted2',
      'Under review1',
      'Information requested1',
      'Accepted0',
      'Published3',
      'Declined1',
      'Withdrawn0',
      'All8',
    ]);
    expect(tabs[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('pipeline-count').textContent).toBe('4 disclosures');

    const reviewed = rows[2]!;
    expect(within(reviewed).getByText('IRST-2026-003')).toBeTruthy();
    expect(within(reviewed).getByTestId('pipeline-row-link').getAttribute('href')).toBe('/office/disclosures/RGlzYzoz');
    expect(within(reviewed).getByText('Giulia Ferri')).toBeTruthy();
    expect(within(reviewed).getByText('+1')).toBeTruthy();
    expect(within(reviewed).getByText('Chiara Benedetti')).toBeTruthy();
    expect(within(reviewed).getByTestId('disclosure-status').textContent).toBe('Under review');
    expect(within(reviewed).getByTestId('disclosure-soon')).toBeTruthy();
    expect(within(rows[0]!).getByText('Unassigned')).toBeTruthy();

    // A submission nobody picked up for a week stands out; a fresh one does not.
    expect(within(rows[0]!).getByTestId('pipeline-age').textContent).toBe('1 day');
    expect(within(rows[0]!).getByTestId('pipeline-age').getAttribute('data-stale')).toBe('false');
    expect(within(rows[1]!).getByTestId('pipeline-age').textContent).toContain('9 days');
    expect(within(rows[1]!).getByTestId('pipeline-age').getAttribute('data-stale')).toBe('true');
    expect(rows[1]!.className).toBe('is-stale');
  });

  it('filters by status tab and by assignee on the server, in the address', async () => {
    const mineOnly = open.filter((item) => item.title === 'Reviewed by me');
    const unassigned = open.filter((item) => item.assignee === null);
    renderPipeline('/office/disclosures', [
      listMock(OPEN, open),
      listMock(OPEN, mineOnly, 'mine'),
      listMock(OPEN, unassigned, 'none'),
      listMock(OPEN, open),
      listMock(['UNDER_REVIEW'], [open[2]!]),
    ]);
    await screen.findAllByTestId('pipeline-row');

    fireEvent.change(screen.getByTestId('filter-assignee'), { target: { value: 'mine' } });
    expect(where.search).toBe('?assignee=mine');
    await waitFor(() => expect(screen.getAllByTestId('pipeline-row')).toHaveLength(1));
    const mine = screen.getAllByTestId('pipeline-row');
    expect(mine.map((row) => within(row).getByTestId('pipeline-row-link').textContent)).toEqual(['Reviewed by me']);
    expect(screen.getByTestId('pipeline-count').textContent).toBe('1 disclosure');

    fireEvent.change(screen.getByTestId('filter-assignee'), { target: { value: 'none' } });
    await waitFor(() => expect(screen.getAllByTestId('pipeline-row')).toHaveLength(unassigned.length));
    expect(unassigned.length).toBe(2);

    fireEvent.change(screen.getByTestId('filter-assignee'), { target: { value: '' } });
    fireEvent.click(screen.getAllByTestId('status-tab').find((tab) => tab.dataset.status === 'UNDER_REVIEW')!);
    expect(where.search).toBe('?status=UNDER_REVIEW');
    expect(await screen.findByText('Reviewed by me')).toBeTruthy();
    expect(screen.getAllByTestId('pipeline-row')).toHaveLength(1);
    // One status: no status column.
    expect(screen.queryByTestId('disclosure-status')).toBeNull();
  });

  it("says each disclosure's institute to an administrator, and not to an officer (all are theirs)", async () => {
    const int = pipelineItem({
      id: 'RGlzYzo5',
      referenceNumber: null,
      title: 'Draft at the other institute',
      institution: { __typename: 'Institution', id: 'SW5zdDoy', shortName: 'INT' },
    });
    renderPipeline('/office/disclosures', [listMock(OPEN, [open[0]!, int])], admin());
    const rows = await screen.findAllByTestId('pipeline-row');
    expect(rows.map((row) => within(row).getByTestId('pipeline-institute').textContent)).toEqual(['IRST', 'INT']);
    cleanup();
    renderPipeline();
    await screen.findAllByTestId('pipeline-row');
    expect(screen.queryByTestId('pipeline-institute')).toBeNull();
  });

  it('says when there is nothing to show', async () => {
    renderPipeline('/office/disclosures', [listMock(OPEN, [])]);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('No disclosures here');
  });

  it('links to the CSV export of the tab and the assignee filter it shows', async () => {
    renderPipeline('/office/disclosures?status=UNDER_REVIEW&assignee=none', [listMock(['UNDER_REVIEW'], [], 'none')]);
    await screen.findByTestId('empty-state');
    const link = screen.getByTestId('export-csv');
    expect(link.textContent).toBe('Export CSV');
    expect(link.getAttribute('href')).toBe('/exports/disclosures.csv?status=UNDER_REVIEW&assignee=none&lang=en');
  });

  describe('in Italian', () => {
    afterEach(() => activateLocale('en'));

    it('labels the export in Italian and asks for Italian headers', async () => {
      await activateLocale('it');
      renderPipeline('/office/disclosures', [listMock(OPEN, open)]);
      await screen.findAllByTestId('pipeline-row');
      const link = screen.getByRole('link', { name: 'Esporta CSV' });
      const href = new URL(link.getAttribute('href')!, 'http://localhost');
      expect(href.searchParams.get('status')).toBe(OPEN.join(','));
      expect(href.searchParams.get('lang')).toBe('it');
    });
  });

  it('gives an administrator an institute filter, on the server, in the address and the export', async () => {
    const int = pipelineItem({
      id: 'RGlzYzo5',
      title: 'Disclosure at the other institute',
      institution: { __typename: 'Institution', id: 'SW5zdDoy', shortName: 'INT' },
    });
    renderPipeline(
      '/office/disclosures',
      [listMock(OPEN, [open[0]!, int]), listMock(OPEN, [int], null, 'SW5zdDoy'), instituteOptionsMock],
      admin(),
    );
    await screen.findByText('Disclosure at the other institute');
    const select = screen.getByTestId('filter-institute');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(select, { target: { value: 'SW5zdDoy' } });
    expect(where.search).toBe('?institute=SW5zdDoy');
    await waitFor(() => expect(screen.getAllByTestId('pipeline-row')).toHaveLength(1));
    expect(screen.getByTestId('pipeline-institute').textContent).toBe('INT');
    expect(screen.getByTestId('export-csv').getAttribute('href')).toContain('institute=SW5zdDoy');
  });

  it('shows an officer no institute filter', async () => {
    renderPipeline();
    await screen.findAllByTestId('pipeline-row');
    expect(screen.queryByTestId('filter-institute')).toBeNull();
  });
});

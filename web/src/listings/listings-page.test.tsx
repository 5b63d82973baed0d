import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { type AssetKind, type UserErrorFieldsFragment } from '../generated/graphql';
import {
  CreateListingDocument,
  type CreateListingMutation,
  OfficeListingsDocument,
} from '../generated/members-graphql';
import {
  admin,
  instituteOptionsMock,
  officer,
  onePage,
  renderAt,
  userError,
  viewerMock,
  where,
} from '../session/test-fixtures';
import { ListingsPage } from './listings-page';
import { listingRow } from './test-fixtures';

function listMock(
  statuses: string[] | null,
  query: string | null,
  nodes: ReturnType<typeof listingRow>[],
  institutionId: string | null = null,
) {
  return {
    request: { query: OfficeListingsDocument, variables: { filter: { statuses, query, institutionId }, first: 100 } },
    result: {
      data: {
        __typename: 'Query',
        officeListings: onePage('OfficeListing', nodes, 'ListingStatusCount', { DRAFT: 2, PUBLISHED: 5, ARCHIVED: 1 }),
      },
    },
  };
}

/** The createListing answer to a new draft (no institute chosen): the draft made, or the errors. */
function createMock(
  input: { kind: AssetKind; title: string },
  payload: { asset?: CreateListingMutation['createListing']['asset']; errors?: UserErrorFieldsFragment[] },
) {
  return {
    request: { query: CreateListingDocument, variables: { input: { ...input, institutionId: null } } },
    result: {
      data: {
        __typename: 'Mutation',
        createListing: { __typename: 'ListingPayload', asset: null, errors: [], ...payload },
      },
    },
  };
}

const rows = [
  listingRow(),
  listingRow({
    id: 'QXNzZXQ6OTA',
    slug: 'irst-liquid-biopsy-panel',
    title: 'Liquid biopsy panel for colorectal relapse',
    status: 'DRAFT',
    publishedAt: null,
    publicationIssues: [
      { __typename: 'UserError', field: 'summary' },
      { __typename: 'UserError', field: 'sectorIds' },
    ],
    sourceDisclosure: { __typename: 'Disclosure', id: 'RGlzYzox', referenceNumber: 'IRST-2026-001' },
  }),
  listingRow({
    id: 'QXNzZXQ6OTE',
    title: 'Ready draft',
    status: 'DRAFT',
    publishedAt: null,
    inventors: ['Marco Rossi', 'Giulia Bianchi', 'Luca Verdi'].map((name, index) => ({
      __typename: 'Inventor' as const,
      id: `SW52OjE${index}`,
      name,
    })),
  }),
];

function renderList(mocks: object[]) {
  renderAt('/office/listings', <Route path="/office/listings" element={<ListingsPage />} />, [
    viewerMock(officer(), 5),
    ...(mocks as never[]),
  ]);
}

describe('ListingsPage', () => {
  it('says which listings expire soon and which expired, awaiting renewal', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    renderList([
      listMock(null, null, [
        listingRow({ id: 'QXNzZXQ6MQ', title: 'Expires soon', expiresOn: inDays(12) }),
        listingRow({ id: 'QXNzZXQ6Mg', title: 'Expires next year', expiresOn: inDays(300) }),
        listingRow({
          id: 'QXNzZXQ6Mw',
          title: 'Sanger sequencing service',
          status: 'ARCHIVED',
          expiresOn: inDays(-4),
          expiredAt: `${inDays(-3)}T00:53:00.000Z`,
        }),
        listingRow({ id: 'QXNzZXQ6NA', title: 'Archived by hand', status: 'ARCHIVED' }),
      ]),
    ]);
    const found = await screen.findAllByTestId('listing-row');
    const note = (row: HTMLElement) => within(row).queryByTestId('expiry-note')?.textContent ?? null;
    expect(note(found[0]!)).toMatch(/^Expires on /);
    expect(note(found[1]!)).toBeNull();
    expect(note(found[2]!)).toMatch(/^Expired on /);
    expect(within(found[2]!).getByText('Expired')).toBeTruthy();
    expect(note(found[3]!)).toBeNull();
    expect(within(found[3]!).getByText('Archived')).toBeTruthy();
  });

  it('shows every status with counts, what each draft lacks and where it came from', async () => {
    renderList([listMock(null, null, rows)]);
    const found = await screen.findAllByTestId('listing-row');
    expect(found).toHaveLength(3);
    expect(screen.getAllByTestId('status-tab').map((tab) => tab.textContent)).toEqual([
      'All8',
      'Draft2',
      'Published5',
      'Archived1',
    ]);
    expect(within(found[0]!).getByTestId('public-link').getAttribute('href')).toBe(
      '/assets/int-urinary-rna-prostate-test',
    );
    expect(within(found[1]!).getByTestId('readiness').textContent).toBe('2 things to complete');
    expect(within(found[1]!).getByText('IRST-2026-001').getAttribute('href')).toBe('/office/disclosures/RGlzYzox');
    // Origin: the disclosure, else the inventors it was entered for, else the office itself (never a bare dash).
    expect(found.map((row) => within(row).getByTestId('listing-origin').textContent)).toEqual([
      'Entered by the office',
      'IRST-2026-001',
      'Marco Rossi, Giulia Bianchi and 1 more',
    ]);
    expect(within(found[1]!).getByTestId('listing-row-link').getAttribute('href')).toBe(
      '/office/listings/QXNzZXQ6OTA/edit',
    );
    expect(within(found[2]!).getByTestId('readiness').textContent).toBe('Ready to publish');
  });

  it('filters by status and searches, in the address', async () => {
    renderList([
      listMock(null, null, rows),
      listMock(['DRAFT'], null, rows.slice(1)),
      listMock(['DRAFT'], 'liquid', [rows[1]!]),
    ]);
    await screen.findAllByTestId('listing-row');
    fireEvent.click(screen.getAllByTestId('status-tab').find((tab) => tab.dataset.status === 'DRAFT')!);
    expect(where.search).toBe('?status=DRAFT');
    fireEvent.change(screen.getByTestId('listings-search'), { target: { value: ' liquid ' } });
    fireEvent.submit(screen.getByTestId('listings-search').closest('form')!);
    expect(where.search).toBe('?status=DRAFT&q=liquid');
    expect(await screen.findByText('1 listing')).toBeTruthy();
  });

  it('creates a draft from a kind and a title, then opens the editor', async () => {
    renderList([
      listMock(null, null, rows),
      createMock(
        { kind: 'SERVICE', title: 'Organoid drug screening' },
        { asset: { __typename: 'Asset', id: 'QXNzZXQ6OTk', slug: 'irst-organoid-drug-screening', status: 'DRAFT' } },
      ),
    ]);
    await screen.findAllByTestId('listing-row');
    fireEvent.click(screen.getByTestId('new-listing'));
    const form = screen.getByTestId('new-listing-form');
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'SERVICE' } });
    fireEvent.click(within(form).getByTestId('new-listing-create'));
    expect(within(form).getByTestId('error-title').textContent).toBe('Give it a title.');
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Organoid drug screening' } });
    fireEvent.click(within(form).getByTestId('new-listing-create'));
    expect((await screen.findByTestId('other-page')).textContent).toBe('/office/listings/QXNzZXQ6OTk/edit');
  });

  it('shows the server’s refusal of a new draft', async () => {
    renderList([
      listMock(null, null, rows),
      createMock(
        { kind: 'INVENTION', title: 'A new idea' },
        { errors: [userError('TITLE_TOO_SHORT', 'title', { min: 10 })] },
      ),
    ]);
    await screen.findAllByTestId('listing-row');
    fireEvent.click(screen.getByTestId('new-listing'));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'A new idea' } });
    fireEvent.click(screen.getByTestId('new-listing-create'));
    expect((await screen.findByTestId('error-title')).textContent).toBe('The title needs at least 10 characters.');
  });

  it('links to the CSV export of the status tab and search it shows', async () => {
    renderAt('/office/listings?status=DRAFT&q=liquid', <Route path="/office/listings" element={<ListingsPage />} />, [
      viewerMock(officer(), 5),
      listMock(['DRAFT'], 'liquid', [rows[1]!]),
    ]);
    await screen.findAllByTestId('listing-row');
    const link = screen.getByRole('link', { name: 'Export CSV' });
    expect(link.getAttribute('href')).toBe('/exports/listings.csv?status=DRAFT&q=liquid&lang=en');
    expect(link.hasAttribute('download')).toBe(true);
  });

  it('gives an administrator an institute filter, on the server, in the address and the export', async () => {
    const int = listingRow({ id: 'QXNzZXQ6OTk', title: 'INT listing' });
    const intRow = { ...int, institution: { ...int.institution, id: 'SW5zdDoy', shortName: 'INT' } };
    renderAt('/office/listings', <Route path="/office/listings" element={<ListingsPage />} />, [
      viewerMock(admin(), 5),
      listMock(null, null, [rows[0]!, intRow]),
      listMock(null, null, [intRow], 'SW5zdDoy'),
      instituteOptionsMock,
    ]);
    await screen.findByText('INT listing');
    const select = screen.getByTestId('filter-institute');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    fireEvent.change(select, { target: { value: 'SW5zdDoy' } });
    expect(where.search).toBe('?institute=SW5zdDoy');
    await waitFor(() => expect(screen.getAllByTestId('listing-row')).toHaveLength(1));
    expect(screen.getByTestId('listing-row').textContent).toContain('INT');
    expect(screen.getByTestId('export-csv').getAttribute('href')).toBe(
      '/exports/listings.csv?institute=SW5zdDoy&lang=en',
    );
  });

  it('shows an officer no institute filter (their listings are all their own)', async () => {
    renderList([listMock(null, null, rows)]);
    await screen.findAllByTestId('listing-row');
    expect(screen.queryByTestId('filter-institute')).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  DirectoryListingRequestsDocument,
  type DirectoryRequestFieldsFragment,
  ReviewDirectoryListingDocument,
} from '../generated/members-graphql';
import { renderAt, userError } from '../session/test-fixtures';
import { DirectoryRequestsSection } from './directory-requests-section';

function request(overrides: Partial<DirectoryRequestFieldsFragment> = {}): DirectoryRequestFieldsFragment {
  return {
    __typename: 'Company',
    id: 'Q29tcGFueTo0MQ',
    slug: 'nuova-bio',
    name: 'Nuova Bio S.r.l.',
    country: 'IT',
    city: 'Bologna',
    size: 'STARTUP',
    website: 'https://nuovabio.example',
    description: 'Point-of-care assays for circulating tumour DNA.',
    listed: false,
    listingRequestedAt: '2026-11-28T09:30:00.000Z',
    ...overrides,
  };
}

const older = request();
const newer = request({
  id: 'Q29tcGFueTo0Mg',
  slug: 'second-co',
  name: 'Second Co',
  country: 'DE',
  city: null,
  size: 'SME',
  website: null,
  description: '',
  listingRequestedAt: '2026-11-30T16:00:00.000Z',
});

function listMock(companies: DirectoryRequestFieldsFragment[], times = 1) {
  return {
    request: { query: DirectoryListingRequestsDocument },
    result: { data: { __typename: 'Query', directoryListingRequests: companies } },
    maxUsageCount: times,
  };
}

function reviewMock(companyId: string, approve: boolean, errors: ReturnType<typeof userError>[] = []) {
  return {
    request: { query: ReviewDirectoryListingDocument, variables: { input: { companyId, approve } } },
    result: {
      data: {
        __typename: 'Mutation',
        reviewDirectoryListing: {
          __typename: 'CompanyPayload',
          errors,
          company: errors.length
            ? null
            : { __typename: 'Company', id: companyId, listed: approve, listingRequestedAt: null },
        },
      },
    },
  };
}

function renderSection(mocks: object[]) {
  renderAt('/admin/directory', <Route path="/admin/directory" element={<DirectoryRequestsSection />} />, [
    ...(mocks as never[]),
  ]);
}

describe('DirectoryRequestsSection', () => {
  it('shows each request, oldest first, with what the directory would show and when it was asked', async () => {
    renderSection([listMock([older, newer])]);
    const rows = await screen.findAllByTestId('directory-request');
    expect(rows.map((row) => within(row).getByTestId('directory-request-name').textContent)).toEqual([
      'Nuova Bio S.r.l.',
      'Second Co',
    ]);
    expect(rows[0]!.textContent).toContain('Bologna, Italy');
    expect(rows[0]!.textContent).toContain('Start-up');
    expect(rows[0]!.textContent).toContain('Point-of-care assays for circulating tumour DNA.');
    expect(within(rows[0]!).getByTestId('directory-request-website').getAttribute('href')).toBe(
      'https://nuovabio.example/',
    );
    expect(within(rows[0]!).getByTestId('directory-request-date').textContent).toBe('Asked Nov 28, 2026');
    expect(rows[1]!.textContent).toContain('Germany');
    expect(rows[1]!.textContent).toContain('No description yet.');
    expect(within(rows[1]!).queryByTestId('directory-request-website')).toBeNull();
    expect(screen.getByTestId('directory-requests-count').textContent).toBe('2 requests waiting');
  });

  it('approves: the company leaves the queue and the confirmation names it', async () => {
    renderSection([listMock([older, newer]), reviewMock(older.id, true)]);
    const [first] = await screen.findAllByTestId('directory-request');
    fireEvent.click(within(first!).getByTestId('approve-listing'));
    expect(within(first!).getByTestId('approve-listing').textContent).toContain('Approving…');
    expect((await screen.findByTestId('directory-request-done')).textContent).toBe(
      'Nuova Bio S.r.l. is now listed in the partner directory.',
    );
    await waitFor(() => expect(screen.getAllByTestId('directory-request')).toHaveLength(1));
    expect(screen.getByTestId('directory-request-name').textContent).toBe('Second Co');
  });

  it('declines, and says the company stays out', async () => {
    renderSection([listMock([older]), reviewMock(older.id, false)]);
    fireEvent.click(await screen.findByTestId('decline-listing'));
    expect((await screen.findByTestId('directory-request-done')).textContent).toBe(
      'Nuova Bio S.r.l. was declined and stays out of the partner directory.',
    );
    expect(await screen.findByTestId('empty-state')).toBeTruthy();
  });

  it('says when someone else answered first, and shows the queue as it is now', async () => {
    renderSection([
      listMock([older, newer]),
      reviewMock(older.id, true, [userError('COMPANY_ALREADY_LISTED', 'companyId')]),
      listMock([newer]),
    ]);
    const [first] = await screen.findAllByTestId('directory-request');
    fireEvent.click(within(first!).getByTestId('approve-listing'));
    expect((await screen.findByTestId('directory-request-failed')).textContent).toBe(
      'This company is already listed in the directory.',
    );
    await waitFor(() => expect(screen.getAllByTestId('directory-request')).toHaveLength(1));
    expect(screen.queryByTestId('directory-request-done')).toBeNull();
  });

  it('says when nobody is waiting', async () => {
    renderSection([listMock([])]);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('No requests waiting');
    expect(screen.queryByTestId('directory-requests-count')).toBeNull();
  });

  it('offers to try again when the list cannot be loaded', async () => {
    renderSection([
      { request: { query: DirectoryListingRequestsDocument }, error: new Error('down') },
      listMock([older]),
    ]);
    fireEvent.click(within(await screen.findByTestId('error-state')).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('directory-request')).toBeTruthy();
  });
});

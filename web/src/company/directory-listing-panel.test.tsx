import { useQuery } from '@apollo/client/react';
import { fireEvent, screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MyCompanyDocument, type MyCompanyQuery, SetCompanyListingDocument } from '../generated/graphql';
import { renderAt, userError } from '../session/test-fixtures';
import { DirectoryBadge, DirectoryListingPanel, directoryState } from './directory-listing-panel';

const COMPANY_ID = 'Q29tcGFueTo0MQ';

function myCompany(listed: boolean, listingRequestedAt: string | null): MyCompanyQuery {
  return {
    __typename: 'Query',
    viewer: {
      __typename: 'Viewer',
      user: {
        __typename: 'User',
        id: 'VXNlcjo0',
        company: {
          __typename: 'Company',
          id: COMPANY_ID,
          slug: 'nuova-bio',
          name: 'Nuova Bio S.r.l.',
          country: 'IT',
          city: null,
          size: 'STARTUP',
          website: null,
          english: { __typename: 'CompanyTexts', description: '' },
          italian: { __typename: 'CompanyTexts', description: '' },
          interests: [],
          interestsLanguage: 'EN',
          trlMin: null,
          trlMax: null,
          listed,
          listingRequestedAt,
          sectors: [],
          members: [],
        },
      },
    },
  };
}

function setListingMock(
  listed: boolean,
  after: { listed: boolean; listingRequestedAt: string | null } | null,
  errors: ReturnType<typeof userError>[] = [],
) {
  return {
    request: { query: SetCompanyListingDocument, variables: { listed } },
    result: {
      data: {
        __typename: 'Mutation',
        updateCompanyProfile: {
          __typename: 'CompanyPayload',
          errors,
          company: after && { __typename: 'Company', id: COMPANY_ID, ...after },
        },
      },
    },
  };
}

/** The panel and the header's badge, from the cached company as the company page has them. */
function Harness() {
  const { data } = useQuery(MyCompanyDocument);
  const company = data?.viewer?.user.company;
  if (!company) return null;
  return (
    <>
      <DirectoryBadge state={directoryState(company)} />
      <DirectoryListingPanel company={company} />
    </>
  );
}

function renderPanel(start: MyCompanyQuery, mocks: object[]) {
  renderAt('/company', <Route path="/company" element={<Harness />} />, [
    { request: { query: MyCompanyDocument }, result: { data: start } },
    ...(mocks as never[]),
  ]);
}

const state = () => screen.getByTestId('directory-state').getAttribute('data-state');

describe('DirectoryListingPanel', () => {
  it('not listed: asks to be listed, and then awaits the network’s review (no self-listing)', async () => {
    renderPanel(myCompany(false, null), [
      setListingMock(true, { listed: false, listingRequestedAt: '2026-12-01T10:00:00.000Z' }),
    ]);
    await screen.findByTestId('directory-panel');
    expect(state()).toBe('UNLISTED');
    expect(screen.getByTestId('listed-badge').textContent).toBe('Not in the partner directory');
    expect(screen.queryByRole('checkbox')).toBeNull();

    fireEvent.click(screen.getByTestId('ask-listing'));
    expect((await screen.findByTestId('directory-done')).textContent).toBe(
      'Request sent. This page shows the network’s decision.',
    );
    expect(state()).toBe('REQUESTED');
    expect(screen.getByTestId('directory-state').textContent).toBe('Awaiting the network’s review since Dec 1, 2026.');
    expect(screen.getByTestId('listed-badge').textContent).toBe('Awaiting the network’s review');
    expect(screen.getByTestId('withdraw-listing')).toBeTruthy();
  });

  it('awaiting review: withdraws the request', async () => {
    renderPanel(myCompany(false, '2026-11-20T10:00:00.000Z'), [
      setListingMock(false, { listed: false, listingRequestedAt: null }),
    ]);
    await screen.findByTestId('directory-panel');
    expect(screen.getByTestId('directory-state').textContent).toBe('Awaiting the network’s review since Nov 20, 2026.');
    fireEvent.click(screen.getByTestId('withdraw-listing'));
    expect((await screen.findByTestId('directory-done')).textContent).toBe('Request withdrawn.');
    expect(state()).toBe('UNLISTED');
  });

  it('listed: leaves the directory after confirming, or keeps it on cancel', async () => {
    renderPanel(myCompany(true, null), [setListingMock(false, { listed: false, listingRequestedAt: null })]);
    await screen.findByTestId('directory-panel');
    expect(state()).toBe('LISTED');
    expect(screen.getByTestId('listed-badge').textContent).toBe('In the partner directory');

    fireEvent.click(screen.getByTestId('leave-directory'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(state()).toBe('LISTED');

    fireEvent.click(screen.getByTestId('leave-directory'));
    expect(screen.getByText(/coming back needs the network’s review again/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-leave-directory'));
    expect((await screen.findByTestId('directory-done')).textContent).toBe(
      'Your company has left the partner directory.',
    );
    expect(state()).toBe('UNLISTED');
    expect(screen.getByTestId('ask-listing')).toBeTruthy();
  });

  it('says what went wrong and stays as it was', async () => {
    renderPanel(myCompany(false, null), [setListingMock(true, null, [userError('COMPANY_PROFILE_MEMBERS_ONLY')])]);
    fireEvent.click(await screen.findByTestId('ask-listing'));
    expect((await screen.findByTestId('directory-error')).textContent).toBe(
      'Only company members edit their company’s profile.',
    );
    expect(state()).toBe('UNLISTED');
    expect(screen.queryByTestId('directory-done')).toBeNull();
  });
});

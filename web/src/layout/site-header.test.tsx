import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { LogOutDocument, type ViewerUserFieldsFragment } from '../generated/graphql';
import { rememberRole } from '../session/role-hint';
import { admin, officer, renderAt, viewerMock, viewerUser, where } from '../session/test-fixtures';
import { SiteHeader } from './site-header';
import { VerifyEmailBanner } from './verify-email-banner';

function Page() {
  return (
    <>
      <SiteHeader />
      <VerifyEmailBanner />
    </>
  );
}

const routes = <Route path="/*" element={<Page />} />;

async function openMenu() {
  const button = await screen.findByTestId('user-menu-button');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect((screen.getByTestId('user-menu') as HTMLElement).hidden).toBe(true);
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  return screen.getByTestId('user-menu');
}

function menuLinks(menu: HTMLElement) {
  return within(menu)
    .getAllByRole('link')
    .map((link) => `${link.textContent} ${link.getAttribute('href')}`);
}

describe('navigation by role', () => {
  it('offers visitors to sign in, coming back to the page they are on, or to create an account', async () => {
    renderAt('/partners/atlas-clinical', routes, [viewerMock(null)]);
    const signIn = await screen.findByTestId('sign-in-link');
    expect(signIn.getAttribute('href')).toBe('/sign-in?next=%2Fpartners%2Fatlas-clinical');
    expect(screen.getByTestId('sign-up-link').getAttribute('href')).toBe('/sign-up');
    expect(screen.queryByTestId('user-menu-button')).toBeNull();
    expect(screen.queryByTestId('unverified-banner')).toBeNull();
  });

  describe('while the session is being asked for', () => {
    afterEach(() => localStorage.clear());
    const pendingViewer = () => ({ ...viewerMock(null), delay: 60_000 });

    it("shows a browser not signed in last time the visitors' links at once (no jump when the answer comes)", async () => {
      renderAt('/', routes, [pendingViewer()]);
      expect((await screen.findByTestId('sign-in-link')).getAttribute('href')).toBe('/sign-in');
      expect(screen.getByTestId('sign-up-link')).toBeTruthy();
    });

    it("keeps the avatar's room in a browser signed in last time", async () => {
      rememberRole('TT_OFFICER');
      const { container } = renderAt('/', routes, [pendingViewer()]);
      await waitFor(() => expect(container.querySelector('.site-account__avatar-room')).not.toBeNull());
      expect(screen.queryByTestId('sign-in-link')).toBeNull();
    });
  });

  const cases: [string, () => ViewerUserFieldsFragment, string[]][] = [
    [
      'a company member',
      viewerUser,
      [
        'Your account /account',
        'Saved searches /searches',
        'Company /company',
        'My interests /interests',
        'Quotes /quotes',
      ],
    ],
    [
      'an officer',
      officer,
      [
        'Your account /account',
        'Saved searches /searches',
        'Triage /triage',
        'Disclosures /office/disclosures',
        'Listings /office/listings',
        'Dashboard /office/dashboard',
        'Agreements /office/agreements',
        'Partner records /office/partners',
        'Quotes /quotes',
        'People /people',
      ],
    ],
    [
      'an administrator',
      admin,
      [
        'Your account /account',
        'Saved searches /searches',
        'Triage /triage',
        'Disclosures /office/disclosures',
        'Listings /office/listings',
        'Dashboard /office/dashboard',
        'Agreements /office/agreements',
        'Partner records /office/partners',
        'Quotes /quotes',
        'Administration /admin',
      ],
    ],
    [
      'a researcher',
      () => viewerUser({ role: 'RESEARCHER', company: null }),
      ['Your account /account', 'Saved searches /searches', 'My disclosures /disclosures'],
    ],
  ];
  for (const [who, user, links] of cases) {
    it(`shows ${who} their pages`, async () => {
      renderAt('/', routes, [viewerMock(user())]);
      const menu = await openMenu();
      expect(menuLinks(menu)).toEqual(links);
      expect(within(menu).getByTestId('log-out').textContent).toBe('Log out');
      expect(screen.queryByTestId('sign-in-link')).toBeNull();
    });
  }

  const mains: [string, (() => ViewerUserFieldsFragment) | null, string[]][] = [
    ['a visitor', null, ['Catalogue /', 'Partners /partners', 'Institutes /institutes', 'Requests /requests']],
    [
      'a company member',
      viewerUser,
      ['Catalogue /', 'My interests /interests', 'Requests /requests', 'Partners /partners', 'Institutes /institutes'],
    ],
    [
      'a researcher',
      () => viewerUser({ role: 'RESEARCHER', company: null }),
      [
        'My disclosures /disclosures',
        'Catalogue /',
        'Requests /requests',
        'Partners /partners',
        'Institutes /institutes',
      ],
    ],
    [
      'an officer',
      officer,
      [
        'Triage /triage',
        'Disclosures /office/disclosures',
        'Listings /office/listings',
        'Agreements /office/agreements',
        'Partners /office/partners',
        'Dashboard /office/dashboard',
        'Catalogue /',
      ],
    ],
    [
      'an administrator',
      admin,
      [
        'Administration /admin',
        'Triage /triage',
        'Listings /office/listings',
        'Dashboard /office/dashboard',
        'Catalogue /',
      ],
    ],
  ];
  for (const [who, user, links] of mains) {
    it(`puts ${who}'s own work first in the main navigation`, async () => {
      renderAt('/', routes, [viewerMock(user ? user() : null)]);
      await screen.findByTestId(user ? 'user-menu-button' : 'sign-in-link');
      const nav = screen.getByRole('navigation', { name: 'Main' });
      expect(menuLinks(nav)).toEqual(links);
    });
  }

  it('names the user and their role, and closes on Escape', async () => {
    renderAt('/', routes, [viewerMock(officer())]);
    const button = await screen.findByTestId('user-menu-button');
    expect(button.textContent).toContain('Chiara Benedetti');
    expect(screen.getByTestId('user-menu-role').textContent).toBe('Technology-transfer officer');
    const menu = await openMenu();
    expect(menu.textContent).toContain('officer.irst@tt.demo');
    expect(menu.textContent).toContain('Technology-transfer officer · IRST');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(menu.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('logs out: back to the catalogue as a visitor', async () => {
    renderAt('/account', routes, [
      viewerMock(viewerUser()),
      {
        request: { query: LogOutDocument },
        result: { data: { __typename: 'Mutation', logOut: { __typename: 'LogOutPayload', ok: true } } },
      },
      viewerMock(null),
    ]);
    const menu = await openMenu();
    fireEvent.click(within(menu).getByTestId('log-out'));
    expect(await screen.findByTestId('sign-in-link')).toBeTruthy();
    expect(where.pathname).toBe('/');
    expect(screen.queryByTestId('user-menu-button')).toBeNull();
  });

  it('asks a user with an unconfirmed address to confirm it', async () => {
    renderAt('/', routes, [viewerMock(viewerUser({ emailVerified: false, email: 'new@biotech.example' }))]);
    const banner = await screen.findByTestId('unverified-banner');
    expect(banner.textContent).toContain('new@biotech.example');
    expect(within(banner).getByTestId('resend-verification').textContent).toBe('Send the link again');
    await waitFor(() => expect(screen.getByTestId('user-menu-button')).toBeTruthy());
  });
});

describe('the language switch', () => {
  it('links to the same page in each language, the current one marked', async () => {
    renderAt('/partners/atlas-clinical?tab=team', routes, [viewerMock(null)]);
    const nav = await screen.findByRole('navigation', { name: 'Language' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['EN', '/partners/atlas-clinical?tab=team'],
      ['IT', '/it/partners/atlas-clinical?tab=team'],
    ]);
    const [english, italian] = links as [HTMLElement, HTMLElement];
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('link', { name: 'IT' })).toBe(italian);
    expect(italian.getAttribute('title')).toBe('Italiano');
    expect(italian.getAttribute('lang')).toBe('it');
    expect(italian.getAttribute('hreflang')).toBe('it');
    expect(italian.getAttribute('aria-current')).toBeNull();
  });
});

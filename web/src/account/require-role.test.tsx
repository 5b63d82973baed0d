import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { admin, renderAt, viewerMock, viewerUser, where } from '../session/test-fixtures';
import { RequireRole } from './require-role';

const routes = (
  <Route
    path="/admin/:section"
    element={
      <RequireRole roles={['ADMIN']}>
        <h1>Administration</h1>
      </RequireRole>
    }
  />
);

describe('RequireRole', () => {
  it('sends visitors to sign in, coming back here afterwards', async () => {
    renderAt('/admin/users?q=rossi', routes, [viewerMock(null)]);
    expect((await screen.findByTestId('other-page')).textContent).toBe('/sign-in?next=%2Fadmin%2Fusers%3Fq%3Drossi');
    expect(where.pathname).toBe('/sign-in');
    expect(new URLSearchParams(where.search).get('next')).toBe('/admin/users?q=rossi');
  });

  it('tells a signed-in user of another role that the page is not for them', async () => {
    renderAt('/admin/users', routes, [viewerMock(viewerUser())]);
    const page = await screen.findByTestId('not-allowed');
    expect(page.textContent).toContain('You cannot open this page');
    expect(page.textContent).toContain(
      'This page is for network administrators. You are signed in as Chiara Lombardi (Company member).',
    );
    expect(screen.queryByRole('heading', { name: 'Administration' })).toBeNull();
    expect(document.title).toBe('Not allowed · TT Marketplace');
    // A page without a description of its own gets the marketplace's, in the page's language.
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'Inventions, prototypes and research-platform services from Italian cancer research institutes, open to licensing, co-development and service agreements.',
    );
  });

  it('shows the page to its roles', async () => {
    renderAt('/admin/users', routes, [viewerMock(admin())]);
    expect(await screen.findByRole('heading', { name: 'Administration' })).toBeTruthy();
    expect(screen.queryByTestId('not-allowed')).toBeNull();
  });
});

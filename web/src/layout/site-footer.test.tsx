import { screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { admin, renderAt, viewerMock } from '../session/test-fixtures';
import { SiteFooter } from './site-footer';

const routes = <Route path="/" element={<SiteFooter />} />;

describe('SiteFooter', () => {
  it.each([
    ['a visitor', null],
    ['an administrator', admin()],
  ])('links the network’s pages for %s, and credits the contributors', async (_who, user) => {
    renderAt('/', routes, [viewerMock(user)]);
    const network = await screen.findByRole('navigation', { name: 'The network' });
    const links = within(network).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['About', '/about'],
      ['Privacy notice', '/privacy'],
      ['Terms of use', '/terms'],
      ['Cookie notice', '/cookies'],
    ]);
    const year = new Date().getFullYear();
    expect(
      screen.getByText(`© ${year} The TT Marketplace contributors · Open source under the MIT licence`),
    ).toBeTruthy();
    // Nothing in the footer leaves the app.
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^\//);
  });
});

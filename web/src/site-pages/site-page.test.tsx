import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SitePageDocument } from '../generated/members-graphql';
import { renderAt } from '../session/test-fixtures';
import { PrivacyPage } from './site-page';
import { sitePageMock } from './site-page-mocks';

const routes = <Route path="/privacy" element={<PrivacyPage />} />;

describe('SitePage', () => {
  it('shows the page as the API rendered it, with its date and version', async () => {
    renderAt('/privacy', routes, [sitePageMock('PRIVACY', 4, '<h1>Privacy notice</h1>\n<p>What we store.</p>')]);
    const page = await screen.findByTestId('site-page-privacy');
    expect(page.querySelector('h1')?.textContent).toBe('Privacy notice');
    expect(page.querySelector('p')?.textContent).toBe('What we store.');
    expect(page.textContent).toContain('version 4');
    expect(document.title).toBe('Privacy notice · TT Marketplace');
  });

  it('says so when the page is missing', async () => {
    renderAt('/privacy', routes, [
      {
        request: { query: SitePageDocument, variables: { key: 'PRIVACY' } },
        result: { data: { __typename: 'Query', sitePage: null } },
      },
    ]);
    expect(await screen.findByText('This page has not been written yet.')).toBeTruthy();
  });
});

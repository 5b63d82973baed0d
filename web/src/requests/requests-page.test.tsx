import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CatalogueTaxonomyDocument } from '../generated/graphql';
import { RequestDirectoryDocument } from '../generated/members-graphql';
import { officer, renderAt, viewerMock, viewerUser, where } from '../session/test-fixtures';
import { RequestsPage } from './requests-page';
import { cardRequest, directory } from './test-fixtures';

const taxonomyMock: MockLink.MockedResponse = {
  request: { query: CatalogueTaxonomyDocument },
  result: { data: { __typename: 'Query', sectors: [], institutions: [] } },
  maxUsageCount: 5,
};

const confidential = cardRequest({
  id: 'VGVjaG5vbG9neVJlcXVlc3Q6Mg',
  slug: 'pet-tracer-for-bone-metastases',
  title: 'PET tracer for bone metastases',
  companyName: 'MediSense Diagnostics',
  visibility: 'OFFICES',
  trlMin: 5,
  trlMax: 5,
});

function renderDirectory(path: string, mocks: MockLink.MockedResponse[]) {
  return renderAt(path, <Route path="/requests" element={<RequestsPage />} />, [taxonomyMock, ...mocks]);
}

describe('RequestsPage (the Requests directory)', () => {
  it('lists requests as cards: company, title, TRL range, deadline, and "Offices only" on office-only ones', async () => {
    renderDirectory('/requests', [
      viewerMock(officer(), 3),
      {
        request: { query: RequestDirectoryDocument, variables: { first: 20 } },
        result: { data: directory([cardRequest(), confidential]) },
      },
    ]);
    const cards = await screen.findAllByTestId('request-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('link', { name: 'Liquid biopsy assay for CRC' }).getAttribute('href')).toBe(
      '/requests/liquid-biopsy-assay-for-crc',
    );
    expect(cards[0]!.textContent).toContain('OncoPharm S.p.A.');
    expect(cards[0]!.textContent).toContain('TRL 4–7');
    expect(within(cards[0]!).queryByTestId('offices-only')).toBeNull();
    expect(within(cards[1]!).getByTestId('offices-only').textContent).toBe('Offices only');
    expect(cards[1]!.textContent).toContain('TRL 5');
    expect(screen.getByTestId('result-count').textContent).toBe('2 requests');
    // Officers respond to requests; only companies publish them. Officers save their searches of them.
    expect(screen.queryByTestId('publish-request')).toBeNull();
    expect(screen.queryByTestId('facet-mine')).toBeNull();
    expect(screen.getByTestId('save-search').textContent).toBe('Save this search');
  });

  it('offers a company member to publish a request and to see their company’s only', async () => {
    renderDirectory('/requests', [
      viewerMock(viewerUser(), 3),
      {
        request: { query: RequestDirectoryDocument, variables: { first: 20 } },
        result: { data: directory([cardRequest()]) },
      },
    ]);
    await screen.findAllByTestId('request-card');
    expect(screen.getByTestId('publish-request').getAttribute('href')).toBe('/requests/new');
    // Saving searches of requests is the offices' (shared/saved-search-rules.ts).
    expect(screen.queryByTestId('save-search')).toBeNull();
    fireEvent.click(screen.getByTestId('mine'));
    expect(where.search).toBe('?mine=1');
  });

  it('says when nothing matches, and offers every request again', async () => {
    renderDirectory('/requests?q=zebrafish', [
      viewerMock(null, 3),
      {
        request: { query: RequestDirectoryDocument, variables: { first: 20, query: 'zebrafish' } },
        result: { data: directory([]) },
      },
    ]);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('No request matches');
    fireEvent.click(screen.getByRole('button', { name: 'Show all requests' }));
    expect(where.search).toBe('');
  });

  it('shows a failed load with a way to try again', async () => {
    renderDirectory('/requests', [
      viewerMock(null, 3),
      { request: { query: RequestDirectoryDocument, variables: { first: 20 } }, error: new Error('offline') },
    ]);
    expect((await screen.findByTestId('error-state')).textContent).toContain('The requests could not be loaded');
  });
});

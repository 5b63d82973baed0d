import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  DeclineProposalDocument,
  ExpressInterestInProposalDocument,
  OfficeListingsDocument,
  TechnologyRequestPageDocument,
} from '../generated/members-graphql';
import { renderAt } from '../session/test-fixtures';
import { RequestPage } from './request-page';
import { pageRequest, proposal, response } from './test-fixtures';

const SLUG = 'liquid-biopsy-assay-for-crc';

function renderRequest(request: ReturnType<typeof pageRequest> | null, more: Parameters<typeof renderAt>[2] = []) {
  return renderAt(`/requests/${SLUG}`, <Route path="/requests/:slug" element={<RequestPage />} />, [
    {
      request: { query: TechnologyRequestPageDocument, variables: { slug: SLUG } },
      result: { data: { __typename: 'Query', technologyRequest: request } },
      maxUsageCount: 3,
    },
    ...more,
  ]);
}

describe('RequestPage', () => {
  it('shows a visitor what is sought and why, without responses or forms', async () => {
    renderRequest(pageRequest());
    expect((await screen.findByTestId('request-title')).textContent).toBe('Liquid biopsy assay for CRC');
    expect(document.body.textContent).toContain('What we are looking for');
    expect(document.body.textContent).toContain('Our screening programme needs a blood test');
    expect(screen.queryByTestId('responses')).toBeNull();
    expect(screen.queryByTestId('respond-form')).toBeNull();
    expect(screen.queryByTestId('close-panel')).toBeNull();
    expect(screen.queryByTestId('edit-request')).toBeNull();
  });

  it('marks a request written in Italian as Italian on an English page', async () => {
    renderRequest(
      pageRequest({
        language: 'IT',
        title: 'Saggio di biopsia liquida',
        description: 'Cerchiamo un saggio su DNA circolante già validato.',
      }),
    );
    expect((await screen.findByTestId('request-title')).getAttribute('lang')).toBe('it');
    expect(screen.getByText('Cerchiamo un saggio su DNA circolante già validato.').getAttribute('lang')).toBe('it');
    expect(screen.getByTestId('text-language-marker').textContent).toBe('In Italian');
  });

  it('shows the company its responses, and turns a proposal into an expression of interest in one step', async () => {
    const eoiId = 'RXhwcmVzc2lvbk9mSW50ZXJlc3Q6OQ';
    const message =
      'We are interested in this listing, which your office proposed for our technology request “Liquid biopsy assay for CRC”, and would like to discuss it.';
    renderRequest(pageRequest({ viewerIsRequester: true, responses: [response()] }), [
      {
        request: {
          query: ExpressInterestInProposalDocument,
          variables: { input: { proposalId: proposal().id, interestType: 'LICENSE', message } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            expressInterestInProposal: {
              __typename: 'RequestProposalPayload',
              proposal: {
                __typename: 'RequestProposal',
                id: proposal().id,
                status: 'INTEREST_EXPRESSED',
                expressionOfInterestId: eoiId,
              },
              errors: [],
            },
          },
        },
      },
    ]);
    const item = await screen.findByTestId('response');
    expect(item.textContent).toContain('IRST');
    expect(item.textContent).toContain('Our circulating tumour cell method fits');
    expect(within(item).getByTestId('proposal-card').textContent).toContain('circulating tumour cells');
    expect(screen.getByTestId('close-panel')).toBeTruthy();
    expect(screen.getByTestId('edit-request').getAttribute('href')).toBe(`/requests/${SLUG}/edit`);

    fireEvent.click(screen.getByTestId('express-interest'));
    const form = screen.getByTestId('proposal-interest-form');
    expect((within(form).getByLabelText(/Message to the office/) as HTMLTextAreaElement).value).toBe(message);
    fireEvent.click(within(form).getByTestId('send-interest'));
    const link = await screen.findByTestId('proposal-eoi');
    expect(link.getAttribute('href')).toBe(`/interests/${eoiId}`);
    expect(screen.getByTestId('proposal').getAttribute('data-status')).toBe('INTEREST_EXPRESSED');
    expect(screen.queryByTestId('express-interest')).toBeNull();
  });

  it('lets the company decline a proposal, saying why', async () => {
    renderRequest(pageRequest({ viewerIsRequester: true, responses: [response()] }), [
      {
        request: {
          query: DeclineProposalDocument,
          variables: { input: { proposalId: proposal().id, reason: 'TOO_EARLY', comment: null } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            declineProposal: {
              __typename: 'RequestProposalPayload',
              proposal: {
                __typename: 'RequestProposal',
                id: proposal().id,
                status: 'DECLINED',
                expressionOfInterestId: null,
              },
              errors: [],
            },
          },
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('decline-proposal'));
    const form = screen.getByTestId('proposal-decline-form');
    fireEvent.click(within(form).getByTestId('send-decline'));
    expect(await within(form).findByText('Choose a reason.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'TOO_EARLY' } });
    fireEvent.click(within(form).getByTestId('send-decline'));
    await waitFor(() => expect(screen.getByTestId('proposal').getAttribute('data-status')).toBe('DECLINED'));
    expect(screen.getByTestId('proposal').textContent).toContain('Declined');
  });

  it('shows an officer the form to respond and their institute’s earlier responses, without the company’s actions', async () => {
    renderRequest(pageRequest({ viewerCanRespond: true, responses: [response()] }), [
      {
        request: {
          query: OfficeListingsDocument,
          variables: { filter: { query: null, statuses: ['PUBLISHED'] }, first: 20 },
        },
        result: {
          data: {
            __typename: 'Query',
            officeListings: {
              __typename: 'OfficeListingConnection',
              totalCount: 1,
              statusCounts: [],
              edges: [
                {
                  __typename: 'OfficeListingEdge',
                  cursor: 'c1',
                  node: {
                    __typename: 'Asset',
                    id: 'QXNzZXQ6Mg',
                    slug: 'ctdna-panel',
                    kind: 'INVENTION',
                    title: 'ctDNA methylation panel',
                    status: 'PUBLISHED',
                    updatedAt: '2026-11-01T09:00:00.000Z',
                    publishedAt: '2026-11-01T09:00:00.000Z',
                    institution: { __typename: 'Institution', id: 'SW5zdDox', shortName: 'IRST' },
                    publicationIssues: [],
                    sourceDisclosure: null,
                  },
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        },
      },
    ]);
    const form = await screen.findByTestId('respond-form');
    expect(screen.getByTestId('responses').textContent).toContain('Your institute’s response');
    expect(screen.queryByTestId('express-interest')).toBeNull();
    expect(screen.queryByTestId('close-panel')).toBeNull();
    // Nothing chosen, no message: the shared rules say what is missing before anything is sent.
    fireEvent.click(within(form).getByTestId('send-response'));
    const problems = await screen.findByTestId('respond-problems');
    expect(problems.textContent).toContain("Choose at least one of your institute's published listings.");
    expect(problems.textContent).toContain('Write a message.');
    expect((await within(form).findAllByTestId('listing-option')).length).toBe(1);
  });

  it('says when the request is not there', async () => {
    renderRequest(null);
    expect((await screen.findByTestId('not-found')).textContent).toContain('This request is not here');
  });
});

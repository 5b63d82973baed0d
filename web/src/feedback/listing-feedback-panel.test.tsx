import { screen } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ListingFeedbackCountsDocument, ListingFeedbackDocument } from '../generated/members-graphql';
import { renderAt } from '../session/test-fixtures';
import { FeedbackCountsPanel } from './feedback-counts-panel';
import { ListingFeedbackPanel } from './listing-feedback-panel';

const SLUG = 'irst-voxel-dosimetry';

const feedback = (company: { id: string; name: string } | null) => ({
  request: { query: ListingFeedbackDocument, variables: { slug: SLUG } },
  result: {
    data: {
      __typename: 'Query',
      asset: {
        __typename: 'Asset',
        id: 'QXNzZXQ6NQ',
        feedback: [
          {
            __typename: 'ListingFeedback',
            source: 'EOI_WITHDRAWN',
            reason: 'TOO_EARLY',
            comment: 'We need clinical data first.',
            commentLanguage: 'EN',
            createdAt: '2026-11-28T09:00:00.000Z',
            company: company && { __typename: 'Company', ...company },
          },
        ],
      },
    },
  },
});

const render = (office: boolean, mocks: object[]) =>
  renderAt('/x', <Route path="/x" element={<ListingFeedbackPanel slug={SLUG} office={office} />} />, mocks as never[]);

describe('Companies feedback on a listing', () => {
  it('names the company to the office', async () => {
    render(true, [feedback({ id: 'Q29tcGFueTox', name: 'OncoPharm S.p.A.' })]);
    const entry = await screen.findByTestId('feedback-entry');
    expect(entry.textContent).toContain('Too early stage');
    expect(entry.textContent).toContain('We need clinical data first.');
    expect(entry.textContent).toContain('Withdrew its expression of interest');
    expect(screen.getByTestId('feedback-company').textContent).toBe('OncoPharm S.p.A.');
  });

  it('keeps it anonymous to the inventors', async () => {
    render(false, [feedback(null)]);
    const entry = await screen.findByTestId('feedback-entry');
    expect(entry.textContent).toContain('A company');
    expect(screen.queryByTestId('feedback-company')).toBeNull();
    expect(screen.getByText('Companies are not named to the inventors.')).toBeTruthy();
  });

  it('counts the reasons over the institute’s listings', async () => {
    const counts = [
      ['TOO_EARLY', 3],
      ['NOT_IN_FOCUS', 1],
      ['OTHER', 0],
    ] as const;
    renderAt('/x', <Route path="/x" element={<FeedbackCountsPanel />} />, [
      {
        request: { query: ListingFeedbackCountsDocument },
        result: {
          data: {
            __typename: 'Query',
            listingFeedbackCounts: counts.map(([reason, count]) => ({
              __typename: 'FeedbackReasonCount',
              reason,
              count,
            })),
          },
        },
      },
    ]);
    const rows = await screen.findAllByTestId('feedback-count');
    expect(rows.map((row) => row.textContent)).toEqual(['Too early stage3', 'Not in our focus area1']);
    expect(screen.getByText('4 reasons given')).toBeTruthy();
  });
});

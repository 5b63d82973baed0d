import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  DismissRecommendationDocument,
  RecommendedListingsDocument,
  type RecommendedListingsQuery,
} from '../generated/members-graphql';
import { renderAt, userError } from '../session/test-fixtures';
import { RecommendedForYou } from './recommended-for-you';

type Item = RecommendedListingsQuery['recommendedListings'][number];

const reason = (fields: Partial<Item['reasons'][number]> & Pick<Item['reasons'][number], 'kind'>) => ({
  __typename: 'RecommendationReason' as const,
  requestTitle: null,
  requestSlug: null,
  sector: null,
  trl: null,
  trlMin: null,
  trlMax: null,
  term: null,
  listingTitle: null,
  listingSlug: null,
  ...fields,
});

function item(id: string, title: string, reasons: Item['reasons']): Item {
  return {
    __typename: 'RecommendedListing',
    score: 5,
    listing: {
      __typename: 'Asset',
      id,
      slug: title.toLowerCase().replace(/\W+/g, '-'),
      kind: 'INVENTION',
      pricingModel: null,
      capacity: null,
      textLanguage: 'EN',
      title,
      summary: 'A short summary of the listing, long enough to read.',
      trl: 5,
      ipStatus: 'PATENT_PENDING',
      institution: { __typename: 'Institution', id: 'SW5zdGl0dXRpb246MQ', slug: 'irst', shortName: 'IRST' },
      sectors: [],
    },
    reasons,
  };
}

const items = [
  item('QXNzZXQ6MQ', 'Plasma methylation panel for CRC', [
    reason({ kind: 'REQUEST', requestTitle: 'Liquid biopsy assay for CRC', requestSlug: 'liquid-biopsy-assay' }),
    reason({ kind: 'SECTOR', sector: { __typename: 'Sector', id: 'U2VjdG9yOjEw', label: 'Companion diagnostics' } }),
    reason({ kind: 'TRL_RANGE', trl: 5, trlMin: 4, trlMax: 7 }),
  ]),
  item('QXNzZXQ6Mg', 'Urinary RNA test', [
    reason({ kind: 'INTEREST', term: 'Liquid biopsy assays' }),
    reason({ kind: 'SIMILAR_TO_INTEREST', listingTitle: 'HER2 RT-dPCR assay', listingSlug: 'her2-assay' }),
  ]),
];

const listMock = (list: Item[]) => ({
  request: { query: RecommendedListingsDocument, variables: { first: 3 } },
  result: { data: { __typename: 'Query', recommendedListings: list } },
});

const render = (mocks: object[]) => renderAt('/', <Route path="/" element={<RecommendedForYou />} />, mocks as never[]);

describe('Recommended for you', () => {
  it('shows each listing with its reasons in words', async () => {
    render([listMock(items)]);
    const cards = await screen.findAllByTestId('recommendation');
    expect(cards).toHaveLength(2);
    const first = within(cards[0]!).getByTestId('reasons').textContent;
    expect(first).toContain('Matches your request «Liquid biopsy assay for CRC»');
    expect(first).toContain('Sector: Companion diagnostics');
    expect(first).toContain('TRL 5, within your 4–7');
    const second = within(cards[1]!).getByTestId('reasons').textContent;
    expect(second).toContain('Mentions your interest «Liquid biopsy assays»');
    expect(second).toContain('Similar to «HER2 RT-dPCR assay», which you showed interest in');
  });

  it('says how to get recommendations when there are none', async () => {
    render([listMock([])]);
    expect((await screen.findByTestId('recommended-empty')).textContent).toContain('Complete the company profile');
  });

  it('says when they could not be loaded', async () => {
    render([{ request: { query: RecommendedListingsDocument, variables: { first: 3 } }, error: new Error('down') }]);
    expect(await screen.findByText('The recommendations could not be loaded.')).toBeTruthy();
  });

  it('asks why before dismissing one, then says it is gone', async () => {
    const input = { assetId: 'QXNzZXQ6MQ', reason: 'NOT_IN_FOCUS', comment: 'Outside our pipeline.' };
    const answer = (errors: ReturnType<typeof userError>[]) => ({
      data: {
        __typename: 'Mutation',
        dismissRecommendation: {
          __typename: 'DismissRecommendationPayload',
          dismissed: errors.length ? null : { __typename: 'DismissedRecommendation', assetId: input.assetId },
          errors,
        },
      },
    });
    render([
      listMock(items),
      { request: { query: DismissRecommendationDocument, variables: { input } }, result: answer([]) },
      listMock(items.slice(1)),
    ]);
    const [first] = await screen.findAllByTestId('not-interested');
    fireEvent.click(first!);
    const dialog = await screen.findByTestId('dismiss-dialog');
    // A reason is needed.
    fireEvent.click(within(dialog).getByTestId('dismiss-confirm'));
    expect(within(dialog).getByText('Choose a reason.')).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId('feedback-reason-NOT_IN_FOCUS'));
    fireEvent.change(within(dialog).getByTestId('dismiss-comment'), { target: { value: ' Outside our pipeline. ' } });
    fireEvent.click(within(dialog).getByTestId('dismiss-confirm'));
    expect((await screen.findByTestId('dismissed')).textContent).toBe(
      '«Plasma methylation panel for CRC» will no longer be recommended.',
    );
    await waitFor(() => expect(screen.getAllByTestId('recommendation')).toHaveLength(1));
    expect(screen.queryByTestId('dismiss-dialog')).toBeNull();
  });
});

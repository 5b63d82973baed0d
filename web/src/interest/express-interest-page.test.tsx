import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { OPEN_EOI_STATUSES } from '@tt/shared/eoi-transitions';
import { Route } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartneringModel } from '../generated/graphql';
import {
  ExpressInterestListingDocument,
  OpenInterestOnAssetDocument,
  SubmitExpressionOfInterestDocument,
} from '../generated/members-graphql';
import { renderAt } from '../session/test-fixtures';
import { ExpressInterestPage } from './express-interest-page';

const SLUG = 'int-urinary-rna-prostate-test';
const ASSET_ID = 'QXNzZXQ6Mjc';
const MESSAGE = 'We would like an option on this test while we evaluate it in our laboratory.';
const KEY = '11111111-2222-4333-8444-555555555555';

function listingMock(partneringModels: PartneringModel[], availability = 'AVAILABLE'): MockLink.MockedResponse {
  return {
    request: { query: ExpressInterestListingDocument, variables: { slug: SLUG } },
    result: {
      data: {
        __typename: 'Query',
        asset: {
          __typename: 'Asset',
          id: ASSET_ID,
          slug: SLUG,
          kind: 'INVENTION',
          title: 'Urinary RNA test for clinically significant prostate cancer',
          textLanguage: 'EN',
          availability,
          partneringModels,
          institution: { __typename: 'Institution', id: 'SW5zdDoy', shortName: 'INT' },
        },
      },
    },
  };
}

function openInterestMock(existing: string | null = null): MockLink.MockedResponse {
  return {
    request: {
      query: OpenInterestOnAssetDocument,
      variables: { assetId: ASSET_ID, statuses: [...OPEN_EOI_STATUSES] },
    },
    result: {
      data: {
        __typename: 'Query',
        expressionsOfInterest: {
          __typename: 'ExpressionOfInterestConnection',
          edges: existing
            ? [
                {
                  __typename: 'ExpressionOfInterestEdge',
                  node: { __typename: 'ExpressionOfInterest', id: existing, status: 'SUBMITTED' },
                },
              ]
            : [],
        },
      },
    },
  };
}

const submitMock: MockLink.MockedResponse = {
  request: {
    query: SubmitExpressionOfInterestDocument,
    variables: {
      input: {
        assetId: ASSET_ID,
        interestType: 'OPTION',
        message: MESSAGE,
        intendedUse: null,
        timeline: null,
        ndaRequested: false,
        idempotencyKey: KEY,
      },
    },
  },
  result: {
    data: {
      __typename: 'Mutation',
      submitExpressionOfInterest: {
        __typename: 'ExpressionOfInterestPayload',
        expressionOfInterest: { __typename: 'ExpressionOfInterest', id: 'RW9JOjk', status: 'SUBMITTED' },
        errors: [],
      },
    },
  },
};

function renderPage(mocks: MockLink.MockedResponse[]) {
  renderAt(
    `/assets/${SLUG}/interest`,
    <Route path="/assets/:slug/interest" element={<ExpressInterestPage />} />,
    mocks,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ExpressInterestPage', () => {
  it('has one heading, names the listing, and offers the kinds of interest its partnering models offer', async () => {
    renderPage([listingMock(['OPTION', 'MATERIAL_TRANSFER']), openInterestMock()]);
    await screen.findByTestId('express-interest-form');
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Express interest']);
    expect(screen.getByTestId('interest-listing-title').textContent).toBe(
      'Urinary RNA test for clinically significant prostate cancer',
    );
    expect(screen.getByTestId('back-to-listing').getAttribute('href')).toBe(`/assets/${SLUG}`);
    const select = screen.getByLabelText('Type of interest') as HTMLSelectElement;
    expect([...select.options].filter((option) => option.value).map((option) => option.value)).toEqual([
      'OPTION',
      'MATERIAL_TRANSFER',
      'OTHER',
    ]);
  });

  it('sends, then shows the confirmation in the form’s place with the focus on it', async () => {
    vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue(KEY);
    renderPage([listingMock(['OPTION']), openInterestMock(), submitMock, openInterestMock('RW9JOjk')]);
    await screen.findByTestId('express-interest-form');
    // The one kind it offers besides "other" is chosen already.
    expect((screen.getByLabelText('Type of interest') as HTMLSelectElement).value).toBe('OPTION');
    fireEvent.change(screen.getByLabelText('Message to the office'), { target: { value: MESSAGE } });
    fireEvent.click(screen.getByTestId('submit-eoi'));
    const sent = await screen.findByTestId('eoi-sent');
    await waitFor(() => expect(document.activeElement).toBe(sent));
    expect(screen.getByTestId('eoi-sent-link').getAttribute('href')).toBe('/interests/RW9JOjk');
    expect(screen.queryByTestId('express-interest-form')).toBeNull();
  });

  it('leads to the open EoI instead of a second form', async () => {
    renderPage([listingMock(['OPTION']), openInterestMock('RW9JOjQ')]);
    expect((await screen.findByTestId('open-eoi-link')).getAttribute('href')).toBe('/interests/RW9JOjQ');
    expect(screen.queryByTestId('express-interest-form')).toBeNull();
  });

  it('sends a listing closed to interest back to its page', async () => {
    renderPage([listingMock(['OPTION'], 'UNDER_OPTION'), openInterestMock()]);
    expect((await screen.findByTestId('other-page')).textContent).toBe(`/assets/${SLUG}`);
  });
});

import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  DeleteDisclosureDraftDocument,
  type DisclosureListFieldsFragment,
  MyDisclosuresDocument,
  MyInventionAgreementsDocument,
  MyListingsDocument,
  TransitionDisclosureDocument,
} from '../generated/members-graphql';
import { irst, renderAt, viewerMock, viewerUser } from '../session/test-fixtures';
import { DisclosurePage } from './disclosure-page';
import { MyDisclosuresPage } from './my-disclosures-page';
import { DISCLOSURE_ID, disclosureDetail, disclosureQueryMock } from './test-fixtures';

const researcher = viewerUser({
  id: 'VXNlcjoy',
  role: 'RESEARCHER',
  name: 'Giulia Zanetti',
  company: null,
  institution: irst,
});

function row(id: string, status: DisclosureListFieldsFragment['status'], title: string, reference: string | null) {
  return {
    __typename: 'DisclosureEdge' as const,
    cursor: id,
    node: {
      __typename: 'Disclosure' as const,
      id,
      referenceNumber: reference,
      title,
      language: 'EN' as const,
      status,
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      submittedAt: reference ? '2026-03-01T12:00:00.000Z' : null,
    },
  };
}

function listMocks(edges: ReturnType<typeof row>[]): MockLink.MockedResponse[] {
  return [
    viewerMock(researcher, 3),
    {
      request: { query: MyDisclosuresDocument, variables: { first: 100 } },
      result: {
        data: {
          __typename: 'Query',
          disclosures: {
            __typename: 'DisclosureConnection',
            totalCount: edges.length,
            edges,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
    },
    {
      request: { query: MyListingsDocument, variables: { first: 50 } },
      result: {
        data: {
          __typename: 'Query',
          myListings: { __typename: 'MyListingConnection', totalCount: 0, edges: [] },
        },
      },
    },
    {
      request: { query: MyInventionAgreementsDocument, variables: { first: 50 } },
      result: {
        data: {
          __typename: 'Query',
          agreements: { __typename: 'AgreementConnection', totalCount: 0, edges: [] },
        },
      },
    },
  ];
}

describe('My disclosures', () => {
  it('says what each disclosure asks of the researcher, what waits for them first', async () => {
    renderAt(
      '/disclosures',
      <Route path="/disclosures" element={<MyDisclosuresPage />} />,
      listMocks([
        row('RGlzY2xvc3VyZToz', 'UNDER_REVIEW', 'Organoid co-culture platform', 'IRST-2026-004'),
        row('RGlzY2xvc3VyZToy', 'INFO_REQUESTED', 'Radiolabelled FAP inhibitor dimer', 'IRST-2026-003'),
        row('RGlzY2xvc3VyZTox', 'DRAFT', 'Urine cell-free DNA assay', null),
      ]),
    );
    const rows = await screen.findAllByTestId('disclosure-row');
    expect(rows.map((item) => item.getAttribute('data-status'))).toEqual(['INFO_REQUESTED', 'DRAFT', 'UNDER_REVIEW']);
    expect(screen.getByTestId('disclosures-count').textContent).toBe('3 disclosures · 2 wait for you');

    const [asked, draft, review] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(asked).getByTestId('disclosure-ask').textContent).toContain(
      'The office has questions: answer them, then resubmit.',
    );
    expect(within(asked).getByTestId('disclosure-action').getAttribute('href')).toBe(
      '/disclosures/RGlzY2xvc3VyZToy#thread',
    );
    expect(within(asked).getByText('IRST-2026-003')).toBeTruthy();
    expect(within(draft).getByTestId('disclosure-action').textContent).toBe('Continue the draft');
    expect(within(draft).getByTestId('disclosure-action').getAttribute('href')).toBe(
      '/disclosures/RGlzY2xvc3VyZTox/edit',
    );
    expect(within(review).getByTestId('disclosure-ask').textContent).toContain('Nothing asked of you');
    expect(within(review).queryByTestId('disclosure-action')).toBeNull();
    expect(await screen.findByTestId('no-listings')).toBeTruthy();
    expect((await screen.findByTestId('no-agreements')).textContent).toContain(
      'No agreement has been recorded on your inventions yet',
    );
  });

  it('offers to start a disclosure when there is none', async () => {
    renderAt('/disclosures', <Route path="/disclosures" element={<MyDisclosuresPage />} />, listMocks([]));
    const empty = await screen.findByTestId('empty-state');
    expect(empty.textContent).toContain('No disclosures yet');
    expect(within(empty).getByTestId('start-disclosure').getAttribute('href')).toBe('/disclosures/new');
  });
});

describe('a disclosure, for its researcher', () => {
  it('shows the office’s questions and withdraws only after a confirmation', async () => {
    const detail = disclosureDetail({
      status: 'INFO_REQUESTED',
      referenceNumber: 'IRST-2026-003',
      submittedAt: '2026-03-01T12:00:00.000Z',
      allowedTransitions: ['UNDER_REVIEW', 'WITHDRAWN'],
      messages: [
        {
          __typename: 'DisclosureMessage',
          id: 'RGlzY2xvc3VyZU1lc3NhZ2U6MQ',
          body: 'Please add the biodistribution data.',
          language: 'EN',
          authorName: 'Chiara Benedetti',
          authorSide: 'OFFICE',
          createdAt: '2026-03-02T10:00:00.000Z',
        },
      ],
    });
    const withdrawn = { ...detail, status: 'WITHDRAWN' as const, allowedTransitions: [] };
    renderAt(`/disclosures/${DISCLOSURE_ID}`, <Route path="/disclosures/:id" element={<DisclosurePage />} />, [
      viewerMock(researcher, 3),
      disclosureQueryMock(detail),
      {
        request: {
          query: TransitionDisclosureDocument,
          variables: { input: { id: DISCLOSURE_ID, to: 'WITHDRAWN', reason: 'Published elsewhere first.' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            transitionDisclosure: { __typename: 'DisclosurePayload', disclosure: withdrawn, errors: [] },
          },
        },
      },
    ]);
    await screen.findByTestId('disclosure-page');
    expect(screen.getByTestId('reference-number').textContent).toBe('IRST-2026-003');
    expect(screen.getByTestId('next-panel').textContent).toContain('Your turn');
    expect(screen.getByTestId('resubmit')).toBeTruthy();
    expect(screen.getByTestId('thread-message').textContent).toContain('Please add the biodistribution data.');
    expect(screen.getByLabelText('Your answer to the office')).toBeTruthy();

    fireEvent.click(screen.getByTestId('withdraw'));
    expect(screen.getByText('A withdrawn disclosure cannot be reopened.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Why/), { target: { value: 'Published elsewhere first.' } });
    fireEvent.click(screen.getByTestId('withdraw-confirm'));
    await waitFor(() => expect(screen.getByTestId('disclosure-status').getAttribute('data-status')).toBe('WITHDRAWN'));
    expect(screen.queryByTestId('withdraw-panel')).toBeNull();
    expect(screen.getByTestId('next-panel').textContent).toContain('This disclosure was withdrawn.');
  });

  it('a draft is deleted, not withdrawn, after a confirmation; My disclosures then says so', async () => {
    const detail = disclosureDetail();
    renderAt(
      `/disclosures/${DISCLOSURE_ID}`,
      <>
        <Route path="/disclosures/:id" element={<DisclosurePage />} />
        <Route path="/disclosures" element={<MyDisclosuresPage />} />
      </>,
      [
        disclosureQueryMock(detail),
        {
          request: { query: DeleteDisclosureDraftDocument, variables: { input: { id: DISCLOSURE_ID } } },
          result: {
            data: {
              __typename: 'Mutation',
              deleteDisclosureDraft: {
                __typename: 'DeleteDisclosureDraftPayload',
                deletedId: DISCLOSURE_ID,
                errors: [],
              },
            },
          },
        },
        ...listMocks([]),
      ],
    );
    await screen.findByTestId('disclosure-page');
    expect(screen.queryByTestId('withdraw-panel')).toBeNull();
    const panel = screen.getByTestId('delete-draft-panel');
    expect(panel.textContent).toContain('The office has never seen this draft.');
    fireEvent.click(within(panel).getByTestId('delete-draft'));
    expect(panel.textContent).toContain('This cannot be undone.');
    fireEvent.click(within(panel).getByTestId('delete-draft-confirm'));
    expect((await screen.findByTestId('draft-deleted')).textContent).toBe(
      'The draft “Method for short-term expansion of circulating tumour cells” was deleted.',
    );
  });

  it('offers no deletion to a co-inventor of the draft, nor once it is submitted', async () => {
    renderAt(`/disclosures/${DISCLOSURE_ID}`, <Route path="/disclosures/:id" element={<DisclosurePage />} />, [
      viewerMock(researcher, 3),
      disclosureQueryMock(disclosureDetail({ viewerMayDelete: false })),
    ]);
    await screen.findByTestId('disclosure-page');
    expect(screen.queryByTestId('delete-draft-panel')).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  CreateListingDocument,
  OfficeAssessDisclosureDocument,
  OfficeDisclosureDocument,
  OfficeTransitionDisclosureDocument,
} from '../generated/members-graphql';
import { officer, officersMock, renderAt, viewerMock } from '../session/test-fixtures';
import { DisclosureOfficePage } from './disclosure-office-page';
import { type OfficeDisclosure, officeDisclosure } from './office-test-fixtures';

const disclosure = officeDisclosure();

function renderPage(extra: object[] = [], shown: OfficeDisclosure = disclosure) {
  renderAt(
    `/office/disclosures/${shown.id}`,
    <Route path="/office/disclosures/:id" element={<DisclosureOfficePage />} />,
    [
      viewerMock(officer(), 5),
      officersMock,
      {
        request: { query: OfficeDisclosureDocument, variables: { id: shown.id } },
        result: { data: { __typename: 'Query', node: shown } },
        maxUsageCount: 3,
      },
      ...(extra as never[]),
    ],
  );
}

function transitionMock(to: string, reason: string | null, result: OfficeDisclosure) {
  return {
    request: {
      query: OfficeTransitionDisclosureDocument,
      variables: { input: { id: disclosure.id, to, reason } },
    },
    result: {
      data: {
        __typename: 'Mutation',
        transitionDisclosure: { __typename: 'DisclosurePayload', disclosure: result, errors: [] },
      },
    },
  };
}

describe('DisclosureOfficePage', () => {
  it('shows what was submitted, the thread, the history and only the moves the server allows', async () => {
    renderPage();
    expect((await screen.findByTestId('disclosure-title')).textContent).toBe(disclosure.title);
    expect(screen.getByTestId('disclosure-reference').textContent).toBe('IRST-2026-001');
    expect(screen.getByTestId('disclosure-summary').textContent).toContain('Twelve methylation markers');
    expect(screen.getByTestId('thread-message').textContent).toContain('presented at a conference');
    expect(screen.getAllByTestId('history-entry')).toHaveLength(2);

    const actions = screen.getByTestId('disclosure-actions');
    expect(
      within(actions)
        .getAllByTestId('move')
        .map((button) => button.textContent),
    ).toEqual(['Accept']);
    expect(within(actions).getByTestId('request-info')).toBeTruthy();
    expect(within(actions).getByTestId('decline')).toBeTruthy();
    expect(within(actions).queryByText(/Start the review/)).toBeNull();
    expect((within(actions).getByTestId('assignee-select') as HTMLSelectElement).value).toBe('VXNlcjox');
    expect(screen.getByTestId('assessment').textContent).toContain('Office only');
  });

  it('declines only with a reason', async () => {
    const declined = officeDisclosure({ status: 'DECLINED', allowedTransitions: [] });
    renderPage([transitionMock('DECLINED', 'Already published by the group in 2024.', declined)]);
    fireEvent.click(await screen.findByTestId('decline'));
    fireEvent.click(screen.getByTestId('decline-confirm'));
    expect(screen.getByTestId('reason-error').textContent).toBe('Say why it is declined.');
    expect(screen.getByTestId('reason').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByTestId('reason'), { target: { value: 'Already published by the group in 2024.' } });
    fireEvent.click(screen.getByTestId('decline-confirm'));
    expect((await screen.findByTestId('action-message')).textContent).toBe('Moved to Declined.');
    await waitFor(() => expect(screen.queryByTestId('decline-form')).toBeNull());
    await waitFor(() => expect(screen.queryByTestId('decline')).toBeNull());
    expect(within(screen.getByTestId('disclosure-actions')).getByTestId('disclosure-status').textContent).toBe(
      'Declined',
    );
  });

  it('sends a request for information with the questions', async () => {
    const asked = officeDisclosure({ status: 'INFO_REQUESTED', allowedTransitions: [] });
    renderPage([transitionMock('INFO_REQUESTED', 'Which cohort validated the markers?', asked)]);
    fireEvent.click(await screen.findByTestId('request-info'));
    fireEvent.click(screen.getByTestId('request-info-confirm'));
    expect(screen.getByTestId('reason-error').textContent).toBe('Write what you need to know.');
    fireEvent.change(screen.getByTestId('reason'), { target: { value: 'Which cohort validated the markers?' } });
    fireEvent.click(screen.getByTestId('request-info-confirm'));
    expect((await screen.findByTestId('action-message')).textContent).toBe('Moved to Information requested.');
  });

  it('saves the assessment', async () => {
    const assessed = officeDisclosure({
      assessment: {
        __typename: 'DisclosureAssessment',
        patentability: 'HIGH',
        marketPotential: 'MEDIUM',
        recommendation: 'FILE_PATENT',
        notes: 'No blocking prior art found.',
      },
    });
    renderPage([
      {
        request: {
          query: OfficeAssessDisclosureDocument,
          variables: {
            input: {
              id: disclosure.id,
              patentability: 'HIGH',
              marketPotential: 'MEDIUM',
              recommendation: 'FILE_PATENT',
              notes: 'No blocking prior art found.',
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            assessDisclosure: { __typename: 'DisclosurePayload', disclosure: assessed, errors: [] },
          },
        },
      },
    ]);
    const form = await screen.findByTestId('assessment-form');
    fireEvent.change(within(form).getByLabelText('Patentability'), { target: { value: 'HIGH' } });
    fireEvent.change(within(form).getByLabelText('Market potential'), { target: { value: 'MEDIUM' } });
    fireEvent.change(within(form).getByLabelText('Recommendation'), { target: { value: 'FILE_PATENT' } });
    fireEvent.change(within(form).getByLabelText(/Notes/), { target: { value: '  No blocking prior art found. ' } });
    fireEvent.click(within(form).getByTestId('assessment-save'));
    expect((await screen.findByTestId('assessment-saved')).textContent).toBe('Assessment saved.');
    expect((within(form).getByLabelText('Patentability') as HTMLSelectElement).value).toBe('HIGH');
  });

  it('turns an accepted disclosure into a listing, then links to it', async () => {
    const accepted = officeDisclosure({ status: 'ACCEPTED', allowedTransitions: ['PUBLISHED'] });
    renderPage(
      [
        {
          request: {
            query: CreateListingDocument,
            variables: { input: { kind: 'INVENTION', title: '', fromDisclosureId: accepted.id } },
          },
          result: {
            data: {
              __typename: 'Mutation',
              createListing: {
                __typename: 'ListingPayload',
                asset: { __typename: 'Asset', id: 'QXNzZXQ6OTk', slug: 'irst-liquid-biopsy-panel', status: 'DRAFT' },
                errors: [],
              },
            },
          },
        },
      ],
      accepted,
    );
    const actions = await screen.findByTestId('disclosure-actions');
    // Publishing happens through the listing, not as a move here.
    expect(within(actions).queryAllByTestId('move')).toHaveLength(0);
    fireEvent.click(within(actions).getByTestId('create-listing'));
    expect((await screen.findByTestId('other-page')).textContent).toBe('/office/listings/QXNzZXQ6OTk/edit');
  });

  it('links to the listing made from it', async () => {
    renderPage(
      [],
      officeDisclosure({
        status: 'PUBLISHED',
        allowedTransitions: [],
        listing: {
          __typename: 'Asset',
          id: 'QXNzZXQ6OTk',
          slug: 'irst-liquid-biopsy-panel',
          title: 'Liquid biopsy panel for colorectal relapse',
          status: 'PUBLISHED',
        },
      }),
    );
    const link = await screen.findByTestId('disclosure-listing-link');
    expect(link.getAttribute('href')).toBe('/office/listings/QXNzZXQ6OTk/edit');
    expect(screen.queryByTestId('create-listing')).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  EoiCompanyProfileDocument,
  ExpressionOfInterestDocument,
  InstituteOfficersDocument,
  TransitionExpressionOfInterestDocument,
} from '../generated/members-graphql';
import { officer, renderAt, viewerMock } from '../session/test-fixtures';
import { EoiOfficePage } from './eoi-office-page';
import { eoiDetail, eoiMessage } from './test-fixtures';

vi.mock('./use-eoi-events', () => ({ useEoiEvents: () => undefined }));

const eoi = eoiDetail({
  status: 'IN_REVIEW',
  allowedTransitions: ['IN_DISCUSSION', 'DECLINED'],
  messages: [
    eoiMessage({ body: 'Thank you, we are looking into it.' }),
    eoiMessage({
      id: 'TXNnOjI',
      body: 'Check the budget with the inventor first.',
      internal: true,
      createdAt: '2026-03-02T11:00:00.000Z',
    }),
  ],
});

const mocks = [
  viewerMock(officer(), 5),
  {
    request: { query: ExpressionOfInterestDocument, variables: { id: eoi.id } },
    result: { data: { __typename: 'Query', node: eoi } },
    maxUsageCount: 3,
  },
  {
    request: { query: InstituteOfficersDocument },
    result: { data: { __typename: 'Query', users: { __typename: 'UserConnection', edges: [] } } },
  },
  {
    request: { query: EoiCompanyProfileDocument, variables: { companyId: eoi.company.id } },
    result: {
      data: {
        __typename: 'Query',
        expressionsOfInterest: { __typename: 'ExpressionOfInterestConnection', totalCount: 1, edges: [] },
      },
    },
  },
];

function renderPage(extra: typeof mocks = []) {
  renderAt(`/triage/${eoi.id}`, <Route path="/triage/:id" element={<EoiOfficePage />} />, [...mocks, ...extra]);
}

describe('EoiOfficePage', () => {
  it('offers only the moves the API allows, and shows internal notes apart', async () => {
    renderPage();
    await screen.findByTestId('eoi-office-page');
    const moves = screen.getAllByTestId('move');
    expect(moves.map((button) => button.textContent)).toEqual(['Move to In discussion']);
    expect(screen.getByTestId('decline').textContent).toBe('Decline…');
    expect(screen.queryByText('Move to Negotiation')).toBeNull();
    expect(screen.queryByText(/Withdraw/)).toBeNull();

    const note = screen.getByTestId('internal-note');
    expect(note.textContent).toContain('Internal note — not visible to the company');
    expect(note.className).toContain('thread-message--internal');
    expect(screen.getByTestId('thread-message').textContent).toContain('we are looking into it');
    expect(within(screen.getByTestId('eoi-actions')).getByTestId('first-response').textContent).toContain(
      'No reply yet',
    );
  });

  it('shows who sent it and how to reach them: e-mail and phone as links', async () => {
    renderPage();
    const sender = await screen.findByTestId('eoi-sender');
    expect(sender.textContent).toContain('Business development manager');
    expect(within(sender).getByTestId('eoi-sender-email').getAttribute('href')).toBe(
      'mailto:chiara.lombardi@oncopharm.example',
    );
    const phone = within(sender).getByTestId('eoi-sender-phone');
    expect(phone.textContent).toBe('+39 02 1234 5678');
    expect(phone.getAttribute('href')).toBe('tel:+390212345678');
  });

  it('declines only with a reason and a message for the company', async () => {
    const transition = {
      request: {
        query: TransitionExpressionOfInterestDocument,
        variables: {
          input: {
            id: eoi.id,
            to: 'DECLINED',
            declineReason: 'NO_FIT',
            message: 'It does not fit our plans for this patent.',
          },
        },
      },
      result: {
        data: {
          __typename: 'Mutation',
          transitionExpressionOfInterest: {
            __typename: 'ExpressionOfInterestPayload',
            expressionOfInterest: { ...eoi, status: 'DECLINED', allowedTransitions: [] },
            errors: [],
          },
        },
      },
    };
    renderPage([transition] as never);
    fireEvent.click(await screen.findByTestId('decline'));
    fireEvent.click(screen.getByTestId('decline-confirm'));
    expect(screen.getByTestId('error-declineReason').textContent).toBe('Choose the reason.');
    expect(screen.getByTestId('error-declineMessage').textContent).toBe('Write a message for the company.');

    fireEvent.change(screen.getByTestId('decline-reason'), { target: { value: 'NO_FIT' } });
    expect(screen.queryByTestId('error-declineReason')).toBeNull();
    fireEvent.click(screen.getByTestId('decline-confirm'));
    expect(screen.getByTestId('error-declineMessage')).toBeTruthy();

    fireEvent.change(screen.getByTestId('decline-message'), {
      target: { value: 'It does not fit our plans for this patent.' },
    });
    fireEvent.click(screen.getByTestId('decline-confirm'));
    await waitFor(() => expect(screen.getByTestId('action-message').textContent).toBe('Moved to Declined.'));
    expect(screen.getByTestId('eoi-actions').textContent).toContain('No further moves');
  });

  it('marks an office reason with the language it was written in, inside the sentence that introduces it', async () => {
    const declined = eoiDetail({
      ...eoi,
      history: [
        ...eoi.history,
        {
          __typename: 'EoiHistoryEntry',
          from: 'SUBMITTED',
          to: 'IN_REVIEW',
          actorName: 'Chiara Benedetti',
          reason: 'Buon abbinamento con il programma vaccinale',
          reasonLanguage: 'IT',
          at: '2026-03-02T09:00:00.000Z',
        },
      ],
    });
    renderAt(`/triage/${eoi.id}`, <Route path="/triage/:id" element={<EoiOfficePage />} />, [
      { ...mocks[0]! },
      {
        request: { query: ExpressionOfInterestDocument, variables: { id: eoi.id } },
        result: { data: { __typename: 'Query', node: declined } },
        maxUsageCount: 3,
      },
      ...mocks.slice(2),
    ]);
    const reason = await screen.findByText('Buon abbinamento con il programma vaccinale');
    expect(reason.getAttribute('lang')).toBe('it');
    expect(reason.parentElement?.textContent).toBe('Reason (office only): Buon abbinamento con il programma vaccinale');
    expect(reason.parentElement?.getAttribute('lang')).toBeNull();
  });
});

describe('the EoI’s agreements (office)', () => {
  const licence = {
    __typename: 'Agreement',
    id: 'QWdyZWVtZW50OjE',
    type: 'LICENSE',
    status: 'SIGNED',
    title: 'Exclusive licence – CTC expansion',
    signatureDate: '2026-11-20',
    closesExpressionOfInterest: false,
  } as const;
  const negotiating = eoiDetail({
    status: 'NEGOTIATION',
    allowedTransitions: ['AGREED', 'DECLINED'],
    viewerCanCreateAgreement: true,
    agreements: [licence],
  });

  it('lists them with their status, offers to record one, and links the one that closes it when agreed', async () => {
    const agreed = {
      ...negotiating,
      status: 'AGREED',
      allowedTransitions: [],
      agreements: [{ ...licence, closesExpressionOfInterest: true }],
    };
    renderAt(`/triage/${eoi.id}`, <Route path="/triage/:id" element={<EoiOfficePage />} />, [
      { ...mocks[0]! },
      {
        request: { query: ExpressionOfInterestDocument, variables: { id: eoi.id } },
        result: { data: { __typename: 'Query', node: negotiating } },
        maxUsageCount: 3,
      },
      ...mocks.slice(2),
      {
        request: {
          query: TransitionExpressionOfInterestDocument,
          variables: { input: { id: eoi.id, to: 'AGREED', reason: null, agreementId: licence.id } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            transitionExpressionOfInterest: {
              __typename: 'ExpressionOfInterestPayload',
              expressionOfInterest: agreed,
              errors: [],
            },
          },
        },
      },
    ]);
    const panel = await screen.findByTestId('eoi-agreements');
    expect(within(panel).getByTestId('eoi-agreement-link').getAttribute('href')).toBe(
      '/office/agreements/QWdyZWVtZW50OjE',
    );
    expect(within(panel).getByTestId('agreement-status').textContent).toBe('Signed');
    expect(within(panel).getByTestId('record-agreement').getAttribute('href')).toBe(
      `/office/agreements/new?eoi=${eoi.id}`,
    );
    fireEvent.change(screen.getByTestId('closing-agreement'), { target: { value: licence.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Move to Agreed' }));
    expect(await within(screen.getByTestId('eoi-agreements')).findByTestId('closes-eoi')).toBeTruthy();
  });

  it('offers no "Record an agreement" when the API does not allow one', async () => {
    renderPage();
    const panel = await screen.findByTestId('eoi-agreements');
    expect(within(panel).queryByTestId('record-agreement')).toBeNull();
    expect(within(panel).getByTestId('no-agreements')).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ExpressionOfInterestDocument, TransitionExpressionOfInterestDocument } from '../generated/members-graphql';
import { renderAt, viewerMock, viewerUser } from '../session/test-fixtures';
import { InterestPage } from './interest-page';
import { eoiDetail, eoiMessage } from './test-fixtures';

vi.mock('./use-eoi-events', () => ({ useEoiEvents: () => undefined }));

describe('InterestPage (the company side)', () => {
  it('never renders an internal note, even one it is given, and offers to withdraw an open EoI', async () => {
    const eoi = eoiDetail({
      status: 'IN_DISCUSSION',
      allowedTransitions: ['WITHDRAWN'],
      messages: [
        eoiMessage({ body: 'Happy to set up a call next week.' }),
        eoiMessage({
          id: 'TXNnOjI',
          body: 'SECRET: their budget looks thin.',
          internal: true,
          createdAt: '2026-03-02T11:00:00.000Z',
        }),
      ],
    });
    renderAt('/interests/RW9JOjE', <Route path="/interests/:id" element={<InterestPage />} />, [
      viewerMock(viewerUser(), 3),
      {
        request: { query: ExpressionOfInterestDocument, variables: { id: eoi.id } },
        result: { data: { __typename: 'Query', node: eoi } },
      },
    ]);
    await screen.findByTestId('interest-page');
    expect(screen.getByTestId('thread-message').textContent).toContain('Happy to set up a call');
    expect(screen.queryByTestId('internal-note')).toBeNull();
    expect(document.body.textContent).not.toContain('budget looks thin');
    expect(document.body.textContent).not.toContain('Internal note');
    expect(screen.getByTestId('withdraw').textContent).toBe('Withdraw');
    expect(screen.getByTestId('reply-form')).toBeTruthy();
    expect(screen.queryByTestId('reply-kind-internal')).toBeNull();
    // The request first, then the conversation, as on the office's page.
    const request = document.getElementById('request-heading')!;
    const thread = document.getElementById('thread-heading')!;
    expect(request.compareDocumentPosition(thread) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('what each side wrote', () => {
  it('is marked with the language it was written in, and "not given" with none', async () => {
    const eoi = eoiDetail({
      status: 'DECLINED',
      allowedTransitions: [],
      message: 'Vorremmo licenziare il metodo per il nostro programma di biopsia liquida.',
      intendedUse: 'Diagnostica di accompagnamento',
      timeline: null,
      language: 'IT',
      declineReason: 'TOO_EARLY_STAGE',
      declineMessage: 'The technology is too early for a licence today.',
      declineMessageLanguage: 'EN',
      messages: [
        eoiMessage({ body: 'Happy to set up a call next week.', language: 'EN' }),
        eoiMessage({ id: 'TXNnOjI', body: 'The technology is too early for a licence today.', language: 'EN' }),
      ],
    });
    renderAt('/interests/RW9JOjE', <Route path="/interests/:id" element={<InterestPage />} />, [
      viewerMock(viewerUser(), 3),
      {
        request: { query: ExpressionOfInterestDocument, variables: { id: eoi.id } },
        result: { data: { __typename: 'Query', node: eoi } },
      },
    ]);
    await screen.findByTestId('interest-page');
    const langOf = (text: string) => screen.getByText(text).closest('[lang]')?.getAttribute('lang') ?? null;
    expect(langOf('Vorremmo licenziare il metodo per il nostro programma di biopsia liquida.')).toBe('it');
    expect(langOf('Diagnostica di accompagnamento')).toBe('it');
    expect(langOf('The technology is too early for a licence today.')).toBe('en');
    expect(langOf('Happy to set up a call next week.')).toBe('en');
    // The interface's own words stay in the page's language.
    expect(langOf('Not given')).toBeNull();
    // The decline's message is said once, in the conversation; the notice gives the reason and points to it.
    expect(screen.getAllByText('The technology is too early for a licence today.')).toHaveLength(1);
    const notice = screen.getByTestId('decline-notice');
    expect(notice.textContent).toContain('Too early');
    expect(notice.textContent).toContain("The office's message is in the conversation below.");
  });
});

describe('withdrawing with feedback', () => {
  it("sends the reason picked and the words written as the company's feedback", async () => {
    const eoi = eoiDetail({ status: 'IN_REVIEW', allowedTransitions: ['WITHDRAWN'] });
    const input = {
      id: eoi.id,
      to: 'WITHDRAWN',
      reason: 'We need clinical data first.',
      feedbackReason: 'TOO_EARLY',
      feedbackComment: 'We need clinical data first.',
    };
    let sent = false;
    renderAt('/interests/RW9JOjE', <Route path="/interests/:id" element={<InterestPage />} />, [
      viewerMock(viewerUser(), 5),
      {
        request: { query: ExpressionOfInterestDocument, variables: { id: eoi.id } },
        result: { data: { __typename: 'Query', node: eoi } },
        maxUsageCount: 3,
      },
      {
        request: { query: TransitionExpressionOfInterestDocument, variables: { input } },
        result: () => {
          sent = true;
          return {
            data: {
              __typename: 'Mutation',
              transitionExpressionOfInterest: {
                __typename: 'ExpressionOfInterestPayload',
                expressionOfInterest: { ...eoi, status: 'WITHDRAWN', allowedTransitions: [] },
                errors: [],
              },
            },
          };
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('withdraw'));
    // The eight reasons, in words.
    expect(screen.getByText('Too early stage')).toBeTruthy();
    expect(screen.getByText('We already have a solution')).toBeTruthy();
    fireEvent.click(screen.getByTestId('feedback-reason-TOO_EARLY'));
    fireEvent.change(screen.getByLabelText(/Why are you withdrawing/), {
      target: { value: 'We need clinical data first.' },
    });
    fireEvent.click(screen.getByTestId('withdraw-confirm'));
    await waitFor(() => expect(sent).toBe(true));
  });
});

describe('the EoI’s agreements (company)', () => {
  it('shows each agreement’s type and status, nothing else', async () => {
    const eoi = eoiDetail({
      status: 'AGREED',
      allowedTransitions: [],
      agreements: [
        {
          __typename: 'Agreement',
          id: 'QWdyZWVtZW50OjE',
          type: 'LICENSE',
          status: 'SIGNED',
          title: null,
          signatureDate: null,
          closesExpressionOfInterest: true,
        },
      ],
    });
    renderAt('/interests/RW9JOjE', <Route path="/interests/:id" element={<InterestPage />} />, [
      viewerMock(viewerUser(), 3),
      {
        request: { query: ExpressionOfInterestDocument, variables: { id: eoi.id } },
        result: { data: { __typename: 'Query', node: eoi } },
      },
    ]);
    const panel = await screen.findByTestId('eoi-agreements');
    expect(panel.querySelector('[data-testid="eoi-agreement"]')?.textContent).toBe('LicenceSigned');
    expect(panel.querySelector('a')).toBeNull();
  });
});

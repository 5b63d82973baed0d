import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AgreementDocument, TransitionAgreementDocument } from '../generated/members-graphql';
import { officer, renderAt, userError, viewerMock } from '../session/test-fixtures';
import { today } from './agreement-moves';
import { AgreementPage } from './agreement-page';
import { agreementDetail } from './test-fixtures';

type Detail = ReturnType<typeof agreementDetail>;

const agreementMock = (agreement: Detail | null) => ({
  request: { query: AgreementDocument, variables: { id: 'QWdyZWVtZW50OjE' } },
  result: { data: { __typename: 'Query', node: agreement } },
  maxUsageCount: 3,
});

function renderPage(mocks: object[]) {
  renderAt('/office/agreements/QWdyZWVtZW50OjE', <Route path="/office/agreements/:id" element={<AgreementPage />} />, [
    viewerMock(officer(), 5),
    ...(mocks as never[]),
  ]);
}

describe('AgreementPage', () => {
  it('offers exactly the moves the API allows', async () => {
    renderPage([agreementMock(agreementDetail())]);
    await screen.findByTestId('agreement-page');
    const moves = within(screen.getByTestId('agreement-actions')).getAllByTestId('move');
    expect(moves.map((button) => button.dataset.to)).toEqual(['DRAFTING', 'SIGNED', 'ABANDONED']);
    expect(moves.map((button) => button.textContent)).toEqual(['Back to drafting', 'Mark as signed', 'Abandon']);
  });

  it('says a closed agreement moves no further', async () => {
    renderPage([agreementMock(agreementDetail({ status: 'TERMINATED', allowedTransitions: [] }))]);
    await screen.findByTestId('agreement-page');
    expect(screen.queryAllByTestId('move')).toHaveLength(0);
    expect(screen.getByTestId('no-moves').textContent).toBe('This agreement is over: its status no longer changes.');
  });

  it('shows the licence terms, and marks notes, money and documents as the office’s only', async () => {
    renderPage([agreementMock(agreementDetail())]);
    await screen.findByTestId('agreement-page');
    expect(screen.getByTestId('agreement-exclusivity').textContent).toBe('Exclusive');
    expect(screen.getByTestId('agreement-terms').textContent).toContain('Oncology diagnostics');
    expect(screen.getByTestId('agreement-terms').textContent).toContain('European Union');
    for (const panel of ['agreement-notes', 'agreement-payments', 'agreement-documents']) {
      expect(within(screen.getByTestId(panel)).getByTestId('office-only').textContent).toBe('Office only');
    }
    expect(screen.getByTestId('agreement-notes').textContent).toContain('sublicensing right');
    // Amounts in euros as English writes them; the rate as a percentage.
    const amounts = screen.getAllByTestId('milestone-amount').map((amount) => amount.textContent);
    expect(amounts).toEqual(['€25,000', '€150,000.50']);
    expect(screen.getAllByTestId('milestone-status').map((status) => status.textContent)).toEqual([
      'Received',
      'Expected',
    ]);
    expect(screen.getByTestId('milestone-received').textContent).toBe('€25,000 received on Dec 10, 2026');
    expect(screen.getByTestId('royalty-rate').textContent).toBe('3.5%');
    expect(screen.getByTestId('payment-totals').textContent).toBe('Received €25,000 of €175,000.50 scheduled.');
    expect(screen.getByTestId('no-documents')).toBeTruthy();
  });

  it('shows no financial terms for a CDA, nor licence terms', async () => {
    renderPage([
      agreementMock(agreementDetail({ type: 'CDA', exclusivity: null, milestones: [], royaltyRateBasisPoints: null })),
    ]);
    await screen.findByTestId('agreement-page');
    expect(screen.queryByTestId('agreement-payments')).toBeNull();
    expect(screen.queryByTestId('agreement-exclusivity')).toBeNull();
  });

  it('asks for the signature date before signing, then signs with it', async () => {
    const day = today();
    const signed = agreementDetail({
      status: 'SIGNED',
      signatureDate: day,
      allowedTransitions: ['ACTIVE', 'TERMINATED'],
    });
    renderPage([
      agreementMock(agreementDetail()),
      {
        request: {
          query: TransitionAgreementDocument,
          variables: { input: { id: 'QWdyZWVtZW50OjE', to: 'SIGNED', signatureDate: day } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            transitionAgreement: { __typename: 'AgreementPayload', agreement: signed, errors: [] },
          },
        },
      },
    ]);
    await screen.findByTestId('agreement-page');
    fireEvent.click(screen.getByRole('button', { name: 'Mark as signed' }));
    const form = screen.getByTestId('move-dates-form');
    expect((within(form).getByTestId('move-signatureDate') as HTMLInputElement).value).toBe(day);
    fireEvent.change(within(form).getByTestId('move-signatureDate'), { target: { value: '' } });
    fireEvent.click(within(form).getByTestId('move-confirm'));
    expect(form.textContent).toContain('A signed agreement needs its signature date.');
    fireEvent.change(within(form).getByTestId('move-signatureDate'), { target: { value: day } });
    fireEvent.click(within(form).getByTestId('move-confirm'));
    expect(await screen.findByText('The agreement is now Signed.')).toBeTruthy();
    expect(
      within(screen.getByTestId('agreement-actions'))
        .getAllByTestId('move')
        .map((b) => b.dataset.to),
    ).toEqual(['ACTIVE', 'TERMINATED']);
  });

  it('says why the API refused a move', async () => {
    renderPage([
      agreementMock(agreementDetail({ allowedTransitions: ['ABANDONED'] })),
      {
        request: {
          query: TransitionAgreementDocument,
          variables: { input: { id: 'QWdyZWVtZW50OjE', to: 'ABANDONED' } },
        },
        result: {
          data: {
            __typename: 'Mutation',
            transitionAgreement: {
              __typename: 'AgreementPayload',
              agreement: null,
              errors: [userError('AGREEMENT_TRANSITION_NOT_ALLOWED', null, { from: 'SIGNED', to: 'ABANDONED' })],
            },
          },
        },
      },
    ]);
    await screen.findByTestId('agreement-page');
    fireEvent.click(screen.getByRole('button', { name: 'Abandon' }));
    expect(await screen.findByText('This agreement cannot move from SIGNED to ABANDONED.')).toBeTruthy();
  });

  it('says when the agreement does not exist or is not the office’s', async () => {
    renderPage([agreementMock(null)]);
    expect(await screen.findByText('Agreement not found')).toBeTruthy();
  });
});

import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InterestType } from '../generated/graphql';
import { SubmitExpressionOfInterestDocument } from '../generated/members-graphql';
import { renderAt, userError } from '../session/test-fixtures';
import { ExpressInterestForm } from './express-interest-form';

const MESSAGE = 'We would like to license this method for our liquid-biopsy programme.';

function submitMock(key: string, result: MockLink.MockedResponse['result'] | Error): MockLink.MockedResponse {
  const request = {
    query: SubmitExpressionOfInterestDocument,
    variables: {
      input: {
        assetId: 'QXNzZXQ6MQ',
        interestType: 'LICENSE',
        message: MESSAGE,
        intendedUse: null,
        timeline: null,
        ndaRequested: true,
        idempotencyKey: key,
      },
    },
  };
  return result instanceof Error ? { request, error: result } : { request, result };
}

function payload(errors: ReturnType<typeof userError>[], id: string | null = 'RW9JOjk') {
  return {
    data: {
      __typename: 'Mutation',
      submitExpressionOfInterest: {
        __typename: 'ExpressionOfInterestPayload',
        expressionOfInterest:
          id && errors.length === 0 ? { __typename: 'ExpressionOfInterest', id, status: 'SUBMITTED' } : null,
        errors,
      },
    },
  };
}

function renderForm(
  mocks: MockLink.MockedResponse[],
  existingId: string | null = null,
  interestTypes?: InterestType[],
) {
  const onSent = vi.fn();
  const onExisting = vi.fn();
  renderAt(
    '/assets/irst-ctc-expansion',
    <Route
      path="/assets/:slug"
      element={
        <ExpressInterestForm
          assetId="QXNzZXQ6MQ"
          institute="IRST"
          existingId={existingId}
          onSent={onSent}
          onExisting={onExisting}
          onCancel={() => undefined}
          interestTypes={interestTypes}
        />
      }
    />,
    mocks,
  );
  return { onSent, onExisting };
}

function fill(message = MESSAGE) {
  fireEvent.change(screen.getByLabelText('Type of interest'), { target: { value: 'LICENSE' } });
  fireEvent.change(screen.getByLabelText('Message to the office'), { target: { value: message } });
  fireEvent.click(screen.getByTestId('nda'));
}

afterEach(() => vi.restoreAllMocks());

describe('ExpressInterestForm', () => {
  it('asks for a type and a message of at least 30 characters before sending anything', async () => {
    renderForm([]);
    fireEvent.click(screen.getByTestId('submit-eoi'));
    expect((await screen.findByTestId('error-interestType')).textContent).toBe('Choose the type of interest.');
    expect(screen.getByTestId('error-message').textContent).toBe('Write at least 30 characters.');

    fill('Too short to be useful.');
    expect(screen.getByTestId('error-message').textContent).toBe('Write at least 30 characters.');
    expect(screen.getByTestId('message-more').textContent).toBe('7 more characters needed');
    expect(screen.getByLabelText('Message to the office').getAttribute('aria-invalid')).toBe('true');
  });

  it('retries with the same idempotency key, so a retry never makes a second EoI', async () => {
    const uuid = vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue('11111111-2222-4333-8444-555555555555');
    const key = '11111111-2222-4333-8444-555555555555';
    const { onSent } = renderForm([submitMock(key, new Error('timeout')), submitMock(key, payload([]))]);
    fill();
    const button = screen.getByTestId('submit-eoi') as HTMLButtonElement;
    fireEvent.click(button);
    // Disabled while sending: a double click sends once.
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect((await screen.findByTestId('form-error')).textContent).toMatch(/could not be reached/);
    expect(button.disabled).toBe(false);

    fireEvent.click(button);
    await waitFor(() => expect(onSent).toHaveBeenCalledWith('RW9JOjk'));
    expect(uuid).toHaveBeenCalledTimes(1);
  });

  it('says when the company already has an open EoI on the listing, with a link to it', async () => {
    vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue('aaaaaaaa-2222-4333-8444-555555555555');
    const message = 'Your company already has an open expression of interest in this listing.';
    const { onExisting } = renderForm(
      [submitMock('aaaaaaaa-2222-4333-8444-555555555555', payload([userError('OPEN_EOI_EXISTS', 'assetId')], null))],
      'RW9JOjQ',
    );
    fill();
    fireEvent.click(screen.getByTestId('submit-eoi'));
    const notice = await screen.findByTestId('open-eoi-exists');
    expect(notice.textContent).toContain(message);
    expect(screen.getByTestId('open-eoi-exists-link').getAttribute('href')).toBe('/interests/RW9JOjQ');
    expect(onExisting).toHaveBeenCalled();
  });

  it('offers the kinds of interest the listing offers, and chooses the only one besides "other"', () => {
    renderForm([], null, ['OPTION', 'MATERIAL_TRANSFER', 'OTHER']);
    const select = screen.getByLabelText('Type of interest') as HTMLSelectElement;
    const offered = [...select.options].filter((option) => option.value).map((option) => option.textContent);
    expect(offered).toEqual(['Option', 'Material transfer', 'Other']);
    expect(select.value).toBe('');
  });

  it('chooses the one kind a listing offers for the member', () => {
    renderForm([], null, ['CO_DEVELOPMENT', 'OTHER']);
    expect((screen.getByLabelText('Type of interest') as HTMLSelectElement).value).toBe('CO_DEVELOPMENT');
  });
});

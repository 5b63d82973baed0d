import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ServiceFormFieldsFragment, SubmitExpressionOfInterestDocument } from '../generated/members-graphql';
import { ExpressInterestForm } from '../interest/express-interest-form';
import { renderAt, userError } from '../session/test-fixtures';

const FORM: ServiceFormFieldsFragment = {
  __typename: 'ServiceRequestForm',
  isDefault: true,
  updatedAt: null,
  fields: [
    {
      __typename: 'FormField',
      key: 'sample_count',
      kind: 'INTEGER',
      labelEn: 'Number of samples',
      labelIt: 'Numero di campioni',
      helpEn: null,
      helpIt: null,
      required: true,
      min: 1,
      max: 500,
      options: [],
    },
    {
      __typename: 'FormField',
      key: 'assay',
      kind: 'CHOICE',
      labelEn: 'Assay',
      labelIt: 'Analisi',
      helpEn: null,
      helpIt: null,
      required: false,
      min: null,
      max: null,
      options: [
        { __typename: 'FormChoiceOption', key: 'WES', labelEn: 'Whole exome', labelIt: 'Esoma' },
        { __typename: 'FormChoiceOption', key: 'WGS', labelEn: 'Whole genome', labelIt: 'Genoma' },
      ],
    },
  ],
};
const MESSAGE = 'We would like whole-exome sequencing of 96 FFPE samples, please.';
const KEY = '11111111-2222-4333-8444-555555555555';

function submitMock(answers: { key: string; value: string }[], errors: ReturnType<typeof userError>[]) {
  return {
    request: {
      query: SubmitExpressionOfInterestDocument,
      variables: {
        input: {
          assetId: 'QXNzZXQ6MQ',
          interestType: 'SERVICE_REQUEST',
          message: MESSAGE,
          intendedUse: null,
          timeline: null,
          ndaRequested: false,
          idempotencyKey: KEY,
          serviceAnswers: answers,
        },
      },
    },
    result: {
      data: {
        __typename: 'Mutation',
        submitExpressionOfInterest: {
          __typename: 'ExpressionOfInterestPayload',
          expressionOfInterest: errors.length
            ? null
            : { __typename: 'ExpressionOfInterest', id: 'RW9JOjk', status: 'SUBMITTED' },
          errors,
        },
      },
    },
  };
}

function renderForm(mocks: ReturnType<typeof submitMock>[]) {
  vi.spyOn(globalThis.crypto, 'randomUUID').mockReturnValue(KEY);
  const onSent = vi.fn();
  renderAt(
    '/assets/irst-tumour-exome-panel-sequencing',
    <Route
      path="/assets/:slug"
      element={
        <ExpressInterestForm
          assetId="QXNzZXQ6MQ"
          institute="IRST"
          onSent={onSent}
          onCancel={() => undefined}
          serviceForm={FORM}
        />
      }
    />,
    mocks,
  );
  return onSent;
}

afterEach(() => vi.restoreAllMocks());

describe('Request this service', () => {
  it("shows the form's fields as inputs and checks them before sending", async () => {
    renderForm([]);
    // Its heading is its page's (interest/express-interest-page.tsx): the form has none of its own.
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByLabelText('Type of interest')).toBeNull();
    fireEvent.change(screen.getByLabelText('Message to the office'), { target: { value: MESSAGE } });
    fireEvent.change(screen.getByLabelText(/Number of samples/), { target: { value: '900' } });
    fireEvent.click(screen.getByTestId('submit-eoi'));
    expect((await screen.findByTestId('error-serviceAnswers.sample_count')).textContent).toBe(
      'Enter a number from 1 to 500.',
    );
    expect(screen.getByRole('option', { name: 'Whole exome' })).toBeTruthy();
  });

  it('sends the answers with the request, and shows a server problem on its field', async () => {
    const answers = [
      { key: 'sample_count', value: '96' },
      { key: 'assay', value: 'WES' },
    ];
    const onSent = renderForm([
      submitMock(answers, [userError('SERVICE_ANSWER_OPTION_UNKNOWN', 'serviceAnswers.assay')]),
      submitMock(answers, []),
    ]);
    fireEvent.change(screen.getByLabelText('Message to the office'), { target: { value: MESSAGE } });
    fireEvent.change(screen.getByLabelText(/Number of samples/), { target: { value: '96' } });
    fireEvent.change(screen.getByLabelText(/Assay/), { target: { value: 'WES' } });
    fireEvent.click(screen.getByTestId('submit-eoi'));
    expect((await screen.findByTestId('error-serviceAnswers.assay')).textContent).toBe(
      'Choose one of the options offered.',
    );
    fireEvent.click(screen.getByTestId('submit-eoi'));
    await waitFor(() => expect(onSent).toHaveBeenCalledWith('RW9JOjk'));
  });
});

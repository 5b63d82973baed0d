import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  AcceptQuoteDocument,
  DeclineQuoteDocument,
  EoiQuotesDocument,
  type QuoteFieldsFragment,
  SendQuoteDocument,
} from '../generated/members-graphql';
import { renderAt } from '../session/test-fixtures';
import { QuotePanel } from './quote-panel';

const EOI_ID = 'RW9JOjE';

function quote(overrides: Partial<QuoteFieldsFragment> = {}): QuoteFieldsFragment {
  return {
    __typename: 'Quote',
    id: 'UXVvdGU6MQ',
    version: 1,
    status: 'SENT',
    latest: true,
    validUntil: '2027-03-14',
    conditions: '50 % on acceptance, the rest on delivery.',
    deliveryEstimate: '',
    deliveryWeeks: 6,
    currency: 'EUR',
    netCents: 4_325_000,
    vatCents: 950_900,
    grossCents: 5_275_900,
    language: 'EN',
    sentByName: 'Marco Bianchi',
    sentAt: '2027-02-01T10:00:00.000Z',
    decidedByName: null,
    decidedAt: null,
    declineReason: null,
    declineComment: null,
    declineCommentLanguage: null,
    moves: ['ACCEPT', 'DECLINE'],
    lines: [
      {
        __typename: 'QuoteLine',
        id: 'UXVvdGU6MQ:0',
        position: 0,
        description: 'Whole-exome sequencing',
        quantityHundredths: 9600,
        unit: 'sample',
        unitPriceCents: 45_000,
        vatBasisPoints: 2200,
        netCents: 4_320_000,
        vatCents: 950_400,
        grossCents: 5_270_400,
      },
      {
        __typename: 'QuoteLine',
        id: 'UXVvdGU6MQ:1',
        position: 1,
        description: 'Bioinformatics',
        quantityHundredths: 150,
        unit: 'hour',
        unitPriceCents: 3_333,
        vatBasisPoints: 1000,
        netCents: 5_000,
        vatCents: 500,
        grossCents: 5_500,
      },
    ],
    ...overrides,
  };
}

function quotesMock(quotes: QuoteFieldsFragment[], viewerCanSendQuote = false, times = 1) {
  return {
    request: { query: EoiQuotesDocument, variables: { id: EOI_ID } },
    result: {
      data: {
        __typename: 'Query' as const,
        node: {
          __typename: 'ExpressionOfInterest' as const,
          id: EOI_ID,
          status: 'IN_REVIEW' as const,
          interestType: 'SERVICE_REQUEST' as const,
          viewerCanSendQuote,
          quotes,
        },
      },
    },
    maxUsageCount: times,
  };
}

const render = (side: 'OFFICE' | 'COMPANY', mocks: Parameters<typeof renderAt>[2]) =>
  renderAt('/eoi', <Route path="/eoi" element={<QuotePanel eoiId={EOI_ID} side={side} />} />, mocks);

const todayPlus = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

function typeLine(line: HTMLElement, values: Record<string, string>) {
  for (const [testId, value] of Object.entries(values))
    fireEvent.change(within(line).getByTestId(testId), { target: { value } });
}

describe('the quote editor (office)', () => {
  it('computes each line and the totals live with the shared rules, and sends what it shows', async () => {
    const sent = quote({ moves: ['REVISE'] });
    render('OFFICE', [
      quotesMock([], true),
      {
        request: {
          query: SendQuoteDocument,
          variables: {
            input: {
              eoiId: EOI_ID,
              lines: [
                {
                  description: 'Whole-exome sequencing',
                  unit: 'sample',
                  quantityHundredths: 9600,
                  unitPriceCents: 45_000,
                  vatBasisPoints: 2200,
                },
                {
                  description: 'Bioinformatics',
                  unit: 'hour',
                  quantityHundredths: 150,
                  unitPriceCents: 3_333,
                  vatBasisPoints: 1000,
                },
              ],
              validUntil: todayPlus(30),
              conditions: '',
              deliveryEstimate: '',
              deliveryWeeks: 6,
            },
          },
        },
        result: {
          data: { __typename: 'Mutation', sendQuote: { __typename: 'QuotePayload', quote: sent, errors: [] } },
        },
      },
      quotesMock([sent], false),
    ]);
    expect((await screen.findByTestId('no-quotes')).textContent).toContain('No quote sent yet');
    fireEvent.click(screen.getByTestId('quote-new'));
    const [first] = screen.getAllByTestId('quote-editor-line');
    typeLine(first!, {
      'line-description': 'Whole-exome sequencing',
      'line-quantity': '96',
      'line-unit': 'sample',
      'line-unit-price': '450',
    });
    expect(within(first!).getByTestId('line-total').textContent).toContain('€43,200.00');
    fireEvent.click(screen.getByTestId('add-line'));
    const second = screen.getAllByTestId('quote-editor-line')[1]!;
    // 1.5 h × €33.33 = €49.995 → €50.00; VAT at 10 %: €5.00
    typeLine(second, {
      'line-description': 'Bioinformatics',
      'line-quantity': '1,5',
      'line-unit': 'hour',
      'line-unit-price': '33.33',
      'line-vat': '10',
    });
    expect(within(second).getByTestId('line-total').textContent).toContain('€50.00');
    expect(screen.getByTestId('quote-net').textContent).toBe('€43,250.00');
    expect(screen.getByTestId('quote-vat').textContent).toBe('€9,509.00');
    expect(screen.getByTestId('quote-gross').textContent).toBe('€52,759.00');
    fireEvent.change(screen.getByTestId('quote-delivery-weeks'), { target: { value: '6' } });
    fireEvent.click(screen.getByTestId('quote-send'));
    await waitFor(() => expect(screen.queryByTestId('quote-editor')).toBeNull());
    expect((await screen.findByTestId('quote-document')).getAttribute('data-version')).toBe('1');
  });

  it('names the fields to correct before anything is sent', async () => {
    render('OFFICE', [quotesMock([], true)]);
    fireEvent.click(await screen.findByTestId('quote-new'));
    const [line] = screen.getAllByTestId('quote-editor-line');
    typeLine(line!, { 'line-quantity': '1.255', 'line-unit-price': 'abc' });
    expect(within(line!).getByTestId('line-total').textContent).toContain('—');
    fireEvent.click(screen.getByTestId('quote-send'));
    expect(await within(line!).findByText('Describe what the line is for.')).toBeTruthy();
    expect(within(line!).getByText('The quantity is a number above zero with at most two decimals.')).toBeTruthy();
    expect(within(line!).getByTestId('line-quantity').getAttribute('aria-invalid')).toBe('true');
  });

  it('revises the current quote, prefilled from it', async () => {
    render('OFFICE', [quotesMock([quote({ moves: ['REVISE'] })], false)]);
    fireEvent.click(await screen.findByTestId('quote-revise'));
    expect(screen.getByText('Revised quote, version 2')).toBeTruthy();
    const lines = screen.getAllByTestId('quote-editor-line');
    expect(lines).toHaveLength(2);
    expect((within(lines[1]!).getByTestId('line-quantity') as HTMLInputElement).value).toBe('1.5');
    expect(screen.getByTestId('quote-gross').textContent).toBe('€52,759.00');
  });
});

describe('the quote for the company', () => {
  it('reads as a document, with earlier versions collapsed below', async () => {
    render('COMPANY', [
      quotesMock([quote({ version: 2 }), quote({ id: 'UXVvdGU6MA', version: 1, status: 'SUPERSEDED', moves: [] })]),
    ]);
    const documents = await screen.findAllByTestId('quote-document');
    expect(documents[0]!.getAttribute('data-version')).toBe('2');
    expect(within(documents[0]!).getAllByTestId('quote-line')).toHaveLength(2);
    expect(within(documents[0]!).getByTestId('quote-gross').textContent).toBe('€52,759.00');
    expect(screen.getByTestId('older-quotes').textContent).toContain('1 earlier version');
    expect(screen.getByTestId('older-quotes').hasAttribute('open')).toBe(false);
    expect(screen.queryByTestId('quote-revise')).toBeNull();
  });

  it('accepts after a confirmation that states the total', async () => {
    const accepted = quote({
      status: 'ACCEPTED',
      moves: [],
      decidedByName: 'Chiara Lombardi',
      decidedAt: '2027-02-02T09:00:00.000Z',
    });
    render('COMPANY', [
      quotesMock([quote()]),
      {
        request: { query: AcceptQuoteDocument, variables: { quoteId: 'UXVvdGU6MQ' } },
        result: {
          data: { __typename: 'Mutation', acceptQuote: { __typename: 'QuotePayload', quote: accepted, errors: [] } },
        },
      },
      quotesMock([accepted]),
    ]);
    fireEvent.click(await screen.findByTestId('quote-accept'));
    expect(screen.getByTestId('quote-accept-dialog').textContent).toContain('€52,759.00');
    fireEvent.click(screen.getByTestId('quote-accept-confirm'));
    expect((await screen.findByTestId('quote-decision')).textContent).toContain('Accepted by Chiara Lombardi');
    expect(screen.queryByTestId('quote-accept')).toBeNull();
  });

  it('declines only with a reason, and sends the comment with it', async () => {
    const declined = quote({
      status: 'DECLINED',
      moves: [],
      decidedByName: 'Chiara Lombardi',
      decidedAt: '2027-02-02T09:00:00.000Z',
      declineReason: 'PRICE',
      declineComment: 'Our budget is €40,000.',
      declineCommentLanguage: 'EN',
    });
    render('COMPANY', [
      quotesMock([quote()]),
      {
        request: {
          query: DeclineQuoteDocument,
          variables: { quoteId: 'UXVvdGU6MQ', reason: 'PRICE', comment: 'Our budget is €40,000.' },
        },
        result: {
          data: { __typename: 'Mutation', declineQuote: { __typename: 'QuotePayload', quote: declined, errors: [] } },
        },
      },
      quotesMock([declined]),
    ]);
    fireEvent.click(await screen.findByTestId('quote-decline'));
    fireEvent.click(screen.getByTestId('quote-decline-confirm'));
    expect((await screen.findByTestId('quote-decline-error')).textContent).toBe('Choose why you decline the quote.');
    fireEvent.change(screen.getByTestId('quote-decline-reason'), { target: { value: 'PRICE' } });
    fireEvent.change(screen.getByTestId('quote-decline-comment'), { target: { value: 'Our budget is €40,000.' } });
    fireEvent.click(screen.getByTestId('quote-decline-confirm'));
    const decision = await screen.findByTestId('quote-decision');
    expect(decision.textContent).toContain('Declined by Chiara Lombardi');
    expect(decision.textContent).toContain('Reason: Price too high.');
    expect(decision.textContent).toContain('Our budget is €40,000.');
  });
});

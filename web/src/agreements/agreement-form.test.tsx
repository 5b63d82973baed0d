import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  AgreementFormCompaniesDocument,
  AgreementFormListingsDocument,
  AgreementSourceEoiDocument,
  CreateAgreementDocument,
} from '../generated/members-graphql';
import { officer, officersMock, renderAt, viewerMock, where } from '../session/test-fixtures';
import { AgreementFormPage } from './agreement-form-page';
import { milestoneErrors } from './milestone-form';
import { agreementDetail } from './test-fixtures';

const eoi = {
  __typename: 'ExpressionOfInterest',
  id: 'RW9JOjE',
  status: 'NEGOTIATION',
  interestType: 'LICENSE',
  viewerCanCreateAgreement: true,
  company: { __typename: 'Company', id: 'Q29tcGFueTox', name: 'OncoPharm S.p.A.' },
  asset: {
    __typename: 'Asset',
    id: 'QXNzZXQ6MQ',
    title: 'Method for short-term expansion of circulating tumour cells',
  },
} as const;

const choices = [
  officersMock,
  {
    request: { query: AgreementFormListingsDocument, variables: { query: null } },
    result: { data: { __typename: 'Query', officeListings: { __typename: 'OfficeListingConnection', edges: [] } } },
    maxUsageCount: 10,
  },
  {
    request: { query: AgreementFormCompaniesDocument, variables: { query: null } },
    result: {
      data: {
        __typename: 'Query',
        partners: {
          __typename: 'PartnerConnection',
          edges: [
            {
              __typename: 'PartnerEdge',
              node: { __typename: 'Company', id: 'Q29tcGFueToy', name: 'BioNova S.r.l.', city: 'Milano' },
            },
          ],
        },
      },
    },
    maxUsageCount: 10,
  },
];

function renderForm(path: string, mocks: object[]) {
  renderAt(path, <Route path="/office/agreements/new" element={<AgreementFormPage />} />, [
    viewerMock(officer(), 5),
    ...choices,
    ...(mocks as never[]),
  ]);
}

describe('AgreementFormPage', () => {
  it('checks a new agreement by the shared rules before sending it', async () => {
    renderForm('/office/agreements/new', []);
    const form = await screen.findByTestId('agreement-form');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'ab' } });
    fireEvent.click(screen.getByTestId('agreement-save'));
    const summary = await screen.findByTestId('error-summary');
    expect(summary.textContent).toContain('The title needs at least 3 characters.');
    expect(summary.textContent).toContain('Choose the company the agreement is with.');
    // A CDA has no licence terms nor financial terms to fill.
    expect(within(form).queryByLabelText(/Exclusivity/)).toBeNull();
    expect(within(form).queryByLabelText(/Royalty rate/)).toBeNull();

    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'LICENSE' } });
    fireEvent.change(screen.getByLabelText(/Royalty rate/), { target: { value: 'lots' } });
    fireEvent.change(screen.getByLabelText(/Effective date/), { target: { value: '2027-01-01' } });
    fireEvent.change(screen.getByLabelText(/Expiry date/), { target: { value: '2026-06-30' } });
    fireEvent.click(screen.getByTestId('agreement-save'));
    await waitFor(() =>
      expect(screen.getByTestId('error-summary').textContent).toContain(
        'Enter a percentage from 0 to 100, with at most two decimals.',
      ),
    );
    expect(screen.getByTestId('error-summary').textContent).toContain(
      'The expiry date must come after the effective date.',
    );
  });

  it('starts from an EoI with its company, listing and type, and records the agreement', async () => {
    const created = agreementDetail({ id: 'QWdyZWVtZW50Ojk', status: 'DRAFTING' });
    renderForm('/office/agreements/new?eoi=RW9JOjE', [
      {
        request: { query: AgreementSourceEoiDocument, variables: { id: 'RW9JOjE' } },
        result: { data: { __typename: 'Query', node: eoi } },
        maxUsageCount: 3,
      },
      {
        request: {
          query: CreateAgreementDocument,
          variables: {
            input: {
              type: 'LICENSE',
              title: 'Licence – OncoPharm S.p.A.',
              ownerId: 'VXNlcjox',
              exclusivity: 'EXCLUSIVE',
              fieldOfUse: null,
              territory: 'European Union',
              signatureDate: null,
              effectiveDate: null,
              expiryDate: null,
              royaltyRateBasisPoints: 350,
              royaltyReportingPeriod: null,
              notes: '',
              termsSharedWithInventors: false,
              listingIds: ['QXNzZXQ6MQ'],
              fromEoiId: 'RW9JOjE',
            },
          },
        },
        result: {
          data: {
            __typename: 'Mutation',
            createAgreement: { __typename: 'AgreementPayload', agreement: created, errors: [] },
          },
        },
      },
    ]);
    await screen.findByTestId('agreement-form');
    expect(screen.getByTestId('fixed-company').textContent).toBe('OncoPharm S.p.A.');
    expect(screen.getByTestId('picked-listings').textContent).toContain('circulating tumour cells');
    expect((screen.getByLabelText('Type') as HTMLSelectElement).value).toBe('LICENSE');
    fireEvent.change(screen.getByLabelText(/Exclusivity/), { target: { value: 'EXCLUSIVE' } });
    fireEvent.change(screen.getByLabelText(/Territory/), { target: { value: 'European Union' } });
    fireEvent.change(screen.getByLabelText(/Royalty rate/), { target: { value: '3,5' } });
    fireEvent.click(screen.getByTestId('agreement-save'));
    await waitFor(() => expect(where.pathname).toBe('/office/agreements/QWdyZWVtZW50Ojk'));
  });
});

describe('milestone form', () => {
  const values = {
    kind: 'MILESTONE',
    event: 'First patient dosed',
    dueDate: '',
    trigger: '',
    amountCents: '150.000',
    status: 'EXPECTED',
    receivedAmountCents: '',
    receivedOn: '',
  };

  it('needs a due date or a trigger, an amount in euros, and the receipt once received', () => {
    expect(milestoneErrors(values)).toEqual({
      dueDate: 'Give a due date or the event that triggers the payment.',
    });
    expect(milestoneErrors({ ...values, trigger: 'Phase II start', amountCents: 'a lot' })).toEqual({
      amountCents: 'Enter an amount in euros, for example 25000 or 25000.50.',
    });
    expect(milestoneErrors({ ...values, dueDate: '2027-03-31', status: 'RECEIVED' })).toEqual({
      receivedAmountCents: 'A received payment needs the amount received and the day it arrived.',
      receivedOn: 'A received payment needs the amount received and the day it arrived.',
    });
    expect(
      milestoneErrors({
        ...values,
        dueDate: '2027-03-31',
        status: 'RECEIVED',
        receivedAmountCents: '150.000,00',
        receivedOn: '2027-04-02',
      }),
    ).toEqual({});
  });
});

import { screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MyInventionAgreementsDocument, type MyInventionAgreementsQuery } from '../generated/members-graphql';
import { activateLocale } from '../i18n/i18n';
import { irst, renderAt, viewerMock, viewerUser } from '../session/test-fixtures';
import { MyAgreementsSection } from './my-agreements-section';

type Node = MyInventionAgreementsQuery['agreements']['edges'][number]['node'];

const researcher = viewerUser({
  id: 'VXNlcjoy',
  role: 'RESEARCHER',
  name: 'Giulia Zanetti',
  company: null,
  institution: irst,
});

const listing = {
  __typename: 'Asset' as const,
  id: 'QXNzZXQ6MQ',
  slug: 'irst-atr-inhibitor-prodrug',
  title: 'Tumour-activated prodrug of an ATR inhibitor',
  textLanguage: 'EN' as const,
};

/** A licence whose terms the office shares (its payments come), and a CDA it does not (null, as the API says). */
const shared: Node = {
  __typename: 'Agreement',
  id: 'QWdyZWVtZW50OjE',
  type: 'LICENSE',
  status: 'ACTIVE',
  signatureDate: '2026-01-10',
  effectiveDate: '2026-02-01',
  expiryDate: '2030-01-01',
  royaltyRateBasisPoints: 350,
  royaltyReportingPeriod: 'QUARTERLY',
  listings: [listing],
  milestones: [
    {
      __typename: 'AgreementMilestone',
      id: 'QWdyZWVtZW50TWlsZXN0b25lOjE',
      kind: 'UPFRONT',
      event: 'Upfront licence fee',
      dueDate: '2026-02-15',
      trigger: null,
      amountCents: 15_000_000,
      status: 'RECEIVED',
      receivedAmountCents: 15_000_000,
      receivedOn: '2026-02-20',
    },
    {
      __typename: 'AgreementMilestone',
      id: 'QWdyZWVtZW50TWlsZXN0b25lOjI',
      kind: 'MILESTONE',
      event: 'Start of phase II',
      dueDate: null,
      trigger: 'First patient dosed in phase II',
      amountCents: 50_000_000,
      status: 'EXPECTED',
      receivedAmountCents: null,
      receivedOn: null,
    },
  ],
};

const private_: Node = {
  ...shared,
  id: 'QWdyZWVtZW50OjI',
  type: 'CDA',
  status: 'DRAFTING',
  signatureDate: null,
  effectiveDate: null,
  expiryDate: null,
  royaltyRateBasisPoints: null,
  royaltyReportingPeriod: null,
  milestones: null,
};

function render(nodes: Node[]) {
  renderAt('/disclosures', <Route path="/disclosures" element={<MyAgreementsSection />} />, [
    viewerMock(researcher, 3),
    {
      request: { query: MyInventionAgreementsDocument, variables: { first: 50 } },
      result: {
        data: {
          __typename: 'Query',
          agreements: {
            __typename: 'AgreementConnection',
            totalCount: nodes.length,
            edges: nodes.map((node) => ({ __typename: 'AgreementEdge', node })),
          },
        },
      },
    },
  ] as never[]);
}

describe('Agreements on my inventions', () => {
  it('shows each agreement’s type, status, listing and dates; the terms only when the office shares them', async () => {
    render([shared, private_]);
    const [licence, cda] = (await screen.findAllByTestId('my-agreement')) as [HTMLElement, HTMLElement];
    expect(within(licence).getByTestId('agreement-type').textContent).toBe('Licence');
    expect(within(licence).getByTestId('agreement-status').textContent).toBe('Active');
    expect(within(licence).getByTestId('my-agreement-listing').getAttribute('href')).toBe(
      '/assets/irst-atr-inhibitor-prodrug',
    );
    expect(within(licence).getByTestId('my-agreement-dates').textContent).toBe(
      'Signed on Jan 10, 2026 · in effect from Feb 1, 2026 · expires on Jan 1, 2030',
    );
    const terms = within(licence).getByTestId('my-agreement-terms');
    expect(terms.textContent).toContain('Royalty: 3.5% · Quarterly');
    const payments = within(terms).getAllByTestId('my-agreement-payment');
    expect(payments[0]!.textContent).toBe('Upfront payment: Upfront licence fee€150,000 · ReceivedDue on Feb 15, 2026');
    expect(payments[1]!.textContent).toContain('First patient dosed in phase II');

    expect(within(cda).getByTestId('my-agreement-dates').textContent).toBe('Not signed yet');
    expect(within(cda).getByTestId('my-agreement-terms').textContent).toBe(
      'The office has not shared the financial terms of this agreement.',
    );
    expect(within(cda).queryAllByTestId('my-agreement-payment')).toHaveLength(0);
  });

  it('says so when there is none', async () => {
    render([]);
    expect((await screen.findByTestId('no-agreements')).textContent).toContain('No agreement has been recorded');
  });

  describe('in Italian', () => {
    afterEach(() => activateLocale('en'));

    it('writes the heading, dates and money in Italian', async () => {
      await activateLocale('it');
      render([shared]);
      const licence = await screen.findByTestId('my-agreement');
      expect(screen.getByTestId('my-agreements').textContent).toContain('Accordi sulle mie invenzioni');
      expect(within(licence).getByTestId('my-agreement-dates').textContent).toBe(
        'Firmato il 10 gen 2026 · in vigore dal 1 feb 2026 · scade il 1 gen 2030',
      );
      expect(within(licence).getAllByTestId('my-agreement-payment')[0]!.textContent?.replace(/\s/g, ' ')).toContain(
        '150.000 €',
      );
    });
  });
});

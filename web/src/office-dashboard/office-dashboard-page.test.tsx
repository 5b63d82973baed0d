import { fireEvent, screen, within } from '@testing-library/react';
import { Route } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DashboardInstitutesDocument,
  OfficeDashboardDocument,
  type OfficeDashboardQuery,
} from '../generated/members-graphql';
import { activateLocale } from '../i18n/i18n';
import { admin, irst, officer, renderAt, viewerMock, where } from '../session/test-fixtures';
import { periodVariables } from './dashboard-period';
import { OfficeDashboardPage } from './office-dashboard-page';

// jsdom draws no canvas: the chart stands in as its labels and values, which is what the tests look at.
vi.mock('./bar-chart', () => ({
  BarChart: ({ labels, series }: { labels: string[]; series: { label: string; values: number[] }[] }) => (
    <div data-testid="bar-chart">
      {labels.join('|')} {series.map((entry) => `${entry.label}:${entry.values.join(',')}`).join(' ')}
    </div>
  ),
}));

type Dashboard = OfficeDashboardQuery['officeDashboard'];

function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    __typename: 'OfficeDashboard',
    from: '2025-12-01T00:00:00.000Z',
    to: '2026-12-02T10:00:00.000Z',
    institution: { __typename: 'Institution', id: irst.id, shortName: 'IRST' },
    eoisByMonth: [
      {
        __typename: 'EoiMonth',
        month: '2026-10',
        total: 3,
        byKind: [
          { __typename: 'ListingKindCount', kind: 'INVENTION', count: 2 },
          { __typename: 'ListingKindCount', kind: 'SERVICE', count: 1 },
        ],
        byInterestType: [
          { __typename: 'InterestTypeCount', interestType: 'LICENSE', count: 2 },
          { __typename: 'InterestTypeCount', interestType: 'SERVICE_REQUEST', count: 1 },
        ],
      },
      { __typename: 'EoiMonth', month: '2026-11', total: 0, byKind: [], byInterestType: [] },
    ],
    eoiFunnel: [
      ['SUBMITTED', 3, 1, null],
      ['IN_REVIEW', 2, 0.6667, 0.6667],
      ['IN_DISCUSSION', 1, 0.3333, 0.5],
      ['NEGOTIATION', 1, 0.3333, 1],
      ['AGREED', 1, 0.3333, 1],
      ['DECLINED', 1, 0.3333, null],
      ['WITHDRAWN', 0, 0, null],
    ].map(([status, count, shareOfReceived, conversionFromPrevious]) => ({
      __typename: 'EoiFunnelStage' as const,
      status: status as Dashboard['eoiFunnel'][number]['status'],
      count: count as number,
      shareOfReceived: shareOfReceived as number,
      conversionFromPrevious: conversionFromPrevious as number | null,
    })),
    responseTime: {
      __typename: 'EoiResponseTime',
      answered: 2,
      unanswered: 1,
      medianHours: 30.5,
      percentile90Hours: 100.8,
      answeredWithinTarget: 2,
      withinTargetShare: 0.6667,
      targetWorkingDays: 5,
      overdueNow: 1,
    },
    listingInterest: {
      __typename: 'ListingInterest',
      top: [
        {
          __typename: 'DashboardListing',
          id: 'QXNzZXQ6MQ',
          slug: 'irst-atr-inhibitor-prodrug',
          title: 'ATR inhibitor prodrug',
          textLanguage: 'EN',
          eoiCount: 2,
        },
      ],
      withoutInterest: [
        {
          __typename: 'DashboardListing',
          id: 'QXNzZXQ6Mg',
          slug: 'irst-quiet',
          title: 'A quiet listing',
          textLanguage: 'EN',
        },
      ],
      withoutInterestCount: 4,
    },
    declineReasons: [
      { __typename: 'DeclineReasonCount', reason: 'NO_FIT', count: 1 },
      { __typename: 'DeclineReasonCount', reason: 'DUPLICATE', count: 0 },
    ],
    disclosuresByQuarter: [
      { __typename: 'DisclosureQuarter', quarter: '2026-Q3', received: 2, accepted: 1, published: 0 },
      { __typename: 'DisclosureQuarter', quarter: '2026-Q4', received: 1, accepted: 0, published: 1 },
    ],
    disclosureStateTimes: [
      { __typename: 'DisclosureStateTime', status: 'SUBMITTED', stays: 3, medianDays: 2.5 },
      { __typename: 'DisclosureStateTime', status: 'UNDER_REVIEW', stays: 0, medianDays: null },
    ],
    agreementsSignedByType: [
      ['CDA', 2],
      ['MTA', 0],
      ['OPTION', 1],
      ['LICENSE', 1],
      ['SERVICE_AGREEMENT', 0],
      ['RESEARCH_COLLABORATION', 0],
    ].map(([type, count]) => ({
      __typename: 'AgreementTypeCount' as const,
      type: type as Dashboard['agreementsSignedByType'][number]['type'],
      count: count as number,
    })),
    agreementMoneyByQuarter: [
      { __typename: 'AgreementMoneyQuarter', quarter: '2026-Q3', expectedCents: 15_000_000, receivedCents: 0 },
      { __typename: 'AgreementMoneyQuarter', quarter: '2026-Q4', expectedCents: 25_000_000, receivedCents: 4_000_050 },
    ],
    ...overrides,
  };
}

function dashboardMock(
  answer: Dashboard | Error,
  variables: { institutionId?: string | null; preset?: 'LAST_12_MONTHS' | 'LAST_YEAR' } = {},
) {
  return {
    request: {
      query: OfficeDashboardDocument,
      variables: {
        institutionId: variables.institutionId ?? null,
        ...periodVariables(variables.preset ?? 'LAST_12_MONTHS'),
      },
    },
    ...(answer instanceof Error
      ? { error: answer }
      : { result: { data: { __typename: 'Query', officeDashboard: answer } } }),
  };
}

const institutesMock = {
  request: { query: DashboardInstitutesDocument },
  result: {
    data: {
      __typename: 'Query',
      institutions: [
        { __typename: 'Institution', id: irst.id, shortName: 'IRST' },
        { __typename: 'Institution', id: 'SW5zdGl0dXRpb246Mg', shortName: 'INT' },
      ],
    },
  },
};

function renderPage(viewer: ReturnType<typeof officer>, mocks: object[], path = '/office/dashboard') {
  renderAt(path, <Route path="/office/dashboard" element={<OfficeDashboardPage />} />, [
    viewerMock(viewer, 5),
    ...(mocks as never[]),
  ]);
}

describe('OfficeDashboardPage', () => {
  it("shows the officer's institute: headline figures, charts with their tables, listings and disclosures", async () => {
    renderPage(officer(), [dashboardMock(dashboard())]);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    await screen.findByTestId('dashboard-figures');
    expect(screen.getByTestId('dashboard-title').textContent).toBe('Dashboard');
    expect(screen.queryByTestId('dashboard-institute')).toBeNull();

    expect(screen.getByTestId('tile-received').textContent).toContain('3');
    expect(screen.getByTestId('tile-agreed').textContent).toContain('33% of those received');
    expect(screen.getByTestId('tile-median').textContent).toContain('30.5 h');
    expect(screen.getByTestId('tile-median').textContent).toContain('90% answered within 4.2 days');
    expect(screen.getByTestId('tile-target').textContent).toContain('Answered within 5 working days67%');
    expect(screen.getByTestId('tile-overdue').className).toContain('dashboard-tile--alert');

    // Per month: the chart and, for assistive technology, the same figures as a table.
    const months = screen.getByTestId('eois-by-month');
    expect(within(months).getByTestId('bar-chart').textContent).toBe(
      'Oct 2026|Nov 2026 Licence:2,0 Service request:1,0',
    );
    const monthRows = within(within(months).getByTestId('figure-table')).getAllByRole('row');
    expect(monthRows.map((row) => row.textContent)).toEqual([
      'MonthLicenceService requestTotal',
      'Oct 2026213',
      'Nov 2026000',
    ]);
    expect(within(months).getByTestId('figure-table').className).toBe('visually-hidden');
    fireEvent.click(within(months).getByTestId('table-toggle'));
    expect(within(months).getByTestId('figure-table').className).toContain('dashboard-table-wrap');
    expect(within(months).queryByTestId('bar-chart')).toBeNull();
    fireEvent.change(within(months).getByTestId('months-split'), { target: { value: 'kind' } });
    expect(within(months).getAllByRole('row')[0]!.textContent).toBe('MonthInventionServiceTotal');

    const funnelRows = within(screen.getByTestId('eoi-funnel')).getAllByRole('row');
    expect(funnelRows[2]!.textContent).toBe('In review267%67%');
    expect(funnelRows[6]!.textContent).toBe('Declined133%—');

    // Only the reasons given are drawn; the table lists every reason.
    const declines = screen.getByTestId('decline-reasons');
    expect(within(declines).getByTestId('bar-chart').textContent).toBe('No fit with the offer Declined:1');
    expect(within(declines).getAllByRole('row')).toHaveLength(3);

    const top = screen.getAllByTestId('top-listing');
    expect(top[0]!.textContent).toBe('ATR inhibitor prodrug22 expressions of interest');
    expect(within(top[0]!).getByRole('link').getAttribute('href')).toBe('/assets/irst-atr-inhibitor-prodrug');
    expect(screen.getByTestId('listing-interest').textContent).toContain('4 published listings without any');
    expect(screen.getByTestId('listing-interest').textContent).toContain('and 3 more');

    expect(within(screen.getByTestId('disclosures-by-quarter')).getByTestId('bar-chart').textContent).toBe(
      'Q3 2026|Q4 2026 Received:2,1 Accepted:1,0 Published:0,1',
    );
    expect(screen.getAllByTestId('state-time').map((row) => row.textContent)).toEqual([
      'Submitted2.5 days3',
      'Under review—0',
    ]);

    // Agreements: every type, zeros too; the money in euros, expected beside received.
    const signed = screen.getByTestId('agreements-signed');
    expect(signed.textContent).toContain('4 agreements signed in the period');
    expect(within(signed).getByTestId('bar-chart').textContent).toBe(
      'Confidentiality agreement (CDA)|Material transfer agreement (MTA)|Option|Licence|Service agreement|Research collaboration Signed:2,0,1,1,0,0',
    );
    expect(within(signed).getAllByRole('row')).toHaveLength(7);
    const money = screen.getByTestId('agreement-money');
    expect(money.textContent).toContain('€400,000 falling due in the period, €40,000.50 received in it');
    expect(within(money).getByTestId('bar-chart').textContent).toBe(
      'Q3 2026|Q4 2026 Expected:150000,250000 Received:0,40000.5',
    );
    expect(
      within(money)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['QuarterExpectedReceived', 'Q3 2026€150,000€0', 'Q4 2026€250,000€40,000.50']);
  });

  describe('in Italian', () => {
    afterEach(() => activateLocale('en'));

    it('writes the money as Italian euros', async () => {
      await activateLocale('it');
      renderPage(officer(), [dashboardMock(dashboard())]);
      const money = await screen.findByTestId('agreement-money');
      expect(within(money).getAllByRole('row')[2]!.textContent?.replace(/\s/g, ' ')).toBe(
        '4° trim. 2026250.000 €40.000,50 €',
      );
      expect(screen.getByTestId('agreements-signed').textContent).toContain('Accordi firmati per tipo');
    });
  });

  it('changes the period in the address and asks for it', async () => {
    const lastYear = dashboard({ institution: { __typename: 'Institution', id: irst.id, shortName: 'IRST' } });
    renderPage(officer(), [
      dashboardMock(dashboard()),
      dashboardMock({ ...lastYear, eoisByMonth: [] }, { preset: 'LAST_YEAR' }),
    ]);
    await screen.findByTestId('dashboard-figures');
    fireEvent.change(screen.getByTestId('dashboard-period'), { target: { value: 'LAST_YEAR' } });
    expect(where.search).toBe('?period=LAST_YEAR');
    await vi.waitFor(() => expect(within(screen.getByTestId('eois-by-month')).getAllByRole('row')).toHaveLength(1));
  });

  it('lets an administrator choose an institute or the whole network', async () => {
    const network = dashboard({ institution: null });
    renderPage(admin(), [
      dashboardMock(network),
      institutesMock,
      dashboardMock(dashboard(), { institutionId: irst.id }),
    ]);
    await screen.findByTestId('dashboard-figures');
    expect(screen.getByTestId('dashboard-title').closest('.page-header')!.textContent).toContain('Whole network');
    const select = screen.getByTestId('dashboard-institute') as HTMLSelectElement;
    await vi.waitFor(() => expect(select.options).toHaveLength(3));
    fireEvent.change(select, { target: { value: irst.id } });
    expect(where.search).toBe(`?institute=${irst.id}`);
    await vi.waitFor(() =>
      expect(screen.getByTestId('dashboard-title').closest('.page-header')!.textContent).toContain(
        'How IRST’s office is doing',
      ),
    );
  });

  it('says when nothing happened in the period', async () => {
    const quiet = dashboard({
      eoiFunnel: dashboard().eoiFunnel.map((stage) => ({ ...stage, count: 0, shareOfReceived: null })),
      disclosuresByQuarter: [
        { __typename: 'DisclosureQuarter', quarter: '2026-Q4', received: 0, accepted: 0, published: 0 },
      ],
      agreementsSignedByType: dashboard().agreementsSignedByType.map((entry) => ({ ...entry, count: 0 })),
      agreementMoneyByQuarter: [
        { __typename: 'AgreementMoneyQuarter', quarter: '2026-Q4', expectedCents: 0, receivedCents: 0 },
      ],
    });
    renderPage(officer(), [dashboardMock(quiet)]);
    expect((await screen.findByTestId('empty-state')).textContent).toContain('Nothing happened in this period');
    expect(screen.queryByTestId('eois-by-month')).toBeNull();
  });

  it('offers to try again when the figures cannot be loaded', async () => {
    renderPage(officer(), [dashboardMock(new Error('down')), dashboardMock(dashboard())]);
    const failed = await screen.findByTestId('error-state');
    expect(failed.textContent).toContain('The dashboard could not be loaded');
    fireEvent.click(within(failed).getByRole('button'));
    expect(await screen.findByTestId('dashboard-figures')).toBeTruthy();
  });
});

import { agreementTypeLabel, formatEuros } from '../agreements/agreement-labels';
import type { OfficeDashboardQuery } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { BarChart } from './bar-chart';
import { ChartFigure, FigureTable } from './chart-figure';
import { colour, quarterLabel } from './dashboard-format';

type Dashboard = OfficeDashboardQuery['officeDashboard'];

/** The agreements signed in the period, one bar per type (every type, so that a zero is seen as one). */
export function AgreementsSignedFigure({ types }: { types: Dashboard['agreementsSignedByType'] }) {
  const labels = types.map((entry) => agreementTypeLabel(entry.type));
  const signed = types.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <ChartFigure
      id="agreements-signed"
      testId="agreements-signed"
      title={t('dashboard.agreements.title')}
      lead={t('dashboard.agreements.lead', { count: signed })}
      chart={
        <BarChart
          labels={labels}
          series={[
            { label: t('dashboard.agreements.signed'), values: types.map((entry) => entry.count), color: colour(0) },
          ]}
          horizontal
          height={300}
        />
      }
      table={
        <FigureTable
          caption={t('dashboard.agreements.title')}
          headings={[t('dashboard.table.agreementType'), t('dashboard.agreements.signed')]}
          rows={types.map((entry, index) => [labels[index]!, entry.count])}
        />
      }
    />
  );
}

/** The options' and licences' payments per quarter: expected (by due date) beside received, in euros. */
export function AgreementMoneyFigure({ quarters }: { quarters: Dashboard['agreementMoneyByQuarter'] }) {
  const labels = quarters.map((quarter) => quarterLabel(quarter.quarter));
  const series = [
    {
      label: t('dashboard.money.expected'),
      values: quarters.map((quarter) => quarter.expectedCents / 100),
      color: colour(3),
    },
    {
      label: t('dashboard.money.received'),
      values: quarters.map((quarter) => quarter.receivedCents / 100),
      color: colour(0),
    },
  ];
  const expected = quarters.reduce((sum, quarter) => sum + quarter.expectedCents, 0);
  const received = quarters.reduce((sum, quarter) => sum + quarter.receivedCents, 0);
  return (
    <ChartFigure
      id="agreement-money"
      testId="agreement-money"
      title={t('dashboard.money.title')}
      lead={t('dashboard.money.lead', { expected: formatEuros(expected), received: formatEuros(received) })}
      chart={<BarChart labels={labels} series={series} formatValue={(euros) => formatEuros(Math.round(euros * 100))} />}
      table={
        <FigureTable
          caption={t('dashboard.money.title')}
          headings={[t('dashboard.table.quarter'), ...series.map((entry) => entry.label)]}
          rows={quarters.map((quarter, index) => [
            labels[index]!,
            formatEuros(quarter.expectedCents),
            formatEuros(quarter.receivedCents),
          ])}
        />
      }
    />
  );
}

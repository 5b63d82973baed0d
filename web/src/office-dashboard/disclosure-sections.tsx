import type { OfficeDashboardQuery } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { disclosureStatusLabel } from '../i18n/labels';
import { ScrollTable } from '../ui/scroll-table';
import { BarChart } from './bar-chart';
import { ChartFigure, FigureTable } from './chart-figure';
import { colour, daysLabel, quarterLabel } from './dashboard-format';

type Dashboard = OfficeDashboardQuery['officeDashboard'];

/** Invention disclosures per quarter: received, accepted and published side by side. */
export function DisclosuresByQuarterFigure({ quarters }: { quarters: Dashboard['disclosuresByQuarter'] }) {
  const labels = quarters.map((quarter) => quarterLabel(quarter.quarter));
  const series = [
    {
      label: t('dashboard.disclosures.received'),
      values: quarters.map((quarter) => quarter.received),
      color: colour(0),
    },
    {
      label: t('dashboard.disclosures.accepted'),
      values: quarters.map((quarter) => quarter.accepted),
      color: colour(3),
    },
    {
      label: t('dashboard.disclosures.published'),
      values: quarters.map((quarter) => quarter.published),
      color: colour(1),
    },
  ];
  const received = quarters.reduce((sum, quarter) => sum + quarter.received, 0);
  return (
    <ChartFigure
      id="disclosures-by-quarter"
      testId="disclosures-by-quarter"
      title={t('dashboard.disclosures.title')}
      lead={t('dashboard.disclosures.lead', { count: received })}
      chart={<BarChart labels={labels} series={series} />}
      table={
        <FigureTable
          caption={t('dashboard.disclosures.title')}
          headings={[t('dashboard.table.quarter'), ...series.map((entry) => entry.label)]}
          rows={quarters.map((quarter, index) => [
            labels[index]!,
            quarter.received,
            quarter.accepted,
            quarter.published,
          ])}
        />
      }
    />
  );
}

/** The median time disclosures spent in each of the office's states: a short table reads best. */
export function DisclosureStateTimes({ times }: { times: Dashboard['disclosureStateTimes'] }) {
  return (
    <section className="dashboard-card" aria-labelledby="state-times-title" data-testid="disclosure-state-times">
      <div className="dashboard-card__head">
        <h2 id="state-times-title" className="dashboard-card__title">
          {t('dashboard.stateTimes.title')}
        </h2>
      </div>
      <p className="dashboard-card__lead">{t('dashboard.stateTimes.lead')}</p>
      <ScrollTable className="dashboard-table-wrap" labelledBy="state-times-title">
        <table className="dashboard-table">
          <caption className="visually-hidden">{t('dashboard.stateTimes.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.table.state')}</th>
              <th scope="col" className="is-number">
                {t('dashboard.stateTimes.median')}
              </th>
              <th scope="col" className="is-number">
                {t('dashboard.stateTimes.stays')}
              </th>
            </tr>
          </thead>
          <tbody>
            {times.map((time) => (
              <tr key={time.status} data-testid="state-time">
                <th scope="row">{disclosureStatusLabel(time.status)}</th>
                <td className="is-number">{daysLabel(time.medianDays)}</td>
                <td className="is-number">{time.stays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

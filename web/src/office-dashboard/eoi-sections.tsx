import { useState } from 'react';
import type { AssetKind, InterestType } from '../generated/graphql';
import type { OfficeDashboardQuery } from '../generated/members-graphql';
import { formatNumber, t } from '../i18n/i18n';
import { declineReasonLabel, eoiStatusLabel, interestTypeLabel, kindLabel } from '../i18n/labels';
import { BarChart } from './bar-chart';
import { ChartFigure, FigureTable } from './chart-figure';
import { colour, durationLabel, monthLabel, percentLabel } from './dashboard-format';

type Dashboard = OfficeDashboardQuery['officeDashboard'];

const INTEREST_TYPES: readonly InterestType[] = [
  'LICENSE',
  'OPTION',
  'CO_DEVELOPMENT',
  'SERVICE_REQUEST',
  'SPONSORED_RESEARCH',
  'MATERIAL_TRANSFER',
  'INVESTMENT',
  'OTHER',
];
const KINDS: readonly AssetKind[] = ['INVENTION', 'PROTOTYPE', 'SERVICE'];

/** EoIs received per month, stacked by interest type or by listing kind (the reader's choice). */
export function EoisByMonthFigure({ months }: { months: Dashboard['eoisByMonth'] }) {
  const [split, setSplit] = useState<'type' | 'kind'>('type');
  const labels = months.map((month) => monthLabel(month.month));
  const groups =
    split === 'type'
      ? INTEREST_TYPES.map((type) => ({
          label: interestTypeLabel(type),
          values: months.map((month) => month.byInterestType.find((entry) => entry.interestType === type)?.count ?? 0),
        }))
      : KINDS.map((kind) => ({
          label: kindLabel(kind),
          values: months.map((month) => month.byKind.find((entry) => entry.kind === kind)?.count ?? 0),
        }));
  // Only the groups that occur: a legend of empty series says nothing.
  const series = groups
    .map((group, index) => ({ ...group, color: colour(index) }))
    .filter((group) => group.values.some((value) => value > 0));
  const total = months.reduce((sum, month) => sum + month.total, 0);
  return (
    <ChartFigure
      id="eois-by-month"
      testId="eois-by-month"
      title={t('dashboard.months.title')}
      lead={t('dashboard.months.lead', { count: total })}
      actions={
        <label className="dashboard-split">
          <span className="visually-hidden">{t('dashboard.months.splitBy')}</span>
          <select
            value={split}
            onChange={(event) => setSplit(event.target.value as 'type' | 'kind')}
            data-testid="months-split"
          >
            <option value="type">{t('dashboard.months.byType')}</option>
            <option value="kind">{t('dashboard.months.byKind')}</option>
          </select>
        </label>
      }
      chart={<BarChart labels={labels} series={series} stacked />}
      table={
        <FigureTable
          caption={t('dashboard.months.title')}
          headings={[t('dashboard.table.month'), ...series.map((entry) => entry.label), t('dashboard.table.total')]}
          rows={months.map((month, index) => [
            labels[index]!,
            ...series.map((entry) => entry.values[index]!),
            month.total,
          ])}
        />
      }
    />
  );
}

/** The funnel: how far the EoIs received went, with the conversion from each stage to the next. */
export function FunnelFigure({ funnel }: { funnel: Dashboard['eoiFunnel'] }) {
  const labels = funnel.map((stage) => eoiStatusLabel(stage.status));
  return (
    <ChartFigure
      id="eoi-funnel"
      testId="eoi-funnel"
      title={t('dashboard.funnel.title')}
      lead={t('dashboard.funnel.lead')}
      chart={
        <>
          <BarChart
            horizontal
            height={240}
            labels={labels}
            series={[
              {
                label: t('dashboard.funnel.count'),
                values: funnel.map((stage) => stage.count),
                color: colour(0),
              },
            ]}
          />
          <ol className="dashboard-conversions" aria-hidden="true">
            {funnel
              .filter((stage) => stage.conversionFromPrevious !== null)
              .map((stage) => (
                <li key={stage.status}>
                  <span>{eoiStatusLabel(stage.status)}</span>{' '}
                  <strong>{percentLabel(stage.conversionFromPrevious)}</strong>
                </li>
              ))}
          </ol>
        </>
      }
      table={
        <FigureTable
          caption={t('dashboard.funnel.title')}
          headings={[
            t('dashboard.table.stage'),
            t('dashboard.table.number'),
            t('dashboard.funnel.share'),
            t('dashboard.funnel.conversion'),
          ]}
          rows={funnel.map((stage, index) => [
            labels[index]!,
            stage.count,
            percentLabel(stage.shareOfReceived),
            percentLabel(stage.conversionFromPrevious),
          ])}
        />
      }
    />
  );
}

/** The headline figures: received, agreed, time to first response against the target, overdue now. */
export function HeadlineFigures({ dashboard }: { dashboard: Dashboard }) {
  const { responseTime, eoiFunnel } = dashboard;
  const received = eoiFunnel.find((stage) => stage.status === 'SUBMITTED')?.count ?? 0;
  const agreed = eoiFunnel.find((stage) => stage.status === 'AGREED');
  const tiles = [
    { id: 'received', label: t('dashboard.tiles.received'), value: formatNumber(received), note: null },
    {
      id: 'agreed',
      label: t('dashboard.tiles.agreed'),
      value: formatNumber(agreed?.count ?? 0),
      note: t('dashboard.tiles.agreedShare', { share: percentLabel(agreed?.shareOfReceived) }),
    },
    {
      id: 'median',
      label: t('dashboard.tiles.median'),
      value: durationLabel(responseTime.medianHours),
      note: t('dashboard.tiles.p90', { value: durationLabel(responseTime.percentile90Hours) }),
    },
    {
      id: 'target',
      label: t('dashboard.tiles.target', { days: responseTime.targetWorkingDays }),
      value: percentLabel(responseTime.withinTargetShare),
      note: t('dashboard.tiles.targetNote', { count: responseTime.answeredWithinTarget }),
    },
    {
      id: 'overdue',
      label: t('dashboard.tiles.overdue'),
      value: formatNumber(responseTime.overdueNow),
      note: t('dashboard.tiles.overdueNote'),
      alert: responseTime.overdueNow > 0,
    },
  ];
  return (
    <section className="dashboard-tiles" aria-labelledby="dashboard-headline" data-testid="headline-figures">
      <h2 id="dashboard-headline" className="visually-hidden">
        {t('dashboard.tiles.heading')}
      </h2>
      <dl className="dashboard-tiles__list">
        {tiles.map((tile) => (
          <div
            key={tile.id}
            className={`dashboard-tile${'alert' in tile && tile.alert ? ' dashboard-tile--alert' : ''}`}
            data-testid={`tile-${tile.id}`}
          >
            <dt className="dashboard-tile__label">{tile.label}</dt>
            <dd className="dashboard-tile__value">{tile.value}</dd>
            {tile.note && <dd className="dashboard-tile__note">{tile.note}</dd>}
          </div>
        ))}
      </dl>
      <p className="dashboard-footnote">{t('dashboard.tiles.footnote')}</p>
    </section>
  );
}

/** Why the office declined, most given reason first (only the reasons given). */
export function DeclineReasonsFigure({ reasons }: { reasons: Dashboard['declineReasons'] }) {
  const given = reasons.filter((entry) => entry.count > 0);
  const total = given.reduce((sum, entry) => sum + entry.count, 0);
  const labels = given.map((entry) => declineReasonLabel(entry.reason));
  return (
    <ChartFigure
      id="decline-reasons"
      testId="decline-reasons"
      title={t('dashboard.declines.title')}
      lead={total === 0 ? t('dashboard.declines.none') : t('dashboard.declines.lead', { count: total })}
      chart={
        total === 0 ? null : (
          <BarChart
            horizontal
            height={Math.max(140, 52 * given.length)}
            labels={labels}
            series={[
              { label: t('dashboard.declines.count'), values: given.map((entry) => entry.count), color: colour(1) },
            ]}
          />
        )
      }
      table={
        <FigureTable
          caption={t('dashboard.declines.title')}
          headings={[t('dashboard.table.reason'), t('dashboard.declines.count')]}
          rows={reasons.map((entry) => [declineReasonLabel(entry.reason), entry.count])}
        />
      }
    />
  );
}

import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DashboardInstitutesDocument, OfficeDashboardDocument } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { PageHeader } from '../ui/page-header';
import { EmptyState, ErrorState, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { AgreementMoneyFigure, AgreementsSignedFigure } from './agreement-sections';
import { isPeriodPreset, PERIOD_PRESETS, periodVariables } from './dashboard-period';
import { DisclosureStateTimes, DisclosuresByQuarterFigure } from './disclosure-sections';
import { DeclineReasonsFigure, EoisByMonthFigure, FunnelFigure, HeadlineFigures } from './eoi-sections';
import { ListingInterestSection } from './listing-interest-section';
import '../ui/office.css';
import './office-dashboard.css';

/**
 * The office's dashboard: its expressions of interest, disclosures and agreements over a period, as charts (each with its
 * table) and headline figures. Officers see their institute; administrators choose one or the whole network.
 */
export function OfficeDashboardPage() {
  const { viewer } = useViewer();
  const isAdmin = viewer?.role === 'ADMIN';
  const [params, setParams] = useSearchParams();
  const requested = params.get('period');
  const preset = isPeriodPreset(requested) ? requested : 'LAST_12_MONTHS';
  const institutionId = isAdmin ? params.get('institute') || null : null;
  usePageMeta(t('dashboard.metaTitle'));

  const period = useMemo(() => periodVariables(preset), [preset]);
  const { data, previousData, loading, error, refetch } = useQuery(OfficeDashboardDocument, {
    variables: { institutionId, ...period },
    fetchPolicy: 'cache-and-network',
  });
  const institutes = useQuery(DashboardInstitutesDocument, { skip: !isAdmin });
  // While another period loads, the figures shown stay (dimmed) rather than jump to a spinner.
  const dashboard = (data ?? previousData)?.officeDashboard;
  const stale = loading && !data;

  function choose(next: { period?: string; institute?: string }) {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    setParams(search, { replace: true });
  }

  const whose = dashboard?.institution?.shortName ?? viewer?.institution?.shortName;
  const received = dashboard?.eoiFunnel.find((stage) => stage.status === 'SUBMITTED')?.count ?? 0;
  const disclosures = dashboard?.disclosuresByQuarter.reduce((sum, quarter) => sum + quarter.received, 0) ?? 0;
  const signed = dashboard?.agreementsSignedByType.reduce((sum, entry) => sum + entry.count, 0) ?? 0;
  const money = dashboard?.agreementMoneyByQuarter.some((quarter) => quarter.expectedCents + quarter.receivedCents > 0);
  const quiet = dashboard !== undefined && received === 0 && disclosures === 0 && signed === 0 && !money;

  return (
    <div className="office-dashboard-page" data-testid="office-dashboard-page">
      <PageHeader
        eyebrow={whose ?? t('dashboard.network')}
        title={t('dashboard.heading')}
        titleTestId="dashboard-title"
        lead={whose ? t('dashboard.lead', { institute: whose }) : t('dashboard.leadAll')}
        layout="office-header"
      >
        <form className="dashboard-controls" onSubmit={(event) => event.preventDefault()}>
          {isAdmin && (
            <label className="dashboard-control">
              <span>{t('dashboard.institute')}</span>
              <select
                value={institutionId ?? ''}
                onChange={(event) => choose({ institute: event.target.value })}
                data-testid="dashboard-institute"
              >
                <option value="">{t('dashboard.network')}</option>
                {institutes.data?.institutions.map((institute) => (
                  <option key={institute.id} value={institute.id}>
                    {institute.shortName}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="dashboard-control">
            <span>{t('dashboard.period')}</span>
            <select
              value={preset}
              onChange={(event) => choose({ period: event.target.value })}
              data-testid="dashboard-period"
            >
              {PERIOD_PRESETS.map((value) => (
                <option key={value} value={value}>
                  {t(`dashboard.periods.${value}`)}
                </option>
              ))}
            </select>
          </label>
        </form>
      </PageHeader>
      <div className="container office-body dashboard-body" aria-busy={loading}>
        {!dashboard && error ? (
          <ErrorState title={t('dashboard.error')} error={error} onRetry={() => void refetch()} />
        ) : !dashboard ? (
          <PageLoading />
        ) : (
          <div className={stale ? 'dashboard-grid is-stale' : 'dashboard-grid'} data-testid="dashboard-figures">
            <p className="dashboard-range" data-testid="dashboard-range">
              {t('dashboard.range', {
                from: formatDate(dashboard.from),
                to: formatDate(new Date(new Date(dashboard.to).getTime() - 1).toISOString()),
              })}
            </p>
            {quiet ? (
              <EmptyState title={t('dashboard.emptyTitle')}>
                <p>{t('dashboard.emptyBody')}</p>
              </EmptyState>
            ) : (
              <>
                <HeadlineFigures dashboard={dashboard} />
                <EoisByMonthFigure months={dashboard.eoisByMonth} />
                <div className="dashboard-pair">
                  <FunnelFigure funnel={dashboard.eoiFunnel} />
                  <DeclineReasonsFigure reasons={dashboard.declineReasons} />
                </div>
                <ListingInterestSection interest={dashboard.listingInterest} />
                <div className="dashboard-pair">
                  <DisclosuresByQuarterFigure quarters={dashboard.disclosuresByQuarter} />
                  <DisclosureStateTimes times={dashboard.disclosureStateTimes} />
                </div>
                <div className="dashboard-pair">
                  <AgreementsSignedFigure types={dashboard.agreementsSignedByType} />
                  <AgreementMoneyFigure quarters={dashboard.agreementMoneyByQuarter} />
                </div>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

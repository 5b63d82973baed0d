import { useQuery } from '@apollo/client/react';
import { ListingFeedbackCountsDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { Panel } from '../ui/panel';
import { ErrorState } from '../ui/status';
import { feedbackReasonLabel } from './feedback-labels';
import './feedback.css';

/** Why companies passed on the institute's listings, reason by reason (the office's listings page). */
export function FeedbackCountsPanel() {
  const { data, error, loading, refetch } = useQuery(ListingFeedbackCountsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const counts = data?.listingFeedbackCounts;
  const total = counts?.reduce((sum, row) => sum + row.count, 0) ?? 0;
  const most = Math.max(1, ...(counts ?? []).map((row) => row.count));
  return (
    <Panel
      headingId="feedback-counts-heading"
      title={t('feedback.countsTitle')}
      className="feedback-counts-panel"
      testId="feedback-counts"
    >
      {!counts ? (
        error ? (
          <ErrorState title={t('feedback.error')} error={error} onRetry={() => void refetch()} />
        ) : (
          loading && <p className="muted">…</p>
        )
      ) : total === 0 ? (
        <p className="muted">{t('feedback.countsNone')}</p>
      ) : (
        <>
          <p className="muted">
            {t('feedback.countsLead')} <strong>{t('feedback.countsTotal', { count: total })}</strong>
          </p>
          <ul className="feedback-counts">
            {counts
              .filter((row) => row.count > 0)
              .map((row) => (
                <li key={row.reason} data-testid="feedback-count">
                  <span>{feedbackReasonLabel(row.reason)}</span>
                  <strong>{row.count}</strong>
                  <span
                    className="feedback-counts__bar"
                    style={{ inlineSize: `${Math.round((row.count / most) * 100)}%` }}
                    aria-hidden="true"
                  />
                </li>
              ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

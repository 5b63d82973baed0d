import { useQuery } from '@apollo/client/react';
import { AssetInterestSummaryDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { interestTypeLabel } from '../i18n/labels';
import { useViewer } from '../session/use-viewer';
import { Panel } from '../ui/panel';

/**
 * How much interest a listing drew, by type and never by company: for its inventors, its office and
 * administrators. Asked only by those roles; anyone else (a researcher who is not an inventor) is
 * refused and sees nothing.
 */
export function InterestSummaryPanel({ slug }: { slug: string }) {
  const { viewer } = useViewer();
  const allowed = viewer?.role === 'RESEARCHER' || viewer?.role === 'TT_OFFICER' || viewer?.role === 'ADMIN';
  const { data } = useQuery(AssetInterestSummaryDocument, {
    variables: { slug },
    skip: !allowed,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const summary = data?.asset?.interestSummary;
  if (!allowed || !summary) return null;
  const types = summary.byType.filter((entry) => entry.count > 0);
  return (
    <Panel
      headingId="interest-summary-heading"
      title={t('interestSummary.title')}
      className="interest-summary"
      testId="interest-summary"
    >
      {summary.total === 0 ? (
        <p className="muted">{t('interestSummary.none')}</p>
      ) : (
        <>
          <p className="interest-summary__total">
            <strong data-testid="interest-summary-total">{t('interestSummary.total', { count: summary.total })}</strong>
            <span className="muted"> · {t('interestSummary.open', { count: summary.open })}</span>
          </p>
          <ul className="interest-summary__types">
            {types.map((entry) => (
              <li key={entry.interestType}>
                <span>{interestTypeLabel(entry.interestType)}</span>
                <span
                  className="interest-summary__bar"
                  style={{ inlineSize: `${Math.round((entry.count / summary.total) * 100)}%` }}
                  aria-hidden="true"
                />
                <strong>{entry.count}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="interest-summary__note">{t('interestSummary.note')}</p>
    </Panel>
  );
}

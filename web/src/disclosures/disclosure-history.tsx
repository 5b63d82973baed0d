import type { DisclosureHistoryFieldsFragment } from '../generated/graphql';
import { formatDateTime, t } from '../i18n/i18n';
import { disclosureStatusLabel } from '../i18n/labels';
import './disclosures.css';

/**
 * Every change of status of a disclosure, oldest first, as a vertical timeline with who made it and
 * the reason given (a request for information carries the office's questions).
 */
export function DisclosureHistory({ history }: { history: readonly DisclosureHistoryFieldsFragment[] }) {
  if (history.length === 0) return <p className="muted">{t('disclosures.history.empty')}</p>;
  return (
    <ol className="disclosure-timeline" data-testid="disclosure-history">
      {history.map((entry, index) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and never reorder
          key={`${entry.at}-${index}`}
          className={`disclosure-timeline__entry disclosure-timeline__entry--${entry.to.toLowerCase()}`}
          data-testid="history-entry"
          data-to={entry.to}
        >
          <span className="disclosure-timeline__marker" aria-hidden="true" />
          <div>
            <p className="disclosure-timeline__what">
              {entry.from
                ? t('disclosures.history.moved', { status: disclosureStatusLabel(entry.to) })
                : t('disclosures.history.created')}
            </p>
            <p className="disclosure-timeline__meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {entry.actorName && <span> · {t('disclosures.history.by', { name: entry.actorName })}</span>}
            </p>
            {entry.reason && <p className="disclosure-timeline__reason">{entry.reason}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}

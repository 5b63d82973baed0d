import type { EoiDetailFieldsFragment } from '../generated/graphql';
import { formatDateTime, t } from '../i18n/i18n';
import { eoiStatusLabel } from '../i18n/labels';
import './eoi.css';

type Entry = EoiDetailFieldsFragment['history'][number];

/** Every change of status, oldest first, as a vertical timeline; the office's reasons where given. */
export function EoiTimeline({ history }: { history: readonly Entry[] }) {
  return (
    <ol className="eoi-timeline" data-testid="eoi-history">
      {history.map((entry, index) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and never reorder
          key={`${entry.at}-${index}`}
          className={`eoi-timeline__entry eoi-timeline__entry--${entry.to.toLowerCase()}`}
          data-testid="history-entry"
          data-to={entry.to}
        >
          <span className="eoi-timeline__marker" aria-hidden="true" />
          <div className="eoi-timeline__body">
            <p className="eoi-timeline__what">
              {entry.from ? t('eoi.history.moved', { status: eoiStatusLabel(entry.to) }) : t('eoi.history.submitted')}
            </p>
            <p className="eoi-timeline__meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {entry.actorName && <span> · {t('eoi.history.by', { name: entry.actorName })}</span>}
            </p>
            {entry.reason && (
              <p className="eoi-timeline__reason">{t('eoi.history.reason', { reason: entry.reason })}</p>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

import { formatDateTime } from '../i18n/i18n';
import './timeline.css';

/** One change of status: what every item's history (an EoI's, a disclosure's) says. */
export interface TimelineEntry {
  from: string | null;
  to: string;
  at: string;
  actorName: string | null;
  reason: string | null;
}

/** Every change of status, oldest first, as a vertical timeline coloured by the status reached; who and why where known. */
export function Timeline<Entry extends TimelineEntry>({
  history,
  what,
  by,
  reason = (text) => text,
  testId,
}: {
  history: readonly Entry[];
  /** The line that says what happened. */
  what: (entry: Entry) => string;
  by: (name: string) => string;
  reason?: (text: string) => string;
  testId: string;
}) {
  return (
    <ol className="timeline" data-testid={testId}>
      {history.map((entry, index) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and never reorder
          key={`${entry.at}-${index}`}
          className={`timeline__entry timeline__entry--${entry.to.toLowerCase()}`}
          data-testid="history-entry"
          data-to={entry.to}
        >
          <span className="timeline__marker" aria-hidden="true" />
          <div>
            <p className="timeline__what">{what(entry)}</p>
            <p className="timeline__meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {entry.actorName && <span> · {by(entry.actorName)}</span>}
            </p>
            {entry.reason && <p className="timeline__reason">{reason(entry.reason)}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}

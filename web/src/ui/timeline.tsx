import type { ReactNode } from 'react';
import type { Language } from '../generated/graphql';
import { formatDateTime } from '../i18n/i18n';
import { langOfText } from '../i18n/written-language';
import './timeline.css';

/** One change of status: what every item's history (an EoI's, a disclosure's) says. */
export interface TimelineEntry {
  from: string | null;
  to: string;
  at: string;
  actorName: string | null;
  reason: string | null;
  /** The language the reason was written in. */
  reasonLanguage: Language | null;
}

/** Every change of status, oldest first, as a vertical timeline coloured by the status reached; who and why where known. */
export function Timeline<Entry extends TimelineEntry>({
  history,
  what,
  by,
  reasonLabel,
  testId,
}: {
  history: readonly Entry[];
  /** The line that says what happened. */
  what: (entry: Entry) => string;
  by: (name: string) => string;
  /** The sentence that introduces a reason, given the reason's element; the reason alone without it. */
  reasonLabel?: (reason: ReactNode) => ReactNode;
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
            {entry.reason && <Reason entry={entry} label={reasonLabel} />}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Why a change was made, in the language it was written in. */
function Reason({ entry, label }: { entry: TimelineEntry; label?: (reason: ReactNode) => ReactNode }) {
  const lang = langOfText(entry.reason, entry.reasonLanguage);
  if (!label) {
    return (
      <p className="timeline__reason" lang={lang}>
        {entry.reason}
      </p>
    );
  }
  return <p className="timeline__reason">{label(<span lang={lang}>{entry.reason}</span>)}</p>;
}

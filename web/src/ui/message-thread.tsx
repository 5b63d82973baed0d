import type { ReactNode } from 'react';
import type { Language } from '../generated/graphql';
import { formatDateTime } from '../i18n/i18n';
import { langOf } from '../i18n/written-language';
import { initials } from '../session/use-viewer';
import './thread.css';

/** One message of a thread: what an EoI's and a disclosure's messages have in common. */
export interface ThreadMessage<Side extends string> {
  id: string;
  body: string;
  /** The language the body was written in. */
  language: Language;
  authorName: string | null;
  authorSide: Side;
  createdAt: string;
  /** An office's internal note (EoIs only): set apart, never shown to the other side. */
  internal?: boolean;
}

/**
 * A conversation between two sides, oldest first: the viewer's side on the right, the other on the
 * left, internal notes set apart. Each side is coloured by its modifier (`thread-message--office`, …).
 */
export function MessageThread<Side extends string>({
  messages,
  viewerSide,
  sideLabels,
  empty,
  internalLabel,
  testId,
}: {
  messages: readonly ThreadMessage<Side>[];
  /** Whose messages are "mine" (right-aligned). */
  viewerSide: Side;
  /** How each side is named when a message has no author name, and beside every author. */
  sideLabels: Record<Side, string>;
  /** What an empty thread says. */
  empty: string;
  /** The heading of an internal note's bubble. */
  internalLabel?: ReactNode;
  testId: string;
}) {
  if (messages.length === 0) {
    return (
      <p className="thread__empty muted" data-testid="thread-empty">
        {empty}
      </p>
    );
  }
  return (
    <ol className="thread" data-testid={testId}>
      {messages.map((message) => {
        const classes = [
          'thread-message',
          `thread-message--${message.authorSide.toLowerCase()}`,
          message.authorSide === viewerSide ? 'thread-message--own' : '',
          message.internal ? 'thread-message--internal' : '',
        ]
          .filter(Boolean)
          .join(' ');
        const sideLabel = sideLabels[message.authorSide];
        const author = message.authorName ?? sideLabel;
        return (
          <li
            key={message.id}
            className={classes}
            data-testid={message.internal ? 'internal-note' : 'thread-message'}
            data-side={message.authorSide}
          >
            <span className="thread-message__avatar" aria-hidden="true">
              {initials(author)}
            </span>
            <div className="thread-message__bubble">
              {message.internal && <p className="thread-message__internal-label">{internalLabel}</p>}
              <p className="thread-message__meta">
                <strong className="thread-message__author">{author}</strong>
                <span>{sideLabel}</span>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
              </p>
              <div className="thread-message__body" lang={langOf(message.language)}>
                {message.body.split(/\n{2,}/).map((paragraph, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one message, static
                  <p key={index}>{paragraph}</p>
                ))}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

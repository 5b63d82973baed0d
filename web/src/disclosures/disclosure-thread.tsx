import { initials } from '../account/use-viewer';
import type { DisclosureMessageFieldsFragment } from '../generated/graphql';
import { formatDateTime, t } from '../i18n/i18n';
import './disclosures.css';

export type DisclosureSide = 'RESEARCHER' | 'OFFICE';

/**
 * The thread between a disclosure's researchers and the office, oldest first: the viewer's side on
 * the right. The office's requests for information appear here too (the server adds them).
 */
export function DisclosureThread({
  messages,
  viewerSide,
}: {
  messages: readonly DisclosureMessageFieldsFragment[];
  /** Whose messages are "mine" (right-aligned): the researchers' page passes RESEARCHER, the office's OFFICE. */
  viewerSide: DisclosureSide;
}) {
  if (messages.length === 0) {
    return (
      <p className="disclosure-thread__empty muted" data-testid="thread-empty">
        {t('disclosures.thread.empty')}
      </p>
    );
  }
  return (
    <ol className="disclosure-thread" data-testid="disclosure-thread">
      {messages.map((message) => {
        const side = message.authorSide === 'OFFICE' ? 'office' : 'researcher';
        const own = message.authorSide === viewerSide;
        const sideLabel = side === 'office' ? t('disclosures.thread.office') : t('disclosures.thread.researchers');
        const author = message.authorName ?? sideLabel;
        return (
          <li
            key={message.id}
            className={`disclosure-message disclosure-message--${side}${own ? ' disclosure-message--own' : ''}`}
            data-testid="thread-message"
            data-side={message.authorSide}
          >
            <span className="disclosure-message__avatar" aria-hidden="true">
              {initials(author)}
            </span>
            <div className="disclosure-message__bubble">
              <p className="disclosure-message__meta">
                <strong className="disclosure-message__author">{author}</strong>
                <span>{sideLabel}</span>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
              </p>
              <div className="disclosure-message__body">
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

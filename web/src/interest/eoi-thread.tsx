import { initials } from '../account/use-viewer';
import type { EoiDetailFieldsFragment } from '../generated/graphql';
import { formatDateTime, t } from '../i18n/i18n';
import { LockIcon } from './eoi-icons';
import './eoi.css';

type Message = EoiDetailFieldsFragment['messages'][number];
export type ThreadSide = 'OFFICE' | 'COMPANY';

/**
 * The messages of an EoI, oldest first: the viewer's side on the right, the other on the left, the
 * office's internal notes set apart. A company's thread never renders an internal note, even one it
 * was somehow given.
 */
export function EoiThread({ messages, viewerSide }: { messages: readonly Message[]; viewerSide: ThreadSide }) {
  const shown = viewerSide === 'COMPANY' ? messages.filter((message) => !message.internal) : messages;
  if (shown.length === 0) {
    return (
      <p className="eoi-thread__empty muted" data-testid="thread-empty">
        {t('eoi.thread.empty')}
      </p>
    );
  }
  return (
    <ol className="eoi-thread" data-testid="eoi-thread">
      {shown.map((message) => {
        const side = message.authorSide === 'OFFICE' ? 'office' : 'company';
        const own = message.authorSide === viewerSide;
        const classes = [
          'eoi-message',
          `eoi-message--${side}`,
          own ? 'eoi-message--own' : '',
          message.internal ? 'eoi-message--internal' : '',
        ]
          .filter(Boolean)
          .join(' ');
        const author = message.authorName ?? (side === 'office' ? t('eoi.thread.office') : t('eoi.thread.company'));
        return (
          <li
            key={message.id}
            className={classes}
            data-testid={message.internal ? 'internal-note' : 'thread-message'}
            data-side={message.authorSide}
          >
            <span className="eoi-message__avatar" aria-hidden="true">
              {initials(author)}
            </span>
            <div className="eoi-message__bubble">
              {message.internal && (
                <p className="eoi-message__internal-label">
                  <LockIcon />
                  {t('eoi.thread.internal')}
                </p>
              )}
              <p className="eoi-message__meta">
                <strong className="eoi-message__author">{author}</strong>
                <span className="eoi-message__side">
                  {side === 'office' ? t('eoi.thread.office') : t('eoi.thread.company')}
                </span>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
              </p>
              <div className="eoi-message__body">
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

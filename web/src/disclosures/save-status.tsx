import type { ReactNode } from 'react';
import { errorMessages } from '../i18n/error-message';
import { getLocale, t } from '../i18n/i18n';
import { AlertIcon, CheckIcon } from '../ui/icons';
import type { SaveState } from './use-draft-autosave';

/** "14:05" today, "21 Aug, 14:05" another day. */
export function formatSaveTime(at: Date, now = new Date()): string {
  const sameDay = at.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(
    getLocale(),
    sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(at);
}

/**
 * Whether the server has the draft as it is on screen: "Saving…", "Saved at 14:05", or "Not saved"
 * with the way out (retry; the conflict banner says more).
 */
export function SaveStatus({
  state,
  loadedAt,
  onRetry,
}: {
  state: SaveState;
  /** When the loaded version was saved (shown until the first save of this visit). */
  loadedAt: string;
  onRetry: () => void;
}) {
  let content: ReactNode;
  let tone: 'ok' | 'busy' | 'problem' = 'ok';
  switch (state.kind) {
    case 'unchanged':
      content = (
        <>
          <CheckIcon />
          {t('disclosures.save.savedAt', { time: formatSaveTime(new Date(loadedAt)) })}
        </>
      );
      break;
    case 'saved':
      content = (
        <>
          <CheckIcon />
          {t('disclosures.save.savedAt', { time: formatSaveTime(state.at) })}
        </>
      );
      break;
    case 'pending':
    case 'saving':
      tone = 'busy';
      content = (
        <>
          <span className="spinner spinner--tiny" aria-hidden="true" />
          {t('disclosures.save.saving')}
        </>
      );
      break;
    case 'failed':
      tone = 'problem';
      content = (
        <>
          <AlertIcon />
          <span>{t('disclosures.save.failed')}</span>
          <button type="button" className="link-button save-status__retry" onClick={onRetry} data-testid="save-retry">
            {t('disclosures.save.retry')}
          </button>
        </>
      );
      break;
    case 'refused':
      tone = 'problem';
      content = (
        <>
          <AlertIcon />
          <span>
            {t('disclosures.save.refused', {
              reason: errorMessages(state.errors) || t('form.unexpected'),
            })}
          </span>
        </>
      );
      break;
    case 'conflict':
      tone = 'problem';
      content = (
        <>
          <AlertIcon />
          <span>{t('disclosures.save.conflict')}</span>
        </>
      );
      break;
  }
  return (
    <p className={`save-status save-status--${tone}`} role="status" data-testid="save-status" data-state={state.kind}>
      {content}
    </p>
  );
}

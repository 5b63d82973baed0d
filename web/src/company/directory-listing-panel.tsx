import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { SetCompanyListingDocument } from '../generated/graphql';
import { errorMessage } from '../i18n/error-message';
import { formatDate, type MessageKey, t } from '../i18n/i18n';
import { ConfirmButtons } from '../ui/confirm-buttons';
import { LiveNotice } from '../ui/live-notice';
import { Panel } from '../ui/panel';

/** Where a company stands with the public directory; the network (an admin or an officer) decides. */
export type DirectoryState = 'LISTED' | 'REQUESTED' | 'UNLISTED';

export function directoryState(company: { listed: boolean; listingRequestedAt?: string | null }): DirectoryState {
  if (company.listed) return 'LISTED';
  return company.listingRequestedAt ? 'REQUESTED' : 'UNLISTED';
}

const BADGES: Record<DirectoryState, { key: MessageKey; className: string }> = {
  LISTED: { key: 'company.listedBadge', className: 'badge--success' },
  REQUESTED: { key: 'company.requestedBadge', className: 'badge--accent' },
  UNLISTED: { key: 'company.unlistedBadge', className: 'badge--neutral' },
};

/** The header's badge: listed, awaiting the network's review, or not listed. */
export function DirectoryBadge({ state }: { state: DirectoryState }) {
  const badge = BADGES[state];
  return (
    <span className={`badge ${badge.className}`} data-testid="listed-badge" data-state={state}>
      {t(badge.key)}
    </span>
  );
}

type Done = 'requested' | 'withdrawn' | 'left';
const DONE: Record<Done, MessageKey> = {
  requested: 'company.requestSent',
  withdrawn: 'company.requestWithdrawn',
  left: 'company.leftDirectory',
};

/**
 * The company and the public partner directory, said plainly, with the one thing a member can do: ask to
 * be listed (an administrator or an officer decides), withdraw the request, or leave the directory.
 */
export function DirectoryListingPanel({
  company,
}: {
  company: { listed: boolean; listingRequestedAt?: string | null };
}) {
  const [setListing] = useMutation(SetCompanyListingDocument);
  const [sending, setSending] = useState(false);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const state = directoryState(company);

  async function change(listed: boolean, outcome: Done) {
    setSending(true);
    setDone(null);
    setFailure(null);
    try {
      const { data } = await setListing({ variables: { listed } });
      const payload = data?.updateCompanyProfile;
      if (payload?.company) {
        setDone(outcome);
        setConfirmingLeave(false);
      } else setFailure(payload?.errors[0] ? errorMessage(payload.errors[0]) : t('company.listingFailed'));
    } catch {
      setFailure(t('company.listingFailed'));
    } finally {
      setSending(false);
    }
  }

  return (
    <Panel
      headingId="directory-heading"
      title={t('company.directoryTitle')}
      className="directory-panel"
      testId="directory-panel"
      headingClassName="icon-heading"
    >
      <p className="directory-panel__state" data-testid="directory-state" data-state={state}>
        {state === 'LISTED' && t('company.directoryListed')}
        {state === 'REQUESTED' &&
          t('company.directoryRequested', { date: formatDate(company.listingRequestedAt ?? null) })}
        {state === 'UNLISTED' && t('company.directoryUnlisted')}
      </p>
      {state === 'REQUESTED' && <p className="directory-panel__explain">{t('company.directoryRequestedHint')}</p>}
      {state === 'UNLISTED' && <p className="directory-panel__explain">{t('company.directoryUnlistedHint')}</p>}
      <p className="directory-panel__hint">{t('company.listedHint')}</p>
      <div className="directory-panel__actions">
        {state === 'UNLISTED' && (
          <button
            type="button"
            className="button button--primary"
            disabled={sending}
            onClick={() => void change(true, 'requested')}
            data-testid="ask-listing"
          >
            {sending ? t('form.sending') : t('company.askListing')}
          </button>
        )}
        {state === 'REQUESTED' && (
          <button
            type="button"
            className="button button--secondary"
            disabled={sending}
            onClick={() => void change(false, 'withdrawn')}
            data-testid="withdraw-listing"
          >
            {sending ? t('form.sending') : t('company.withdrawRequest')}
          </button>
        )}
        {state === 'LISTED' &&
          (confirmingLeave ? (
            <div className="directory-panel__confirm">
              <p className="directory-panel__warning">{t('company.confirmLeave')}</p>
              <ConfirmButtons
                className="directory-panel__buttons"
                label={sending ? t('form.sending') : t('company.leaveDirectory')}
                disabled={sending}
                onConfirm={() => void change(false, 'left')}
                onCancel={() => setConfirmingLeave(false)}
                testId="confirm-leave-directory"
              />
            </div>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setDone(null);
                setConfirmingLeave(true);
              }}
              data-testid="leave-directory"
            >
              {t('company.leaveDirectory')}
            </button>
          ))}
      </div>
      <LiveNotice testId="directory-done">{done && t(DONE[done])}</LiveNotice>
      {failure && (
        <p className="form-field__error" role="alert" data-testid="directory-error">
          {failure}
        </p>
      )}
    </Panel>
  );
}

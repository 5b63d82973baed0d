import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DeleteDisclosureDraftDocument } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage, focusOnMount, LiveRegion } from '../ui/form';
import { Panel } from '../ui/panel';

/** What "My disclosures" says after a draft was deleted (router state). */
export interface DraftDeletedState {
  deletedDraft: string;
}

/**
 * Deleting a draft that was never submitted, after a confirmation: the office never saw it, so nobody is told and
 * nothing is kept. Then back to "My disclosures", which says so.
 */
export function DeleteDraftPanel({ id, title }: { id: string; title: string | null }) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(DeleteDisclosureDraftDocument, {
    update(cache, { data }) {
      if (!data?.deleteDisclosureDraft.deletedId) return;
      cache.evict({ id: cache.identify({ __typename: 'Disclosure', id }) });
      cache.gc();
    },
  });

  async function confirm() {
    setProblem(null);
    try {
      const { data } = await remove({ variables: { input: { id } } });
      const errors = data?.deleteDisclosureDraft.errors ?? [];
      if (errors.length > 0 || !data?.deleteDisclosureDraft.deletedId) {
        setProblem(errorMessages(errors) || t('form.unexpected'));
        return;
      }
      const state: DraftDeletedState = { deletedDraft: title?.trim() || t('disclosures.untitled') };
      navigate('/disclosures', { state });
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  return (
    <Panel headingId="delete-draft-heading" title={t('disclosures.deleteDraft.title')} testId="delete-draft-panel">
      {!confirming ? (
        <>
          <p className="muted">{t('disclosures.deleteDraft.body')}</p>
          <button
            type="button"
            className="button button--secondary button--block"
            onClick={() => setConfirming(true)}
            data-testid="delete-draft"
          >
            {t('disclosures.deleteDraft.button')}
          </button>
        </>
      ) : (
        <div className="action-form">
          <p className="action-form__warning" ref={focusOnMount} tabIndex={-1}>
            {t('disclosures.deleteDraft.confirmBody')}
          </p>
          <div className="action-form__buttons">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void confirm()}
              disabled={loading}
              data-testid="delete-draft-confirm"
            >
              {loading ? t('disclosures.deleteDraft.deleting') : t('disclosures.deleteDraft.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('disclosures.deleteDraft.keep')}
            </button>
          </div>
        </div>
      )}
      <LiveRegion>
        {problem && (
          <p className="form-field__error" role="alert" data-testid="delete-draft-error">
            {problem}
          </p>
        )}
      </LiveRegion>
    </Panel>
  );
}

import { useMutation } from '@apollo/client/react';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '@tt/shared/limits';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { FeedbackReasonFields } from '../feedback/feedback-reason-fields';
import { type FeedbackReason } from '../generated/graphql';
import { DismissRecommendationDocument, RecommendedListingsDocument } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage } from '../ui/form';

/**
 * "Not interested": a modal dialog (the browser's own, so focus stays in it and Escape closes it) asking why, with
 * the eight reasons and an optional comment. Dismissed, the listing leaves the recommendations.
 */
export function DismissDialog({
  listing,
  onClose,
  onDismissed,
}: {
  listing: { id: string; title: string };
  onClose: () => void;
  onDismissed: (title: string) => void;
}) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState<FeedbackReason | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reasonMissing, setReasonMissing] = useState(false);
  const [dismiss, { loading }] = useMutation(DismissRecommendationDocument, {
    refetchQueries: [RecommendedListingsDocument],
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // jsdom and old browsers lack showModal: open it in place then.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    if (!reason) {
      setReasonMissing(true);
      return;
    }
    try {
      const { data } = await dismiss({
        variables: { input: { assetId: listing.id, reason, comment: comment.trim() || null } },
      });
      const errors = data?.dismissRecommendation.errors ?? [];
      if (errors.length > 0) setProblem(errorMessages(errors));
      else onDismissed(listing.title);
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  return (
    <dialog
      ref={dialog}
      className="dismiss-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
      data-testid="dismiss-dialog"
    >
      <form className="dismiss-dialog__body" onSubmit={(event) => void onSubmit(event)} noValidate>
        <h2 id={`${id}-title`} className="dismiss-dialog__title">
          {t('match.dismissTitle')}
        </h2>
        <p className="muted">
          <strong>{listing.title}</strong>
        </p>
        <p className="muted">{t('match.dismissLead')}</p>
        <FeedbackReasonFields
          name={`${id}-reason`}
          legend={t('match.dismissLegend')}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setReasonMissing(false);
          }}
          error={reasonMissing ? t('match.reasonRequired') : null}
        />
        <div className="form-field">
          <label htmlFor={`${id}-comment`} className="form-field__label">
            {t('feedback.comment')} <span className="form-field__optional">{t('form.optional')}</span>
          </label>
          <textarea
            id={`${id}-comment`}
            className="input textarea"
            rows={3}
            maxLength={FEEDBACK_COMMENT_MAX_LENGTH}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            data-testid="dismiss-comment"
          />
        </div>
        {problem && (
          <p className="form-field__error" role="alert">
            {problem}
          </p>
        )}
        <div className="action-form__buttons">
          <button type="submit" className="button button--primary" disabled={loading} data-testid="dismiss-confirm">
            {t('match.dismissConfirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

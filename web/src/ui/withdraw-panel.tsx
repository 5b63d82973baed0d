import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { type CodedError, errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage, focusOnMount, LiveRegion, Notice } from './form';

/** What the side that opened an item (an EoI, a disclosure) reads in the panel that withdraws it. */
export interface WithdrawLabels {
  title: string;
  body: string;
  button: string;
  reason: string;
  confirm: string;
  /** Said above the reason once the withdrawal is asked for (what cannot be undone). */
  warning?: string;
}

/**
 * Withdrawing, after a confirmation with an optional reason. `done` (given once withdrawn) keeps the
 * panel to say so; without it the page drops the panel.
 */
export function WithdrawPanel({
  withdraw,
  labels,
  reasonMax,
  done,
  testId,
  extra,
}: {
  /** Withdraws with the reason (null: none given); answers the server's errors, throws when the request fails. */
  withdraw: (reason: string | null) => Promise<readonly CodedError[]>;
  labels: WithdrawLabels;
  reasonMax?: number;
  done?: { title: string; notice: string } | null;
  testId?: string;
  /** More fields, above the reason (an EoI's feedback: why the company passes on the listing). */
  extra?: ReactNode;
}) {
  const fieldId = useId();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setSending(true);
    try {
      const errors = await withdraw(reason.trim() || null);
      if (errors.length > 0) setProblem(errorMessages(errors));
    } catch (failure) {
      setProblem(failureMessage(failure));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${fieldId}-title`} data-testid={testId}>
      <h2 id={`${fieldId}-title`} className="panel__title">
        {done ? done.title : labels.title}
      </h2>
      <LiveRegion>{done && <Notice testId="withdrawn">{done.notice}</Notice>}</LiveRegion>
      {!confirming && !done && (
        <>
          <p className="muted">{labels.body}</p>
          <button
            type="button"
            className="button button--secondary button--block"
            onClick={() => setConfirming(true)}
            data-testid="withdraw"
          >
            {labels.button}
          </button>
        </>
      )}
      {confirming && !done && (
        <form onSubmit={(event) => void onSubmit(event)} className="action-form" noValidate>
          {labels.warning && <p className="action-form__warning">{labels.warning}</p>}
          {extra}
          <label htmlFor={`${fieldId}-reason`} className="form-field__label">
            {labels.reason} <span className="form-field__optional">{t('form.optional')}</span>
          </label>
          <textarea
            id={`${fieldId}-reason`}
            ref={focusOnMount}
            className="input textarea"
            rows={3}
            value={reason}
            maxLength={reasonMax}
            onChange={(event) => setReason(event.target.value)}
          />
          {problem && <p className="form-field__error">{problem}</p>}
          <div className="action-form__buttons">
            <button type="submit" className="button button--danger" disabled={sending} data-testid="withdraw-confirm">
              {labels.confirm}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

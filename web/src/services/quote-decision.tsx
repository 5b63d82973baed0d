import { useMutation } from '@apollo/client/react';
import { QUOTE_LIMITS, QuoteDeclineReason } from '@tt/shared/quote-rules';
import { type FormEvent, useId, useState } from 'react';
import type { QuoteDeclineReason as QuoteDeclineReasonValue } from '../generated/graphql';
import { AcceptQuoteDocument, DeclineQuoteDocument, type QuoteFieldsFragment } from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { formatDate, t } from '../i18n/i18n';
import { failureMessage, focusOnMount } from '../ui/form';
import { formatQuoteEuros, quoteDeclineReasonLabel } from './quote-format';

const REASONS = Object.values(QuoteDeclineReason) as QuoteDeclineReasonValue[];

/**
 * The company's answer to its open quote: Accept (after a confirmation that says what it commits to) or Decline
 * (with a reason from the list and an optional comment). Offered only while the API lists the move.
 */
export function QuoteDecisionActions({ quote, onDone }: { quote: QuoteFieldsFragment; onDone: () => void }) {
  const [step, setStep] = useState<'idle' | 'accept' | 'decline'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const [accept, accepting] = useMutation(AcceptQuoteDocument);
  if (!quote.moves.includes('ACCEPT') && !quote.moves.includes('DECLINE')) return null;

  async function confirmAccept() {
    setFailure(null);
    try {
      const errors = (await accept({ variables: { quoteId: quote.id } })).data?.acceptQuote.errors ?? [];
      if (errors.length > 0) return setFailure(errorMessages(errors));
      setStep('idle');
      onDone();
    } catch (error) {
      setFailure(failureMessage(error));
    }
  }

  return (
    <div className="quote-decision" data-testid="quote-decision-actions">
      {step === 'idle' && (
        <div className="quote-decision__buttons">
          <button
            type="button"
            className="button button--primary"
            onClick={() => setStep('accept')}
            data-testid="quote-accept"
          >
            {t('quotes.accept')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setStep('decline')}
            data-testid="quote-decline"
          >
            {t('quotes.decline')}
          </button>
        </div>
      )}
      {step === 'accept' && (
        <div
          className="quote-decision__confirm"
          role="alertdialog"
          aria-labelledby="quote-accept-question"
          data-testid="quote-accept-dialog"
        >
          <p id="quote-accept-question" tabIndex={-1} ref={focusOnMount}>
            {t('quotes.acceptQuestion', {
              total: formatQuoteEuros(quote.grossCents),
              version: quote.version,
              date: formatDate(quote.validUntil),
            })}
          </p>
          <p className="form-field__hint">{t('quotes.acceptHint')}</p>
          <div className="quote-decision__buttons">
            <button
              type="button"
              className="button button--primary"
              disabled={accepting.loading}
              onClick={() => void confirmAccept()}
              data-testid="quote-accept-confirm"
            >
              {t('quotes.acceptConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStep('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {step === 'decline' && (
        <DeclineForm
          quote={quote}
          onCancel={() => setStep('idle')}
          onDone={() => {
            setStep('idle');
            onDone();
          }}
        />
      )}
      {failure && (
        <p className="form-field__error" role="alert" data-testid="quote-decision-error">
          {failure}
        </p>
      )}
    </div>
  );
}

function DeclineForm({
  quote,
  onCancel,
  onDone,
}: {
  quote: QuoteFieldsFragment;
  onCancel: () => void;
  onDone: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState<QuoteDeclineReasonValue | ''>('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [decline, declining] = useMutation(DeclineQuoteDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return setProblem(t('error.QUOTE_DECLINE_REASON_REQUIRED'));
    setProblem(null);
    try {
      const errors =
        (await decline({ variables: { quoteId: quote.id, reason, comment: comment.trim() || null } })).data
          ?.declineQuote.errors ?? [];
      if (errors.length > 0) return setProblem(errorMessages(errors));
      onDone();
    } catch (error) {
      setProblem(failureMessage(error));
    }
  }

  return (
    <form className="quote-decision__decline" onSubmit={(event) => void submit(event)} data-testid="quote-decline-form">
      <label className="form-field">
        <span className="form-field__label">{t('quotes.declineReason')}</span>
        <select
          value={reason}
          ref={focusOnMount}
          onChange={(event) => setReason(event.target.value as QuoteDeclineReasonValue)}
          aria-invalid={problem !== null && !reason}
          aria-describedby={problem ? `${id}-error` : undefined}
          data-testid="quote-decline-reason"
        >
          <option value="">{t('quotes.chooseReason')}</option>
          {REASONS.map((value) => (
            <option key={value} value={value}>
              {quoteDeclineReasonLabel(value)}
            </option>
          ))}
        </select>
      </label>
      <label className="form-field">
        <span className="form-field__label">
          {t('quotes.declineComment')} <span className="form-field__optional">{t('form.optional')}</span>
        </span>
        <textarea
          rows={3}
          value={comment}
          maxLength={QUOTE_LIMITS.declineCommentMax}
          onChange={(event) => setComment(event.target.value)}
          data-testid="quote-decline-comment"
        />
        <span className="form-field__hint">{t('quotes.declineCommentHint')}</span>
      </label>
      {problem && (
        <p className="form-field__error" id={`${id}-error`} role="alert" data-testid="quote-decline-error">
          {problem}
        </p>
      )}
      <div className="quote-decision__buttons">
        <button
          type="submit"
          className="button button--danger"
          disabled={declining.loading}
          data-testid="quote-decline-confirm"
        >
          {t('quotes.declineConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

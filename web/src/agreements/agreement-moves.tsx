import { useMutation } from '@apollo/client/react';
import { type AgreementDates, agreementStatusProblems, CLOSED_AGREEMENT_STATUSES } from '@tt/shared/agreement-rules';
import { type FormEvent, useId, useState } from 'react';
import type { AgreementStatus } from '../generated/graphql';
import { TransitionAgreementDocument } from '../generated/members-graphql';
import { errorMessage, errorMessages } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { failureMessage, focusOnMount } from '../ui/form';
import { type ActionMessage, OfficeActionsPanel } from '../ui/office-actions';
import { AgreementStatusBadge } from './agreement-badges';
import { agreementStatusLabel } from './agreement-labels';
import type { AgreementDetail } from './agreement-page';

type DateField = keyof AgreementDates;
const DATE_FIELDS: readonly DateField[] = ['signatureDate', 'effectiveDate', 'expiryDate'];

/** Today as YYYY-MM-DD, in the office's own time zone. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * The agreement's status and the moves the API allows now (allowedTransitions), as buttons. A move that needs a
 * date the agreement does not carry yet (the shared rules say which) asks for it first.
 */
export function AgreementMoves({ agreement }: { agreement: AgreementDetail }) {
  const [message, setMessage] = useState<ActionMessage>(null);
  const [pending, setPending] = useState<{ to: AgreementStatus; fields: DateField[] } | null>(null);
  const [transition, { loading }] = useMutation(TransitionAgreementDocument);
  const moves = agreement.allowedTransitions;

  async function move(to: AgreementStatus, dates: Partial<Record<DateField, string>> = {}) {
    setMessage(null);
    try {
      const { data } = await transition({ variables: { input: { id: agreement.id, to, ...dates } } });
      const errors = data?.transitionAgreement.errors ?? [];
      if (errors.length > 0) setMessage({ tone: 'warning', text: errorMessages(errors) });
      else {
        setPending(null);
        setMessage({ tone: 'success', text: t('agreement.moved', { status: agreementStatusLabel(to) }) });
      }
    } catch (failure) {
      setMessage({ tone: 'warning', text: failureMessage(failure) });
    }
  }

  function start(to: AgreementStatus) {
    const problems = agreementStatusProblems(to, agreement, today());
    const fields = DATE_FIELDS.filter((field) => problems.some((problem) => problem.field === field));
    if (fields.length === 0) void move(to);
    else setPending({ to, fields });
  }

  return (
    <OfficeActionsPanel title={t('agreement.actions')} message={message} testId="agreement-actions">
      <div className="office-actions__group">
        <p className="office-actions__label">{t('agreements.status')}</p>
        <AgreementStatusBadge status={agreement.status} />
        {moves.length === 0 ? (
          <p className="muted agreement-moves__none" data-testid="no-moves">
            {CLOSED_AGREEMENT_STATUSES.includes(agreement.status) ? t('agreement.closed') : t('agreement.noMoves')}
          </p>
        ) : (
          <div className="office-actions__moves">
            {moves.map((to) => (
              <button
                key={to}
                type="button"
                className={`button button--block ${CLOSED_AGREEMENT_STATUSES.includes(to) ? 'button--secondary' : 'button--primary'}`}
                disabled={loading}
                aria-expanded={pending?.to === to ? true : undefined}
                onClick={() => start(to)}
                data-testid="move"
                data-to={to}
              >
                {t(`agreement.move.${to}`)}
              </button>
            ))}
          </div>
        )}
        {pending && (
          <MoveDatesForm
            key={pending.to}
            to={pending.to}
            fields={pending.fields}
            agreement={agreement}
            busy={loading}
            onConfirm={(dates) => void move(pending.to, dates)}
            onCancel={() => setPending(null)}
          />
        )}
      </div>
    </OfficeActionsPanel>
  );
}

const DATE_LABELS: Record<DateField, 'agreement.signatureDate' | 'agreement.effectiveDate' | 'agreement.expiryDate'> = {
  signatureDate: 'agreement.signatureDate',
  effectiveDate: 'agreement.effectiveDate',
  expiryDate: 'agreement.expiryDate',
};

/** The dates a move needs, asked before it is made; checked by the same rules the API applies. */
function MoveDatesForm({
  to,
  fields,
  agreement,
  busy,
  onConfirm,
  onCancel,
}: {
  to: AgreementStatus;
  fields: readonly DateField[];
  agreement: AgreementDetail;
  busy: boolean;
  onConfirm: (dates: Partial<Record<DateField, string>>) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState<Record<DateField, string>>(() => ({
    signatureDate: agreement.signatureDate ?? (fields.includes('signatureDate') ? today() : ''),
    effectiveDate: agreement.effectiveDate ?? (fields.includes('effectiveDate') ? today() : ''),
    expiryDate: agreement.expiryDate ?? '',
  }));
  const [tried, setTried] = useState(false);
  const dates: AgreementDates = {
    signatureDate: values.signatureDate || null,
    effectiveDate: values.effectiveDate || null,
    expiryDate: values.expiryDate || null,
  };
  const problems = agreementStatusProblems(to, dates, today());
  const problemOf = (field: DateField) => {
    const found = problems.find((problem) => problem.field === field);
    return tried && found ? errorMessage(found) : null;
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0) return;
    onConfirm(Object.fromEntries(fields.map((field) => [field, values[field]])));
  }

  return (
    <form className="action-form agreement-move-form" onSubmit={submit} noValidate data-testid="move-dates-form">
      <h3 className="agreement-move-form__title" tabIndex={-1} ref={focusOnMount}>
        {t('agreement.moveDatesTitle', { status: agreementStatusLabel(to) })}
      </h3>
      {fields.map((field) => {
        const problem = problemOf(field);
        return (
          <div key={field} className={`form-field${problem ? ' form-field--invalid' : ''}`}>
            <label htmlFor={`${id}-${field}`} className="form-field__label">
              {t(DATE_LABELS[field])}
            </label>
            <input
              id={`${id}-${field}`}
              type="date"
              className="input"
              value={values[field]}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-${field}-error` : undefined}
              data-testid={`move-${field}`}
            />
            {problem && (
              <p className="form-field__error" id={`${id}-${field}-error`}>
                {problem}
              </p>
            )}
          </div>
        );
      })}
      <div className="action-form__buttons">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="move-confirm">
          {t(`agreement.move.${to}`)}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

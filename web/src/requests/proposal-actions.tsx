import { useMutation } from '@apollo/client/react';
import { EOI_MESSAGE_MAX_LENGTH, EOI_MESSAGE_MIN_LENGTH } from '@tt/shared/eoi-transitions';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '@tt/shared/limits';
import { type FeedbackReason, type InterestType as InterestTypeValue } from '../generated/graphql';
import { DeclineProposalDocument, ExpressInterestInProposalDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { interestTypeLabel } from '../i18n/labels';
import {
  ErrorSummary,
  type FieldErrors,
  fieldsOf,
  focusOnMount,
  SelectField,
  SubmitButton,
  TextAreaField,
  useForm,
} from '../ui/form';
import { FEEDBACK_REASONS, feedbackReasonLabel } from './request-labels';

type InterestField = 'interestType' | 'message';

/**
 * Turns a proposed listing into an expression of interest in one step: the message is written for the member,
 * naming the request (they may change it), and sent as any expression of interest is.
 */
export function ExpressInterestFromProposal({
  proposalId,
  listingTitle,
  interestTypes,
  requestTitle,
  onDone,
}: {
  proposalId: string;
  listingTitle: string;
  /** The kinds of interest the listing offers (shared/listing-interest-types.ts): the first is proposed. */
  interestTypes: readonly InterestTypeValue[];
  requestTitle: string;
  onDone: () => void;
}) {
  const [express] = useMutation(ExpressInterestInProposalDocument);
  const form = useForm<InterestField>({
    initial: {
      interestType: interestTypes[0] ?? '',
      message: t('requests.proposal.prefill', { request: requestTitle }),
    },
    validate: (values) => {
      const errors: FieldErrors<InterestField> = {};
      if (!values.interestType) errors.interestType = t('eoi.form.typeRequired');
      const length = values.message.trim().length;
      if (length < EOI_MESSAGE_MIN_LENGTH)
        errors.message = t('eoi.form.messageTooShort', { count: EOI_MESSAGE_MIN_LENGTH });
      else if (length > EOI_MESSAGE_MAX_LENGTH)
        errors.message = t('eoi.form.messageTooLong', { max: EOI_MESSAGE_MAX_LENGTH });
      return errors;
    },
    submit: async (values) => {
      const { data } = await express({
        variables: {
          input: {
            proposalId,
            interestType: values.interestType as InterestTypeValue,
            message: values.message.trim(),
          },
        },
      });
      const errors = data?.expressInterestInProposal.errors ?? [];
      if (errors.length === 0) onDone();
      return errors;
    },
  });
  const labels: Record<InterestField, string> = {
    interestType: t('eoi.form.interestType'),
    message: t('eoi.form.message'),
  };
  const field = fieldsOf(form, labels);
  return (
    <form className="request-proposal__form" onSubmit={form.onSubmit} noValidate data-testid="proposal-interest-form">
      <h3 className="request-proposal__form-title" tabIndex={-1} ref={focusOnMount}>
        {t('requests.proposal.interestTitle', { title: listingTitle })}
      </h3>
      <ErrorSummary form={form} labels={labels} />
      <SelectField
        {...field('interestType')}
        options={interestTypes.map((value) => ({ value, label: interestTypeLabel(value) }))}
      />
      <TextAreaField {...field('message')} rows={4} maxLength={EOI_MESSAGE_MAX_LENGTH} />
      <div className="request-proposal__actions">
        <SubmitButton sending={form.sending} className="button button--accent" testId="send-interest">
          {t('requests.proposal.sendInterest')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

type DeclineField = 'reason' | 'comment';

/** Declines a proposed listing, saying why: the office reads it with the listing's other feedback. */
export function DeclineProposalForm({ proposalId, onDone }: { proposalId: string; onDone: () => void }) {
  const [decline] = useMutation(DeclineProposalDocument);
  const form = useForm<DeclineField>({
    initial: { reason: '', comment: '' },
    validate: (values) => {
      const errors: FieldErrors<DeclineField> = {};
      if (!values.reason) errors.reason = t('requests.proposal.reasonRequired');
      if (values.comment.trim().length > FEEDBACK_COMMENT_MAX_LENGTH)
        errors.comment = t('eoi.form.messageTooLong', { max: FEEDBACK_COMMENT_MAX_LENGTH });
      return errors;
    },
    submit: async (values) => {
      const { data } = await decline({
        variables: {
          input: {
            proposalId,
            reason: values.reason as FeedbackReason,
            comment: values.comment.trim() || null,
          },
        },
      });
      const errors = data?.declineProposal.errors ?? [];
      if (errors.length === 0) onDone();
      return errors;
    },
  });
  const labels: Record<DeclineField, string> = {
    reason: t('requests.proposal.reason'),
    comment: t('requests.proposal.comment'),
  };
  const field = fieldsOf(form, labels);
  return (
    <form className="request-proposal__form" onSubmit={form.onSubmit} noValidate data-testid="proposal-decline-form">
      <h3 className="request-proposal__form-title" tabIndex={-1} ref={focusOnMount}>
        {t('requests.proposal.declineTitle')}
      </h3>
      <p className="muted">{t('requests.proposal.declineLead')}</p>
      <ErrorSummary form={form} labels={labels} />
      <SelectField
        {...field('reason')}
        placeholder={t('requests.proposal.chooseReason')}
        options={FEEDBACK_REASONS.map((value) => ({ value, label: feedbackReasonLabel(value) }))}
      />
      <TextAreaField {...field('comment')} optional rows={3} maxLength={FEEDBACK_COMMENT_MAX_LENGTH} />
      <div className="request-proposal__actions">
        <SubmitButton sending={form.sending} testId="send-decline">
          {t('requests.proposal.sendDecline')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

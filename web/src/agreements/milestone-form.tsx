import { useMutation } from '@apollo/client/react';
import { MilestoneKind, MilestoneStatus, validateMilestone } from '@tt/shared/agreement-rules';
import type { AgreementMilestoneFieldsFragment } from '../generated/members-graphql';
import { AddAgreementMilestoneDocument, UpdateAgreementMilestoneDocument } from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { ErrorSummary, type FieldErrors, SelectField, SubmitButton, TextField, useForm } from '../ui/form';
import { eurosForInput, milestoneKindLabel, milestoneStatusLabel, parseEuros } from './agreement-labels';

type Name = 'kind' | 'event' | 'dueDate' | 'trigger' | 'amountCents' | 'status' | 'receivedAmountCents' | 'receivedOn';
type Values = Record<Name, string>;

const KINDS = Object.values(MilestoneKind);
const STATUSES = Object.values(MilestoneStatus);

function initialValues(milestone: AgreementMilestoneFieldsFragment | null): Values {
  return {
    kind: milestone?.kind ?? MilestoneKind.MILESTONE,
    event: milestone?.event ?? '',
    dueDate: milestone?.dueDate ?? '',
    trigger: milestone?.trigger ?? '',
    amountCents: eurosForInput(milestone?.amountCents),
    status: milestone?.status ?? MilestoneStatus.EXPECTED,
    receivedAmountCents: eurosForInput(milestone?.receivedAmountCents),
    receivedOn: milestone?.receivedOn ?? '',
  };
}

/** The payment the values describe, as the API takes it; amounts that are not amounts stay null (and are flagged). */
function toMilestone(values: Values) {
  const received = values.status === MilestoneStatus.RECEIVED;
  return {
    kind: values.kind as MilestoneKind,
    event: values.event.trim(),
    dueDate: values.dueDate || null,
    trigger: values.trigger.trim() || null,
    amountCents: parseEuros(values.amountCents),
    status: values.status as MilestoneStatus,
    receivedAmountCents: received ? parseEuros(values.receivedAmountCents) : null,
    receivedOn: received ? values.receivedOn || null : null,
  };
}

/** The shared rules' problems (validateMilestone), in the page's language; amounts checked as typed. */
export function milestoneErrors(values: Values): FieldErrors<Name> {
  const milestone = toMilestone(values);
  const errors: FieldErrors<Name> = {};
  if (!values.amountCents.trim()) errors.amountCents = t('agreement.milestone.amountRequired');
  else if (milestone.amountCents === null) errors.amountCents = t('agreement.milestone.amountInvalid');
  const received = milestone.status === MilestoneStatus.RECEIVED;
  if (received && values.receivedAmountCents.trim() && milestone.receivedAmountCents === null)
    errors.receivedAmountCents = t('agreement.milestone.amountInvalid');
  for (const problem of validateMilestone({ ...milestone, amountCents: milestone.amountCents ?? 0 })) {
    const field = problem.field as Name;
    errors[field] ??= errorMessage(problem);
  }
  return errors;
}

/** Adds a payment to an agreement's schedule, or edits one (`milestone`). */
export function MilestoneForm({
  agreementId,
  milestone,
  onDone,
  onCancel,
}: {
  agreementId: string;
  milestone: AgreementMilestoneFieldsFragment | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [add] = useMutation(AddAgreementMilestoneDocument);
  const [update] = useMutation(UpdateAgreementMilestoneDocument);
  const labels: Record<Name, string> = {
    kind: t('agreement.milestone.kind'),
    event: t('agreement.milestone.event'),
    dueDate: t('agreement.milestone.dueDate'),
    trigger: t('agreement.milestone.trigger'),
    amountCents: t('agreement.milestone.amount'),
    status: t('agreement.milestone.status'),
    receivedAmountCents: t('agreement.milestone.receivedAmount'),
    receivedOn: t('agreement.milestone.receivedOn'),
  };
  const form = useForm<Name>({
    initial: initialValues(milestone),
    validate: milestoneErrors,
    submit: async (values) => {
      const payment = { ...toMilestone(values), amountCents: toMilestone(values).amountCents ?? 0 };
      const errors = milestone
        ? (await update({ variables: { input: { id: milestone.id, ...payment } } })).data?.updateAgreementMilestone
            .errors
        : (await add({ variables: { input: { agreementId, ...payment } } })).data?.addAgreementMilestone.errors;
      if (errors?.length === 0) onDone();
      return errors;
    },
  });
  const received = form.values.status === MilestoneStatus.RECEIVED;
  return (
    <form className="action-form milestone-form" onSubmit={form.onSubmit} noValidate data-testid="milestone-form">
      <h3 className="milestone-form__title">
        {milestone ? t('agreement.milestone.editTitle') : t('agreement.milestone.addTitle')}
      </h3>
      <ErrorSummary form={form} labels={labels} />
      <div className="milestone-form__grid">
        <SelectField
          form={form}
          name="kind"
          label={labels.kind}
          options={KINDS.map((kind) => ({ value: kind, label: milestoneKindLabel(kind) }))}
        />
        <TextField form={form} name="event" label={labels.event} className="milestone-form__wide" />
        <TextField form={form} name="dueDate" label={labels.dueDate} type="date" optional />
        <TextField
          form={form}
          name="trigger"
          label={labels.trigger}
          optional
          below={t('agreement.milestone.triggerHint')}
        />
        <TextField
          form={form}
          name="amountCents"
          label={labels.amountCents}
          inputMode="decimal"
          below={t('agreement.milestone.amountHint')}
        />
        <SelectField
          form={form}
          name="status"
          label={labels.status}
          options={STATUSES.map((status) => ({ value: status, label: milestoneStatusLabel(status) }))}
        />
        {received && (
          <>
            <TextField form={form} name="receivedAmountCents" label={labels.receivedAmountCents} inputMode="decimal" />
            <TextField form={form} name="receivedOn" label={labels.receivedOn} type="date" />
          </>
        )}
      </div>
      <div className="action-form__buttons">
        <SubmitButton sending={form.sending} testId="milestone-save">
          {milestone ? t('agreement.milestone.save') : t('agreement.milestone.add')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

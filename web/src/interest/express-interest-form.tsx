import { useMutation } from '@apollo/client/react';
import { EOI_MESSAGE_MAX_LENGTH, EOI_MESSAGE_MIN_LENGTH, InterestType } from '@tt/shared/eoi-transitions';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { type InterestType as InterestTypeValue } from '../generated/graphql';
import {
  OpenInterestOnAssetDocument,
  type ServiceFormFieldsFragment,
  SubmitExpressionOfInterestDocument,
} from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { interestTypeLabel } from '../i18n/labels';
import { inReaderLanguage } from '../services/service-form-labels';
import {
  answerName,
  ServiceRequestFields,
  serviceAnswerErrors,
  serviceAnswersOf,
} from '../services/service-request-fields';
import {
  ErrorSummary,
  type FieldErrors,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useForm,
} from '../ui/form';
import { eoiPath } from './eoi-badges';
import './eoi.css';
import '../services/services.css';

/** The usual fields, and a service request's answers (`serviceAnswers.<key>`, as the API names them). */
type BaseField = 'interestType' | 'message' | 'intendedUse' | 'timeline';
type FieldName = BaseField | `serviceAnswers.${string}`;

function validate(values: Record<string, string>): FieldErrors<FieldName> {
  const errors: FieldErrors<FieldName> = {};
  if (!values.interestType) errors.interestType = t('eoi.form.typeRequired');
  const length = (values.message ?? '').trim().length;
  if (length < EOI_MESSAGE_MIN_LENGTH)
    errors.message = t('eoi.form.messageTooShort', { count: EOI_MESSAGE_MIN_LENGTH });
  else if (length > EOI_MESSAGE_MAX_LENGTH)
    errors.message = t('eoi.form.messageTooLong', { max: EOI_MESSAGE_MAX_LENGTH });
  return errors;
}

/** The one kind of interest a listing offers besides "other", chosen for the member; else none ('') yet. */
function onlyChoice(types: readonly InterestTypeValue[]): string {
  const offered = types.filter((type) => type !== InterestType.OTHER);
  return offered.length === 1 ? (offered[0] as string) : '';
}

/** A fresh idempotency key: one per opened form, reused by every retry of it. */
function newKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * The form a company member fills to express interest in a listing, on its page (express-interest-page.tsx,
 * which holds the heading). One key per opened form: a double click, a retry after a timeout or a replayed
 * request make one EoI. `existingId` is the company's open EoI on the listing once known (the API refuses a
 * second one). It offers the kinds of interest the listing offers (`interestTypes`, by
 * shared/listing-interest-types.ts), chosen already when there is one besides "other".
 */
export function ExpressInterestForm({
  assetId,
  institute,
  existingId,
  onSent,
  onExisting,
  onCancel,
  serviceForm = null,
  interestTypes = Object.values(InterestType),
}: {
  assetId: string;
  /** A service listing's request form: the request is a SERVICE_REQUEST carrying its answers. */
  serviceForm?: ServiceFormFieldsFragment | null;
  /** The kinds of interest the listing offers (a service request carries the service's form instead). */
  interestTypes?: readonly InterestTypeValue[];
  institute: string;
  existingId?: string | null;
  onSent: (id: string) => void;
  /** The server says an open EoI on this asset exists already. */
  onExisting?: () => void;
  onCancel: () => void;
}) {
  const key = useRef<string | null>(null);
  key.current ??= newKey();
  const [nda, setNda] = useState(false);
  const [openExists, setOpenExists] = useState<string | null>(null);
  // Sent, or one was open already: the asset page's "your open interest" answer changes.
  const [submitEoi] = useMutation(SubmitExpressionOfInterestDocument, {
    refetchQueries: [OpenInterestOnAssetDocument],
  });

  const serviceFields = serviceForm?.fields ?? [];
  const form = useForm<FieldName>({
    initial: {
      interestType: serviceForm ? InterestType.SERVICE_REQUEST : onlyChoice(interestTypes),
      message: '',
      intendedUse: '',
      timeline: '',
      ...Object.fromEntries(serviceFields.map((field) => [answerName(field.key), ''])),
    },
    validate: (values) => ({ ...validate(values), ...serviceAnswerErrors(serviceFields, values) }),
    submit: async (values) => {
      const { data } = await submitEoi({
        variables: {
          input: {
            assetId,
            interestType: values.interestType as InterestTypeValue,
            message: values.message.trim(),
            intendedUse: values.intendedUse.trim() || null,
            timeline: values.timeline.trim() || null,
            ndaRequested: nda,
            idempotencyKey: key.current as string,
            ...(serviceForm ? { serviceAnswers: serviceAnswersOf(serviceFields, values) } : {}),
          },
        },
      });
      const payload = data?.submitExpressionOfInterest;
      const errors = payload?.errors ?? [];
      const exists = errors.find((error) => error.code === 'OPEN_EOI_EXISTS');
      if (exists) {
        setOpenExists(errorMessage(exists));
        onExisting?.();
        return errors.filter((error) => error !== exists);
      }
      if (errors.length === 0 && payload?.expressionOfInterest) onSent(payload.expressionOfInterest.id);
      return errors;
    },
  });

  const length = (form.values.message ?? '').trim().length;
  const missing = EOI_MESSAGE_MIN_LENGTH - length;
  const baseLabels: Record<BaseField, string> = {
    interestType: t('eoi.form.interestType'),
    message: t('eoi.form.message'),
    intendedUse: t('eoi.form.intendedUse'),
    timeline: t('eoi.form.timeline'),
  };
  const labels: Record<FieldName, string> = {
    ...baseLabels,
    ...Object.fromEntries(
      serviceFields.map((field) => [answerName(field.key), inReaderLanguage({ en: field.labelEn, it: field.labelIt })]),
    ),
  };

  const field = (name: BaseField) => ({ form, name: name as FieldName, label: baseLabels[name] });
  return (
    <form className="eoi-form" onSubmit={form.onSubmit} noValidate data-testid="express-interest-form">
      <p className="eoi-form__lead">
        {serviceForm ? t('services.request.lead', { institute }) : t('eoi.form.lead', { institute })}
      </p>
      <ErrorSummary form={form} labels={labels} />
      {openExists && (
        <Notice tone="info" testId="open-eoi-exists">
          <p>{openExists}</p>
          <Link to={existingId ? eoiPath('/interests', existingId) : '/interests'} data-testid="open-eoi-exists-link">
            {t('eoi.form.openExists')}
          </Link>
        </Notice>
      )}
      {serviceForm ? (
        <ServiceRequestFields form={form} fields={serviceFields} />
      ) : (
        <SelectField
          {...field('interestType')}
          placeholder={t('eoi.form.chooseType')}
          options={interestTypes.map((value) => ({ value, label: interestTypeLabel(value) }))}
        />
      )}
      <TextAreaField
        {...field('message')}
        hint={t('eoi.form.messageHint')}
        rows={6}
        maxLength={EOI_MESSAGE_MAX_LENGTH}
      />
      {missing > 0 && length > 0 && (
        <p className="eoi-form__more" data-testid="message-more">
          {t('eoi.form.moreNeeded', { count: missing })}
        </p>
      )}
      <TextField {...field('intendedUse')} hint={t('eoi.form.intendedUseHint')} optional />
      <TextField form={form} name="timeline" label={baseLabels.timeline} hint={t('eoi.form.timelineHint')} optional />
      <div className="checkbox-field eoi-form__nda">
        <input
          id={`${form.id('timeline')}-nda`}
          type="checkbox"
          checked={nda}
          onChange={(event) => setNda(event.target.checked)}
          data-testid="nda"
        />
        <label htmlFor={`${form.id('timeline')}-nda`}>{t('eoi.form.nda')}</label>
      </div>
      <p className="eoi-form__note">{t('eoi.form.oneOpen')}</p>
      <div className="eoi-form__actions">
        <SubmitButton
          sending={form.sending}
          sendingLabel={t('eoi.form.sending')}
          className="button button--accent"
          testId="submit-eoi"
        >
          {serviceForm ? t('services.request.submit') : t('eoi.form.submit')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel} data-testid="cancel-eoi">
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

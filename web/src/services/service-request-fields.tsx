import { answerProblem, type FormField } from '@tt/shared/service-request-forms';
import type { ServiceFormFieldsFragment } from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { type FormState, SelectField, TextAreaField, TextField } from '../ui/form';
import { inReaderLanguage } from './service-form-labels';

type ServiceField = ServiceFormFieldsFragment['fields'][number];

/** A form field's input name: the path the API names in its problems, so a server error lands on its input. */
export const answerName = (key: string) => `serviceAnswers.${key}`;

/** The answers of the form's values, as the API takes them (every field, '' when not answered). */
export function serviceAnswersOf(fields: readonly ServiceField[], values: Record<string, string>) {
  return fields.map((field) => ({ key: field.key, value: (values[answerName(field.key)] ?? '').trim() }));
}

/** The shared rule's problem of each answer, worded in the reader's language. */
export function serviceAnswerErrors(
  fields: readonly ServiceField[],
  values: Record<string, string>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const problem = answerProblem(field as FormField, (values[answerName(field.key)] ?? '').trim());
    if (problem) errors[answerName(field.key)] = errorMessage(problem);
  }
  return errors;
}

/** The request form's fields as real inputs, labelled in the reader's language. */
export function ServiceRequestFields<K extends string>({
  form,
  fields,
}: {
  form: FormState<K>;
  fields: readonly ServiceField[];
}) {
  return (
    <fieldset className="service-fields" data-testid="service-request-fields">
      <legend className="service-fields__legend">{t('services.request.details')}</legend>
      {fields.map((field) => {
        const name = answerName(field.key) as K;
        const label = inReaderLanguage({ en: field.labelEn, it: field.labelIt });
        const hint = inReaderLanguage({ en: field.helpEn, it: field.helpIt }) || undefined;
        const common = { form, name, label, hint, optional: !field.required };
        switch (field.kind) {
          case 'INTEGER':
            return (
              <TextField
                key={field.key}
                {...common}
                type="number"
                inputMode="numeric"
                min={field.min ?? undefined}
                max={field.max ?? undefined}
                step={1}
                className="service-fields__number"
              />
            );
          case 'DATE':
            return <TextField key={field.key} {...common} type="date" className="service-fields__date" />;
          case 'LONG_TEXT':
            return <TextAreaField key={field.key} {...common} rows={4} maxLength={4000} />;
          case 'CHOICE':
          case 'BUDGET_BAND':
            return (
              <SelectField
                key={field.key}
                {...common}
                placeholder={t('services.request.choose')}
                options={field.options.map((option) => ({
                  value: option.key,
                  label: inReaderLanguage({ en: option.labelEn, it: option.labelIt }),
                }))}
              />
            );
          default:
            return <TextField key={field.key} {...common} maxLength={300} />;
        }
      })}
    </fieldset>
  );
}

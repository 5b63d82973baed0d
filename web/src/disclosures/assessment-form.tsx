import { useMutation } from '@apollo/client/react';
import { DISCLOSURE_LIMITS } from '@tt/shared/disclosure-transitions';
import { useId, useState } from 'react';
import { type DisclosureRecommendation, type MarketPotential, type Patentability } from '../generated/graphql';
import { OfficeAssessDisclosureDocument, type OfficeDisclosureFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { marketPotentialLabel, patentabilityLabel, recommendationLabel } from '../i18n/labels';
import {
  ErrorSummary,
  type FieldErrors,
  fieldsOf,
  LiveRegion,
  SelectField,
  SubmitButton,
  TextAreaField,
  useForm,
} from '../ui/form';
import { LockIcon } from '../ui/icons';

const LEVELS = ['UNCLEAR', 'LOW', 'MEDIUM', 'HIGH'] as const;
const RECOMMENDATIONS: readonly DisclosureRecommendation[] = [
  'FILE_PATENT',
  'PROTECT_AS_KNOW_HOW',
  'PUBLISH_OPENLY',
  'NEEDS_MORE_DATA',
  'DO_NOT_PURSUE',
];

type Key = 'patentability' | 'marketPotential' | 'recommendation' | 'notes';
type Assessment = OfficeDisclosureFieldsFragment['assessment'];

function valuesOf(assessment: Assessment): Record<Key, string> {
  return {
    patentability: assessment?.patentability ?? '',
    marketPotential: assessment?.marketPotential ?? '',
    recommendation: assessment?.recommendation ?? '',
    notes: assessment?.notes ?? '',
  };
}

function validate(values: Record<Key, string>): FieldErrors<Key> {
  return values.notes.length > DISCLOSURE_LIMITS.textMax
    ? { notes: t('form.tooLong', { max: DISCLOSURE_LIMITS.textMax }) }
    : {};
}

/** The office's assessment of a disclosure (patentability, market, recommendation, notes): never shown to the researchers. */
export function AssessmentForm({ disclosureId, assessment }: { disclosureId: string; assessment: Assessment }) {
  const headingId = useId();
  // What was saved last: "Saved" shows until the form differs from it again.
  const [saved, setSaved] = useState<Record<Key, string> | null>(null);
  const [assess] = useMutation(OfficeAssessDisclosureDocument);
  const form = useForm<Key>({
    initial: valuesOf(assessment),
    validate,
    submit: async (values) => {
      setSaved(null);
      const { data } = await assess({
        variables: {
          input: {
            id: disclosureId,
            patentability: (values.patentability || null) as Patentability | null,
            marketPotential: (values.marketPotential || null) as MarketPotential | null,
            recommendation: (values.recommendation || null) as DisclosureRecommendation | null,
            notes: values.notes.trim() || null,
          },
        },
      });
      const payload = data?.assessDisclosure;
      if (payload && payload.errors.length === 0) {
        const now = valuesOf(payload.disclosure?.assessment ?? null);
        form.reset(now);
        setSaved(now);
      }
      return payload?.errors;
    },
  });
  const labels: Record<Key, string> = {
    patentability: t('assessment.patentability'),
    marketPotential: t('assessment.marketPotential'),
    recommendation: t('assessment.recommendation'),
    notes: t('assessment.notes'),
  };

  const field = fieldsOf(form, labels);
  return (
    <section className="panel office-only" aria-labelledby={headingId} data-testid="assessment">
      <div className="office-only__head">
        <h2 id={headingId} className="panel__title">
          {t('assessment.title')}
        </h2>
        <span className="office-only__tag">
          <LockIcon />
          {t('office.only')}
        </span>
      </div>
      <p className="office-only__hint">{t('assessment.hint')}</p>
      <form className="form assessment-form" onSubmit={form.onSubmit} noValidate data-testid="assessment-form">
        <ErrorSummary form={form} labels={labels} />
        <div className="assessment-form__row">
          <SelectField
            {...field('patentability')}
            placeholder={t('assessment.notYet')}
            options={LEVELS.map((value) => ({ value, label: patentabilityLabel(value) }))}
          />
          <SelectField
            {...field('marketPotential')}
            placeholder={t('assessment.notYet')}
            options={LEVELS.map((value) => ({ value, label: marketPotentialLabel(value as MarketPotential) }))}
          />
        </div>
        <SelectField
          {...field('recommendation')}
          placeholder={t('assessment.notYet')}
          options={RECOMMENDATIONS.map((value) => ({ value, label: recommendationLabel(value) }))}
        />
        <TextAreaField {...field('notes')} optional rows={5} hint={t('assessment.notesHint')} />
        <div className="assessment-form__actions">
          <SubmitButton sending={form.sending} testId="assessment-save" sendingLabel={t('office.saving')}>
            {t('assessment.save')}
          </SubmitButton>
          <LiveRegion>
            {saved && (Object.keys(saved) as Key[]).every((key) => saved[key] === form.values[key]) && (
              <span className="form-done" data-testid="assessment-saved">
                {t('assessment.saved')}
              </span>
            )}
          </LiveRegion>
        </div>
      </form>
    </section>
  );
}

import { DISCLOSURE_LIMITS } from '@tt/shared/disclosure-transitions';
import { t } from '../i18n/i18n';
import type { TextFieldName } from './disclosure-form';
import { type StepProps, textsOf, WizardText } from './wizard-fields';

const FIELDS = [
  { name: 'abstract', label: 'disclosures.field.abstract', hint: 'disclosures.field.abstractHint', rows: 5 },
  { name: 'problem', label: 'disclosures.field.problem', hint: 'disclosures.field.problemHint', rows: 4 },
  { name: 'solution', label: 'disclosures.field.solution', hint: 'disclosures.field.solutionHint', rows: 6 },
  { name: 'novelty', label: 'disclosures.field.novelty', hint: 'disclosures.field.noveltyHint', rows: 4 },
] as const satisfies readonly { name: TextFieldName; label: string; hint: string; rows: number }[];

/** The technical description: abstract, problem, solution and what is new. */
export function StepDescription(props: StepProps) {
  const text = textsOf(props);
  return (
    <div className="wizard-step__fields">
      {FIELDS.map((field) => (
        <WizardText
          key={field.name}
          {...text(field.name)}
          label={t(field.label)}
          hint={t(field.hint)}
          rows={field.rows}
          maxLength={DISCLOSURE_LIMITS.textMax}
          minLength={DISCLOSURE_LIMITS.textMin}
        />
      ))}
    </div>
  );
}

import { DISCLOSURE_LIMITS } from '@tt/shared/disclosure-transitions';
import { TRL_MAX, TRL_MIN } from '@tt/shared/limits';
import { t } from '../i18n/i18n';
import { trlDescription } from '../i18n/labels';
import { fieldDomId } from './disclosure-form';
import { type StepProps, textsOf, WizardText } from './wizard-fields';

// The levels' texts are shared/src/trl.ts's, through the message catalogue (labels.trlDescription).
const LEVELS = Array.from({ length: TRL_MAX - TRL_MIN + 1 }, (_, index) => TRL_MIN + index);

/** Who could use the invention, and how far it has come (the technology readiness level). */
export function StepCommercial({ values, update, error }: StepProps) {
  const trlError = error('trl');
  const trlId = fieldDomId('trl');
  return (
    <div className="wizard-step__fields">
      <WizardText
        {...textsOf({ values, update, error })('commercialApplications')}
        label={t('disclosures.field.commercialApplications')}
        hint={t('disclosures.field.commercialApplicationsHint')}
        rows={5}
        maxLength={DISCLOSURE_LIMITS.textMax}
        minLength={DISCLOSURE_LIMITS.textMin}
      />
      <fieldset
        className={`trl-picker${trlError ? ' trl-picker--invalid' : ''}`}
        aria-describedby={[`${trlId}-hint`, trlError ? `${trlId}-error` : ''].filter(Boolean).join(' ')}
      >
        <legend className="form-field__label">{t('disclosures.field.trl')}</legend>
        <p className="form-field__hint" id={`${trlId}-hint`}>
          {t('disclosures.field.trlHint')}
        </p>
        <div className="trl-picker__options">
          {LEVELS.map((level) => (
            <label key={level} className={`trl-option${values.trl === String(level) ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name="trl"
                value={level}
                id={level === LEVELS[0] ? trlId : undefined}
                checked={values.trl === String(level)}
                onChange={() => update((current) => ({ ...current, trl: String(level) }))}
                data-testid={`trl-${level}`}
              />
              <span className="trl-option__level">{t('disclosures.trl.level', { trl: level })}</span>
              <span className="trl-option__text">{trlDescription(level)}</span>
            </label>
          ))}
        </div>
        {trlError && (
          <p className="form-field__error" id={`${trlId}-error`} data-testid="error-trl">
            {trlError}
          </p>
        )}
      </fieldset>
    </div>
  );
}

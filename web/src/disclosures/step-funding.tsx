import { DISCLOSURE_LIMITS } from '@tt/shared/disclosure-transitions';
import { t } from '../i18n/i18n';
import { fieldDomId } from './disclosure-form';
import { type StepProps, WizardText } from './wizard-fields';
import { ListError, listOf, RemoveRowButton, rowTextsOf } from './wizard-rows';

/** The grants and contracts that paid for the work, and what each obliges the institute to do. */
export function StepFunding({ values, update, error }: StepProps) {
  const sources = values.fundingSources;
  const list = listOf(update, 'fundingSources');

  return (
    <div className="wizard-step__fields">
      {sources.length === 0 && (
        <p className="wizard-empty" data-testid="no-funding">
          {t('disclosures.funding.empty')}
        </p>
      )}
      <ol className="wizard-rows" id={fieldDomId('fundingSources')} tabIndex={-1}>
        {sources.map((source, index) => {
          const text = rowTextsOf(error, `fundingSources.${index}`, source, (patch) => list.set(index, patch));
          const number = index + 1;
          return (
            <li key={source.key} className="wizard-row" data-testid="funding-row">
              <fieldset className="wizard-row__fieldset">
                <legend className="wizard-row__legend">{t('disclosures.funding.legend', { number })}</legend>
                <div className="wizard-row__grid wizard-row__grid--funding">
                  <WizardText
                    {...text('funder')}
                    label={t('disclosures.funding.funder')}
                    maxLength={DISCLOSURE_LIMITS.nameMax}
                    placeholder={t('disclosures.funding.funderPlaceholder')}
                  />
                  <WizardText
                    {...text('grantNumber')}
                    label={t('disclosures.funding.grantNumber')}
                    optional
                    maxLength={100}
                  />
                </div>
                <WizardText
                  {...text('obligations')}
                  label={t('disclosures.funding.obligations')}
                  hint={t('disclosures.funding.obligationsHint')}
                  rows={3}
                  maxLength={DISCLOSURE_LIMITS.textMax}
                />
              </fieldset>
              <RemoveRowButton
                onClick={() => list.remove(index)}
                testId="remove-funding"
                rowName={source.funder || number}
              >
                {t('disclosures.funding.remove')}
              </RemoveRowButton>
            </li>
          );
        })}
      </ol>
      <ListError field="fundingSources" error={error('fundingSources')} />
      <div className="wizard-row-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => list.add({ funder: '', grantNumber: '', obligations: '' })}
          disabled={sources.length >= DISCLOSURE_LIMITS.maxFundingSources}
          data-testid="add-funding"
        >
          {t('disclosures.funding.add')}
        </button>
      </div>
    </div>
  );
}

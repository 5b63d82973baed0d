import { DISCLOSURE_LIMITS } from '@tt/shared/disclosure-transitions';
import { t } from '../i18n/i18n';
import { type FundingValues, fieldDomId, rowKey } from './disclosure-form';
import { type StepProps, WizardText } from './wizard-fields';

/** The grants and contracts that paid for the work, and what each obliges the institute to do. */
export function StepFunding({ values, update, error }: StepProps) {
  const sources = values.fundingSources;
  const setSource = (index: number, patch: Partial<FundingValues>) =>
    update((current) => ({
      ...current,
      fundingSources: current.fundingSources.map((source, at) => (at === index ? { ...source, ...patch } : source)),
    }));
  const remove = (index: number) =>
    update((current) => ({ ...current, fundingSources: current.fundingSources.filter((_, at) => at !== index) }));
  const add = () =>
    update((current) => ({
      ...current,
      fundingSources: [...current.fundingSources, { key: rowKey(), funder: '', grantNumber: '', obligations: '' }],
    }));
  const listError = error('fundingSources');

  return (
    <div className="wizard-step__fields">
      {sources.length === 0 && (
        <p className="wizard-empty" data-testid="no-funding">
          {t('disclosures.funding.empty')}
        </p>
      )}
      <ol className="wizard-rows" id={fieldDomId('fundingSources')} tabIndex={-1}>
        {sources.map((source, index) => {
          const at = `fundingSources.${index}`;
          const number = index + 1;
          return (
            <li key={source.key} className="wizard-row" data-testid="funding-row">
              <fieldset className="wizard-row__fieldset">
                <legend className="wizard-row__legend">{t('disclosures.funding.legend', { number })}</legend>
                <div className="wizard-row__grid wizard-row__grid--funding">
                  <WizardText
                    field={`${at}.funder`}
                    label={t('disclosures.funding.funder')}
                    value={source.funder}
                    onChange={(funder) => setSource(index, { funder })}
                    error={error(`${at}.funder`)}
                    maxLength={DISCLOSURE_LIMITS.nameMax}
                    placeholder={t('disclosures.funding.funderPlaceholder')}
                  />
                  <WizardText
                    field={`${at}.grantNumber`}
                    label={t('disclosures.funding.grantNumber')}
                    value={source.grantNumber}
                    onChange={(grantNumber) => setSource(index, { grantNumber })}
                    error={error(`${at}.grantNumber`)}
                    optional
                    maxLength={100}
                  />
                </div>
                <WizardText
                  field={`${at}.obligations`}
                  label={t('disclosures.funding.obligations')}
                  hint={t('disclosures.funding.obligationsHint')}
                  value={source.obligations}
                  onChange={(obligations) => setSource(index, { obligations })}
                  error={error(`${at}.obligations`)}
                  rows={3}
                  maxLength={DISCLOSURE_LIMITS.textMax}
                />
              </fieldset>
              <button
                type="button"
                className="link-button wizard-row__remove"
                onClick={() => remove(index)}
                data-testid="remove-funding"
              >
                {t('disclosures.funding.remove')}
                <span className="visually-hidden"> {source.funder || number}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {listError && (
        <p className="form-field__error" data-testid="error-fundingSources">
          {listError}
        </p>
      )}
      <div className="wizard-row-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={add}
          disabled={sources.length >= DISCLOSURE_LIMITS.maxFundingSources}
          data-testid="add-funding"
        >
          {t('disclosures.funding.add')}
        </button>
      </div>
    </div>
  );
}

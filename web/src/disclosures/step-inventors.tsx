import { DISCLOSURE_LIMITS } from '@tt/shared/disclosure-transitions';
import type { ReactNode } from 'react';
import { formatNumber, t } from '../i18n/i18n';
import { CheckIcon } from '../ui/icons';
import { equalShares, fieldDomId, shareTotal } from './disclosure-form';
import { type StepProps, WizardText } from './wizard-fields';
import { ListError, listOf, RemoveRowButton, rowTextsOf } from './wizard-rows';

/**
 * The inventors (from any institute or company) and their contribution shares, with the running
 * total: the shares must sum to 100.
 */
export function StepInventors({ values, update, error, researchers }: StepProps & { researchers?: ReactNode }) {
  const inventors = values.inventors;
  const list = listOf(update, 'inventors');
  const split = () =>
    update((current) => {
      const shares = equalShares(current.inventors.length);
      return {
        ...current,
        inventors: current.inventors.map((inventor, at) => ({ ...inventor, share: shares[at] ?? '' })),
      };
    });

  const total = shareTotal(inventors);
  const listError = error('inventors');
  const totalState = total === 100 ? 'ok' : total > 100 ? 'over' : 'under';

  return (
    <div className="wizard-step__fields">
      {inventors.length === 0 && (
        <p className="muted" data-testid="no-inventors">
          {t('disclosures.inventor.none')}
        </p>
      )}
      <ol className="wizard-rows" aria-label={t('disclosures.step.inventors')}>
        {inventors.map((inventor, index) => {
          const text = rowTextsOf(error, `inventors.${index}`, inventor, (patch) => list.set(index, patch));
          const number = index + 1;
          return (
            <li key={inventor.key} className="wizard-row" data-testid="inventor-row">
              <fieldset className="wizard-row__fieldset">
                <legend className="wizard-row__legend">{t('disclosures.inventor.legend', { number })}</legend>
                <div className="wizard-row__grid wizard-row__grid--inventor">
                  <WizardText
                    {...text('name')}
                    label={t('disclosures.inventor.name')}
                    maxLength={DISCLOSURE_LIMITS.nameMax}
                    autoComplete="off"
                  />
                  <WizardText
                    {...text('affiliation')}
                    label={t('disclosures.inventor.affiliation')}
                    maxLength={DISCLOSURE_LIMITS.nameMax}
                    placeholder={t('disclosures.inventor.affiliationPlaceholder')}
                  />
                  <WizardText
                    {...text('share', 'contributionShare')}
                    label={t('disclosures.inventor.share')}
                    maxLength={6}
                    inputMode="decimal"
                    suffix="%"
                    className="wizard-row__share"
                  />
                </div>
              </fieldset>
              <RemoveRowButton
                onClick={() => list.remove(index)}
                testId="remove-inventor"
                rowName={inventor.name || t('disclosures.inventor.legend', { number })}
              >
                {t('disclosures.inventor.remove')}
              </RemoveRowButton>
            </li>
          );
        })}
      </ol>

      <div
        className={`share-total share-total--${totalState}${listError ? ' share-total--invalid' : ''}`}
        id={fieldDomId('inventors')}
        tabIndex={-1}
        data-testid="share-total"
      >
        <div className="share-total__bar" aria-hidden="true">
          <span className="share-total__fill" style={{ inlineSize: `${Math.min(total, 100)}%` }} />
        </div>
        <p className="share-total__text" role="status">
          {totalState === 'ok' && <CheckIcon />}
          <strong>{t('disclosures.inventor.totalValue', { total: formatNumber(total) })}</strong>{' '}
          <span>
            {totalState === 'ok'
              ? t('disclosures.inventor.totalOk')
              : totalState === 'over'
                ? t('disclosures.inventor.totalOver', { over: formatNumber(Math.round((total - 100) * 100) / 100) })
                : t('disclosures.inventor.totalUnder', { left: formatNumber(Math.round((100 - total) * 100) / 100) })}
          </span>
        </p>
        <ListError field="inventors" error={listError} />
      </div>

      <div className="wizard-row-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => list.add({ name: '', affiliation: '', share: '' })}
          disabled={inventors.length >= DISCLOSURE_LIMITS.maxInventors}
          data-testid="add-inventor"
        >
          {t('disclosures.inventor.add')}
        </button>
        {inventors.length > 1 && (
          <button type="button" className="link-button" onClick={split} data-testid="split-shares">
            {t('disclosures.inventor.split')}
          </button>
        )}
      </div>
      {researchers}
    </div>
  );
}

import { DISCLOSURE_LIMITS } from '@tt/shared/disclosure-transitions';
import { t } from '../i18n/i18n';
import { LockIcon } from '../ui/icons';
import { type StepProps, textsOf, WizardText } from './wizard-fields';

/** The title, and what the researcher will need for the rest of the form. */
export function StepBasics({ values, update, error }: StepProps) {
  return (
    <div className="wizard-step__fields">
      <WizardText
        {...textsOf({ values, update, error })('title')}
        label={t('disclosures.field.title')}
        hint={t('disclosures.field.titleHint')}
        maxLength={DISCLOSURE_LIMITS.titleMax}
        minLength={DISCLOSURE_LIMITS.titleMin}
      />
      <section className="wizard-aside" aria-labelledby="basics-need">
        <h2 id="basics-need" className="wizard-aside__title">
          {t('disclosures.basics.needTitle')}
        </h2>
        <ul className="check-list check-list--compact">
          <li>{t('disclosures.basics.needInventors')}</li>
          <li>{t('disclosures.basics.needDescription')}</li>
          <li>{t('disclosures.basics.needDisclosures')}</li>
          <li>{t('disclosures.basics.needFunding')}</li>
          <li>{t('disclosures.basics.needFiles')}</li>
        </ul>
        <p className="wizard-aside__note">
          <LockIcon />
          {t('disclosures.basics.confidential')}
        </p>
      </section>
    </div>
  );
}

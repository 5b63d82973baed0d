import { dialablePhone } from '@tt/shared/phone-number';
import type { Language } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { langOf } from '../i18n/written-language';

/**
 * Who at the company sent the EoI and how to reach them outside the thread: the office calls or writes
 * to a business-development contact as often as it replies here. Shown on the office's side only.
 */
export function EoiSenderContact({
  eoi,
}: {
  eoi: {
    submitterName: string;
    submitterEmail: string;
    submitterTitle?: string | null;
    submitterTitleLanguage: Language;
    submitterPhone?: string | null;
  };
}) {
  return (
    <div className="eoi-sender" data-testid="eoi-sender">
      <h3 className="eoi-company__subtitle">{t('eoi.sender')}</h3>
      <p className="eoi-sender__name">
        {eoi.submitterName}
        {eoi.submitterTitle && (
          <span className="muted eoi-sender__title" lang={langOf(eoi.submitterTitleLanguage)}>
            {eoi.submitterTitle}
          </span>
        )}
      </p>
      <ul className="eoi-sender__ways">
        <li>
          <span className="muted">{t('field.email')}</span>{' '}
          <a href={`mailto:${eoi.submitterEmail}`} data-testid="eoi-sender-email">
            {eoi.submitterEmail}
          </a>
        </li>
        <li>
          <span className="muted">{t('field.phone')}</span>{' '}
          {eoi.submitterPhone ? (
            <a href={`tel:${dialablePhone(eoi.submitterPhone)}`} data-testid="eoi-sender-phone">
              {eoi.submitterPhone}
            </a>
          ) : (
            <span className="muted">{t('eoi.senderNoPhone')}</span>
          )}
        </li>
      </ul>
    </div>
  );
}

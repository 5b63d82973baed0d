import type { EoiDetailFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { interestTypeLabel } from '../i18n/labels';
import { langOf, langOfText } from '../i18n/written-language';
import { ServiceDetailsList } from '../services/service-details-list';
import { Fact } from '../ui/fact';
import './eoi.css';

/** What the company asked: type, message, intended use, timeline, NDA; its texts as they were written. */
export function EoiRequest({ eoi }: { eoi: EoiDetailFieldsFragment }) {
  return (
    <div className="eoi-request" data-testid="eoi-request">
      <blockquote className="eoi-request__message" lang={langOf(eoi.language)}>
        {eoi.message.split(/\n{2,}/).map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static paragraphs
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      <dl className="facts eoi-request__facts">
        <Fact label={t('eoi.interestType')}>{interestTypeLabel(eoi.interestType)}</Fact>
        <Fact label={t('eoi.intendedUse')} lang={langOfText(eoi.intendedUse, eoi.language)}>
          {eoi.intendedUse || <span className="muted">{t('eoi.notGiven')}</span>}
        </Fact>
        <Fact label={t('eoi.timeline')} lang={langOfText(eoi.timeline, eoi.language)}>
          {eoi.timeline || <span className="muted">{t('eoi.notGiven')}</span>}
        </Fact>
        <Fact label={t('eoi.nda')}>{eoi.ndaRequested ? t('eoi.yes') : t('eoi.no')}</Fact>
      </dl>
      <ServiceDetailsList details={eoi.serviceDetails} />
    </div>
  );
}

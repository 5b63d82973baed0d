import type { EoiDetailFieldsFragment } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { interestTypeLabel } from '../i18n/labels';
import './eoi.css';

/** What the company asked: type, message, intended use, timeline, NDA. */
export function EoiRequest({ eoi }: { eoi: EoiDetailFieldsFragment }) {
  return (
    <div className="eoi-request" data-testid="eoi-request">
      <blockquote className="eoi-request__message">
        {eoi.message.split(/\n{2,}/).map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static paragraphs
          <p key={index}>{paragraph}</p>
        ))}
      </blockquote>
      <dl className="facts eoi-request__facts">
        <div className="facts__row">
          <dt>{t('eoi.interestType')}</dt>
          <dd>{interestTypeLabel(eoi.interestType)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('eoi.intendedUse')}</dt>
          <dd>{eoi.intendedUse || <span className="muted">{t('eoi.notGiven')}</span>}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('eoi.timeline')}</dt>
          <dd>{eoi.timeline || <span className="muted">{t('eoi.notGiven')}</span>}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('eoi.nda')}</dt>
          <dd>{eoi.ndaRequested ? t('eoi.yes') : t('eoi.no')}</dd>
        </div>
      </dl>
    </div>
  );
}

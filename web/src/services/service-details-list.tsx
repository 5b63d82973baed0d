import type { EoiDetailFieldsFragment } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { Fact } from '../ui/fact';
import { inReaderLanguage, readerLabelLang } from './service-form-labels';
import './services.css';

type Details = EoiDetailFieldsFragment['serviceDetails'];

/** A service request's answers, as a definition list: each with the labels its field had when it was sent. */
export function ServiceDetailsList({ details }: { details: Details }) {
  if (!details?.length) return null;
  return (
    <section className="service-details" aria-labelledby="service-details-heading" data-testid="service-details">
      <h3 id="service-details-heading" className="service-details__title">
        {t('services.details.title')}
      </h3>
      <dl className="facts service-details__facts">
        {details.map((detail) => {
          const labels = { en: detail.labelEn, it: detail.labelIt };
          const value = detail.valueLabelEn
            ? inReaderLanguage({ en: detail.valueLabelEn, it: detail.valueLabelIt })
            : detail.kind === 'DATE'
              ? formatDate(detail.value)
              : detail.value;
          return (
            <Fact key={detail.key} label={<span lang={readerLabelLang(labels)}>{inReaderLanguage(labels)}</span>}>
              {value}
            </Fact>
          );
        })}
      </dl>
    </section>
  );
}

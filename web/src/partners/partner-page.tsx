import { PARTNERS_ROUTE } from '@tt/shared/web-routes';
import { useSlugQuery } from '../apollo/use-slug-query';
import { PartnerProfileDocument } from '../generated/graphql';
import { countryName, t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { langOf } from '../i18n/written-language';
import type { BackTo } from '../ui/back-link';
import { displayUrl, ExternalLink } from '../ui/external-link';
import { Fact } from '../ui/fact';
import { Panel } from '../ui/panel';
import { ProfileHero } from '../ui/profile-hero';
import { RecordFallback, useRecordMeta } from '../ui/record-fallback';
import { SectorChips } from '../ui/sector-chips';
import { foreignLang, TextLanguageMarker } from '../ui/text-language-marker';
import './partners.css';

const BACK_TO_PARTNERS: BackTo = { to: `/${PARTNERS_ROUTE}`, label: 'partner.backToDirectory' };

/** One company's public profile. */
export function PartnerPage() {
  const { query, record: partner } = useSlugQuery(PartnerProfileDocument, (data) => data.partner);
  useRecordMeta(
    query,
    'partner',
    partner && { title: partner.name, description: partner.description, textLanguage: partner.textLanguage },
  );

  if (!partner) {
    return <RecordFallback query={query} notFound="partner" back={BACK_TO_PARTNERS} />;
  }

  const place = [partner.city, countryName(partner.country)].filter(Boolean).join(', ');
  return (
    <article className="profile-page">
      <ProfileHero
        back={BACK_TO_PARTNERS}
        monogram={partner.name.slice(0, 1)}
        name={partner.name}
        nameTestId="partner-name"
        place={place}
      >
        <div className="profile-header__badges">
          <span className="badge badge--neutral">{companySizeLabel(partner.size)}</span>
        </div>
      </ProfileHero>

      <div className="container aside-layout profile-layout">
        <div className="profile-main">
          <section className="asset-section">
            <h2>{t('partner.about')}</h2>
            <TextLanguageMarker language={partner.textLanguage} />
            <p lang={foreignLang(partner.textLanguage)}>{partner.description}</p>
          </section>
          {partner.interests.length > 0 && (
            <section className="asset-section">
              <h2>{t('partner.interests')}</h2>
              <ul className="check-list" lang={langOf(partner.interestsLanguage)}>
                {partner.interests.map((interest) => (
                  <li key={interest}>{interest}</li>
                ))}
              </ul>
            </section>
          )}
          {partner.sectors.length > 0 && (
            <section className="asset-section">
              <h2>{t('partner.sectors')}</h2>
              <SectorChips
                sectors={partner.sectors}
                label={t('partner.sectors')}
                linkTo={(sectorSlug) => `/?sector=${encodeURIComponent(sectorSlug)}`}
              />
            </section>
          )}
        </div>
        <aside className="profile-aside">
          <Panel headingId="company-details-heading" title={t('partner.details')}>
            <dl className="facts">
              <Fact label={t('partner.location')}>{place}</Fact>
              <Fact label={t('partner.size')}>{companySizeLabel(partner.size)}</Fact>
              {partner.website && (
                <Fact label={t('partner.website')}>
                  <ExternalLink href={partner.website} testId="partner-website">
                    {displayUrl(partner.website)}
                  </ExternalLink>
                </Fact>
              )}
            </dl>
          </Panel>
        </aside>
      </div>
    </article>
  );
}

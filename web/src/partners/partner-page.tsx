import { useQuery } from '@apollo/client/react';
import { PARTNERS_ROUTE } from '@tt/shared/web-routes';
import { useParams } from 'react-router';
import { PartnerProfileDocument } from '../generated/graphql';
import { countryName, t } from '../i18n/i18n';
import { companySizeLabel, partnershipLevelLabel } from '../i18n/labels';
import { BackLink, type BackTo } from '../ui/back-link';
import { displayUrl, ExternalLink } from '../ui/external-link';
import { Panel } from '../ui/panel';
import { RecordFallback } from '../ui/record-fallback';
import { SectorChips } from '../ui/sector-chips';
import { metaDescription, usePageMeta } from '../ui/use-page-meta';
import './partners.css';

const BACK_TO_PARTNERS: BackTo = { to: `/${PARTNERS_ROUTE}`, label: 'partner.backToDirectory' };

/** One company's public profile. */
export function PartnerPage() {
  const { slug = '' } = useParams();
  const query = useQuery(PartnerProfileDocument, { variables: { slug } });
  const partner = query.data?.partner;

  usePageMeta(
    partner ? partner.name : query.data ? t('partner.notFoundTitle') : t('common.loading'),
    partner ? metaDescription(partner.description) : undefined,
  );

  if (!partner) {
    return <RecordFallback query={query} notFound="partner" back={BACK_TO_PARTNERS} />;
  }

  const place = [partner.city, countryName(partner.country)].filter(Boolean).join(', ');
  return (
    <article className="profile-page">
      <div className="profile-hero">
        <div className="container">
          <BackLink back={BACK_TO_PARTNERS} />
          <header className="profile-header">
            <span className="profile-header__monogram" aria-hidden="true">
              {partner.name.slice(0, 1)}
            </span>
            <div>
              <h1 className="profile-header__title" data-testid="partner-name">
                {partner.name}
              </h1>
              <p className="profile-header__sub">{place}</p>
              <div className="profile-header__badges">
                <span className="badge badge--neutral">{companySizeLabel(partner.size)}</span>
                <span
                  className={`badge ${partner.partnershipLevel === 'PARTNER' ? 'badge--primary' : 'badge--outline'}`}
                >
                  {partnershipLevelLabel(partner.partnershipLevel)}
                </span>
              </div>
            </div>
          </header>
        </div>
      </div>

      <div className="container profile-layout">
        <div className="profile-main">
          <section className="asset-section">
            <h2>{t('partner.about')}</h2>
            <p>{partner.description}</p>
          </section>
          {partner.interests.length > 0 && (
            <section className="asset-section">
              <h2>{t('partner.interests')}</h2>
              <ul className="check-list">
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
              <div className="facts__row">
                <dt>{t('partner.location')}</dt>
                <dd>{place}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('partner.size')}</dt>
                <dd>{companySizeLabel(partner.size)}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('partner.level')}</dt>
                <dd>{partnershipLevelLabel(partner.partnershipLevel)}</dd>
              </div>
              {partner.website && (
                <div className="facts__row">
                  <dt>{t('partner.website')}</dt>
                  <dd>
                    <ExternalLink href={partner.website} testId="partner-website">
                      {displayUrl(partner.website)}
                    </ExternalLink>
                  </dd>
                </div>
              )}
            </dl>
          </Panel>
        </aside>
      </div>
    </article>
  );
}

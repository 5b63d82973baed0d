import { assetPath, catalogueSearchPath, INSTITUTES_ROUTE, instituteFeedPath } from '@tt/shared/web-routes';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { useSlugQuery } from '../apollo/use-slug-query';
import { AssetCard } from '../catalogue/asset-card';
import { InstitutionProfileDocument, type InstitutionProfileQuery } from '../generated/graphql';
import { countryName, getLocale, t } from '../i18n/i18n';
import { kindLabel, platformKindLabel } from '../i18n/labels';
import { pathInLocale } from '../i18n/locale-path';
import type { BackTo } from '../ui/back-link';
import { displayUrl, ExternalLink } from '../ui/external-link';
import { Fact } from '../ui/fact';
import { ArrowRightIcon, MailIcon } from '../ui/icons';
import { Panel } from '../ui/panel';
import { ProfileHero } from '../ui/profile-hero';
import { RecordFallback, useRecordMeta } from '../ui/record-fallback';
import { foreignLang, TextLanguageMarker } from '../ui/text-language-marker';
import { useFeedLink } from '../ui/use-feed-link';
import './institutions.css';

type Institution = NonNullable<InstitutionProfileQuery['institution']>;

const BACK_TO_INSTITUTES: BackTo = { to: `/${INSTITUTES_ROUTE}`, label: 'institute.backToList' };

/** An institute: who they are, their platforms and services, their latest listings. */
export function InstitutionPage() {
  const { query, record: institution } = useSlugQuery(InstitutionProfileDocument, (data) => data.institution);
  useRecordMeta(
    query,
    'institute',
    institution && {
      title: institution.name,
      description: institution.description,
      textLanguage: institution.textLanguage,
    },
  );

  if (institution) return <InstitutionProfile institution={institution} />;
  return <RecordFallback query={query} notFound="institute" back={BACK_TO_INSTITUTES} />;
}

function InstitutionProfile({ institution }: { institution: Institution }) {
  const { hash } = useLocation();
  // The institute's newest listings as an Atom feed, for browsers and feed readers.
  useFeedLink(pathInLocale(getLocale(), instituteFeedPath(institution.slug)), institution.name);
  // A link to one platform (#slug) can only scroll once the page has its content.
  useEffect(() => {
    if (!hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);

  const listings = institution.assets;
  const institutionListings = catalogueSearchPath({ filter: { institutions: [institution.slug] } });
  const institutionServices = catalogueSearchPath({ filter: { institutions: [institution.slug], kinds: ['SERVICE'] } });
  return (
    <article className="profile-page">
      <ProfileHero
        back={BACK_TO_INSTITUTES}
        monogram={institution.shortName}
        wide
        name={institution.name}
        nameTestId="institution-name"
        place={`${institution.city}, ${institution.region}, ${countryName(institution.country)}`}
      />

      <div className="container aside-layout profile-layout">
        <div className="profile-main">
          <section className="asset-section">
            <TextLanguageMarker language={institution.textLanguage} />
            <p className="profile-description" lang={foreignLang(institution.textLanguage)}>
              {institution.description}
            </p>
          </section>
          {institution.mission && (
            <section className="asset-section">
              <h2>{t('institute.mission')}</h2>
              <blockquote className="mission" lang={foreignLang(institution.textLanguage)}>
                {institution.mission}
              </blockquote>
            </section>
          )}
          {institution.networks.length > 0 && (
            <section className="asset-section">
              <h2>{t('institute.networks')}</h2>
              <ul className="network-list">
                {institution.networks.map((network) => (
                  <li key={network}>{network}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="profile-aside">
          <Panel headingId="institute-facts-heading" title={t('institute.facts')}>
            <dl className="facts">
              <Fact label={t('institute.location')}>
                {institution.city}, {institution.region}
              </Fact>
              {institution.website && (
                <Fact label={t('institute.website')}>
                  <ExternalLink href={institution.website}>{displayUrl(institution.website)}</ExternalLink>
                </Fact>
              )}
              <Fact label={t('institute.contact')}>
                <a href={`mailto:${institution.contactEmail}`} className="icon-link">
                  <MailIcon />
                  {institution.contactEmail}
                </a>
              </Fact>
            </dl>
            {listings.totalCount > 0 && (
              <Link className="button button--primary button--block panel__action" to={institutionListings}>
                {t('institute.browseListings', { count: listings.totalCount })}
              </Link>
            )}
          </Panel>
        </aside>
      </div>

      {institution.platforms.length > 0 && (
        <section className="band" aria-labelledby="platforms-heading">
          <div className="container">
            <h2 id="platforms-heading">{t('institute.platforms')}</h2>
            <p className="section-lead">{t('institute.platformsLead')}</p>
            <ul className="platform-list">
              {institution.platforms.map((platform) => (
                <li key={platform.id} id={platform.slug} className="card platform-card" data-testid="platform">
                  <span className="badge badge--service">{platformKindLabel(platform.kind)}</span>
                  <h3 className="platform-card__name">{platform.name}</h3>
                  <TextLanguageMarker language={platform.textLanguage} />
                  <p lang={foreignLang(platform.textLanguage)}>{platform.description}</p>
                  {platform.capabilities.length > 0 && (
                    <>
                      <h4 className="platform-card__label">{t('institute.capabilities')}</h4>
                      <ul className="check-list check-list--compact" lang={foreignLang(platform.textLanguage)}>
                        {platform.capabilities.map((capability) => (
                          <li key={capability}>{capability}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  <h4 className="platform-card__label">{t('institute.services')}</h4>
                  {platform.assets.length > 0 ? (
                    <ul className="service-list">
                      {platform.assets.map((service) => (
                        <li key={service.id}>
                          <Link to={assetPath(service.slug)} lang={foreignLang(service.textLanguage)}>
                            {service.title}
                          </Link>
                          {service.kind !== 'SERVICE' && <span className="muted"> · {kindLabel(service.kind)}</span>}
                        </li>
                      ))}
                      {/* The page names the first few; the institute's services are all in the catalogue. */}
                      {platform.assetCount > platform.assets.length && (
                        <li>
                          <Link to={institutionServices} data-testid="platform-more-services">
                            {t('institute.moreServices', { count: platform.assetCount - platform.assets.length })}
                          </Link>
                        </li>
                      )}
                    </ul>
                  ) : (
                    <p className="muted">{t('institute.noServices')}</p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}

      <section className="page-section" aria-labelledby="latest-heading">
        <div className="container">
          <div className="section-head">
            <h2 id="latest-heading">{t('institute.latest')}</h2>
            {listings.totalCount > 0 && (
              <Link
                className="icon-link section-head__link"
                to={institutionListings}
                data-testid="institution-catalogue-link"
              >
                {t('institute.seeAll', { count: listings.totalCount })}
                <ArrowRightIcon />
              </Link>
            )}
          </div>
          {listings.edges.length > 0 ? (
            <ul className="card-grid card-grid--three">
              {listings.edges.map((edge) => (
                <li key={edge.node.id}>
                  <AssetCard asset={edge.node} testId="asset-card" />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('institute.noListings')}</p>
          )}
        </div>
      </section>
    </article>
  );
}

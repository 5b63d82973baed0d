import { useQuery } from '@apollo/client/react';
import { institutePath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import { InstitutionListDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { BuildingIcon, PinIcon } from '../ui/icons';
import { ErrorState, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import './institutions.css';

/** The research institutes of the network. */
export function InstitutionsPage() {
  usePageMeta(t('institutes.metaTitle'), t('institutes.metaDescription'));
  const { data, loading, error, refetch } = useQuery(InstitutionListDocument);

  return (
    <div className="institutions-page">
      <section className="hero hero--compact">
        <div className="container hero__inner">
          <h1 className="hero__title">{t('institutes.heading')}</h1>
          <p className="hero__lead">{t('institutes.lead')}</p>
        </div>
      </section>
      <div className="container page-section">
        {data ? (
          <ul className="institution-list">
            {data.institutions.map((institution) => (
              <li key={institution.id}>
                <article className="card institution-card" data-testid="institution-card">
                  <div className="institution-card__head">
                    <span className="institution-card__mark" aria-hidden="true">
                      {institution.shortName}
                    </span>
                    <div>
                      <h2 className="institution-card__name">
                        <Link className="card-link" to={institutePath(institution.slug)}>
                          {institution.name}
                        </Link>
                      </h2>
                      <p className="institution-card__place">
                        <PinIcon />
                        {institution.city}, {institution.region}
                      </p>
                    </div>
                  </div>
                  <p className="line-clamp institution-card__description">{institution.description}</p>
                  <p className="institution-card__stats">
                    <span>
                      <BuildingIcon />
                      {t('institutes.platformCount', { count: institution.platforms.length })}
                    </span>
                    <span>{t('institutes.networkCount', { count: institution.networks.length })}</span>
                  </p>
                </article>
              </li>
            ))}
          </ul>
        ) : error && !loading ? (
          <ErrorState title={t('institutes.errorTitle')} onRetry={() => void refetch()} />
        ) : (
          <PageLoading />
        )}
      </div>
    </div>
  );
}

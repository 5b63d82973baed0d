import { useQuery } from '@apollo/client/react';
import { assetPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import { MyListingsDocument } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { KindBadge, TrlBadge } from '../ui/badges';
import { ErrorState } from '../ui/status';
import { foreignLang } from '../ui/text-language-marker';

/** The published listings the researcher is an inventor of, with the interest each draws (never by whom). */
export function MyListingsSection() {
  const { data, loading, error, refetch } = useQuery(MyListingsDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const listings = data?.myListings.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="my-listings" aria-labelledby="my-listings-heading" data-testid="my-listings">
      <h2 id="my-listings-heading" className="my-listings__title">
        {t('disclosures.listings.heading')}
      </h2>
      <p className="my-listings__lead">{t('disclosures.listings.lead')}</p>
      {!data && loading && (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      )}
      {!data && error && <ErrorState onRetry={() => void refetch()} />}
      {data && listings.length === 0 && (
        <p className="wizard-empty" data-testid="no-listings">
          {t('disclosures.listings.empty')}
        </p>
      )}
      {listings.length > 0 && (
        <ul className="my-listings__list">
          {listings.map((asset) => (
            <li key={asset.id} className="card listing-row" data-testid="my-listing">
              <div className="listing-row__main">
                <p className="listing-row__badges">
                  <KindBadge kind={asset.kind} />
                  <TrlBadge trl={asset.trl} />
                  <span className="muted">{asset.institution.shortName}</span>
                </p>
                <h3 className="listing-row__title" lang={foreignLang(asset.textLanguage)}>
                  <Link className="card-link" to={assetPath(asset.slug)}>
                    {asset.title}
                  </Link>
                </h3>
                <p className="listing-row__summary" lang={foreignLang(asset.textLanguage)}>
                  {asset.summary}
                </p>
              </div>
              <div className="listing-row__side">
                {asset.interestSummary && (
                  <p className="listing-row__interest" data-testid="listing-interest">
                    <strong>{t('interestSummary.total', { count: asset.interestSummary.total })}</strong>
                    {asset.interestSummary.total > 0 && (
                      <span className="muted">
                        {' '}
                        · {t('interestSummary.open', { count: asset.interestSummary.open })}
                      </span>
                    )}
                  </p>
                )}
                {asset.publishedAt && (
                  <p className="listing-row__date">
                    {t('disclosures.listings.published', { date: formatDate(asset.publishedAt) })}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

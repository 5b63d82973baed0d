import { assetPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import type { OfficeDashboardQuery } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { foreignLang } from '../ui/text-language-marker';

type ListingInterest = OfficeDashboardQuery['officeDashboard']['listingInterest'];

/** The listings that drew the most EoIs (a bar each, the count written), and the published ones that drew none. */
export function ListingInterestSection({ interest }: { interest: ListingInterest }) {
  const most = Math.max(1, ...interest.top.map((listing) => listing.eoiCount));
  return (
    <section
      className="dashboard-card dashboard-listings"
      aria-labelledby="listing-interest-title"
      data-testid="listing-interest"
    >
      <div className="dashboard-card__head">
        <h2 id="listing-interest-title" className="dashboard-card__title">
          {t('dashboard.listings.title')}
        </h2>
      </div>
      <div className="dashboard-listings__columns">
        <div>
          <h3 className="dashboard-listings__heading">{t('dashboard.listings.top')}</h3>
          {interest.top.length === 0 ? (
            <p className="muted">{t('dashboard.listings.topNone')}</p>
          ) : (
            <ol className="dashboard-bars" data-testid="top-listings">
              {interest.top.map((listing) => (
                <li key={listing.id} data-testid="top-listing">
                  <Link
                    to={assetPath(listing.slug)}
                    className="dashboard-bars__title"
                    lang={foreignLang(listing.textLanguage)}
                  >
                    {listing.title}
                  </Link>
                  <span className="dashboard-bars__track" aria-hidden="true">
                    <span
                      className="dashboard-bars__bar"
                      style={{ inlineSize: `${Math.round((listing.eoiCount / most) * 100)}%` }}
                    />
                  </span>
                  {/* The number beside the bar; in words for assistive technology. */}
                  <strong className="dashboard-bars__count" aria-hidden="true">
                    {listing.eoiCount}
                  </strong>
                  <span className="visually-hidden">{t('dashboard.listings.eois', { count: listing.eoiCount })}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3 className="dashboard-listings__heading">
            {t('dashboard.listings.without', { count: interest.withoutInterestCount })}
          </h3>
          {interest.withoutInterestCount === 0 ? (
            <p className="muted">{t('dashboard.listings.withoutNone')}</p>
          ) : (
            <>
              <ul className="dashboard-quiet-listings" data-testid="listings-without-interest">
                {interest.withoutInterest.map((listing) => (
                  <li key={listing.id}>
                    <Link to={assetPath(listing.slug)} lang={foreignLang(listing.textLanguage)}>
                      {listing.title}
                    </Link>
                  </li>
                ))}
              </ul>
              {interest.withoutInterestCount > interest.withoutInterest.length && (
                <p className="muted">
                  {t('dashboard.listings.withoutMore', {
                    count: interest.withoutInterestCount - interest.withoutInterest.length,
                  })}
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { COMPANY_ROUTE } from '@tt/shared/web-routes';
import { useLayoutEffect, useState } from 'react';
import { Link } from 'react-router';
import { AssetCard } from '../catalogue/asset-card';
import { RecommendedListingsDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { LiveRegion, Notice } from '../ui/form';
import { CardSkeletons, ErrorState } from '../ui/status';
import { DismissDialog } from './dismiss-dialog';
import { ReasonList } from './reason-list';
import './matchmaking.css';

const SHOWN = 3;

/**
 * "Recommended for you" above the catalogue's results, for a company member: the listings best matching their
 * company, each with its reasons in words and a "Not interested" that asks why. Loaded with its own chunk (the
 * catalogue's first load carries none of it) and only for company members.
 */
export function RecommendedForYou({ onShown }: { onShown?: () => void } = {}) {
  const { data, error, refetch } = useQuery(RecommendedListingsDocument, {
    variables: { first: SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const [dismissing, setDismissing] = useState<{ id: string; title: string } | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const recommended = data?.recommendedListings;
  const settled = Boolean(recommended || error);
  // Before the browser paints: what the page shows below appears in the same frame, not pushed down a frame later.
  useLayoutEffect(() => {
    if (settled) onShown?.();
  }, [settled, onShown]);

  return (
    <section className="container recommended" aria-labelledby="recommended-heading" data-testid="recommended">
      <div className="recommended__header">
        <h2 id="recommended-heading" className="recommended__title">
          {t('match.recommendedTitle')}
        </h2>
        <p className="recommended__lead">{t('match.recommendedLead')}</p>
      </div>
      <LiveRegion>
        {dismissed && <Notice testId="dismissed">{t('match.dismissed', { title: dismissed })}</Notice>}
      </LiveRegion>
      {!recommended ? (
        error ? (
          <ErrorState title={t('match.recommendedError')} error={error} onRetry={() => void refetch()} />
        ) : (
          <CardSkeletons count={3} className="recommended__list" />
        )
      ) : recommended.length === 0 ? (
        <p className="muted" data-testid="recommended-empty">
          {t('match.recommendedEmpty')} <Link to={`/${COMPANY_ROUTE}`}>{t('match.editProfile')}</Link>
        </p>
      ) : (
        <ol className="recommended__list">
          {recommended.map(({ listing, reasons }) => (
            <li key={listing.id} className="recommendation" data-testid="recommendation">
              <AssetCard asset={listing} testId="recommended-card" />
              <div className="recommendation__why">
                <ReasonList reasons={reasons} side="company" />
                <div className="recommendation__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setDismissing({ id: listing.id, title: listing.title })}
                    data-testid="not-interested"
                  >
                    {t('match.notInterested')}
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      {dismissing && (
        <DismissDialog
          listing={dismissing}
          onClose={() => setDismissing(null)}
          onDismissed={(title) => {
            setDismissing(null);
            setDismissed(title);
          }}
        />
      )}
    </section>
  );
}

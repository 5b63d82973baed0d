import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ExpressionsOfInterestDocument } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { FirstLoad } from '../ui/list-state';
import { LoadMoreButton } from '../ui/load-more-button';
import { PageHeader } from '../ui/page-header';
import { EmptyState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { EoiStatusBadge, eoiPath, InterestTypeTag, UnreadBadge } from './eoi-badges';
import { useEoiEvents } from './use-eoi-events';
import '../ui/detail-page.css';
import './eoi.css';

// As many as the header's unread count reads: the two share the cache's list.
const PAGE_SIZE = 100;

/** The company's expressions of interest (every member sees them), newest activity first. */
export function MyInterestsPage() {
  const { viewer } = useViewer();
  usePageMeta(t('interests.metaTitle'));
  const { data, loading, error, refetch, fetchMore } = useQuery(ExpressionsOfInterestDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data?.expressionsOfInterest.edges.length ?? 0;
  // A live change reloads as many rows as are shown, not only the first page.
  useEoiEvents(null, () => void refetch({ first: Math.max(PAGE_SIZE, shown) }));
  const connection = data?.expressionsOfInterest;
  const items = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="eoi-page" data-testid="my-interests-page">
      <PageHeader
        eyebrow={viewer?.company?.name ?? t('interests.eyebrow')}
        title={t('interests.heading')}
        lead={t('interests.lead', { company: viewer?.company?.name ?? '' })}
      />
      <div className="container detail-body">
        <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
        {connection && items.length === 0 && (
          <EmptyState
            title={t('interests.emptyTitle')}
            action={
              <Link className="button button--primary" to="/">
                {t('interests.toCatalogue')}
              </Link>
            }
          >
            <p>{t('interests.emptyBody')}</p>
          </EmptyState>
        )}
        {items.length > 0 && (
          <>
            <p className="eoi-count" data-testid="interests-count">
              {t('interests.count', { count: connection?.totalCount ?? items.length })}
            </p>
            <ul className="interest-list">
              {items.map((eoi) => (
                <li
                  key={eoi.id}
                  className={`card interest-row${eoi.unreadCount > 0 ? ' interest-row--unread' : ''}`}
                  data-testid="interest-row"
                  data-status={eoi.status}
                >
                  <div className="interest-row__main">
                    <h2 className="interest-row__title">
                      <Link className="card-link" to={eoiPath('/interests', eoi.id)} data-testid="interest-link">
                        {eoi.asset?.title ?? t('eoi.listingUnavailable')}
                      </Link>
                    </h2>
                    <p className="interest-row__meta">
                      {eoi.asset && (
                        <span>{t('interests.offeredBy', { institute: eoi.asset.institution.shortName })}</span>
                      )}
                      <InterestTypeTag type={eoi.interestType} />
                    </p>
                  </div>
                  <div className="interest-row__side">
                    <EoiStatusBadge status={eoi.status} />
                    <UnreadBadge count={eoi.unreadCount} />
                    <span className="interest-row__date">
                      {t('eoi.lastActivity', { date: formatDate(eoi.lastActivityAt) })}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
            {connection && (
              <LoadMoreButton
                shown={items.length}
                total={connection.totalCount}
                pageInfo={connection.pageInfo}
                loading={loading}
                fetchMore={fetchMore}
                first={PAGE_SIZE}
                label={t('interests.more')}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}

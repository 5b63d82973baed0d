import { useQuery } from '@apollo/client/react';
import { companyEoiPath, officeEoiPath } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import { QuotesDocument } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { FirstLoad } from '../ui/list-state';
import { LoadMoreFooter } from '../ui/load-more-footer';
import { PageHeader } from '../ui/page-header';
import { EmptyState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { QuoteStatusBadge } from './quote-document';
import { formatQuoteEuros } from './quote-format';
import '../ui/detail-page.css';
import './quotes.css';

const PAGE = 20;

/** The quotes the viewer may see, newest first: a company's members see theirs, the office its institute's. */
export function QuotesPage() {
  const { viewer } = useViewer();
  const office = viewer?.role === 'TT_OFFICER' || viewer?.role === 'ADMIN';
  usePageMeta(t('quotes.metaTitle'));
  const { data, loading, error, refetch, fetchMore } = useQuery(QuotesDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.quotes;
  const quotes = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="quotes-page" data-testid="quotes-page">
      <PageHeader
        eyebrow={t('quotes.eyebrow')}
        title={t('quotes.heading')}
        lead={office ? t('quotes.leadOffice') : t('quotes.leadCompany')}
      />
      <div className="container detail-body">
        <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
        {connection && quotes.length === 0 && (
          <EmptyState title={t('quotes.emptyTitle')}>
            <p data-testid="quotes-empty">{office ? t('quotes.emptyOffice') : t('quotes.emptyCompany')}</p>
          </EmptyState>
        )}
        {quotes.length > 0 && (
          <>
            <ul className="quote-list">
              {quotes.map((quote) => {
                const eoi = quote.expressionOfInterest;
                const path = office ? officeEoiPath(eoi.id) : companyEoiPath(eoi.id);
                return (
                  <li key={quote.id} className="card quote-row" data-testid="quote-row" data-status={quote.status}>
                    <div className="quote-row__main">
                      <h2 className="quote-row__title">
                        <Link className="card-link" to={path} data-testid="quote-link">
                          {eoi.asset?.title ?? t('quotes.listingUnavailable')}
                        </Link>
                      </h2>
                      <p className="quote-row__meta muted">
                        {office && <span>{eoi.company.name} · </span>}
                        {t('quotes.version', { version: quote.version })} ·{' '}
                        {t('quotes.sentOn', { date: formatDate(quote.sentAt) })}
                      </p>
                    </div>
                    <div className="quote-row__side">
                      <QuoteStatusBadge status={quote.status} />
                      <span className="quote-row__total">{formatQuoteEuros(quote.grossCents)}</span>
                      <span className="muted quote-row__valid">
                        {t('quotes.validUntilDate', { date: formatDate(quote.validUntil) })}
                      </span>
                    </div>
                  </li>
                );
              })}
            </ul>
            <LoadMoreFooter
              shown={quotes.length}
              total={connection?.totalCount ?? quotes.length}
              hasMore={connection?.pageInfo.hasNextPage ?? false}
              loading={loading}
              label={t('quotes.loadMore')}
              onLoadMore={() =>
                void fetchMore({ variables: { first: PAGE, after: connection?.pageInfo.endCursor ?? null } })
              }
            />
          </>
        )}
      </div>
    </div>
  );
}

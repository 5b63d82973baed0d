import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  DirectoryListingRequestsDocument,
  type DirectoryRequestFieldsFragment,
  ReviewDirectoryListingDocument,
} from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { countryName, formatDate, t } from '../i18n/i18n';
import { companySizeLabel } from '../i18n/labels';
import { ExternalLink, safeHttpUrl } from '../ui/external-link';
import { Notice } from '../ui/form';
import { BuildingIcon, PinIcon } from '../ui/icons';
import { LiveNotice } from '../ui/live-notice';
import { RowButton } from '../ui/row-button';
import { EmptyState, ErrorState, PageLoading } from '../ui/status';
import './admin.css';

type Outcome = { kind: 'approved' | 'declined'; name: string } | { kind: 'failed'; message: string };

/**
 * Companies that asked to be listed in the public partner directory, oldest first, for administrators and
 * officers: what the directory would show of each, and Approve (listed at once) or Decline.
 */
export function DirectoryRequestsSection({ withHeading = false }: { withHeading?: boolean }) {
  const { data, loading, error, refetch } = useQuery(DirectoryListingRequestsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [review] = useMutation(ReviewDirectoryListingDocument);
  const [busy, setBusy] = useState<{ id: string; approve: boolean } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function decide(company: DirectoryRequestFieldsFragment, approve: boolean) {
    setBusy({ id: company.id, approve });
    setOutcome(null);
    try {
      const { data: answer } = await review({
        variables: { input: { companyId: company.id, approve } },
        // Answered, the request leaves the queue (whoever answered it).
        update(cache, { data: result }) {
          if (!result?.reviewDirectoryListing.company) return;
          cache.modify({
            fields: {
              directoryListingRequests(existing: readonly { __ref: string }[] = [], { readField }) {
                return existing.filter((ref) => readField('id', ref) !== company.id);
              },
            },
          });
        },
      });
      const payload = answer?.reviewDirectoryListing;
      if (payload?.company) setOutcome({ kind: approve ? 'approved' : 'declined', name: company.name });
      else {
        // Someone else answered first, or the company withdrew: say so, and show the queue as it is now.
        setOutcome({
          kind: 'failed',
          message: payload?.errors[0] ? errorMessage(payload.errors[0]) : t('directoryRequests.failed'),
        });
        void refetch();
      }
    } catch {
      setOutcome({ kind: 'failed', message: t('directoryRequests.failed') });
    } finally {
      setBusy(null);
    }
  }

  const requests = data?.directoryListingRequests;
  // On a page of its own (a tab) the page names it; among other sections it has a heading (h2) of its own.
  return (
    <section
      className="directory-requests"
      {...(withHeading
        ? { 'aria-labelledby': 'directory-requests-heading' }
        : { 'aria-label': t('directoryRequests.title') })}
      data-testid="directory-requests"
    >
      {withHeading && (
        <h2 id="directory-requests-heading" className="section-title">
          {t('directoryRequests.title')}
        </h2>
      )}
      <div className="section-head">
        <p className="section-head__lead">{t('directoryRequests.lead')}</p>
        {requests && requests.length > 0 && (
          <p className="directory-requests__count" data-testid="directory-requests-count">
            {t('directoryRequests.count', { count: requests.length })}
          </p>
        )}
      </div>
      <LiveNotice testId="directory-request-done">
        {outcome && outcome.kind !== 'failed' && t(`directoryRequests.${outcome.kind}`, { name: outcome.name })}
      </LiveNotice>
      {outcome?.kind === 'failed' && (
        <div role="alert" className="directory-requests__alert">
          <Notice tone="warning" testId="directory-request-failed">
            <p>{outcome.message}</p>
          </Notice>
        </div>
      )}
      {!requests ? (
        loading ? (
          <PageLoading />
        ) : error ? (
          <ErrorState onRetry={() => void refetch()} />
        ) : null
      ) : requests.length === 0 ? (
        <EmptyState title={t('directoryRequests.emptyTitle')}>
          <p>{t('directoryRequests.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul className="directory-request-rows">
          {requests.map((company) => {
            const website = safeHttpUrl(company.website);
            const place = [company.city, countryName(company.country)].filter(Boolean).join(', ');
            const working = busy?.id === company.id;
            return (
              <li key={company.id} className="panel directory-request" data-testid="directory-request">
                <div className="directory-request__head">
                  <span className="emblem institute-row__mark" aria-hidden="true">
                    <BuildingIcon />
                  </span>
                  <div className="directory-request__text">
                    <h3 className="directory-request__name" data-testid="directory-request-name">
                      {company.name}
                    </h3>
                    <p className="institute-row__meta">
                      <span>
                        <PinIcon />
                        {place}
                      </span>
                      <span className="badge badge--neutral">{companySizeLabel(company.size)}</span>
                      {website && (
                        <ExternalLink href={website} testId="directory-request-website">
                          {company.website}
                        </ExternalLink>
                      )}
                      <span data-testid="directory-request-date">
                        {t('directoryRequests.asked', { date: formatDate(company.listingRequestedAt) })}
                      </span>
                    </p>
                  </div>
                </div>
                <p className="directory-request__description">
                  {company.description || (
                    <span className="directory-request__empty">{t('directoryRequests.noDescription')}</span>
                  )}
                </p>
                <div className="directory-request__actions">
                  <RowButton
                    tone="primary"
                    rowName={company.name}
                    disabled={busy !== null}
                    onClick={() => void decide(company, true)}
                    testId="approve-listing"
                  >
                    {working && busy?.approve ? t('directoryRequests.approving') : t('directoryRequests.approve')}
                  </RowButton>
                  <RowButton
                    rowName={company.name}
                    disabled={busy !== null}
                    onClick={() => void decide(company, false)}
                    testId="decline-listing"
                  >
                    {working && !busy?.approve ? t('directoryRequests.declining') : t('directoryRequests.decline')}
                  </RowButton>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

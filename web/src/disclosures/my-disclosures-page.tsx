import { useQuery } from '@apollo/client/react';
import { Link, useLocation } from 'react-router';
import { type DisclosureStatus } from '../generated/graphql';
import { type DisclosureListFieldsFragment, MyDisclosuresDocument } from '../generated/members-graphql';
import { formatDate, type MessageKey, t } from '../i18n/i18n';
import { langOfText } from '../i18n/written-language';
import { useViewer } from '../session/use-viewer';
import { LiveRegion, Notice } from '../ui/form';
import { ArrowRightIcon } from '../ui/icons';
import { FirstLoad } from '../ui/list-state';
import { PageHeader } from '../ui/page-header';
import { EmptyState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import type { DraftDeletedState } from './delete-draft-panel';
import { DisclosureStatusBadge } from './disclosure-badges';
import { disclosurePath } from './disclosure-form';
import { MyAgreementsSection } from './my-agreements-section';
import { MyListingsSection } from './my-listings-section';
import '../ui/detail-page.css';
import './disclosures.css';

/** What each status asks of the researchers, and where they do it. */
const ASKS: Record<DisclosureStatus, { text: MessageKey; action?: MessageKey; yours: boolean }> = {
  DRAFT: { text: 'disclosures.ask.DRAFT', action: 'disclosures.ask.continue', yours: true },
  INFO_REQUESTED: { text: 'disclosures.ask.INFO_REQUESTED', action: 'disclosures.ask.answer', yours: true },
  SUBMITTED: { text: 'disclosures.ask.SUBMITTED', yours: false },
  UNDER_REVIEW: { text: 'disclosures.ask.UNDER_REVIEW', yours: false },
  ACCEPTED: { text: 'disclosures.ask.ACCEPTED', yours: false },
  PUBLISHED: { text: 'disclosures.ask.PUBLISHED', yours: false },
  DECLINED: { text: 'disclosures.ask.DECLINED', yours: false },
  WITHDRAWN: { text: 'disclosures.ask.WITHDRAWN', yours: false },
};

/** Where a row's action leads: the wizard for a draft, the thread when the office asked something. */
function actionPath(disclosure: DisclosureListFieldsFragment): string {
  if (disclosure.status === 'DRAFT') return `${disclosurePath(disclosure.id)}/edit`;
  if (disclosure.status === 'INFO_REQUESTED') return `${disclosurePath(disclosure.id)}#thread`;
  return disclosurePath(disclosure.id);
}

/** The researcher's disclosures (newest activity first) with what each asks of them; their listings and the
 * agreements on them. */
export function MyDisclosuresPage() {
  const { viewer } = useViewer();
  const deletedDraft = (useLocation().state as DraftDeletedState | null)?.deletedDraft;
  usePageMeta(t('disclosures.list.metaTitle'));
  const { data, loading, error, refetch } = useQuery(MyDisclosuresDocument, {
    variables: { first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.disclosures;
  // What waits for the researcher first; otherwise newest activity first, as the server orders them.
  const items = [...(connection?.edges.map((edge) => edge.node) ?? [])].sort(
    (a, b) => Number(ASKS[b.status].yours) - Number(ASKS[a.status].yours),
  );
  const waiting = items.filter((item) => ASKS[item.status].yours).length;
  const start = (
    <Link className="button button--primary" to="/disclosures/new" data-testid="start-disclosure">
      {t('disclosures.list.start')}
    </Link>
  );

  return (
    <div className="disclosures-page" data-testid="my-disclosures-page">
      <PageHeader
        eyebrow={viewer?.institution?.shortName ?? t('disclosures.list.eyebrow')}
        title={t('disclosures.list.heading')}
        lead={t('disclosures.list.lead')}
        layout="disclosures-page__header"
        introClassName="disclosures-page__intro"
      >
        {items.length > 0 && start}
      </PageHeader>
      <div className="container detail-body">
        <LiveRegion>
          {deletedDraft && (
            <Notice testId="draft-deleted">{t('disclosures.deleteDraft.done', { title: deletedDraft })}</Notice>
          )}
        </LiveRegion>
        <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
        {connection && items.length === 0 && (
          <EmptyState title={t('disclosures.list.emptyTitle')} action={start}>
            <p>{t('disclosures.list.emptyBody')}</p>
          </EmptyState>
        )}
        {items.length > 0 && (
          <section aria-labelledby="my-disclosures-heading">
            <h2 id="my-disclosures-heading" className="visually-hidden">
              {t('disclosures.list.heading')}
            </h2>
            <p className="disclosures-count" data-testid="disclosures-count">
              {t('disclosures.list.count', { count: connection?.totalCount ?? items.length })}
              {waiting > 0 && (
                <span className="disclosures-count__waiting">
                  {' · '}
                  {t('disclosures.list.waiting', { count: waiting })}
                </span>
              )}
            </p>
            <ul className="disclosure-list">
              {items.map((disclosure) => {
                const ask = ASKS[disclosure.status];
                return (
                  <li
                    key={disclosure.id}
                    className={`card disclosure-row${ask.yours ? ' disclosure-row--yours' : ''}`}
                    data-testid="disclosure-row"
                    data-status={disclosure.status}
                  >
                    <div className="disclosure-row__main">
                      <p className="disclosure-row__reference">
                        {disclosure.referenceNumber ?? t('disclosures.notNumbered')}
                      </p>
                      <h3 className="disclosure-row__title">
                        <Link
                          to={disclosure.status === 'DRAFT' ? actionPath(disclosure) : disclosurePath(disclosure.id)}
                          data-testid="disclosure-link"
                          lang={langOfText(disclosure.title, disclosure.language)}
                        >
                          {disclosure.title?.trim() || t('disclosures.untitled')}
                        </Link>
                      </h3>
                      <p className="disclosure-row__meta">
                        <DisclosureStatusBadge status={disclosure.status} />
                        <span>{t('disclosures.list.updated', { date: formatDate(disclosure.updatedAt) })}</span>
                      </p>
                    </div>
                    <div className={`disclosure-row__ask${ask.yours ? ' is-yours' : ''}`} data-testid="disclosure-ask">
                      <p className="disclosure-row__ask-label">
                        {ask.yours ? t('disclosures.list.askedOfYou') : t('disclosures.list.nothingAsked')}
                      </p>
                      <p className="disclosure-row__ask-text">{t(ask.text)}</p>
                      {ask.action && (
                        <Link
                          className="button button--primary button--small"
                          to={actionPath(disclosure)}
                          data-testid="disclosure-action"
                        >
                          {t(ask.action)}
                          <ArrowRightIcon />
                        </Link>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        <MyListingsSection />
        <MyAgreementsSection />
      </div>
    </div>
  );
}

import { editRequestPath, partnerPath, REQUESTS_ROUTE } from '@tt/shared/web-routes';
import { Link } from 'react-router';
import { useSlugQuery } from '../apollo/use-slug-query';
import { TechnologyRequestPageDocument } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { partneringModelLabel } from '../i18n/labels';
import { langOf } from '../i18n/written-language';
import { BackLink, type BackTo } from '../ui/back-link';
import { Fact } from '../ui/fact';
import { Panel } from '../ui/panel';
import { RecordFallback, useRecordMeta } from '../ui/record-fallback';
import { SectorChips } from '../ui/sector-chips';
import { foreignLang, TextLanguageMarker } from '../ui/text-language-marker';
import { RequestClosePanel } from './request-close-panel';
import {
  budgetBandLabel,
  daysLeft,
  deadlineLabel,
  requestStatusLabel,
  requestVisibilityLabel,
  trlRangeLabel,
} from './request-labels';
import { RequestResponses } from './request-responses';
import { RequestStatusPill, VisibilityBadge } from './request-status';
import type { RequestView } from './request-view';
import { RespondForm } from './respond-form';
import '../catalogue/asset-page.css';
import './requests.css';

const BACK_TO_REQUESTS: BackTo = { to: `/${REQUESTS_ROUTE}`, label: 'requests.backToDirectory' };

/**
 * One technology request: what is sought and why, for everyone who may see it; for its company, the responses
 * with the listings proposed and what to do with each, and the ways to edit or close it; for an officer, the
 * form to respond and their institute's earlier responses.
 */
export function RequestPage() {
  const { query, record: request } = useSlugQuery(TechnologyRequestPageDocument, (data) => data.technologyRequest);
  useRecordMeta(
    query,
    'requests',
    request && { title: request.title, description: request.description, textLanguage: request.language },
  );
  if (!request) return <RecordFallback query={query} notFound="requests" back={BACK_TO_REQUESTS} />;
  return <RequestDetail request={request} />;
}

function RequestDetail({ request }: { request: RequestView }) {
  const written = langOf(request.language);
  const left = daysLeft(request.deadline);
  const open = request.status === 'OPEN';
  return (
    <article className="request-page" data-testid="request-page">
      <div className="page-hero">
        <div className="container">
          <BackLink back={BACK_TO_REQUESTS} />
          <header className="request-header">
            <p className="eyebrow" data-testid="request-company">
              {request.companyName}
            </p>
            <h1 className="request-header__title" lang={foreignLang(request.language)} data-testid="request-title">
              {request.title}
            </h1>
            <div className="request-header__badges">
              <RequestStatusPill status={request.status} />
              <VisibilityBadge visibility={request.visibility} />
              <span className="badge badge--trl">{trlRangeLabel(request.trlMin, request.trlMax)}</span>
              <span className="request-header__deadline">
                {open && left >= 0 && left <= 14
                  ? t('requests.detail.closesIn', { count: left, date: deadlineLabel(request.deadline) })
                  : open
                    ? t('requests.card.deadline', { date: deadlineLabel(request.deadline) })
                    : t('requests.card.deadlinePast', { date: deadlineLabel(request.deadline) })}
              </span>
            </div>
            {request.viewerIsRequester && open && (
              <p className="request-header__actions">
                <Link
                  className="button button--secondary"
                  to={editRequestPath(request.slug)}
                  data-testid="edit-request"
                >
                  {t('requests.detail.edit')}
                </Link>
              </p>
            )}
          </header>
        </div>
      </div>

      <div className="container aside-layout asset-layout">
        <div className="asset-main">
          <section className="asset-section" aria-labelledby="request-sought">
            <h2 id="request-sought">{t('requests.detail.sought')}</h2>
            <TextLanguageMarker language={request.language} />
            <p className="request-text" lang={written}>
              {request.description}
            </p>
          </section>
          {request.motivation && (
            <section className="asset-section" aria-labelledby="request-why">
              <h2 id="request-why">{t('requests.detail.why')}</h2>
              <p className="request-text" lang={written}>
                {request.motivation}
              </p>
            </section>
          )}
          {request.viewerCanRespond && <RespondForm request={request} />}
          {request.responses && <RequestResponses request={request} responses={request.responses} />}
        </div>
        <aside className="asset-aside">
          <Panel headingId="request-facts-heading" title={t('requests.detail.facts')}>
            <dl className="facts">
              <Fact label={t('requests.detail.company')}>
                {request.company?.listed ? (
                  <Link to={partnerPath(request.company.slug)}>{request.companyName}</Link>
                ) : (
                  request.companyName
                )}
              </Fact>
              <Fact label={t('catalogue.facet.trl')}>{trlRangeLabel(request.trlMin, request.trlMax)}</Fact>
              <Fact label={t('requests.detail.partneringModels')}>
                <ul className="plain-list">
                  {request.partneringModels.map((model) => (
                    <li key={model}>{partneringModelLabel(model)}</li>
                  ))}
                </ul>
              </Fact>
              <Fact label={t('requests.detail.budget')}>
                {request.budgetBand ? budgetBandLabel(request.budgetBand) : t('requests.detail.budgetNotSaid')}
              </Fact>
              <Fact label={t('requests.detail.deadline')}>{deadlineLabel(request.deadline)}</Fact>
              {request.status !== 'OPEN' && (
                <Fact label={t('requests.facet.status')}>{requestStatusLabel(request.status)}</Fact>
              )}
              <Fact label={t('requests.detail.visibility')}>{requestVisibilityLabel(request.visibility)}</Fact>
              <Fact label={t('requests.detail.published')}>{formatDate(request.createdAt)}</Fact>
            </dl>
            <SectorChips sectors={request.sectors} label={t('catalogue.facet.sectors')} />
          </Panel>
          {request.viewerIsRequester && <RequestClosePanel request={request} />}
        </aside>
      </div>
    </article>
  );
}

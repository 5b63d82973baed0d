import { OFFICE_DISCLOSURES_ROUTE } from '@tt/shared/web-routes';
import { useNodeQuery } from '../apollo/use-node-query';
import { OfficeDisclosureDocument, type OfficeDisclosureQuery } from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { langOfText } from '../i18n/written-language';
import type { BackTo } from '../ui/back-link';
import { RecordFallback } from '../ui/record-fallback';
import { RecordHeader } from '../ui/record-header';
import { usePageMeta } from '../ui/use-page-meta';
import { AssessmentForm } from './assessment-form';
import { DisclosureActions } from './disclosure-actions';
import { DisclosureStatusBadge } from './disclosure-badges';
import { DisclosureHistory } from './disclosure-history';
import { DisclosureReplyForm } from './disclosure-reply-form';
import { DisclosureSummary } from './disclosure-summary';
import { DisclosureThread } from './disclosure-thread';
import { ListingAction } from './listing-action';
import { OfficerName } from './officer-name';
import { ResearchersPanel } from './researchers-panel';
import '../ui/office.css';
import '../ui/office-records.css';

type Disclosure = Extract<NonNullable<OfficeDisclosureQuery['node']>, { __typename: 'Disclosure' }>;

const BACK_TO_PIPELINE: BackTo = {
  to: `/${OFFICE_DISCLOSURES_ROUTE}`,
  label: 'officeDisclosure.back',
  testId: 'back-to-pipeline',
};

/** One disclosure for the office: what was submitted, the thread, the history, the assessment and the workflow. */
export function DisclosureOfficePage() {
  const { query, record: disclosure } = useNodeQuery(OfficeDisclosureDocument, 'Disclosure');
  usePageMeta(
    disclosure
      ? `${disclosure.referenceNumber ?? disclosure.title ?? t('pipeline.untitled')} · ${t('pipeline.metaTitle')}`
      : t('pipeline.metaTitle'),
  );

  if (disclosure) return <OfficeDisclosure disclosure={disclosure} />;
  return <RecordFallback query={query} notFound="officeDisclosure" back={BACK_TO_PIPELINE} />;
}

function OfficeDisclosure({ disclosure }: { disclosure: Disclosure }) {
  const researchers = disclosure.researchers.map((researcher) => researcher.name);
  return (
    <div className="office-disclosure" data-testid="disclosure-office-page">
      <RecordHeader
        back={BACK_TO_PIPELINE}
        eyebrow={disclosure.referenceNumber ?? t('pipeline.noReference')}
        title={disclosure.title || t('pipeline.untitled')}
        titleLang={langOfText(disclosure.title, disclosure.language)}
        testIds={{ eyebrow: 'disclosure-reference', title: 'disclosure-title' }}
        factsClassName="office-disclosure__facts"
      >
        <DisclosureStatusBadge status={disclosure.status} />
        <span className="muted">
          {disclosure.submittedAt
            ? t('officeDisclosure.submitted', { date: formatDate(disclosure.submittedAt) })
            : t('officeDisclosure.notSubmitted')}
        </span>
        {researchers.length > 0 && <span className="muted">{researchers.join(', ')}</span>}
        <OfficerName officer={disclosure.assignee} />
      </RecordHeader>
      <div className="container office-body aside-layout office-columns">
        <aside className="office-columns__aside">
          <div data-order="actions">
            <DisclosureActions disclosure={disclosure} listingAction={<ListingAction disclosure={disclosure} />} />
          </div>
          <div className="panel office-researchers" data-order="researchers">
            <ResearchersPanel
              disclosureId={disclosure.id}
              researchers={disclosure.researchers}
              canManage={disclosure.canManageResearchers}
            />
          </div>
          <div data-order="assessment">
            <AssessmentForm key={disclosure.id} disclosureId={disclosure.id} assessment={disclosure.assessment} />
          </div>
        </aside>
        <div className="office-columns__main">
          <section className="panel" aria-labelledby="content-heading" data-order="content">
            <h2 id="content-heading" className="panel__title">
              {t('officeDisclosure.content')}
            </h2>
            <DisclosureSummary disclosure={disclosure} attachments={disclosure.attachments} reader="OFFICE" />
          </section>
          <section className="panel" aria-labelledby="thread-heading" data-order="thread">
            <h2 id="thread-heading" className="panel__title">
              {t('officeDisclosure.thread')}
            </h2>
            <DisclosureThread messages={disclosure.messages} viewerSide="OFFICE" />
            <DisclosureReplyForm disclosureId={disclosure.id} label={t('officeDisclosure.reply')} />
          </section>
          <section className="panel" aria-labelledby="history-heading" data-order="history">
            <h2 id="history-heading" className="panel__title">
              {t('officeDisclosure.history')}
            </h2>
            <DisclosureHistory history={disclosure.history} />
          </section>
        </div>
      </div>
    </div>
  );
}

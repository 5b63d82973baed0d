import { useMutation } from '@apollo/client/react';
import { isOpenEoi } from '@tt/shared/eoi-transitions';
import { assetPath, COMPANY_EOIS_ROUTE } from '@tt/shared/web-routes';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { CompanyEoiAgreements } from '../agreements/eoi-agreements';
import { useNodeQuery } from '../apollo/use-node-query';
import { FeedbackReasonFields } from '../feedback/feedback-reason-fields';
import { type FeedbackReason, UnreadInterestsDocument } from '../generated/graphql';
import {
  type EoiDetailFieldsFragment,
  ExpressionOfInterestDocument,
  MarkExpressionOfInterestReadDocument,
  TransitionExpressionOfInterestDocument,
} from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { declineReasonLabel } from '../i18n/labels';
import { QuotePanel } from '../services/quote-panel';
import { ServiceRequestPanels } from '../services/service-request-panels';
import type { BackTo } from '../ui/back-link';
import { Panel } from '../ui/panel';
import { RecordFallback } from '../ui/record-fallback';
import { RecordHeader } from '../ui/record-header';
import { usePageMeta } from '../ui/use-page-meta';
import { WithdrawPanel } from '../ui/withdraw-panel';
import { EoiStatusBadge } from './eoi-badges';
import { EoiRequest } from './eoi-request';
import { EoiThread } from './eoi-thread';
import { EoiTimeline } from './eoi-timeline';
import { ReplyForm } from './reply-form';
import { SubmittedBy } from './submitted-by';
import { useEoiEvents } from './use-eoi-events';
import '../ui/detail-page.css';
import './eoi.css';

const BACK_TO_INTERESTS: BackTo = {
  to: `/${COMPANY_EOIS_ROUTE}`,
  label: 'interests.back',
  testId: 'back-to-interests',
};

/** One of the company's EoIs: the request, the shared thread, the public history; reply or withdraw. */
export function InterestPage() {
  const { id, query, record: eoi } = useNodeQuery(ExpressionOfInterestDocument, 'ExpressionOfInterest');
  const [markRead] = useMutation(MarkExpressionOfInterestReadDocument, {
    refetchQueries: [UnreadInterestsDocument],
  });
  const unread = eoi?.unreadCount ?? 0;

  // Opening the page reads the thread; so does a reply that arrives while it is open.
  useEffect(() => {
    if (eoi && unread > 0) void markRead({ variables: { input: { id: eoi.id } } }).catch(() => undefined);
  }, [eoi, unread, markRead]);
  useEoiEvents(id || null, () => void query.refetch());

  usePageMeta(eoi?.asset?.title ?? t('interests.metaTitle'));
  if (eoi) return <InterestDetail eoi={eoi} />;
  return <RecordFallback query={query} notFound="interests" back={BACK_TO_INTERESTS} />;
}

function InterestDetail({ eoi }: { eoi: EoiDetailFieldsFragment }) {
  const withdrawable = eoi.allowedTransitions.includes('WITHDRAWN');
  const open = isOpenEoi(eoi.status);
  return (
    <div className="eoi-page" data-testid="interest-page">
      <RecordHeader
        className="detail-header eoi-header"
        back={BACK_TO_INTERESTS}
        eyebrow={
          eoi.asset ? t('interests.offeredBy', { institute: eoi.asset.institution.shortName }) : t('eoi.listing')
        }
        title={eoi.asset ? <Link to={assetPath(eoi.asset.slug)}>{eoi.asset.title}</Link> : t('eoi.listingUnavailable')}
        testIds={{ title: 'eoi-title' }}
      >
        <EoiStatusBadge status={eoi.status} />
        <SubmittedBy eoi={eoi} />
      </RecordHeader>
      <div className="container detail-body aside-layout detail-columns">
        <div className="detail-columns__main">
          {eoi.status === 'DECLINED' && eoi.declineReason && (
            <section className="panel eoi-declined" data-testid="decline-notice">
              <h2 className="panel__title">{t('eoi.declined', { reason: declineReasonLabel(eoi.declineReason) })}</h2>
              {/* The office's words are a message of the conversation below: pointed to, not repeated. */}
              {eoi.declineMessage && <p>{t('interests.declineMessageInThread')}</p>}
            </section>
          )}
          {/* What was asked, then the conversation about it: the order of the office's page. */}
          <Panel headingId="request-heading" title={t('eoi.request')}>
            <EoiRequest eoi={eoi} />
          </Panel>
          {eoi.interestType === 'SERVICE_REQUEST' && <QuotePanel eoiId={eoi.id} side="COMPANY" />}
          {eoi.interestType === 'SERVICE_REQUEST' && <ServiceRequestPanels eoiId={eoi.id} side="COMPANY" />}
          <Panel headingId="thread-heading" title={t('eoi.thread')}>
            <EoiThread messages={eoi.messages} viewerSide="COMPANY" />
            {open ? <ReplyForm eoiId={eoi.id} /> : <p className="muted eoi-closed">{t('eoi.reply.closed')}</p>}
          </Panel>
        </div>
        <aside className="detail-columns__aside">
          <CompanyEoiAgreements agreements={eoi.agreements} />
          <Panel headingId="history-heading" title={t('eoi.history')}>
            <EoiTimeline history={eoi.history} />
          </Panel>
          {(withdrawable || eoi.status === 'WITHDRAWN') && (
            <WithdrawEoi id={eoi.id} withdrawn={eoi.status === 'WITHDRAWN'} />
          )}
        </aside>
      </div>
    </div>
  );
}

function WithdrawEoi({ id, withdrawn }: { id: string; withdrawn: boolean }) {
  const [transition] = useMutation(TransitionExpressionOfInterestDocument);
  const [feedbackReason, setFeedbackReason] = useState<FeedbackReason | null>(null);
  return (
    <WithdrawPanel
      withdraw={async (reason) => {
        // With a reason picked, the company's words go to the office as its feedback's comment too.
        const feedback = feedbackReason ? { feedbackReason, feedbackComment: reason } : {};
        const { data } = await transition({ variables: { input: { id, to: 'WITHDRAWN', reason, ...feedback } } });
        return data?.transitionExpressionOfInterest.errors ?? [];
      }}
      labels={{
        title: t('interests.withdrawTitle'),
        body: t('interests.withdrawBody'),
        button: t('interests.withdraw'),
        reason: t('interests.withdrawReason'),
        confirm: t('interests.withdrawConfirm'),
      }}
      extra={
        <>
          <FeedbackReasonFields
            name={`withdraw-feedback-${id}`}
            legend={t('feedback.withdrawLegend')}
            value={feedbackReason}
            onChange={setFeedbackReason}
          />
          <p className="form-field__hint">{t('feedback.withdrawHint')}</p>
        </>
      }
      done={withdrawn ? { title: t('enum.EoiStatus.WITHDRAWN'), notice: t('interests.withdrawn') } : null}
    />
  );
}

import { useMutation } from '@apollo/client/react';
import { disclosureWizardPath } from '@tt/shared/web-routes';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useNodeQuery } from '../apollo/use-node-query';
import { type UserErrorFieldsFragment } from '../generated/graphql';
import {
  DisclosureDocument,
  type DisclosureQuery,
  SubmitDisclosureDocument,
  TransitionDisclosureDocument,
} from '../generated/members-graphql';
import { errorMessage } from '../i18n/error-message';
import { formatDate, formatDateTime, type MessageKey, t } from '../i18n/i18n';
import { disclosureStatusLabel } from '../i18n/labels';
import { langOfText } from '../i18n/written-language';
import { Fact } from '../ui/fact';
import { failureMessage, LiveRegion, Notice } from '../ui/form';
import { SendIcon } from '../ui/icons';
import { Panel } from '../ui/panel';
import { RecordFallback } from '../ui/record-fallback';
import { RecordHeader } from '../ui/record-header';
import { usePageMeta } from '../ui/use-page-meta';
import { WithdrawPanel } from '../ui/withdraw-panel';
import { DeleteDraftPanel } from './delete-draft-panel';
import { DisclosureStatusBadge } from './disclosure-badges';
import { BACK_TO_DISCLOSURES, editPath, fieldDomId, stepOfField } from './disclosure-form';
import { DisclosureHistory } from './disclosure-history';
import { DisclosureReplyForm } from './disclosure-reply-form';
import { DisclosureSummary } from './disclosure-summary';
import { DisclosureThread } from './disclosure-thread';
import { problemText } from './field-labels';
import '../ui/detail-page.css';
import './disclosures.css';

type Detail = Extract<NonNullable<DisclosureQuery['node']>, { __typename: 'Disclosure' }>;

const NEXT: Record<Detail['status'], MessageKey> = {
  DRAFT: 'disclosures.next.DRAFT',
  SUBMITTED: 'disclosures.next.SUBMITTED',
  UNDER_REVIEW: 'disclosures.next.UNDER_REVIEW',
  INFO_REQUESTED: 'disclosures.next.INFO_REQUESTED',
  ACCEPTED: 'disclosures.next.ACCEPTED',
  PUBLISHED: 'disclosures.next.PUBLISHED',
  DECLINED: 'disclosures.next.DECLINED',
  WITHDRAWN: 'disclosures.next.WITHDRAWN',
};

/** One of the researcher's disclosures: where it stands, what happens next, the thread, the history. */
export function DisclosurePage() {
  const { query, record: disclosure } = useNodeQuery(DisclosureDocument, 'Disclosure');
  usePageMeta(disclosure?.title ?? t('disclosures.page.metaTitle'));
  if (disclosure) return <DisclosureDetail disclosure={disclosure} />;
  return <RecordFallback query={query} notFound="disclosures" back={BACK_TO_DISCLOSURES} />;
}

function DisclosureDetail({ disclosure }: { disclosure: Detail }) {
  const location = useLocation();
  const arrived = (location.state as { submitted?: 'submitted' | 'resubmitted' } | null)?.submitted;
  const status = disclosure.status;
  const withdrawable = disclosure.allowedTransitions.includes('WITHDRAWN');
  const showThread = status !== 'DRAFT' || disclosure.messages.length > 0;

  return (
    <div className="disclosure-page" data-testid="disclosure-page">
      <RecordHeader
        className="detail-header disclosure-header"
        back={BACK_TO_DISCLOSURES}
        eyebrow={disclosure.referenceNumber ?? t('disclosures.notNumbered')}
        title={disclosure.title?.trim() || t('disclosures.untitled')}
        titleLang={langOfText(disclosure.title, disclosure.language)}
        testIds={{ eyebrow: 'reference-number', title: 'disclosure-title' }}
      >
        <DisclosureStatusBadge status={status} />
        <span className="muted">
          {disclosure.submittedAt
            ? t('disclosures.page.submittedOn', { date: formatDate(disclosure.submittedAt) })
            : t('disclosures.page.startedOn', { date: formatDate(disclosure.createdAt) })}
        </span>
      </RecordHeader>

      <div className="container detail-body aside-layout detail-columns">
        <div className="detail-columns__main">
          {arrived && (
            <Notice testId="submitted-notice">
              <p>
                <strong>
                  {arrived === 'resubmitted' ? t('disclosures.page.resubmitted') : t('disclosures.page.submitted')}
                </strong>{' '}
                {disclosure.referenceNumber &&
                  t('disclosures.page.referenceIs', { reference: disclosure.referenceNumber })}
              </p>
            </Notice>
          )}
          <NextPanel disclosure={disclosure} />
          {showThread && (
            <section className="panel" id="thread" tabIndex={-1} aria-labelledby="thread-heading">
              <h2 id="thread-heading" className="panel__title">
                {t('disclosures.thread.title')}
              </h2>
              <DisclosureThread messages={disclosure.messages} viewerSide="RESEARCHER" />
              <DisclosureReplyForm
                disclosureId={disclosure.id}
                label={status === 'INFO_REQUESTED' ? t('disclosures.reply.answerLabel') : t('disclosures.reply.label')}
              />
            </section>
          )}
          <section className="panel" aria-labelledby="content-heading">
            <div className="panel__head">
              <h2 id="content-heading" className="panel__title">
                {status === 'DRAFT' ? t('disclosures.page.draftContent') : t('disclosures.page.content')}
              </h2>
              {(status === 'DRAFT' || status === 'INFO_REQUESTED') && (
                <Link className="button button--secondary button--small" to={disclosureWizardPath(disclosure.id)}>
                  {t('disclosures.page.edit')}
                </Link>
              )}
            </div>
            <DisclosureSummary disclosure={disclosure} attachments={disclosure.attachments} />
          </section>
        </div>
        <aside className="detail-columns__aside">
          <Panel headingId="facts-heading" title={t('disclosures.page.facts')}>
            <dl className="facts">
              <Fact label={t('disclosures.page.reference')}>
                {disclosure.referenceNumber ?? <span className="muted">{t('disclosures.page.referenceLater')}</span>}
              </Fact>
              <Fact label={t('disclosures.page.status')}>{disclosureStatusLabel(status)}</Fact>
              <Fact label={t('disclosures.page.researchers')}>
                <ul className="plain-list" data-testid="researchers">
                  {disclosure.researchers.map((researcher) => (
                    <li key={researcher.userId}>{researcher.name}</li>
                  ))}
                </ul>
              </Fact>
              <Fact label={t('disclosures.page.lastUpdate')}>{formatDateTime(disclosure.updatedAt)}</Fact>
            </dl>
          </Panel>
          <Panel headingId="history-heading" title={t('disclosures.history.title')}>
            <DisclosureHistory history={disclosure.history} />
          </Panel>
          {withdrawable && <WithdrawDisclosure id={disclosure.id} />}
          {disclosure.viewerMayDelete && <DeleteDraftPanel id={disclosure.id} title={disclosure.title} />}
        </aside>
      </div>
    </div>
  );
}

/** What happens next, and what the researchers do now (continue the draft, answer and resubmit). */
function NextPanel({ disclosure }: { disclosure: Detail }) {
  const [submit, { loading }] = useMutation(SubmitDisclosureDocument);
  const [errors, setErrors] = useState<readonly UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const status = disclosure.status;
  const canResubmit = status === 'INFO_REQUESTED' && disclosure.allowedTransitions.includes('UNDER_REVIEW');
  const id = disclosure.id;

  async function resubmit() {
    setErrors([]);
    setFailure(null);
    try {
      const { data } = await submit({ variables: { input: { id } } });
      setErrors(data?.submitDisclosure.errors ?? []);
    } catch (problem) {
      setFailure(failureMessage(problem));
    }
  }

  return (
    <section
      className={`panel next-panel next-panel--${status.toLowerCase()}`}
      aria-labelledby="next-heading"
      data-testid="next-panel"
    >
      <h2 id="next-heading" className="panel__title">
        {status === 'INFO_REQUESTED' || status === 'DRAFT'
          ? t('disclosures.next.yourTurn')
          : t('disclosures.next.title')}
      </h2>
      <p className="next-panel__text">{t(NEXT[status])}</p>
      {status === 'DRAFT' && (
        <Link className="button button--primary" to={disclosureWizardPath(id)} data-testid="continue-draft">
          {t('disclosures.ask.continue')}
        </Link>
      )}
      {status === 'INFO_REQUESTED' && (
        <>
          <ol className="next-panel__steps">
            <li>
              <a href="#thread">{t('disclosures.next.answerStep')}</a>
            </li>
            <li>
              <Link to={disclosureWizardPath(id)}>{t('disclosures.next.editStep')}</Link>
            </li>
            <li>{t('disclosures.next.resubmitStep')}</li>
          </ol>
          {canResubmit && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void resubmit()}
              disabled={loading}
              data-testid="resubmit"
            >
              {loading ? <span className="spinner spinner--small" aria-hidden="true" /> : <SendIcon />}
              {loading ? t('form.sending') : t('disclosures.review.resubmit')}
            </button>
          )}
          <LiveRegion>
            {(errors.length > 0 || failure) && (
              <div className="error-summary" data-testid="resubmit-errors">
                <p className="error-summary__title">{t('disclosures.next.cannotResubmit')}</p>
                <ul className="error-summary__list">
                  {failure && <li>{failure}</li>}
                  {errors.map((error) => {
                    const step = stepOfField(error.field);
                    return (
                      <li key={`${error.field}-${error.code}`}>
                        {step ? (
                          <Link to={`${editPath(id, step)}#${fieldDomId(error.field ?? '')}`}>
                            {problemText(error)}
                          </Link>
                        ) : (
                          errorMessage(error)
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            )}
          </LiveRegion>
        </>
      )}
    </section>
  );
}

/** Withdrawing (before acceptance), after a confirmation. */
function WithdrawDisclosure({ id }: { id: string }) {
  const [transition] = useMutation(TransitionDisclosureDocument);
  return (
    <WithdrawPanel
      withdraw={async (reason) => {
        const { data } = await transition({ variables: { input: { id, to: 'WITHDRAWN', reason } } });
        return data?.transitionDisclosure.errors ?? [];
      }}
      labels={{
        title: t('disclosures.withdraw.title'),
        body: t('disclosures.withdraw.body'),
        button: t('disclosures.withdraw.button'),
        reason: t('disclosures.withdraw.reason'),
        confirm: t('disclosures.withdraw.confirm'),
        warning: t('disclosures.withdraw.confirmBody'),
      }}
      reasonMax={5000}
      testId="withdraw-panel"
    />
  );
}

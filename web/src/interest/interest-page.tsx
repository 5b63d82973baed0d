import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type EoiDetailFieldsFragment,
  ExpressionOfInterestDocument,
  MarkExpressionOfInterestReadDocument,
  TransitionExpressionOfInterestDocument,
  UnreadInterestsDocument,
} from '../generated/graphql';
import { formatDate, t } from '../i18n/i18n';
import { declineReasonLabel } from '../i18n/labels';
import { failureMessage, focusOnMount, LiveRegion, Notice } from '../ui/form';
import { ArrowLeftIcon } from '../ui/icons';
import { ErrorState, NotFound, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { EoiStatusBadge } from './eoi-badges';
import { EoiRequest } from './eoi-request';
import { EoiThread } from './eoi-thread';
import { EoiTimeline } from './eoi-timeline';
import { ReplyForm } from './reply-form';
import { useEoiEvents } from './use-eoi-events';
import './eoi.css';

/** One of the company's EoIs: the request, the shared thread, the public history; reply or withdraw. */
export function InterestPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ExpressionOfInterestDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkExpressionOfInterestReadDocument, {
    refetchQueries: [UnreadInterestsDocument],
  });
  const node = data?.node;
  const eoi = node?.__typename === 'ExpressionOfInterest' ? node : null;
  const unread = eoi?.unreadCount ?? 0;

  // Opening the page reads the thread; so does a reply that arrives while it is open.
  useEffect(() => {
    if (eoi && unread > 0) void markRead({ variables: { input: { id: eoi.id } } }).catch(() => undefined);
  }, [eoi, unread, markRead]);
  useEoiEvents(id || null, () => void refetch());

  usePageMeta(eoi?.asset?.title ?? t('interests.metaTitle'));
  if (eoi) return <InterestDetail eoi={eoi} />;
  if (data) return <NotFound title={t('interests.notFoundTitle')} body={t('interests.notFoundBody')} />;
  if (error && !loading) {
    return (
      <div className="container page-section">
        <ErrorState onRetry={() => void refetch()} />
      </div>
    );
  }
  return <PageLoading />;
}

function InterestDetail({ eoi }: { eoi: EoiDetailFieldsFragment }) {
  const withdrawable = eoi.allowedTransitions.includes('WITHDRAWN');
  const open = ['SUBMITTED', 'IN_REVIEW', 'IN_DISCUSSION', 'NEGOTIATION'].includes(eoi.status);
  return (
    <div className="eoi-page" data-testid="interest-page">
      <div className="page-header eoi-header">
        <div className="container">
          <nav className="breadcrumb" aria-label={t('asset.breadcrumb')}>
            <Link to="/interests" className="back-link" data-testid="back-to-interests">
              <ArrowLeftIcon />
              {t('interests.back')}
            </Link>
          </nav>
          <p className="eyebrow">
            {eoi.asset ? t('interests.offeredBy', { institute: eoi.asset.institution.shortName }) : t('eoi.listing')}
          </p>
          <h1 className="page-header__title" data-testid="eoi-title">
            {eoi.asset ? <Link to={`/assets/${eoi.asset.slug}`}>{eoi.asset.title}</Link> : t('eoi.listingUnavailable')}
          </h1>
          <div className="eoi-header__badges">
            <EoiStatusBadge status={eoi.status} />
            <span className="muted">
              {t('eoi.submittedBy', { name: eoi.submitterName, date: formatDate(eoi.createdAt) })}
            </span>
          </div>
        </div>
      </div>
      <div className="container eoi-body eoi-columns">
        <div className="eoi-columns__main">
          {eoi.status === 'DECLINED' && eoi.declineReason && (
            <section className="panel eoi-declined" data-testid="decline-notice">
              <h2 className="panel__title">{t('eoi.declined', { reason: declineReasonLabel(eoi.declineReason) })}</h2>
              {eoi.declineMessage && <p>{eoi.declineMessage}</p>}
            </section>
          )}
          <section className="panel" aria-labelledby="thread-heading">
            <h2 id="thread-heading" className="panel__title">
              {t('eoi.thread')}
            </h2>
            <EoiThread messages={eoi.messages} viewerSide="COMPANY" />
            {open ? <ReplyForm eoiId={eoi.id} /> : <p className="muted eoi-closed">{t('eoi.reply.closed')}</p>}
          </section>
          <section className="panel" aria-labelledby="request-heading">
            <h2 id="request-heading" className="panel__title">
              {t('eoi.request')}
            </h2>
            <EoiRequest eoi={eoi} />
          </section>
        </div>
        <aside className="eoi-columns__aside">
          <section className="panel" aria-labelledby="history-heading">
            <h2 id="history-heading" className="panel__title">
              {t('eoi.history')}
            </h2>
            <EoiTimeline history={eoi.history} />
          </section>
          {(withdrawable || eoi.status === 'WITHDRAWN') && (
            <WithdrawPanel id={eoi.id} withdrawn={eoi.status === 'WITHDRAWN'} />
          )}
        </aside>
      </div>
    </div>
  );
}

function WithdrawPanel({ id, withdrawn }: { id: string; withdrawn: boolean }) {
  const fieldId = useId();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [transition, { loading }] = useMutation(TransitionExpressionOfInterestDocument);

  async function withdraw(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await transition({
        variables: { input: { id, to: 'WITHDRAWN', reason: reason.trim() || null } },
      });
      const errors = data?.transitionExpressionOfInterest.errors ?? [];
      if (errors.length > 0) setProblem(errors.map((error) => error.message).join(' '));
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  const done = withdrawn;
  return (
    <section className="panel" aria-labelledby={`${fieldId}-title`}>
      <h2 id={`${fieldId}-title`} className="panel__title">
        {done ? t('enum.EoiStatus.WITHDRAWN') : t('interests.withdrawTitle')}
      </h2>
      <LiveRegion>{done && <Notice testId="withdrawn">{t('interests.withdrawn')}</Notice>}</LiveRegion>
      {!confirming && !done && (
        <>
          <p className="muted">{t('interests.withdrawBody')}</p>
          <button
            type="button"
            className="button button--secondary button--block"
            onClick={() => setConfirming(true)}
            data-testid="withdraw"
          >
            {t('interests.withdraw')}
          </button>
        </>
      )}
      {confirming && !done && (
        <form onSubmit={(event) => void withdraw(event)} className="eoi-action-form" noValidate>
          <label htmlFor={`${fieldId}-reason`} className="form-field__label">
            {t('interests.withdrawReason')} <span className="form-field__optional">{t('form.optional')}</span>
          </label>
          <textarea
            id={`${fieldId}-reason`}
            ref={focusOnMount}
            className="input textarea"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          {problem && <p className="form-field__error">{problem}</p>}
          <div className="eoi-action-form__buttons">
            <button type="submit" className="button button--danger" disabled={loading} data-testid="withdraw-confirm">
              {t('interests.withdrawConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

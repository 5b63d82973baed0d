import { useMutation, useQuery } from '@apollo/client/react';
import { DeclineReason } from '@tt/shared/eoi-transitions';
import { OFFICE_EOIS_ROUTE } from '@tt/shared/web-routes';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { agreementTypeLabel } from '../agreements/agreement-labels';
import { EoiAgreementsPanel } from '../agreements/eoi-agreements';
import { useNodeQuery } from '../apollo/use-node-query';
import { type DeclineReason as DeclineReasonValue, type EoiPriority, type EoiStatus } from '../generated/graphql';
import {
  AssignExpressionOfInterestDocument,
  EoiCompanyProfileDocument,
  ExpressionOfInterestDocument,
  type ExpressionOfInterestQuery,
  SetExpressionOfInterestPriorityDocument,
  TransitionExpressionOfInterestDocument,
} from '../generated/members-graphql';
import { type CodedError, errorMessages } from '../i18n/error-message';
import { countryName, formatDate, formatDateTime, t } from '../i18n/i18n';
import { companySizeLabel, declineReasonLabel, eoiPriorityLabel, eoiStatusLabel, kindLabel } from '../i18n/labels';
import { QuotePanel } from '../services/quote-panel';
import { ServiceRequestPanels } from '../services/service-request-panels';
import { initials } from '../session/use-viewer';
import type { BackTo } from '../ui/back-link';
import { failureMessage, focusOnMount } from '../ui/form';
import {
  type ActionMessage,
  ActionSelect,
  AssigneeSelect,
  DeclineButton,
  MoveButton,
  OfficeActionsPanel,
} from '../ui/office-actions';
import { Panel } from '../ui/panel';
import { RecordFallback } from '../ui/record-fallback';
import { RecordHeader } from '../ui/record-header';
import { usePageMeta } from '../ui/use-page-meta';
import { EoiStatusBadge, eoiPath, InterestTypeTag, OverdueBadge, PriorityBadge } from './eoi-badges';
import { EoiRequest } from './eoi-request';
import { EoiSenderContact } from './eoi-sender-contact';
import { EoiThread } from './eoi-thread';
import { EoiTimeline } from './eoi-timeline';
import { ReplyForm } from './reply-form';
import { SubmittedBy } from './submitted-by';
import { PRIORITIES } from './triage-filters';
import { useEoiEvents } from './use-eoi-events';
import '../ui/detail-page.css';
import '../ui/office.css';
import './triage.css';

type Eoi = Extract<NonNullable<ExpressionOfInterestQuery['node']>, { __typename: 'ExpressionOfInterest' }>;
const DECLINE_REASONS = Object.values(DeclineReason);

const BACK_TO_TRIAGE: BackTo = { to: `/${OFFICE_EOIS_ROUTE}`, label: 'triage.back', testId: 'back-to-triage' };

/** One EoI for the office: the request, the company, the asset, the history, the thread and the actions. */
export function EoiOfficePage() {
  const { id, query, record: eoi } = useNodeQuery(ExpressionOfInterestDocument, 'ExpressionOfInterest');
  useEoiEvents(id || null, () => void query.refetch());
  usePageMeta(eoi ? `${eoi.company.name} · ${t('triage.metaTitle')}` : t('triage.metaTitle'));

  if (eoi) return <OfficeDetail eoi={eoi} />;
  return <RecordFallback query={query} notFound="triage" back={BACK_TO_TRIAGE} />;
}

function OfficeDetail({ eoi }: { eoi: Eoi }) {
  return (
    <div className="eoi-page" data-testid="eoi-office-page">
      <RecordHeader
        className="detail-header eoi-header"
        back={BACK_TO_TRIAGE}
        eyebrow={eoi.asset?.title ?? t('eoi.listingUnavailable')}
        title={eoi.company.name}
        testIds={{ title: 'eoi-title' }}
      >
        <EoiStatusBadge status={eoi.status} />
        <PriorityBadge priority={eoi.priority} />
        {eoi.overdue && <OverdueBadge />}
        <InterestTypeTag type={eoi.interestType} />
        <SubmittedBy eoi={eoi} />
      </RecordHeader>
      <div className="container detail-body aside-layout detail-columns">
        <div className="detail-columns__main">
          <Panel headingId="request-heading" title={t('eoi.request')}>
            <EoiRequest eoi={eoi} />
          </Panel>
          {eoi.interestType === 'SERVICE_REQUEST' && <QuotePanel eoiId={eoi.id} side="OFFICE" />}
          {eoi.interestType === 'SERVICE_REQUEST' && <ServiceRequestPanels eoiId={eoi.id} side="OFFICE" />}
          <Panel headingId="thread-heading" title={t('eoi.thread')}>
            <EoiThread messages={eoi.messages} viewerSide="OFFICE" />
            <ReplyForm eoiId={eoi.id} allowInternal />
          </Panel>
          <Panel headingId="history-heading" title={t('eoi.history')}>
            <EoiTimeline history={eoi.history} />
          </Panel>
        </div>
        <aside className="detail-columns__aside">
          <ActionsPanel eoi={eoi} />
          <EoiAgreementsPanel eoi={eoi} />
          <CompanyPanel eoi={eoi} />
          {eoi.asset && (
            <Panel headingId="asset-heading" title={t('eoi.listing')}>
              <p className="eoi-asset">
                <Link to={`/assets/${eoi.asset.slug}`} data-testid="eoi-asset-link">
                  {eoi.asset.title}
                </Link>
                <span className="muted">
                  {kindLabel(eoi.asset.kind)} · {eoi.asset.institution.shortName}
                </span>
              </p>
            </Panel>
          )}
        </aside>
      </div>
    </div>
  );
}

function hoursBetween(from: string, to: string): number {
  return Math.max(0, Math.round((new Date(to).getTime() - new Date(from).getTime()) / 3_600_000));
}

function duration(hours: number): string {
  if (hours < 1) return t('triage.underAnHour');
  return hours < 48 ? t('triage.hours', { count: hours }) : t('eoi.ageDays', { count: Math.round(hours / 24) });
}

function ActionsPanel({ eoi }: { eoi: Eoi }) {
  const id = useId();
  const [message, setMessage] = useState<ActionMessage>(null);
  const [reason, setReason] = useState('');
  // Marking it agreed links the agreement that closed it, when the office picks one.
  const [closingAgreement, setClosingAgreement] = useState('');
  const [declining, setDeclining] = useState(false);
  const [transition, { loading: moving }] = useMutation(TransitionExpressionOfInterestDocument);
  const [assign, { loading: assigning }] = useMutation(AssignExpressionOfInterestDocument);
  const [setPriority, { loading: prioritising }] = useMutation(SetExpressionOfInterestPriorityDocument);
  const moves = eoi.allowedTransitions.filter((status) => status !== 'DECLINED' && status !== 'WITHDRAWN');
  const canDecline = eoi.allowedTransitions.includes('DECLINED');

  async function run(action: () => Promise<readonly CodedError[] | undefined>, success: string) {
    setMessage(null);
    try {
      const errors = (await action()) ?? [];
      if (errors.length > 0) setMessage({ tone: 'warning', text: errorMessages(errors) });
      else setMessage({ tone: 'success', text: success });
    } catch (failure) {
      setMessage({ tone: 'warning', text: failureMessage(failure) });
    }
  }

  const move = (to: EoiStatus) =>
    run(
      async () => {
        const closing = to === 'AGREED' && closingAgreement ? { agreementId: closingAgreement } : {};
        const { data } = await transition({
          variables: { input: { id: eoi.id, to, reason: reason.trim() || null, ...closing } },
        });
        const errors = data?.transitionExpressionOfInterest.errors;
        if (errors?.length === 0) setReason('');
        return errors;
      },
      t('triage.moved', { status: eoiStatusLabel(to) }),
    );

  const prioritise = (priority: EoiPriority) =>
    run(
      async () =>
        (await setPriority({ variables: { input: { id: eoi.id, priority } } })).data?.setExpressionOfInterestPriority
          .errors,
      t('triage.prioritySet', { priority: eoiPriorityLabel(priority) }),
    );

  return (
    <OfficeActionsPanel title={t('triage.actions')} message={message} testId="eoi-actions">
      <div className="office-actions__group">
        <p className="office-actions__label">{t('eoi.status')}</p>
        <EoiStatusBadge status={eoi.status} />
        {moves.length === 0 && !canDecline ? (
          <p className="muted eoi-actions__none">{t('triage.noMoves')}</p>
        ) : (
          <>
            {moves.length > 0 && (
              <>
                <label htmlFor={`${id}-reason`} className="eoi-actions__sublabel">
                  {t('triage.moveReason')} <span className="form-field__optional">{t('form.optional')}</span>
                </label>
                <input
                  id={`${id}-reason`}
                  className="input"
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  data-testid="move-reason"
                />
              </>
            )}
            {moves.includes('AGREED') && eoi.agreements.length > 0 && (
              <>
                <label htmlFor={`${id}-agreement`} className="eoi-actions__sublabel">
                  {t('eoiAgreements.closingLabel')} <span className="form-field__optional">{t('form.optional')}</span>
                </label>
                <select
                  id={`${id}-agreement`}
                  className="input select"
                  value={closingAgreement}
                  onChange={(event) => setClosingAgreement(event.target.value)}
                  data-testid="closing-agreement"
                >
                  <option value="">{t('eoiAgreements.closingNone')}</option>
                  {eoi.agreements.map((agreement) => (
                    <option key={agreement.id} value={agreement.id}>
                      {agreement.title ?? agreementTypeLabel(agreement.type)}
                    </option>
                  ))}
                </select>
              </>
            )}
            <div className="office-actions__moves">
              {moves.map((status) => (
                <MoveButton key={status} to={status} disabled={moving} onMove={() => void move(status)}>
                  {t('triage.moveTo', { status: eoiStatusLabel(status) })}
                </MoveButton>
              ))}
              {canDecline && !declining && (
                <DeclineButton onClick={() => setDeclining(true)}>{t('triage.decline')}</DeclineButton>
              )}
            </div>
            {canDecline && declining && (
              <DeclineForm
                id={eoi.id}
                onDone={() => {
                  setDeclining(false);
                  setMessage({ tone: 'success', text: t('triage.moved', { status: eoiStatusLabel('DECLINED') }) });
                }}
                onCancel={() => setDeclining(false)}
              />
            )}
          </>
        )}
      </div>

      <AssigneeSelect
        assignee={eoi.assignee}
        busy={assigning}
        assign={(assigneeId, done) =>
          void run(
            async () =>
              (await assign({ variables: { input: { id: eoi.id, assigneeId } } })).data?.assignExpressionOfInterest
                .errors,
            done,
          )
        }
      />

      <div className="office-actions__group">
        <ActionSelect
          label={t('eoi.priority')}
          value={eoi.priority ?? 'NORMAL'}
          disabled={prioritising}
          onChange={(value) => void prioritise(value as EoiPriority)}
          testId="priority-select"
        >
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {eoiPriorityLabel(priority)}
            </option>
          ))}
        </ActionSelect>
      </div>

      <div className="office-actions__group">
        <p className="office-actions__label">{t('triage.firstResponse')}</p>
        {eoi.firstResponseAt ? (
          <p className="eoi-actions__value" data-testid="first-response">
            {t('triage.firstResponseAfter', {
              date: formatDateTime(eoi.firstResponseAt),
              duration: duration(hoursBetween(eoi.createdAt, eoi.firstResponseAt)),
            })}
          </p>
        ) : (
          <p className="eoi-actions__value" data-testid="first-response">
            {t('triage.noResponse')} {eoi.overdue && <OverdueBadge />}
          </p>
        )}
      </div>
    </OfficeActionsPanel>
  );
}

/** Declining needs a structured reason and a message the company sees: both required. */
function DeclineForm({ id, onDone, onCancel }: { id: string; onDone: () => void; onCancel: () => void }) {
  const formId = useId();
  const [reason, setReason] = useState<DeclineReasonValue | ''>('');
  const [message, setMessage] = useState('');
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [transition, { loading }] = useMutation(TransitionExpressionOfInterestDocument);
  const reasonError = tried && !reason ? t('triage.declineReasonRequired') : null;
  const messageError = tried && !message.trim() ? t('triage.declineMessageRequired') : null;

  async function decline(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    setProblem(null);
    if (!reason || !message.trim()) return;
    try {
      const { data } = await transition({
        variables: { input: { id, to: 'DECLINED', declineReason: reason, message: message.trim() } },
      });
      const errors = data?.transitionExpressionOfInterest.errors ?? [];
      if (errors.length > 0) setProblem(errorMessages(errors));
      else onDone();
    } catch (failure) {
      setProblem(failureMessage(failure));
    }
  }

  return (
    <form
      className="action-form eoi-decline"
      onSubmit={(event) => void decline(event)}
      noValidate
      data-testid="decline-form"
    >
      <h3 className="eoi-decline__title" tabIndex={-1} ref={focusOnMount}>
        {t('triage.declineTitle')}
      </h3>
      <div className={`form-field${reasonError ? ' form-field--invalid' : ''}`}>
        <label htmlFor={`${formId}-reason`} className="form-field__label">
          {t('triage.declineReason')}
        </label>
        <select
          id={`${formId}-reason`}
          className="input select"
          value={reason}
          onChange={(event) => setReason(event.target.value as DeclineReasonValue | '')}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${formId}-reason-error` : undefined}
          data-testid="decline-reason"
        >
          <option value="">{t('triage.chooseReason')}</option>
          {DECLINE_REASONS.map((value) => (
            <option key={value} value={value}>
              {declineReasonLabel(value)}
            </option>
          ))}
        </select>
        {reasonError && (
          <p className="form-field__error" id={`${formId}-reason-error`} data-testid="error-declineReason">
            {reasonError}
          </p>
        )}
      </div>
      <div className={`form-field${messageError ? ' form-field--invalid' : ''}`}>
        <label htmlFor={`${formId}-message`} className="form-field__label">
          {t('triage.declineMessage')}
        </label>
        <p className="form-field__hint" id={`${formId}-message-hint`}>
          {t('triage.declineMessageHint')}
        </p>
        <textarea
          id={`${formId}-message`}
          className="input textarea"
          rows={4}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-invalid={messageError ? true : undefined}
          aria-describedby={[`${formId}-message-hint`, messageError ? `${formId}-message-error` : '']
            .filter(Boolean)
            .join(' ')}
          data-testid="decline-message"
        />
        {messageError && (
          <p className="form-field__error" id={`${formId}-message-error`} data-testid="error-declineMessage">
            {messageError}
          </p>
        )}
      </div>
      {problem && (
        <p className="form-field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="action-form__buttons">
        <button type="submit" className="button button--danger" disabled={loading} data-testid="decline-confirm">
          {t('triage.declineConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function CompanyPanel({ eoi }: { eoi: Eoi }) {
  const company = eoi.company;
  const { data } = useQuery(EoiCompanyProfileDocument, {
    variables: { companyId: company.id },
    fetchPolicy: 'cache-and-network',
  });
  const others = (data?.expressionsOfInterest.edges.map((edge) => edge.node) ?? []).filter(
    (other) => other.id !== eoi.id,
  );
  return (
    <Panel headingId="company-heading" title={t('triage.company')} className="eoi-company" testId="eoi-company">
      <div className="eoi-company__who">
        <span className="emblem eoi-company__avatar" aria-hidden="true">
          {initials(company.name)}
        </span>
        <div>
          <p className="eoi-company__name">{company.name}</p>
          <p className="muted eoi-company__facts">
            {[company.city, countryName(company.country), companySizeLabel(company.size)].filter(Boolean).join(' · ')}
          </p>
        </div>
      </div>
      {company.description && <p className="eoi-company__description">{company.description}</p>}
      {company.website && (
        <p className="eoi-company__website">
          <a href={company.website} target="_blank" rel="noopener noreferrer">
            {company.website.replace(/^https?:\/\//, '')}
            <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
          </a>
        </p>
      )}
      <EoiSenderContact eoi={eoi} />
      <h3 className="eoi-company__subtitle">{t('triage.otherEois')}</h3>
      {others.length === 0 ? (
        <p className="muted">{t('triage.noOtherEois')}</p>
      ) : (
        <ul className="eoi-company__others" data-testid="company-other-eois">
          {others.map((other) => (
            <li key={other.id}>
              <Link to={eoiPath('/triage', other.id)}>{other.asset?.title ?? t('eoi.listingUnavailable')}</Link>
              <span className="eoi-company__other-meta">
                <EoiStatusBadge status={other.status} />
                <span className="muted">{formatDate(other.createdAt)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

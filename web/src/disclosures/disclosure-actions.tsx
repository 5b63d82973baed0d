import { useMutation } from '@apollo/client/react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { type DisclosureStatus, type UserErrorFieldsFragment } from '../generated/graphql';
import {
  OfficeAssignDisclosureDocument,
  type OfficeDisclosureFieldsFragment,
  OfficeTransitionDisclosureDocument,
} from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { type MessageKey, t } from '../i18n/i18n';
import { disclosureStatusLabel } from '../i18n/labels';
import { failureMessage, focusOnMount } from '../ui/form';
import {
  type ActionMessage,
  AssigneeSelect,
  DeclineButton,
  MoveButton,
  OfficeActionsPanel,
} from '../ui/office-actions';
import { DisclosureStatusBadge } from './disclosure-badges';

type Disclosure = OfficeDisclosureFieldsFragment;
type Message = ActionMessage;

/** What the office is waiting for in each status. */
const NEXT: Partial<Record<DisclosureStatus, MessageKey>> = {
  SUBMITTED: 'workflow.next.SUBMITTED',
  UNDER_REVIEW: 'workflow.next.UNDER_REVIEW',
  INFO_REQUESTED: 'workflow.next.INFO_REQUESTED',
  ACCEPTED: 'workflow.next.ACCEPTED',
  PUBLISHED: 'workflow.next.PUBLISHED',
  DECLINED: 'workflow.next.DECLINED',
  WITHDRAWN: 'workflow.next.WITHDRAWN',
};

/** Moves without a form; a request for information and a decline need a text first. */
const DIRECT_MOVES: readonly DisclosureStatus[] = ['UNDER_REVIEW', 'ACCEPTED'];

async function errorsOf(action: () => Promise<readonly UserErrorFieldsFragment[] | undefined>): Promise<string | null> {
  try {
    const errors = (await action()) ?? [];
    return errors.length > 0 ? errorMessages(errors) : null;
  } catch (failure) {
    return failureMessage(failure);
  }
}

/**
 * The workflow of a disclosure for the office: only the moves the server allows now (publishing
 * happens through the listing, not here), the assignee, and — once accepted — `listingAction`.
 */
export function DisclosureActions({
  disclosure,
  listingAction,
}: {
  disclosure: Disclosure;
  listingAction?: ReactNode;
}) {
  const [message, setMessage] = useState<Message>(null);
  const [open, setOpen] = useState<'INFO_REQUESTED' | 'DECLINED' | null>(null);
  const [transition, { loading: moving }] = useMutation(OfficeTransitionDisclosureDocument);
  const allowed = disclosure.allowedTransitions;
  const moves = DIRECT_MOVES.filter((status) => allowed.includes(status));
  const next = NEXT[disclosure.status];

  async function move(to: DisclosureStatus) {
    setMessage(null);
    const problem = await errorsOf(
      async () =>
        (await transition({ variables: { input: { id: disclosure.id, to, reason: null } } })).data?.transitionDisclosure
          .errors,
    );
    setMessage(
      problem
        ? { tone: 'warning', text: problem }
        : { tone: 'success', text: t('workflow.moved', { status: disclosureStatusLabel(to) }) },
    );
  }

  return (
    <OfficeActionsPanel title={t('workflow.title')} message={message} testId="disclosure-actions">
      <div className="office-actions__group">
        <p className="office-actions__label">{t('workflow.status')}</p>
        <DisclosureStatusBadge status={disclosure.status} />
        {next && <p className="office-actions__next">{t(next)}</p>}
        {(moves.length > 0 || allowed.includes('INFO_REQUESTED') || allowed.includes('DECLINED')) && (
          <div className="office-actions__moves">
            {moves.map((status) => (
              <MoveButton key={status} to={status} disabled={moving} onMove={() => void move(status)}>
                {status === 'ACCEPTED' ? t('workflow.accept') : t('workflow.startReview')}
              </MoveButton>
            ))}
            {allowed.includes('INFO_REQUESTED') && open !== 'INFO_REQUESTED' && (
              <button
                type="button"
                className="button button--secondary button--block"
                onClick={() => setOpen('INFO_REQUESTED')}
                data-testid="request-info"
              >
                {t('workflow.requestInfo')}
              </button>
            )}
            {allowed.includes('DECLINED') && open !== 'DECLINED' && (
              <DeclineButton onClick={() => setOpen('DECLINED')}>{t('workflow.decline')}</DeclineButton>
            )}
          </div>
        )}
        {open && allowed.includes(open) && (
          <ReasonForm
            key={open}
            disclosureId={disclosure.id}
            to={open}
            onDone={() => {
              setOpen(null);
              setMessage({ tone: 'success', text: t('workflow.moved', { status: disclosureStatusLabel(open) }) });
            }}
            onCancel={() => setOpen(null)}
          />
        )}
        {listingAction}
      </div>
      <AssignControl disclosure={disclosure} onMessage={setMessage} />
    </OfficeActionsPanel>
  );
}

/** A request for information (the questions go to the researchers' thread) or a decline: both must say why. */
function ReasonForm({
  disclosureId,
  to,
  onDone,
  onCancel,
}: {
  disclosureId: string;
  to: 'INFO_REQUESTED' | 'DECLINED';
  onDone: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [transition, { loading }] = useMutation(OfficeTransitionDisclosureDocument);
  const declining = to === 'DECLINED';
  const missing =
    tried && !reason.trim() ? t(declining ? 'workflow.declineRequired' : 'workflow.questionRequired') : null;

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    setProblem(null);
    if (!reason.trim() || loading) return;
    const failure = await errorsOf(
      async () =>
        (await transition({ variables: { input: { id: disclosureId, to, reason: reason.trim() } } })).data
          ?.transitionDisclosure.errors,
    );
    if (failure) setProblem(failure);
    else onDone();
  }

  const error = missing ?? problem;
  return (
    <form
      className={`office-reason${declining ? ' office-reason--decline' : ''}`}
      onSubmit={(event) => void send(event)}
      noValidate
      data-testid={declining ? 'decline-form' : 'request-info-form'}
    >
      <h3 className="office-reason__title" tabIndex={-1} ref={focusOnMount}>
        {t(declining ? 'workflow.declineTitle' : 'workflow.requestInfoTitle')}
      </h3>
      <div className={`form-field${error ? ' form-field--invalid' : ''}`}>
        <label htmlFor={`${id}-reason`} className="form-field__label">
          {t(declining ? 'workflow.declineReason' : 'workflow.question')}
        </label>
        <p className="form-field__hint" id={`${id}-hint`}>
          {t(declining ? 'workflow.declineHint' : 'workflow.questionHint')}
        </p>
        <textarea
          id={`${id}-reason`}
          className="input textarea"
          rows={4}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          data-testid="reason"
        />
        {error && (
          <p className="form-field__error" id={`${id}-error`} data-testid="reason-error">
            {error}
          </p>
        )}
      </div>
      <div className="office-reason__buttons">
        <button
          type="submit"
          className={declining ? 'button button--danger' : 'button button--primary'}
          disabled={loading}
          data-testid={declining ? 'decline-confirm' : 'request-info-confirm'}
        >
          {t(declining ? 'workflow.declineConfirm' : 'workflow.requestInfoConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Who handles the disclosure: an officer of its institute, or no one. */
function AssignControl({ disclosure, onMessage }: { disclosure: Disclosure; onMessage: (message: Message) => void }) {
  const [assign, { loading }] = useMutation(OfficeAssignDisclosureDocument);

  async function assignTo(assigneeId: string | null, done: string) {
    onMessage(null);
    const problem = await errorsOf(
      async () =>
        (await assign({ variables: { input: { id: disclosure.id, assigneeId } } })).data?.assignDisclosure.errors,
    );
    onMessage(problem ? { tone: 'warning', text: problem } : { tone: 'success', text: done });
  }

  return (
    <AssigneeSelect
      assignee={disclosure.assignee}
      busy={loading}
      assign={(assigneeId, done) => void assignTo(assigneeId, done)}
    />
  );
}

import { useQuery } from '@apollo/client/react';
import { type ReactNode, useId } from 'react';
import { InstituteOfficersDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { LiveRegion } from './form';

type Person = { id: string; name: string };

/** What the last action of an actions panel did, announced at its top. */
export type ActionMessage = { tone: 'success' | 'warning'; text: string } | null;

/**
 * The panel of the office's actions on one item of its desks (an EoI, a disclosure): a title, the
 * outcome of the last action, then the groups of controls (`office-actions__group`).
 */
export function OfficeActionsPanel({
  title,
  message,
  testId,
  children,
}: {
  title: string;
  message: ActionMessage;
  testId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="panel office-actions" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`} className="panel__title">
        {title}
      </h2>
      <LiveRegion>
        {message && (
          <p className={`office-message office-message--${message.tone}`} data-testid="action-message">
            {message.text}
          </p>
        )}
      </LiveRegion>
      {children}
    </section>
  );
}

/**
 * Who handles an item of the office's desks (an EoI, a disclosure): an officer of the institute, or
 * no one; an officer can take it with one click. `assign` gets the chosen officer (null: no one) and
 * the message to announce once it is done.
 */
export function AssigneeSelect({
  assignee,
  busy,
  assign,
}: {
  assignee: Person | null;
  busy: boolean;
  assign: (assigneeId: string | null, done: string) => void;
}) {
  const { viewer } = useViewer();
  const officers = useQuery(InstituteOfficersDocument, { fetchPolicy: 'cache-first' });
  const people: Person[] = officers.data?.users.edges.map((edge) => edge.node) ?? [];
  // The assignee may no longer be an officer of the institute: still shown, as the current value.
  if (assignee && !people.some((person) => person.id === assignee.id)) people.push(assignee);

  function assignTo(assigneeId: string | null) {
    const name = people.find((person) => person.id === assigneeId)?.name ?? viewer?.name ?? '';
    assign(assigneeId, assigneeId ? t('triage.assigned', { name }) : t('triage.unassignedDone'));
  }

  return (
    <div className="office-actions__group">
      <ActionSelect
        label={t('triage.assign')}
        value={assignee?.id ?? ''}
        disabled={busy}
        onChange={(value) => assignTo(value || null)}
        testId="assignee-select"
      >
        <option value="">{t('eoi.unassigned')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </ActionSelect>
      {viewer?.role === 'TT_OFFICER' && assignee?.id !== viewer.id && (
        <button
          type="button"
          className="link-button"
          disabled={busy}
          onClick={() => assignTo(viewer.id)}
          data-testid="assign-self"
        >
          {t('triage.assignSelf')}
        </button>
      )}
    </div>
  );
}

/** One status an item may move to now. */
export function MoveButton({
  to,
  disabled,
  onMove,
  children,
}: {
  to: string;
  disabled: boolean;
  onMove: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--primary button--block"
      disabled={disabled}
      onClick={onMove}
      data-testid="move"
      data-to={to}
    >
      {children}
    </button>
  );
}

/** Opens the decline form (a decline always says why). */
export function DeclineButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="button button--secondary button--block office-actions__decline"
      onClick={onClick}
      data-testid="decline"
    >
      {children}
    </button>
  );
}

/** A labelled choice among the office's actions (the assignee, an EoI's priority): its options as children. */
export function ActionSelect({
  label,
  value,
  disabled,
  onChange,
  testId,
  children,
}: {
  label: string;
  value: string;
  disabled: boolean;
  onChange: (value: string) => void;
  testId: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="office-actions__label">
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      >
        {children}
      </select>
    </>
  );
}

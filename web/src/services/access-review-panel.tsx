import { useMutation } from '@apollo/client/react';
import { ACCESS_REQUEST_LIMITS } from '@tt/shared/access-review-rules';
import { AttachmentContentType } from '@tt/shared/attachment-rules';
import { ATTACHMENT_MAX_BYTES } from '@tt/shared/limits';
import { type FormEvent, useId, useState } from 'react';
import { formatBytes } from '../disclosures/attachment-list';
import type { AccessMaterial, AccessReviewOutcome } from '../generated/graphql';
import {
  DecideAccessReviewStepDocument,
  type ServiceRequestFieldsFragment,
  StartAccessAgreementDocument,
  StateAccessRequestDocument,
} from '../generated/members-graphql';
import { errorMessages } from '../i18n/error-message';
import { formatDate, t } from '../i18n/i18n';
import { failureMessage, LiveRegion, SubmitButton } from '../ui/form';
import { Panel } from '../ui/panel';
import { ServiceFiles } from './service-files';
import { accessMaterialLabel, accessOutcomeLabel, accessStepLabel } from './service-labels';

type AccessPath = NonNullable<ServiceRequestFieldsFragment['accessPath']>;
type Side = 'OFFICE' | 'COMPANY';

const DECISIONS: readonly AccessReviewOutcome[] = ['APPROVED', 'CHANGES_REQUESTED', 'REJECTED'];
const MATERIALS: readonly AccessMaterial[] = ['SAMPLES', 'DATA'];

/** What a mutation answered: its errors as one sentence, or null when it went through. */
type Outcome = { errors: readonly { code: string; params?: unknown }[] } | undefined;

function useAction() {
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [sending, setSending] = useState(false);
  async function run(action: () => Promise<Outcome>, done: string): Promise<boolean> {
    setSending(true);
    setMessage(null);
    try {
      const errors = (await action())?.errors ?? [];
      setMessage(
        errors.length > 0
          ? { text: errorMessages(errors as Parameters<typeof errorMessages>[0]), ok: false }
          : { text: done, ok: true },
      );
      return errors.length === 0;
    } catch (failure) {
      setMessage({ text: failureMessage(failure), ok: false });
      return false;
    } finally {
      setSending(false);
    }
  }
  return { message, sending, run };
}

/**
 * A biobank request's access path on both EoI pages: the steps in order with their outcomes, dates and notes; the
 * office decides the current step and prepares the MTA (or data transfer agreement) once allowed; the company
 * states its request and uploads its ethics approval.
 */
export function AccessReviewPanel({
  eoi,
  path,
  side,
  onChanged,
}: {
  eoi: ServiceRequestFieldsFragment;
  path: AccessPath;
  side: Side;
  onChanged: () => void;
}) {
  const ethicsFiles = (eoi.serviceFiles ?? []).filter((file) => file.purpose === 'ETHICS_APPROVAL');
  return (
    <Panel headingId="access-path-heading" title={t('services.access.title')} testId="access-path">
      <p className="form-field__hint">
        {t('services.access.duration', { min: path.usualDurationMinWeeks, max: path.usualDurationMaxWeeks })}
      </p>
      {path.ended && (
        <p className="office-message office-message--warning" data-testid="access-ended">
          {t(side === 'OFFICE' ? 'services.access.endedOffice' : 'services.access.endedCompany')}
        </p>
      )}
      <ol className="access-steps" data-testid="access-steps">
        {path.steps.map((entry, index) => (
          <li
            key={entry.step}
            className={`access-step access-step--${entry.outcome.toLowerCase()}${path.currentStep === entry.step ? ' access-step--current' : ''}`}
            data-testid="access-step"
            data-step={entry.step}
            data-outcome={entry.outcome}
          >
            <span className="access-step__number" aria-hidden="true">
              {index + 1}
            </span>
            <div className="access-step__main">
              <p className="access-step__title">{accessStepLabel(entry.step)}</p>
              <p className="access-step__meta">
                <span className={`access-outcome access-outcome--${entry.outcome.toLowerCase()}`}>
                  {accessOutcomeLabel(entry.outcome)}
                </span>
                {entry.decidedAt && <span> · {formatDate(entry.decidedAt)}</span>}
                {entry.decidedByName && <span> · {entry.decidedByName}</span>}
              </p>
              {entry.note && <p className="access-step__note">{entry.note}</p>}
            </div>
          </li>
        ))}
      </ol>
      <Statement path={path} />
      {side === 'COMPANY' && path.viewerCanState && <StatementForm eoiId={eoi.id} path={path} />}
      {side === 'OFFICE' && !path.statement && !path.ended && (
        <p className="muted" data-testid="awaiting-statement">
          {t('services.access.awaitingStatement')}
        </p>
      )}
      {side === 'OFFICE' && path.viewerCanDecide && path.currentStep && (
        <DecisionForm eoiId={eoi.id} step={path.currentStep} />
      )}
      {side === 'OFFICE' && path.viewerCanStartAgreement && (
        <StartAgreement eoiId={eoi.id} material={path.statement?.material ?? 'SAMPLES'} onChanged={onChanged} />
      )}
      <h3 className="service-subtitle">{t('services.access.ethicsApproval')}</h3>
      <ServiceFiles
        eoiId={eoi.id}
        purpose="ETHICS_APPROVAL"
        files={ethicsFiles}
        total={eoi.serviceFiles?.length ?? 0}
        canUpload={side === 'COMPANY' && !path.ended}
        onChanged={onChanged}
        emptyText={t(side === 'COMPANY' ? 'services.access.noEthicsCompany' : 'services.access.noEthicsOffice')}
        uploadLabel={t('services.access.uploadEthics')}
        accept={`.pdf,${AttachmentContentType.PDF}`}
        rules={t('services.access.ethicsRules', { size: formatBytes(ATTACHMENT_MAX_BYTES) })}
        testId="ethics-files"
      />
    </Panel>
  );
}

/** What the company stated: samples or data, and its project. */
function Statement({ path }: { path: AccessPath }) {
  if (!path.statement) return null;
  return (
    <dl className="access-statement" data-testid="access-statement">
      <dt>{t('services.access.material')}</dt>
      <dd>{accessMaterialLabel(path.statement.material)}</dd>
      <dt>{t('services.access.projectTitle')}</dt>
      <dd>{path.statement.projectTitle}</dd>
      <dt>{t('services.access.projectSummary')}</dt>
      <dd className="access-statement__summary">{path.statement.projectSummary}</dd>
    </dl>
  );
}

function StatementForm({ eoiId, path }: { eoiId: string; path: AccessPath }) {
  const id = useId();
  const [material, setMaterial] = useState<AccessMaterial>(path.statement?.material ?? 'SAMPLES');
  const [projectTitle, setTitle] = useState(path.statement?.projectTitle ?? '');
  const [projectSummary, setSummary] = useState(path.statement?.projectSummary ?? '');
  const [state] = useMutation(StateAccessRequestDocument);
  const { message, sending, run } = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(
      async () =>
        (await state({ variables: { input: { eoiId, material, projectTitle, projectSummary } } })).data
          ?.stateAccessRequest,
      t('services.access.stated'),
    );
  }

  return (
    <form className="service-form" onSubmit={submit} data-testid="statement-form">
      <h3 className="service-subtitle">
        {t(path.statement ? 'services.access.reviseStatement' : 'services.access.stateTitle')}
      </h3>
      <p className="form-field__hint">{t('services.access.stateHint')}</p>
      <fieldset className="service-form__choices">
        <legend className="form-field__label">{t('services.access.material')}</legend>
        {MATERIALS.map((value) => (
          <label key={value} className="service-form__choice">
            <input
              type="radio"
              name={`${id}-material`}
              value={value}
              checked={material === value}
              onChange={() => setMaterial(value)}
            />{' '}
            {accessMaterialLabel(value)}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-title`}>
          {t('services.access.projectTitle')}
        </label>
        <input
          id={`${id}-title`}
          className="input"
          value={projectTitle}
          maxLength={ACCESS_REQUEST_LIMITS.projectTitleMax}
          onChange={(event) => setTitle(event.target.value)}
          data-testid="project-title"
          required
        />
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-summary`}>
          {t('services.access.projectSummary')}
        </label>
        <textarea
          id={`${id}-summary`}
          className="input textarea"
          rows={4}
          value={projectSummary}
          maxLength={ACCESS_REQUEST_LIMITS.projectSummaryMax}
          onChange={(event) => setSummary(event.target.value)}
          data-testid="project-summary"
          required
        />
      </div>
      <SubmitButton sending={sending} className="button button--primary" testId="state-request">
        {t('services.access.stateSubmit')}
      </SubmitButton>
      <ActionMessage message={message} testId="statement-message" />
    </form>
  );
}

function DecisionForm({ eoiId, step }: { eoiId: string; step: NonNullable<AccessPath['currentStep']> }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [decide] = useMutation(DecideAccessReviewStepDocument);
  const { message, sending, run } = useAction();

  async function record(outcome: AccessReviewOutcome) {
    const ok = await run(
      async () => (await decide({ variables: { input: { eoiId, step, outcome, note } } })).data?.decideAccessReviewStep,
      t('services.access.decided', { step: accessStepLabel(step), outcome: accessOutcomeLabel(outcome) }),
    );
    if (ok) setNote('');
  }

  return (
    <div className="service-form" data-testid="decision-form">
      <h3 className="service-subtitle">{t('services.access.decideTitle', { step: accessStepLabel(step) })}</h3>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-note`}>
          {t('services.access.note')} <span className="form-field__optional">{t('form.optional')}</span>
        </label>
        <p className="form-field__hint">{t('services.access.noteHint')}</p>
        <textarea
          id={`${id}-note`}
          className="input textarea"
          rows={2}
          value={note}
          maxLength={ACCESS_REQUEST_LIMITS.noteMax}
          onChange={(event) => setNote(event.target.value)}
          data-testid="decision-note"
        />
      </div>
      <div className="service-form__buttons">
        {DECISIONS.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className={`button ${outcome === 'APPROVED' ? 'button--primary' : 'button--secondary'}`}
            disabled={sending}
            onClick={() => void record(outcome)}
            data-testid={`decide-${outcome}`}
          >
            {t(`services.access.decide.${outcome}` as 'services.access.decide.APPROVED')}
          </button>
        ))}
      </div>
      <ActionMessage message={message} testId="decision-message" />
    </div>
  );
}

function StartAgreement({
  eoiId,
  material,
  onChanged,
}: {
  eoiId: string;
  material: AccessMaterial;
  onChanged: () => void;
}) {
  const [start] = useMutation(StartAccessAgreementDocument);
  const { message, sending, run } = useAction();
  const label = t(material === 'DATA' ? 'services.access.prepareDta' : 'services.access.prepareMta');
  return (
    <div className="service-form" data-testid="start-agreement">
      <p className="form-field__hint">{t('services.access.prepareHint')}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={sending}
        onClick={() =>
          void run(
            async () => (await start({ variables: { input: { eoiId } } })).data?.startAccessAgreement,
            t('services.access.prepared'),
          ).then((ok) => ok && onChanged())
        }
        data-testid="prepare-agreement"
      >
        {label}
      </button>
      <ActionMessage message={message} testId="agreement-message" />
    </div>
  );
}

export function ActionMessage({ message, testId }: { message: { text: string; ok: boolean } | null; testId: string }) {
  return (
    <LiveRegion>
      {message && (
        <p className={`office-message office-message--${message.ok ? 'success' : 'warning'}`} data-testid={testId}>
          {message.text}
        </p>
      )}
    </LiveRegion>
  );
}

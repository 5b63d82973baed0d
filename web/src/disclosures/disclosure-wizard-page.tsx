import { useMutation, useQuery } from '@apollo/client/react';
import { isDisclosureEditable } from '@tt/shared/disclosure-transitions';
import { type ComponentType, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { type DisclosureStatus } from '../generated/graphql';
import {
  DisclosureDocument,
  type DisclosureQuery,
  RemoveDisclosureAttachmentDocument,
  SubmitDisclosureDocument,
} from '../generated/members-graphql';
import { errorMessage, errorMessages, type FieldError } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { langOfText } from '../i18n/written-language';
import { BackLink } from '../ui/back-link';
import { FieldLink, failureMessage, Notice, ProblemSummary } from '../ui/form';
import { ArrowLeftIcon, ArrowRightIcon, CheckIcon } from '../ui/icons';
import { RecordFallback } from '../ui/record-fallback';
import { usePageMeta } from '../ui/use-page-meta';
import type { AttachmentItem } from './attachment-list';
import { ConflictBanner, LostEditsPanel } from './conflict-banner';
import {
  BACK_TO_DISCLOSURES,
  type DisclosureValues,
  disclosurePath,
  editPath,
  fieldDomId,
  firstIncompleteStep,
  fromDisclosure,
  isStepSlug,
  problemsByField,
  type StepSlug,
  stepIndex,
  stepOfField,
  stepProblems,
  submitProblems,
  toContent,
  WIZARD_STEPS,
} from './disclosure-form';
import { problemText } from './field-labels';
import { ResearchersPanel } from './researchers-panel';
import { SaveStatus } from './save-status';
import { StepAttachments } from './step-attachments';
import { StepBasics } from './step-basics';
import { StepCommercial } from './step-commercial';
import { StepDescription } from './step-description';
import { StepFunding } from './step-funding';
import { StepInventors } from './step-inventors';
import { StepPriorArt } from './step-prior-art';
import { StepReview } from './step-review';
import { hasDraftSession, useDraftAutosave } from './use-draft-autosave';
import type { StepProps } from './wizard-fields';
import './disclosures.css';

type Detail = Extract<NonNullable<DisclosureQuery['node']>, { __typename: 'Disclosure' }>;

/** The steps that are the form's fields only: they take its values and nothing else. */
const FORM_STEPS: Partial<Record<StepSlug, ComponentType<StepProps>>> = {
  basics: StepBasics,
  description: StepDescription,
  'prior-art': StepPriorArt,
  funding: StepFunding,
  commercial: StepCommercial,
};

/**
 * The researcher's disclosure form, one step per address (/disclosures/:id/edit/:step). Always
 * loaded from the server (a reload or a second tab loses nothing); a draft that is no longer
 * editable opens its page instead.
 */
export function DisclosureWizardPage() {
  const { id = '', step } = useParams();
  const query = useQuery(DisclosureDocument, {
    variables: { id },
    // Opening the wizard loads the server's version; moving between its steps (each its own page)
    // keeps the draft open in this tab and refreshes in the background.
    fetchPolicy: hasDraftSession(id) ? 'cache-and-network' : 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const node = query.data?.node;
  const disclosure = node?.__typename === 'Disclosure' ? node : null;
  // Decided once, on the version loaded: a save answered by another status (a co-inventor submitted
  // meanwhile) says so in the form rather than taking the page, and the unsaved edits, away.
  const [loadedStatus, setLoadedStatus] = useState<DisclosureStatus | null>(null);
  useEffect(() => {
    if (disclosure && loadedStatus === null) setLoadedStatus(disclosure.status);
  }, [disclosure, loadedStatus]);
  usePageMeta(disclosure?.title ?? t('disclosures.wizard.metaTitle'));

  if (!disclosure || loadedStatus === null) {
    return (
      <RecordFallback
        query={query}
        answered={Boolean(query.data) && !disclosure}
        failed={Boolean(query.error) && !query.data}
        notFound="disclosures"
        back={BACK_TO_DISCLOSURES}
      />
    );
  }
  if (!isDisclosureEditable(loadedStatus)) return <Navigate replace to={disclosurePath(disclosure.id)} />;
  if (!isStepSlug(step)) {
    return <Navigate replace to={editPath(disclosure.id, firstIncompleteStep(fromDisclosure(disclosure)))} />;
  }
  return (
    <DisclosureWizard
      key={disclosure.id}
      disclosure={disclosure}
      step={step}
      reload={async () => {
        const result = await query.refetch();
        const fresh = result.data?.node;
        return fresh?.__typename === 'Disclosure' ? fresh : null;
      }}
    />
  );
}

function DisclosureWizard({
  disclosure,
  step,
  reload,
}: {
  disclosure: Detail;
  step: StepSlug;
  reload: () => Promise<Detail | null>;
}) {
  const draft = useDraftAutosave(disclosure);
  const { values, state, checked, markChecked } = draft;
  const navigate = useNavigate();
  const { hash } = useLocation();
  const id = disclosure.id;
  const [blockedAt, setBlockedAt] = useState<StepSlug | null>(null);
  const [nextAttempts, setNextAttempts] = useState(0);
  const [resolving, setResolving] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitAttempts, setSubmitAttempts] = useState(0);
  const [serverProblems, setServerProblems] = useState<FieldError[] | null>(null);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [submitDisclosure] = useMutation(SubmitDisclosureDocument);
  const [removeAttachment] = useMutation(RemoveDisclosureAttachmentDocument);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepSummaryRef = useRef<HTMLElement>(null);

  const problems = useMemo(
    () => new Map(WIZARD_STEPS.map((entry) => [entry.slug, stepProblems(entry.slug, values)] as const)),
    [values],
  );
  const currentProblems = problems.get(step) ?? [];
  const shown = useMemo(
    () => (checked.has(step) ? problemsByField(currentProblems) : new Map<string, string>()),
    [checked, step, currentProblems],
  );
  const refused = useMemo(() => problemsByField(state.kind === 'refused' ? state.errors : []), [state]);
  const serverByField = useMemo(() => problemsByField(serverProblems ?? []), [serverProblems]);
  const error = (field: string) => shown.get(field) ?? refused.get(field) ?? serverByField.get(field);

  const update = (recipe: (current: DisclosureValues) => DisclosureValues) => {
    setServerProblems(null);
    draft.update(recipe);
  };

  // A new step: its heading takes the focus (not on the first one shown), or the field named in the
  // address (the review's links to a problem).
  const { lastStep, setLastStep } = draft;
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) target.focus();
    else if (lastStep !== null && lastStep !== step) headingRef.current?.focus();
    setLastStep(step);
  }, [step, hash, lastStep, setLastStep]);

  // The review shows every problem: from there on, every step shows its own.
  useEffect(() => {
    if (step === 'review') markChecked(WIZARD_STEPS.map((entry) => entry.slug));
  }, [step, markChecked]);

  useEffect(() => {
    if (nextAttempts > 0) stepSummaryRef.current?.focus();
  }, [nextAttempts]);

  /** Leaving the step: its problems show from now on, and what was typed is saved at once. */
  const leaveStep = () => {
    markChecked([step]);
    setBlockedAt(null);
    void draft.flush();
  };
  const goTo = (target: StepSlug) => {
    leaveStep();
    navigate(editPath(id, target));
  };
  const index = stepIndex(step);
  const previous = WIZARD_STEPS[index - 1]?.slug;
  const next = WIZARD_STEPS[index + 1]?.slug;

  const onNext = () => {
    if (!next) return;
    if (currentProblems.length > 0) {
      markChecked([step]);
      setBlockedAt(step);
      setNextAttempts((count) => count + 1);
      return;
    }
    goTo(next);
  };

  async function submit() {
    setGeneralErrors([]);
    setServerProblems(null);
    markChecked(WIZARD_STEPS.map((entry) => entry.slug));
    if (submitProblems(values).length > 0) {
      setSubmitAttempts((count) => count + 1);
      return;
    }
    setSubmitting(true);
    try {
      // The server validates what it has: the last edits go first.
      if (!(await draft.flush())) {
        setGeneralErrors([t('disclosures.review.notSaved')]);
        setSubmitAttempts((count) => count + 1);
        return;
      }
      const { data } = await submitDisclosure({ variables: { input: { id } } });
      const errors = data?.submitDisclosure.errors ?? [];
      if (errors.length > 0) {
        setServerProblems(errors.filter((item) => stepOfField(item.field)));
        setGeneralErrors(errors.filter((item) => !stepOfField(item.field)).map(errorMessage));
        setSubmitAttempts((count) => count + 1);
        return;
      }
      navigate(disclosurePath(id), {
        state: { submitted: disclosure.status === 'INFO_REQUESTED' ? 'resubmitted' : 'submitted' },
      });
    } catch (failure) {
      setGeneralErrors([failureMessage(failure)]);
      setSubmitAttempts((count) => count + 1);
    } finally {
      setSubmitting(false);
    }
  }

  async function onRemoveAttachment(attachment: AttachmentItem) {
    setRemovingId(attachment.id);
    setRemoveProblem(null);
    try {
      const { data } = await removeAttachment({ variables: { input: { id: attachment.id } } });
      const errors = data?.removeDisclosureAttachment.errors ?? [];
      if (errors.length > 0) setRemoveProblem(errorMessages(errors));
    } catch (failure) {
      setRemoveProblem(failureMessage(failure));
    } finally {
      setRemovingId(null);
    }
  }

  async function resolveConflict(choice: 'latest' | 'mine') {
    if (state.kind !== 'conflict') return;
    setResolving(true);
    try {
      const latest = state.latest ?? (await reload());
      if (!latest) return;
      if (choice === 'latest') draft.loadLatest(latest);
      else await draft.keepMine(latest);
    } catch (failure) {
      setGeneralErrors([failureMessage(failure)]);
    } finally {
      setResolving(false);
    }
  }

  const entry = WIZARD_STEPS[index] ?? WIZARD_STEPS[0];
  const stepProps = { values, update, error, language: disclosure.language };
  let body: ReactNode;
  const FormStep = FORM_STEPS[step];
  switch (step) {
    case 'inventors':
      body = (
        <StepInventors
          {...stepProps}
          researchers={
            <ResearchersPanel
              disclosureId={id}
              researchers={disclosure.researchers}
              canManage={disclosure.canManageResearchers}
            />
          }
        />
      );
      break;
    case 'attachments':
      body = (
        <StepAttachments
          disclosureId={id}
          attachments={disclosure.attachments}
          canManage={disclosure.canManageAttachments}
          onUploaded={() => void reload()}
          onRemove={(attachment) => void onRemoveAttachment(attachment)}
          removingId={removingId}
          removeProblem={removeProblem}
        />
      );
      break;
    case 'review':
      body = (
        <StepReview
          disclosureId={id}
          status={disclosure.status}
          content={toContent(id, values, disclosure.language)}
          attachments={disclosure.attachments}
          problems={serverProblems ?? submitProblems(values)}
          generalErrors={generalErrors}
          attempts={submitAttempts}
          submitting={submitting}
          onSubmit={() => void submit()}
        />
      );
      break;
    default:
      body = FormStep && <FormStep {...stepProps} />;
  }

  return (
    <div className="disclosure-wizard" data-testid="disclosure-wizard" data-step={step}>
      <div className="page-header wizard-header">
        <div className="container">
          <BackLink back={BACK_TO_DISCLOSURES} />
          <div className="split-row wizard-header__row">
            <div className="wizard-header__titles">
              <p className="eyebrow">
                {disclosure.referenceNumber
                  ? t('disclosures.wizard.eyebrowNumbered', { reference: disclosure.referenceNumber })
                  : t('disclosures.wizard.eyebrow')}
              </p>
              <p
                className="wizard-header__title"
                data-testid="wizard-title"
                lang={langOfText(values.title, disclosure.language)}
              >
                {values.title.trim() || t('disclosures.untitled')}
              </p>
            </div>
            <SaveStatus state={state} loadedAt={disclosure.updatedAt} onRetry={() => void draft.flush()} />
          </div>
        </div>
      </div>

      <div className="container wizard-body">
        {state.kind === 'conflict' && (
          <ConflictBanner
            busy={resolving}
            onLoadLatest={() => void resolveConflict('latest')}
            onKeepMine={() => void resolveConflict('mine')}
          />
        )}
        <LostEditsPanel disclosureId={id} edits={draft.lostEdits} onDismiss={draft.dismissLostEdits} />
        {disclosure.status === 'INFO_REQUESTED' && (
          <Notice tone="info" testId="info-requested-notice">
            <p>
              {t('disclosures.wizard.infoRequested')}{' '}
              <Link to={`${disclosurePath(id)}#thread`}>{t('disclosures.wizard.readQuestions')}</Link>
            </p>
          </Notice>
        )}

        <div className="aside-layout aside-layout--start wizard-columns">
          <nav className="wizard-steps" aria-label={t('disclosures.wizard.steps')}>
            <p className="wizard-steps__count">
              {t('disclosures.wizard.stepOf', { number: index + 1, total: WIZARD_STEPS.length })}
            </p>
            <ol className="wizard-steps__list">
              {WIZARD_STEPS.map((item, at) => {
                const itemProblems = problems.get(item.slug) ?? [];
                const mark =
                  item.step === null
                    ? 'neutral'
                    : itemProblems.length === 0
                      ? 'complete'
                      : checked.has(item.slug)
                        ? 'attention'
                        : 'todo';
                const current = item.slug === step;
                return (
                  <li
                    key={item.slug}
                    className={`wizard-steps__item wizard-steps__item--${mark}${current ? ' is-current' : ''}`}
                  >
                    <Link
                      to={editPath(id, item.slug)}
                      className="wizard-steps__link"
                      aria-current={current ? 'step' : undefined}
                      onClick={() => {
                        if (!current) leaveStep();
                      }}
                      data-testid={`step-link-${item.slug}`}
                      data-mark={mark}
                    >
                      <span className="wizard-steps__marker" aria-hidden="true">
                        {mark === 'complete' ? <CheckIcon /> : mark === 'attention' ? '!' : at + 1}
                      </span>
                      <span className="wizard-steps__label">{t(item.title)}</span>
                      {mark === 'complete' && (
                        <span className="visually-hidden"> ({t('disclosures.wizard.complete')})</span>
                      )}
                      {mark === 'attention' && (
                        <span className="visually-hidden"> ({t('disclosures.wizard.needsAttention')})</span>
                      )}
                    </Link>
                  </li>
                );
              })}
            </ol>
          </nav>

          <section className="panel wizard-panel" aria-labelledby="wizard-step-heading">
            <header className="wizard-step__header">
              <p className="wizard-step__number">
                {t('disclosures.wizard.stepOf', { number: index + 1, total: WIZARD_STEPS.length })}
              </p>
              <h1 id="wizard-step-heading" className="wizard-step__title" ref={headingRef} tabIndex={-1}>
                {t(entry.title)}
              </h1>
              <p className="wizard-step__lead">{t(entry.lead)}</p>
            </header>

            {blockedAt === step && currentProblems.length > 0 && (
              <ProblemSummary
                ref={stepSummaryRef}
                className="wizard-step__problems"
                headingId="step-problems-heading"
                title={t('disclosures.wizard.stepProblems', { count: currentProblems.length })}
                testId="step-problems"
              >
                <ul className="error-summary__list">
                  {currentProblems.map((problem) => (
                    <li key={`${problem.field}-${problem.code}`}>
                      <FieldLink id={fieldDomId(problem.field)}>{problemText(problem)}</FieldLink>
                    </li>
                  ))}
                </ul>
                {next && (
                  <p className="wizard-step__later">
                    {t('disclosures.wizard.laterHint')}{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => goTo(next)}
                      data-testid="continue-anyway"
                    >
                      {t('disclosures.wizard.continueAnyway')}
                    </button>
                  </p>
                )}
              </ProblemSummary>
            )}

            {body}

            <footer className="wizard-nav">
              {previous ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => goTo(previous)}
                  data-testid="wizard-back"
                >
                  <ArrowLeftIcon />
                  {t('disclosures.wizard.back')}
                </button>
              ) : (
                <span />
              )}
              <Link to="/disclosures" className="wizard-nav__later" data-testid="finish-later">
                {t('disclosures.wizard.finishLater')}
              </Link>
              {next && (
                <button type="button" className="button button--primary" onClick={onNext} data-testid="wizard-next">
                  {t('disclosures.wizard.next')}
                  <ArrowRightIcon />
                </button>
              )}
            </footer>
          </section>
        </div>
      </div>
    </div>
  );
}

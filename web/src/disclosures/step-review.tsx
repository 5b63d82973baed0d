import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { DisclosureStatus } from '../generated/graphql';
import type { DisclosureContentFieldsFragment } from '../generated/members-graphql';
import { type FieldError } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { ProblemSummary } from '../ui/form';
import { SendIcon } from '../ui/icons';
import type { AttachmentItem } from './attachment-list';
import { editPath, fieldDomId, type StepSlug, stepOfField, WIZARD_STEPS } from './disclosure-form';
import { type DisclosureSection, DisclosureSummary } from './disclosure-summary';
import { problemText } from './field-labels';

/**
 * Everything as it will be submitted, with every problem of the full validation linked to its field
 * in its step; then submit (or, after the office's questions, resubmit).
 */
export function StepReview({
  disclosureId,
  status,
  content,
  attachments,
  problems,
  generalErrors,
  attempts,
  submitting,
  onSubmit,
}: {
  disclosureId: string;
  status: DisclosureStatus;
  content: DisclosureContentFieldsFragment;
  attachments?: readonly AttachmentItem[];
  /** The full validation's problems (the shared validators', or the server's on submit). */
  problems: readonly FieldError[];
  /** Problems that belong to no field (the server's refusal, a failed request). */
  generalErrors: readonly string[];
  /** Counts submit attempts that failed: the summary takes the focus each time. */
  attempts: number;
  submitting: boolean;
  onSubmit: () => void;
}) {
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (attempts > 0) summaryRef.current?.focus();
  }, [attempts]);

  const bySection: Partial<Record<DisclosureSection, string[]>> = {};
  for (const problem of problems) {
    const step = stepOfField(problem.field);
    if (!step || step === 'review') continue;
    bySection[step] = [...(bySection[step] ?? []), problemText(problem)];
  }
  const grouped = WIZARD_STEPS.map((entry) => ({
    entry,
    items: problems.filter((problem) => stepOfField(problem.field) === entry.slug),
  })).filter((group) => group.items.length > 0);
  const resubmission = status === 'INFO_REQUESTED';
  const ready = problems.length === 0;

  return (
    <div className="wizard-step__fields">
      {(problems.length > 0 || generalErrors.length > 0) && (
        <ProblemSummary
          ref={summaryRef}
          headingId="review-problems-heading"
          title={
            problems.length > 0 ? t('disclosures.review.problems', { count: problems.length }) : t('form.couldNotDo')
          }
          testId="review-problems"
        >
          {generalErrors.length > 0 && (
            <ul className="error-summary__list">
              {generalErrors.map((message) => (
                <li key={message} data-testid="form-error">
                  {message}
                </li>
              ))}
            </ul>
          )}
          {grouped.map(({ entry, items }) => (
            <div key={entry.slug} className="review-problems__group">
              <h3 className="review-problems__step">{t(entry.title)}</h3>
              <ul className="error-summary__list">
                {items.map((problem) => (
                  <li key={`${problem.field}-${problem.code}`}>
                    <Link
                      to={`${editPath(disclosureId, entry.slug as StepSlug)}#${fieldDomId(problem.field ?? '')}`}
                      data-testid="review-problem-link"
                    >
                      {problemText(problem)}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </ProblemSummary>
      )}

      <DisclosureSummary
        headingLevel={2}
        disclosure={content}
        attachments={attachments}
        problems={bySection}
        sectionAction={(section) => (
          <Link className="disclosure-summary__edit" to={editPath(disclosureId, section)}>
            {t('disclosures.review.edit')}
            <span className="visually-hidden">
              {' '}
              {t(WIZARD_STEPS.find((entry) => entry.slug === section)?.title ?? 'disclosures.step.review')}
            </span>
          </Link>
        )}
      />

      <section className="review-submit" aria-labelledby="review-submit-heading">
        <h2 id="review-submit-heading" className="review-submit__title">
          {resubmission ? t('disclosures.review.resubmitTitle') : t('disclosures.review.submitTitle')}
        </h2>
        <p className="review-submit__body">
          {resubmission ? t('disclosures.review.resubmitBody') : t('disclosures.review.submitBody')}
        </p>
        {!ready && <p className="review-submit__blocked">{t('disclosures.review.notReady')}</p>}
        <button
          type="button"
          className="button button--primary button--large"
          onClick={onSubmit}
          disabled={submitting}
          data-testid="submit-disclosure"
        >
          {submitting ? <span className="spinner spinner--small" aria-hidden="true" /> : <SendIcon />}
          {submitting
            ? t('form.sending')
            : resubmission
              ? t('disclosures.review.resubmit')
              : t('disclosures.review.submit')}
        </button>
      </section>
    </div>
  );
}

import type { FeedbackReason } from '../generated/graphql';
import { FEEDBACK_REASONS, feedbackReasonLabel } from './feedback-labels';
import './feedback.css';

/**
 * The eight reasons as radio buttons under one legend: what a company picks when it withdraws its interest or
 * dismisses a recommendation. `value` null: none chosen yet.
 */
export function FeedbackReasonFields({
  name,
  legend,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  value: FeedbackReason | null;
  onChange: (value: FeedbackReason) => void;
  error?: string | null;
}) {
  return (
    <fieldset className="feedback-reasons" aria-invalid={error ? true : undefined}>
      <legend className="form-field__label">{legend}</legend>
      <div className="feedback-reasons__options">
        {FEEDBACK_REASONS.map((reason) => (
          <label key={reason} className="feedback-reasons__option">
            <input
              type="radio"
              name={name}
              value={reason}
              checked={value === reason}
              onChange={() => onChange(reason)}
              data-testid={`feedback-reason-${reason}`}
            />
            <span>{feedbackReasonLabel(reason)}</span>
          </label>
        ))}
      </div>
      {error && <p className="form-field__error">{error}</p>}
    </fieldset>
  );
}

import type { FeedbackReason, FeedbackSource } from '../generated/graphql';
import { t } from '../i18n/i18n';

/** The eight reasons a company may give for passing on a listing, in the order the forms offer them. */
export const FEEDBACK_REASONS: readonly FeedbackReason[] = [
  'NOT_IN_FOCUS',
  'TOO_EARLY',
  'IP_POSITION',
  'COMMERCIAL_POTENTIAL',
  'HAVE_SOLUTION',
  'TIMING_BUDGET',
  'NEED_MORE_DATA',
  'OTHER',
];

export const feedbackReasonLabel = (value: FeedbackReason): string => t(`feedback.reason.${value}`);
export const feedbackSourceLabel = (value: FeedbackSource): string => t(`feedback.source.${value}`);

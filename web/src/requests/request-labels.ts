// The words of the technology requests' values, in the page's language (the signed-in part of the messages: the
// requests' pages load it with themselves).
import type {
  BudgetBand,
  FeedbackReason,
  ProposalStatus,
  RequestStatus,
  RequestVisibility,
  ResponseKind,
} from '../generated/graphql';
import { formatDate, t } from '../i18n/i18n';

export const requestStatusLabel = (value: RequestStatus): string => t(`requests.status.${value}`);
export const requestVisibilityLabel = (value: RequestVisibility): string => t(`requests.visibility.${value}`);
export const budgetBandLabel = (value: BudgetBand): string => t(`requests.budget.${value}`);
export const responseKindLabel = (value: ResponseKind): string => t(`requests.responseKind.${value}`);
export const proposalStatusLabel = (value: ProposalStatus): string => t(`requests.proposalStatus.${value}`);
export const feedbackReasonLabel = (value: FeedbackReason): string => t(`requests.feedbackReason.${value}`);

export const REQUEST_STATUSES: readonly RequestStatus[] = ['OPEN', 'FULFILLED', 'CLOSED', 'EXPIRED'];
export const BUDGET_BANDS: readonly BudgetBand[] = ['BELOW_50K', 'FROM_50K_TO_250K', 'FROM_250K_TO_1M', 'ABOVE_1M'];
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

/** "TRL 4–7", or "TRL 5" for a range of one. */
export function trlRangeLabel(min: number, max: number): string {
  return min === max ? t('card.trl', { trl: min }) : t('requests.trlRange', { min, max });
}

/** A deadline (YYYY-MM-DD) as the page's language writes a day. */
export function deadlineLabel(deadline: string): string {
  return formatDate(`${deadline}T12:00:00Z`);
}

/** Whole days from today to a deadline (YYYY-MM-DD): 0 on its last day, negative once past. */
export function daysLeft(deadline: string, now: Date = new Date()): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / 86_400_000);
}

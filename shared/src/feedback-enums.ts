// Why a company passed on a listing: when it withdraws an expression of interest, declines a listing an office
// proposed for its request, or dismisses a recommendation. The categories follow IN-PART's eight.

export const FeedbackReason = {
  NOT_IN_FOCUS: 'NOT_IN_FOCUS',
  TOO_EARLY: 'TOO_EARLY',
  IP_POSITION: 'IP_POSITION',
  COMMERCIAL_POTENTIAL: 'COMMERCIAL_POTENTIAL',
  HAVE_SOLUTION: 'HAVE_SOLUTION',
  TIMING_BUDGET: 'TIMING_BUDGET',
  NEED_MORE_DATA: 'NEED_MORE_DATA',
  OTHER: 'OTHER',
} as const;
export type FeedbackReason = (typeof FeedbackReason)[keyof typeof FeedbackReason];

/** Where the feedback was given. */
export const FeedbackSource = {
  EOI_WITHDRAWN: 'EOI_WITHDRAWN',
  PROPOSAL_DECLINED: 'PROPOSAL_DECLINED',
  RECOMMENDATION_DISMISSED: 'RECOMMENDATION_DISMISSED',
} as const;
export type FeedbackSource = (typeof FeedbackSource)[keyof typeof FeedbackSource];

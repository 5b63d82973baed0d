// Technology requests ("we are looking for…"): what a company seeks, and the institutes' responses.
// Plain objects so type-graphql can register them and the web can list them.

/** Who may read a request besides its own company: everyone (the public directory) or the institutes' offices. */
export const RequestVisibility = {
  PUBLIC: 'PUBLIC',
  OFFICES: 'OFFICES',
} as const;
export type RequestVisibility = (typeof RequestVisibility)[keyof typeof RequestVisibility];

/** OPEN until the company closes it (FULFILLED or CLOSED) or its deadline passes (EXPIRED). */
export const RequestStatus = {
  OPEN: 'OPEN',
  FULFILLED: 'FULFILLED',
  CLOSED: 'CLOSED',
  EXPIRED: 'EXPIRED',
} as const;
export type RequestStatus = (typeof RequestStatus)[keyof typeof RequestStatus];

/** What the company means to spend, in bands (optional on a request). */
export const BudgetBand = {
  BELOW_50K: 'BELOW_50K',
  FROM_50K_TO_250K: 'FROM_50K_TO_250K',
  FROM_250K_TO_1M: 'FROM_250K_TO_1M',
  ABOVE_1M: 'ABOVE_1M',
} as const;
export type BudgetBand = (typeof BudgetBand)[keyof typeof BudgetBand];

/** What an institute proposes in answer to a request: some of its listings, or a researcher's expertise. */
export const ResponseKind = {
  LISTINGS: 'LISTINGS',
  EXPERTISE: 'EXPERTISE',
} as const;
export type ResponseKind = (typeof ResponseKind)[keyof typeof ResponseKind];

/** A proposed listing, as the company treats it: still open, turned into an expression of interest, or declined. */
export const ProposalStatus = {
  PROPOSED: 'PROPOSED',
  INTEREST_EXPRESSED: 'INTEREST_EXPRESSED',
  DECLINED: 'DECLINED',
} as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];

// The expression-of-interest workflow, defined once: the API enforces it, the web offers only these actions.

export const EoiStatus = {
  SUBMITTED: 'SUBMITTED',
  IN_REVIEW: 'IN_REVIEW',
  IN_DISCUSSION: 'IN_DISCUSSION',
  NEGOTIATION: 'NEGOTIATION',
  AGREED: 'AGREED',
  DECLINED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type EoiStatus = (typeof EoiStatus)[keyof typeof EoiStatus];

export const OPEN_EOI_STATUSES: readonly EoiStatus[] = [
  EoiStatus.SUBMITTED,
  EoiStatus.IN_REVIEW,
  EoiStatus.IN_DISCUSSION,
  EoiStatus.NEGOTIATION,
];

export const InterestType = {
  LICENSE: 'LICENSE',
  OPTION: 'OPTION',
  CO_DEVELOPMENT: 'CO_DEVELOPMENT',
  SERVICE_REQUEST: 'SERVICE_REQUEST',
  SPONSORED_RESEARCH: 'SPONSORED_RESEARCH',
  MATERIAL_TRANSFER: 'MATERIAL_TRANSFER',
  INVESTMENT: 'INVESTMENT',
  OTHER: 'OTHER',
} as const;
export type InterestType = (typeof InterestType)[keyof typeof InterestType];

export const DeclineReason = {
  TOO_EARLY_STAGE: 'TOO_EARLY_STAGE',
  NO_FIT: 'NO_FIT',
  BENEFIT_UNCLEAR: 'BENEFIT_UNCLEAR',
  COMMERCIAL_ROUTE_UNCLEAR: 'COMMERCIAL_ROUTE_UNCLEAR',
  ASSET_UNAVAILABLE: 'ASSET_UNAVAILABLE',
  DUPLICATE: 'DUPLICATE',
  OTHER: 'OTHER',
} as const;
export type DeclineReason = (typeof DeclineReason)[keyof typeof DeclineReason];

export const EoiPriority = {
  LOW: 'LOW',
  NORMAL: 'NORMAL',
  HIGH: 'HIGH',
  URGENT: 'URGENT',
} as const;
export type EoiPriority = (typeof EoiPriority)[keyof typeof EoiPriority];

/** Who moves an EoI: the office that owns the asset, or the company that sent it. */
export type EoiActor = 'OFFICE' | 'COMPANY';

const TRANSITIONS: Record<EoiActor, Partial<Record<EoiStatus, readonly EoiStatus[]>>> = {
  OFFICE: {
    SUBMITTED: [EoiStatus.IN_REVIEW, EoiStatus.DECLINED],
    IN_REVIEW: [EoiStatus.IN_DISCUSSION, EoiStatus.DECLINED],
    IN_DISCUSSION: [EoiStatus.NEGOTIATION, EoiStatus.DECLINED],
    NEGOTIATION: [EoiStatus.AGREED, EoiStatus.DECLINED],
  },
  COMPANY: {
    SUBMITTED: [EoiStatus.WITHDRAWN],
    IN_REVIEW: [EoiStatus.WITHDRAWN],
    IN_DISCUSSION: [EoiStatus.WITHDRAWN],
    NEGOTIATION: [EoiStatus.WITHDRAWN],
  },
};

/** The statuses this actor may move an EoI to from `from`. */
export function allowedEoiTransitions(actor: EoiActor, from: EoiStatus): readonly EoiStatus[] {
  return TRANSITIONS[actor][from] ?? [];
}

export function canTransitionEoi(actor: EoiActor, from: EoiStatus, to: EoiStatus): boolean {
  return allowedEoiTransitions(actor, from).includes(to);
}

export function isOpenEoi(status: EoiStatus): boolean {
  return OPEN_EOI_STATUSES.includes(status);
}

/**
 * The open statuses as an SQL list of literals, `('SUBMITTED', …)`: literals (not parameters) so the
 * planner matches the partial index "one open EoI per company and asset", which is written with it too.
 */
export function openEoiStatusesSql(): string {
  return `(${OPEN_EOI_STATUSES.map((status) => `'${status}'`).join(', ')})`;
}

/** A decline must say why (structured) and tell the company in words. */
export function transitionRequirements(to: EoiStatus): { declineReason: boolean; message: boolean } {
  return to === EoiStatus.DECLINED ? { declineReason: true, message: true } : { declineReason: false, message: false };
}

export const EOI_MESSAGE_MIN_LENGTH = 30;
export const EOI_MESSAGE_MAX_LENGTH = 5000;
/** Characters of an EoI's intended use, its timeline, and an officer's reason for a move. */
export const EOI_INTENDED_USE_MAX_LENGTH = 2000;
export const EOI_TIMELINE_MAX_LENGTH = 200;
export const EOI_REASON_MAX_LENGTH = 2000;
/** Working days without a reply from the office after which an EoI is overdue. */
export const EOI_OVERDUE_WORKING_DAYS = 5;

/** The instant `workingDays` working days (Mon–Fri) after `from`. */
export function addWorkingDays(from: Date, workingDays: number): Date {
  const result = new Date(from.getTime());
  let left = workingDays;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const day = result.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return result;
}

/** When the office owes a first reply: 5 working days after submission, fixed then (`response_due_at`). */
export function eoiResponseDueAt(submittedAt: Date): Date {
  return addWorkingDays(submittedAt, EOI_OVERDUE_WORKING_DAYS);
}

/**
 * Overdue: open, still without the office's first reply, and past its due date. The API's SQL says the
 * same over the stored columns (`overdueSql` in api/src/features/interest/eoi-records.ts).
 */
export function isEoiOverdue(
  eoi: { status: EoiStatus; responseDueAt: Date; firstResponseAt: Date | null },
  now = new Date(),
): boolean {
  return isOpenEoi(eoi.status) && eoi.firstResponseAt === null && eoi.responseDueAt.getTime() <= now.getTime();
}

// Delivery of a service request (issue #17, point 4), decided once: the milestones, their order, and when
// delivery may start. The API enforces it; the web offers only the milestones allowed next.

import type { EoiStatus, InterestType } from './eoi-transitions.js';
import type { ErrorCode } from './error-messages.js';
import { ATTACHMENTS_PER_DISCLOSURE_MAX } from './limits.js';
import { type QuoteStatus, quoteAccepted } from './quote-rules.js';

export const DeliveryMilestone = {
  SAMPLES_RECEIVED: 'SAMPLES_RECEIVED',
  IN_PROGRESS: 'IN_PROGRESS',
  DATA_DELIVERED: 'DATA_DELIVERED',
  INVOICED: 'INVOICED',
} as const;
export type DeliveryMilestone = (typeof DeliveryMilestone)[keyof typeof DeliveryMilestone];

/** The milestones in their order: each is reached once, after the ones before it. */
export const DELIVERY_MILESTONES: readonly DeliveryMilestone[] = [
  DeliveryMilestone.SAMPLES_RECEIVED,
  DeliveryMilestone.IN_PROGRESS,
  DeliveryMilestone.DATA_DELIVERED,
  DeliveryMilestone.INVOICED,
];

/**
 * SAMPLES_RECEIVED is optional: a service that needs no samples (biostatistics, a data request) starts at
 * IN_PROGRESS. Once work is in progress, samples can no longer be recorded as received.
 */
export const OPTIONAL_DELIVERY_MILESTONES: readonly DeliveryMilestone[] = [DeliveryMilestone.SAMPLES_RECEIVED];

export const DELIVERY_LIMITS = { noteMax: 1000 } as const;

/** What decides whether delivery may start: the request, and the statuses of its quotes (every version). */
export interface DeliveryGate {
  interestType: InterestType;
  status: EoiStatus;
  quoteStatuses: readonly QuoteStatus[];
}

/**
 * Whether delivery may start on a request: a service request whose company accepted a quote (quote-rules.ts), and
 * that nobody declined or withdrew since.
 */
export function deliveryMayStart(eoi: DeliveryGate): boolean {
  return (
    eoi.interestType === 'SERVICE_REQUEST' &&
    eoi.status !== 'DECLINED' &&
    eoi.status !== 'WITHDRAWN' &&
    quoteAccepted(eoi.quoteStatuses)
  );
}

/** The milestones that may be recorded next, given those reached. */
export function nextDeliveryMilestones(reached: readonly DeliveryMilestone[]): DeliveryMilestone[] {
  const last = Math.max(-1, ...reached.map((milestone) => DELIVERY_MILESTONES.indexOf(milestone)));
  const next: DeliveryMilestone[] = [];
  for (const milestone of DELIVERY_MILESTONES.slice(last + 1)) {
    next.push(milestone);
    if (!OPTIONAL_DELIVERY_MILESTONES.includes(milestone)) break;
  }
  return next;
}

/** Why `milestone` may not be recorded now on this request; null when it may. */
export function deliveryMilestoneProblem(
  eoi: DeliveryGate,
  reached: readonly DeliveryMilestone[],
  milestone: DeliveryMilestone,
): ErrorCode | null {
  if (!deliveryMayStart(eoi)) return 'DELIVERY_NOT_STARTED';
  if (reached.includes(milestone)) return 'DELIVERY_MILESTONE_ALREADY_REACHED';
  if (!nextDeliveryMilestones(reached).includes(milestone)) return 'DELIVERY_MILESTONE_OUT_OF_ORDER';
  return null;
}

/** What a file of a service request is: a delivered file (the office's) or the ethics approval (the company's). */
export const ServiceFilePurpose = {
  DELIVERY: 'DELIVERY',
  ETHICS_APPROVAL: 'ETHICS_APPROVAL',
} as const;
export type ServiceFilePurpose = (typeof ServiceFilePurpose)[keyof typeof ServiceFilePurpose];

/** Files of one request: as many as an agreement's or a disclosure's. */
export const SERVICE_FILES_MAX = ATTACHMENTS_PER_DISCLOSURE_MAX;

/** Who uploads which file: the office delivers, the company sends its ethics approval (biobank requests only). */
export function serviceFileUploader(purpose: ServiceFilePurpose): 'OFFICE' | 'COMPANY' {
  return purpose === ServiceFilePurpose.DELIVERY ? 'OFFICE' : 'COMPANY';
}

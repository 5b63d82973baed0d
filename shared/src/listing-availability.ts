// A listing's availability to visitors, defined once: computed from the options and licences in force that cover
// it. The API stores it on the listing (recomputed whenever an agreement changes) and the catalogue filters by it.
// Type-only imports of agreement-rules: the web's public catalogue uses this module, and agreement-rules belongs to
// the signed-in chunk. The literals below are checked against its types; a test keeps IN_FORCE in step with it.
import type { AgreementStatus, AgreementType, LicenseExclusivity } from './agreement-rules.js';
import type { Language } from './languages.js';

export const ListingAvailability = {
  AVAILABLE: 'AVAILABLE',
  /** Licensed non-exclusively: still available to others. */
  LICENSED_NON_EXCLUSIVELY: 'LICENSED_NON_EXCLUSIVELY',
  /** An exclusive or sole licence, or an option, limited to a field of use or a territory: available otherwise. */
  PARTLY_LICENSED: 'PARTLY_LICENSED',
  /** An option covering the whole listing. */
  UNDER_OPTION: 'UNDER_OPTION',
  /** An exclusive or sole licence covering the whole listing. */
  LICENSED_EXCLUSIVELY: 'LICENSED_EXCLUSIVELY',
} as const;
export type ListingAvailability = (typeof ListingAvailability)[keyof typeof ListingAvailability];

/** Strongest first: a listing shows the first that applies. */
export const LISTING_AVAILABILITY_PRECEDENCE: readonly ListingAvailability[] = [
  ListingAvailability.LICENSED_EXCLUSIVELY,
  ListingAvailability.UNDER_OPTION,
  ListingAvailability.PARTLY_LICENSED,
  ListingAvailability.LICENSED_NON_EXCLUSIVELY,
  ListingAvailability.AVAILABLE,
];

/** What the rule reads of an agreement covering the listing (never its company, money or other terms). */
export interface AvailabilityAgreement {
  type: AgreementType;
  status: AgreementStatus;
  exclusivity: LicenseExclusivity | null;
  fieldOfUse: string | null;
  territory: string | null;
  /** What the office wrote the field of use and territory in. */
  language?: Language;
}

/** A field of use and a territory an exclusive right is limited to (null: unlimited in that respect). */
export interface ExclusiveScope {
  fieldOfUse: string | null;
  territory: string | null;
  /** What they are written in, when known (pages mark them when it is not theirs). */
  language?: Language;
}

/** The agreement types that can bind a listing's availability. */
export const AVAILABILITY_AGREEMENT_TYPES: readonly AgreementType[] = ['OPTION', 'LICENSE'];

/** IN_FORCE_AGREEMENT_STATUSES of agreement-rules (the same, see the test). */
export const AVAILABILITY_IN_FORCE_STATUSES: readonly AgreementStatus[] = ['SIGNED', 'ACTIVE'];

function blank(text: string | null): boolean {
  return (text ?? '').trim() === '';
}

function coversWhole(agreement: AvailabilityAgreement): boolean {
  return blank(agreement.fieldOfUse) && blank(agreement.territory);
}

/** An option, or a licence that keeps others out (exclusive or sole); a licence without exclusivity does not. */
function isExclusiveRight(agreement: AvailabilityAgreement): boolean {
  if (agreement.type === 'OPTION') return true;
  const keepsOthersOut: readonly (LicenseExclusivity | null)[] = ['EXCLUSIVE', 'SOLE'];
  return agreement.type === 'LICENSE' && keepsOthersOut.includes(agreement.exclusivity);
}

function binding(agreements: readonly AvailabilityAgreement[]): AvailabilityAgreement[] {
  return agreements.filter(
    (agreement) =>
      AVAILABILITY_AGREEMENT_TYPES.includes(agreement.type) &&
      AVAILABILITY_IN_FORCE_STATUSES.includes(agreement.status),
  );
}

/** The availability of a listing covered by these agreements (any type and status: only those in force count). */
export function listingAvailability(agreements: readonly AvailabilityAgreement[]): ListingAvailability {
  const found = new Set<ListingAvailability>();
  for (const agreement of binding(agreements)) {
    if (isExclusiveRight(agreement)) {
      if (!coversWhole(agreement)) found.add(ListingAvailability.PARTLY_LICENSED);
      else if (agreement.type === 'OPTION') found.add(ListingAvailability.UNDER_OPTION);
      else found.add(ListingAvailability.LICENSED_EXCLUSIVELY);
    } else {
      found.add(ListingAvailability.LICENSED_NON_EXCLUSIVELY);
    }
  }
  return (
    LISTING_AVAILABILITY_PRECEDENCE.find((availability) => found.has(availability)) ?? ListingAvailability.AVAILABLE
  );
}

/**
 * The fields of use and territories already taken by exclusive rights limited in scope (what a PARTLY_LICENSED
 * listing shows visitors), trimmed, without repeats.
 */
export function exclusiveScopes(agreements: readonly AvailabilityAgreement[]): ExclusiveScope[] {
  const scopes = new Map<string, ExclusiveScope>();
  for (const agreement of binding(agreements)) {
    if (!isExclusiveRight(agreement) || coversWhole(agreement)) continue;
    const scope = {
      fieldOfUse: blank(agreement.fieldOfUse) ? null : agreement.fieldOfUse!.trim(),
      territory: blank(agreement.territory) ? null : agreement.territory!.trim(),
      ...(agreement.language && { language: agreement.language }),
    };
    scopes.set(JSON.stringify(scope), scope);
  }
  return [...scopes.values()];
}

/** Whether a listing in this availability takes new expressions of interest (not under option, not licensed away). */
export function isOpenToInterest(availability: ListingAvailability): boolean {
  return availability !== ListingAvailability.UNDER_OPTION && availability !== ListingAvailability.LICENSED_EXCLUSIVELY;
}

// A service listing's capacity, defined once: whether its platform takes requests now, until when it is fully
// booked, its next free slot and its typical turnaround. The office sets it; pages, the catalogue's facet and the
// hourly job read it through the rules below. Dates are calendar days (YYYY-MM-DD, UTC, as listing expiry).
import { AssetKind } from './asset-enums.js';
import { type FieldProblem, problem } from './error-messages.js';

// Own date helpers (not technology-request-rules'): the web's public catalogue uses this module, and that one
// belongs to another chunk.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written as YYYY-MM-DD, or null. */
function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** The day (UTC) of a moment, as YYYY-MM-DD: the day capacity dates are counted from. */
export function capacityDay(moment: Date = new Date()): string {
  return moment.toISOString().slice(0, 10);
}

export const ServiceCapacityStatus = {
  ACCEPTING_REQUESTS: 'ACCEPTING_REQUESTS',
  /** Booked through `fullyBookedUntil` (that day included); accepting again the day after. */
  FULLY_BOOKED: 'FULLY_BOOKED',
  /** Nothing said (the default, and every listing never set). */
  NOT_STATED: 'NOT_STATED',
} as const;
export type ServiceCapacityStatus = (typeof ServiceCapacityStatus)[keyof typeof ServiceCapacityStatus];

export const SERVICE_CAPACITY_STATUSES: readonly ServiceCapacityStatus[] = Object.values(ServiceCapacityStatus);

export const SERVICE_CAPACITY_LIMITS = {
  turnaroundWeeksMin: 1,
  /** Two years. */
  turnaroundWeeksMax: 104,
  /** How far ahead a "fully booked until" date or a next slot may be. */
  maxYearsAhead: 2,
} as const;

/** A listing's capacity as stored. */
export interface ServiceCapacity {
  status: ServiceCapacityStatus;
  /** YYYY-MM-DD, the last day fully booked: set exactly when FULLY_BOOKED. */
  fullyBookedUntil: string | null;
  /** YYYY-MM-DD: the next day work can start; only while ACCEPTING_REQUESTS. */
  nextSlotOn: string | null;
  /** Typically this many weeks (or from this many, with turnaroundWeeksMax). */
  turnaroundWeeksMin: number | null;
  /** The upper end of a range ("4–6 weeks"); null: a single number, or none. */
  turnaroundWeeksMax: number | null;
}

export const NO_CAPACITY_STATED: ServiceCapacity = {
  status: ServiceCapacityStatus.NOT_STATED,
  fullyBookedUntil: null,
  nextSlotOn: null,
  turnaroundWeeksMin: null,
  turnaroundWeeksMax: null,
};

/** Only services carry a capacity. */
export function carriesCapacity(kind: AssetKind): boolean {
  return kind === AssetKind.SERVICE;
}

function latestDay(today: string): string {
  const date = parseIsoDate(today)!;
  return capacityDay(
    new Date(
      Date.UTC(date.getUTCFullYear() + SERVICE_CAPACITY_LIMITS.maxYearsAhead, date.getUTCMonth(), date.getUTCDate()),
    ),
  );
}

function weeksProblem(field: string, weeks: number | null): FieldProblem[] {
  if (weeks === null) return [];
  const { turnaroundWeeksMin: min, turnaroundWeeksMax: max } = SERVICE_CAPACITY_LIMITS;
  return Number.isInteger(weeks) && weeks >= min && weeks <= max
    ? []
    : [problem(field, 'CAPACITY_TURNAROUND_RANGE', { min, max })];
}

/** What is wrong with a capacity the office sets on a listing of `kind`, on `today` (YYYY-MM-DD). */
export function validateServiceCapacity(kind: AssetKind, capacity: ServiceCapacity, today: string): FieldProblem[] {
  if (!carriesCapacity(kind)) return [problem('capacity', 'CAPACITY_SERVICES_ONLY')];
  if (!SERVICE_CAPACITY_STATUSES.includes(capacity.status)) return [problem('status', 'CAPACITY_STATUS_INVALID')];
  const problems: FieldProblem[] = [];
  const latest = latestDay(today);
  const { fullyBookedUntil: until, nextSlotOn: slot } = capacity;
  if (capacity.status === ServiceCapacityStatus.FULLY_BOOKED) {
    if (until === null) problems.push(problem('fullyBookedUntil', 'CAPACITY_FULLY_BOOKED_UNTIL_REQUIRED'));
    else if (!parseIsoDate(until)) problems.push(problem('fullyBookedUntil', 'DATE_INVALID'));
    else if (until <= today) problems.push(problem('fullyBookedUntil', 'CAPACITY_FULLY_BOOKED_UNTIL_PAST'));
    else if (until > latest) {
      problems.push(
        problem('fullyBookedUntil', 'CAPACITY_DATE_TOO_FAR', { years: SERVICE_CAPACITY_LIMITS.maxYearsAhead }),
      );
    }
  } else if (until !== null) {
    problems.push(problem('fullyBookedUntil', 'CAPACITY_UNTIL_ONLY_WHEN_FULLY_BOOKED'));
  }
  if (slot !== null) {
    if (capacity.status !== ServiceCapacityStatus.ACCEPTING_REQUESTS) {
      problems.push(problem('nextSlotOn', 'CAPACITY_NEXT_SLOT_ONLY_WHEN_ACCEPTING'));
    } else if (!parseIsoDate(slot)) problems.push(problem('nextSlotOn', 'DATE_INVALID'));
    else if (slot < today) problems.push(problem('nextSlotOn', 'CAPACITY_NEXT_SLOT_PAST'));
    else if (slot > latest) {
      problems.push(problem('nextSlotOn', 'CAPACITY_DATE_TOO_FAR', { years: SERVICE_CAPACITY_LIMITS.maxYearsAhead }));
    }
  }
  const { turnaroundWeeksMin: low, turnaroundWeeksMax: high } = capacity;
  problems.push(...weeksProblem('turnaroundWeeksMin', low), ...weeksProblem('turnaroundWeeksMax', high));
  if (high !== null && low === null) problems.push(problem('turnaroundWeeksMin', 'CAPACITY_TURNAROUND_MIN_REQUIRED'));
  if (high !== null && low !== null && high < low)
    problems.push(problem('turnaroundWeeksMax', 'CAPACITY_TURNAROUND_ORDER'));
  return problems;
}

/** Whether a FULLY_BOOKED capacity's last booked day is over (it then accepts requests again). */
export function isFullyBookedOver(
  capacity: Pick<ServiceCapacity, 'status' | 'fullyBookedUntil'>,
  today: string,
): boolean {
  return (
    capacity.status === ServiceCapacityStatus.FULLY_BOOKED &&
    capacity.fullyBookedUntil !== null &&
    capacity.fullyBookedUntil < today
  );
}

/**
 * The capacity as of `today`, as every reader shows it: fully booked until a day that is over means accepting
 * requests again (the hourly job stores the same, so the catalogue's facet agrees); a next slot that has passed
 * is no longer news. A range of one week ("4–4") reads as a single number.
 */
export function effectiveCapacity(capacity: ServiceCapacity, today: string): ServiceCapacity {
  const reopened = isFullyBookedOver(capacity, today);
  const status = reopened ? ServiceCapacityStatus.ACCEPTING_REQUESTS : capacity.status;
  const slot = status === ServiceCapacityStatus.ACCEPTING_REQUESTS ? capacity.nextSlotOn : null;
  const low = capacity.turnaroundWeeksMin;
  const high = low !== null && capacity.turnaroundWeeksMax !== low ? capacity.turnaroundWeeksMax : null;
  return {
    status,
    fullyBookedUntil: status === ServiceCapacityStatus.FULLY_BOOKED ? capacity.fullyBookedUntil : null,
    nextSlotOn: slot !== null && slot >= today ? slot : null,
    turnaroundWeeksMin: low,
    turnaroundWeeksMax: high,
  };
}

// A technology request's rules, defined once: what a request must say, when its deadline may fall, how it is
// closed, and what an institute's response holds. The API enforces them; the web's forms show the same messages.
import { PartneringModel } from './asset-enums.js';
import { type FieldProblem, problem } from './error-messages.js';
import {
  REQUEST_MAX_SECTORS,
  REQUEST_RESPONSE_MAX_LISTINGS,
  REQUEST_RESPONSE_MESSAGE_MAX_LENGTH,
  REQUEST_TEXT_MAX_LENGTH,
  REQUEST_TITLE_MAX_LENGTH,
  TRL_MAX,
  TRL_MIN,
} from './limits.js';
import { RequestStatus, ResponseKind } from './technology-request-enums.js';

export const REQUEST_LIMITS = {
  /** A title that says what is sought, as a card in the directory shows it. */
  titleMin: 10,
  titleMax: REQUEST_TITLE_MAX_LENGTH,
  /** What is sought: a few sentences at least, so that an office can tell what would fit. */
  descriptionMin: 50,
  textMax: REQUEST_TEXT_MAX_LENGTH,
  maxSectors: REQUEST_MAX_SECTORS,
  /** The deadline: at most this many months from today. */
  deadlineMaxMonths: 18,
  /** The author is reminded this many days before the deadline. */
  reminderDays: 7,
  responseMessageMin: 20,
  responseMessageMax: REQUEST_RESPONSE_MESSAGE_MAX_LENGTH,
  responseMaxListings: REQUEST_RESPONSE_MAX_LISTINGS,
} as const;

/** What a company member writes (sectors by id: the taxonomy's are checked by the API). */
export interface TechnologyRequestData {
  title: string;
  description: string;
  motivation: string;
  sectorCount: number;
  trlMin: number;
  trlMax: number;
  partneringModels: readonly string[];
  /** An ISO date, YYYY-MM-DD: the last day the request is open. */
  deadline: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written as YYYY-MM-DD, or null. */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** The day (UTC) of a moment, as YYYY-MM-DD. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The latest deadline a request may have when written on `today` (YYYY-MM-DD): 18 months on, same day. */
export function latestDeadline(today: string): string {
  const date = parseIsoDate(today)!;
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + REQUEST_LIMITS.deadlineMaxMonths, 1));
  // The same day of that month, or its last day (31 August + 18 months is 28 or 29 February).
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return isoDay(target);
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD): 0 on the last day. */
export function daysUntil(deadline: string, today: string): number {
  const end = parseIsoDate(deadline);
  const start = parseIsoDate(today);
  if (!end || !start) return Number.NaN;
  return Math.round((end.getTime() - start.getTime()) / 86_400_000);
}

function blank(value: string): boolean {
  return value.trim() === '';
}

/**
 * Everything a request must hold to be published or saved: the same rules for both (a published request is what
 * the directory shows). `today` is YYYY-MM-DD (UTC): the deadline falls after it, at most 18 months on.
 */
export function validateTechnologyRequest(data: TechnologyRequestData, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = data.title.trim();
  if (blank(title)) problems.push(problem('title', 'TITLE_REQUIRED'));
  else if (title.length < REQUEST_LIMITS.titleMin)
    problems.push(problem('title', 'TITLE_TOO_SHORT', { min: REQUEST_LIMITS.titleMin }));
  else if (title.length > REQUEST_LIMITS.titleMax)
    problems.push(problem('title', 'TITLE_TOO_LONG', { max: REQUEST_LIMITS.titleMax }));
  const description = data.description.trim();
  if (blank(description)) problems.push(problem('description', 'DESCRIPTION_REQUIRED'));
  else if (description.length < REQUEST_LIMITS.descriptionMin)
    problems.push(problem('description', 'DESCRIPTION_TOO_SHORT', { min: REQUEST_LIMITS.descriptionMin }));
  else if (description.length > REQUEST_LIMITS.textMax)
    problems.push(problem('description', 'DESCRIPTION_TOO_LONG', { max: REQUEST_LIMITS.textMax }));
  if (data.motivation.trim().length > REQUEST_LIMITS.textMax)
    problems.push(problem('motivation', 'TEXT_TOO_LONG', { max: REQUEST_LIMITS.textMax }));
  if (data.sectorCount < 1) problems.push(problem('sectorIds', 'SECTORS_REQUIRED'));
  if (data.sectorCount > REQUEST_LIMITS.maxSectors)
    problems.push(problem('sectorIds', 'TOO_MANY_SECTORS', { max: REQUEST_LIMITS.maxSectors }));
  const trlOk = (trl: number) => Number.isInteger(trl) && trl >= TRL_MIN && trl <= TRL_MAX;
  if (!trlOk(data.trlMin)) problems.push(problem('trlMin', 'TRL_INVALID'));
  if (!trlOk(data.trlMax)) problems.push(problem('trlMax', 'TRL_INVALID'));
  if (trlOk(data.trlMin) && trlOk(data.trlMax) && data.trlMin > data.trlMax)
    problems.push(problem('trlMin', 'REQUEST_TRL_INVERTED'));
  if (data.partneringModels.length === 0) problems.push(problem('partneringModels', 'PARTNERING_MODELS_REQUIRED'));
  const models = Object.values(PartneringModel) as string[];
  if (data.partneringModels.some((model) => !models.includes(model)))
    problems.push(problem('partneringModels', 'PARTNERING_MODEL_INVALID'));
  else if (new Set(data.partneringModels).size !== data.partneringModels.length)
    problems.push(problem('partneringModels', 'PARTNERING_MODEL_DUPLICATE'));
  if (!parseIsoDate(data.deadline)) problems.push(problem('deadline', 'DATE_INVALID'));
  else if (data.deadline <= today) problems.push(problem('deadline', 'REQUEST_DEADLINE_PAST'));
  else if (data.deadline > latestDeadline(today))
    problems.push(problem('deadline', 'REQUEST_DEADLINE_TOO_FAR', { months: REQUEST_LIMITS.deadlineMaxMonths }));
  return problems;
}

/** What a company may close its request as. */
export const REQUEST_CLOSING_STATUSES: readonly RequestStatus[] = [RequestStatus.FULFILLED, RequestStatus.CLOSED];

/**
 * Whether a request may be closed as `to`: an open one as fulfilled or closed; an expired one as fulfilled (what
 * it sought was found after all). Nothing reopens.
 */
export function canCloseTechnologyRequest(from: RequestStatus, to: RequestStatus): boolean {
  if (from === RequestStatus.OPEN) return REQUEST_CLOSING_STATUSES.includes(to);
  return from === RequestStatus.EXPIRED && to === RequestStatus.FULFILLED;
}

/** Only an open request is edited or answered. */
export function isTechnologyRequestOpen(status: RequestStatus): boolean {
  return status === RequestStatus.OPEN;
}

/** What an officer writes in a response (listings and expert as given: the API checks whose they are). */
export interface RequestResponseData {
  kind: ResponseKind;
  listingCount: number;
  hasExpert: boolean;
  message: string;
}

export function validateRequestResponse(data: RequestResponseData): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (data.kind === ResponseKind.LISTINGS) {
    if (data.listingCount < 1) problems.push(problem('listingIds', 'RESPONSE_LISTINGS_REQUIRED'));
    if (data.listingCount > REQUEST_LIMITS.responseMaxListings)
      problems.push(problem('listingIds', 'RESPONSE_TOO_MANY_LISTINGS', { max: REQUEST_LIMITS.responseMaxListings }));
    if (data.hasExpert) problems.push(problem('expertId', 'RESPONSE_KIND_MISMATCH'));
  } else {
    if (!data.hasExpert) problems.push(problem('expertId', 'RESPONSE_EXPERT_REQUIRED'));
    if (data.listingCount > 0) problems.push(problem('listingIds', 'RESPONSE_KIND_MISMATCH'));
  }
  const message = data.message.trim();
  if (blank(message)) problems.push(problem('message', 'MESSAGE_REQUIRED'));
  else if (message.length < REQUEST_LIMITS.responseMessageMin)
    problems.push(problem('message', 'RESPONSE_MESSAGE_TOO_SHORT', { min: REQUEST_LIMITS.responseMessageMin }));
  else if (message.length > REQUEST_LIMITS.responseMessageMax)
    problems.push(problem('message', 'TEXT_TOO_LONG', { max: REQUEST_LIMITS.responseMessageMax }));
  return problems;
}

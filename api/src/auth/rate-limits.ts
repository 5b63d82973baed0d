// Every rate limit of the API, once. Each is chosen so that a real person never meets it, while a script that
// signs up, resets, invites or messages in bulk (and so e-mails strangers, or probes which addresses have an
// account) is stopped after a handful. The counters live in PostgreSQL (rate-limiter.ts), shared by every
// API process; a window starts with its first use and does not slide.

import type { ErrorCode } from '@tt/shared/error-messages';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface RateLimitRule {
  /** Uses allowed per window. */
  points: number;
  /** The window, in seconds. */
  seconds: number;
  /** The error a spent limit answers ("…; try again in 10 minutes."), with the seconds to wait. */
  refusal: ErrorCode;
}

export const RATE_LIMITS = {
  /** Sign-ups from one address: also bounds how many addresses it can test for an account ("e-mail taken"). */
  SIGN_UP_PER_ADDRESS: { points: 10, seconds: HOUR, refusal: 'TOO_MANY_SIGN_UPS' },
  /** Reset links for one e-mail address, whether or not it has an account (so the answer reveals nothing). */
  PASSWORD_RESET_PER_EMAIL: { points: 3, seconds: HOUR, refusal: 'TOO_MANY_RESETS_FOR_EMAIL' },
  PASSWORD_RESET_PER_ADDRESS: { points: 10, seconds: HOUR, refusal: 'TOO_MANY_RESETS_FROM_ADDRESS' },
  /** "Send the link again" (the sign-up's own e-mail is bounded by SIGN_UP_PER_ADDRESS). */
  VERIFICATION_PER_ACCOUNT: { points: 3, seconds: HOUR, refusal: 'TOO_MANY_VERIFICATION_LINKS' },
  /** Invitations sent (or sent again) by one person; administrators, who run the network, are not limited. */
  INVITATIONS_PER_ACCOUNT: { points: 20, seconds: HOUR, refusal: 'TOO_MANY_INVITATIONS_SENT' },
  /** Invitations into one company or institute, whoever sends them. */
  INVITATIONS_PER_ORGANISATION: { points: 50, seconds: DAY, refusal: 'TOO_MANY_INVITATIONS_TO_ORGANISATION' },
  /** Messages one person posts in EoI and disclosure threads. A lively conversation is far below it. */
  MESSAGES_PER_ACCOUNT: { points: 60, seconds: HOUR, refusal: 'TOO_MANY_MESSAGES' },
  /**
   * E-mails about new messages in one thread (an EoI or a disclosure) to one person: the first message
   * e-mails them at once; more messages within 10 minutes are posted but not e-mailed again, since the
   * e-mail links to the thread where all of them are (a quiet limit: nobody is refused anything).
   */
  MESSAGE_MAIL_PER_RECIPIENT_AND_THREAD: { points: 1, seconds: 10 * MINUTE, refusal: 'TOO_MANY_REQUESTS' },
  /** Responses one officer sends to technology requests (each e-mails the company). An office is far below it. */
  REQUEST_RESPONSES_PER_ACCOUNT: { points: 30, seconds: HOUR, refusal: 'TOO_MANY_RESPONSES' },
  /**
   * E-mails about new responses to one request, to its author: the first at once; more responses within 10
   * minutes are recorded but not e-mailed again, since the e-mail links to the request where all of them are.
   */
  REQUEST_RESPONSE_MAIL_PER_RECIPIENT_AND_REQUEST: { points: 1, seconds: 10 * MINUTE, refusal: 'TOO_MANY_REQUESTS' },

  /** Companies an officer invites to look at a listing (each invitation e-mails the company's members). */
  LOOK_INVITATIONS_PER_OFFICER: { points: 20, seconds: HOUR, refusal: 'TOO_MANY_LOOK_INVITATIONS' },
  /**
   * CSV exports of the office's lists by one person: each reads a whole list, so a script that downloads them in
   * a loop would load the database; an officer exporting a few views a day is far below it.
   */
  EXPORTS_PER_ACCOUNT: { points: 60, seconds: HOUR, refusal: 'TOO_MANY_EXPORTS' },
  /** "Notify me when it becomes available" by one person: each watch may e-mail them once. */
  AVAILABILITY_WATCHES_PER_ACCOUNT: { points: 30, seconds: HOUR, refusal: 'TOO_MANY_AVAILABILITY_WATCHES' },
  /**
   * "Your data has been delivered" to a service request's requester: once per request and hour at most (the
   * milestone is recorded once, so this only bounds a request whose delivery is recorded again after a removal).
   */
  DELIVERY_MAIL_PER_RECIPIENT_AND_EOI: { points: 1, seconds: HOUR, refusal: 'TOO_MANY_REQUESTS' },

  /** Quotes (and revisions) one person sends: each e-mails the company. A busy platform is far below it. */
  QUOTES_PER_ACCOUNT: { points: 30, seconds: HOUR, refusal: 'TOO_MANY_QUOTES' },
  /** Quotes one person accepts or declines: each e-mails the office. */
  QUOTE_DECISIONS_PER_ACCOUNT: { points: 30, seconds: HOUR, refusal: 'TOO_MANY_QUOTES' },

  // Logging in (login-throttle.ts). Refusals there use the log-in form's own generic message.
  /** Consecutive failures of one account from one address, counted for a day; from the 5th on, delays. */
  LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS: { points: 5, seconds: DAY, refusal: 'TOO_MANY_ATTEMPTS' },
  /** The wait a pair is in after its failures (set per failure, see loginDelaySeconds). */
  LOGIN_DELAY_PER_ACCOUNT_AND_ADDRESS: { points: 1, seconds: 15 * MINUTE, refusal: 'TOO_MANY_ATTEMPTS' },
  /** Failures from one address on any accounts (password spraying): then only accounts that know it. */
  LOGIN_FAILURES_PER_ADDRESS: { points: 100, seconds: HOUR, refusal: 'TOO_MANY_ATTEMPTS' },
  /** Failures on one account from any addresses (distributed guessing): then only its known addresses. */
  LOGIN_FAILURES_PER_ACCOUNT: { points: 50, seconds: HOUR, refusal: 'TOO_MANY_ATTEMPTS' },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** The wait after a pair's n-th consecutive failure: 1 s after the 5th, doubling, at most 15 minutes. */
export function loginDelaySeconds(failures: number): number {
  const free = RATE_LIMITS.LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS.points;
  if (failures < free) return 0;
  return Math.min(2 ** (failures - free), RATE_LIMITS.LOGIN_DELAY_PER_ACCOUNT_AND_ADDRESS.seconds);
}

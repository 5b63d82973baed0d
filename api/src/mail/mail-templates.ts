import type { AgreementType } from '@tt/shared/agreement-rules';
import type { UserRole } from '@tt/shared/company-enums';
import type { EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import type { Language } from '@tt/shared/languages';
import type { QuoteDeclineReason } from '@tt/shared/quote-rules';
import type { ResponseKind } from '@tt/shared/technology-request-enums';

// The e-mails the system sends, and the data each template needs: values, never words (enum values, numbers,
// ISO dates), so that the e-mail is worded in its recipient's language when it is rendered (render-mail.ts).
// Links are whole URLs, built from the configured public URL in the recipient's language (mail-links.ts).

/** How often an alert e-mail comes: what its subject and first lines say. */
export type AlertMailFrequency = 'IMMEDIATE' | 'DAILY' | 'WEEKLY';

/** One listing (or, later, request) in an alert: new since the last alert, or changed since. */
export interface AlertMailItem {
  title: string;
  /** Who offers it (a listing: the institute's name), or seeks it (a request: the company's). */
  by: string;
  /** Its summary, on one line. */
  summary: string;
  url: string;
  isNew: boolean;
}

/** One saved search in an alert: what is new for it, how many more there are, and its own links. */
export interface AlertMailSearch {
  name: string;
  /** What it finds: the catalogue's listings, or technology requests. */
  kind: 'LISTINGS' | 'REQUESTS';
  items: AlertMailItem[];
  /** New or changed beyond the ones listed. */
  more: number;
  /** The search itself, on its page (the catalogue, or the Requests directory). */
  searchUrl: string;
  /** Stops this search's alerts, without signing in. */
  unsubscribeUrl: string;
}

/** Why a listing is recommended to the recipient's company, as the digest says it: `value` is what the reason cites. */
export interface AlertMailReason {
  kind: 'REQUEST' | 'SECTOR' | 'TRL_RANGE' | 'INTEREST' | 'SIMILAR_TO_INTEREST';
  /** The request's or listing's title, the sector's label, the interest, or the listing's TRL. */
  value: string;
  /** The TRL range the listing's TRL is within ("4–7"); empty for the other kinds. */
  range: string;
}

/** A listing recommended to the recipient's company in a daily or weekly digest (matchmaking). */
export interface AlertMailRecommendation {
  title: string;
  url: string;
  reasons: AlertMailReason[];
}

/** What a disclosure e-mail tells: a move of the workflow, a new message, or a researcher added. */
export type DisclosureMailEvent =
  | 'SUBMITTED'
  | 'RESUBMITTED'
  | 'INFO_REQUESTED'
  | 'ACCEPTED'
  | 'DECLINED'
  | 'OFFICE_MESSAGE'
  | 'RESEARCHER_MESSAGE'
  | 'SHARED';

export interface MailTemplates {
  'verify-email': { name: string; verifyUrl: string; expiresInHours: number };
  'password-reset': { name: string; resetUrl: string; expiresInMinutes: number };
  /** `changedAt`: ISO 8601. */
  'password-changed': { name: string; changedAt: string };
  invitation: {
    /** Empty when the inviter's account is gone. */
    inviterName: string;
    /** The institute or company joined; empty for the network (administrators). */
    organisationName: string;
    role: UserRole;
    acceptUrl: string;
    expiresInDays: number;
  };
  /** To the company member who sent an expression of interest. */
  'eoi-confirmation': { name: string; assetTitle: string; institutionName: string; eoiUrl: string };
  /** To the asset's contact officer. */
  'eoi-received': { name: string; companyName: string; assetTitle: string; interestType: InterestType; eoiUrl: string };
  /** To each manager of the listing's research platform. */
  'eoi-received-platform': {
    name: string;
    companyName: string;
    assetTitle: string;
    platformName: string;
    interestType: InterestType;
    eoiUrl: string;
  };
  'eoi-assigned': { name: string; companyName: string; assetTitle: string; eoiUrl: string };
  /** A reply in the shared thread, to the other side. */
  'eoi-reply': { name: string; fromName: string; assetTitle: string; excerpt: string; eoiUrl: string };
  /** To the company: the office moved the EoI on (or declined it, with its message; empty when it wrote none). */
  'eoi-status-changed': { name: string; assetTitle: string; status: EoiStatus; note: string; eoiUrl: string };
  'eoi-overdue': { name: string; companyName: string; assetTitle: string; workingDays: number; eoiUrl: string };
  /**
   * An invention disclosure moved, has a new message, or its recipient was added to it. Only people who may see
   * the disclosure receive it. `title` empty: not written yet; `note`: the office's reason or the message's
   * beginning, empty for none; `byName`: who added the recipient (SHARED), empty otherwise.
   */
  'disclosure-update': {
    name: string;
    title: string;
    event: DisclosureMailEvent;
    note: string;
    byName: string;
    disclosureUrl: string;
  };
  /** To the researchers of the disclosure a listing was made from, and its inventors with an account. */
  'listing-published': { name: string; title: string; institutionName: string; listingUrl: string };
  /**
   * What is new or changed for the recipient's saved searches of one alert frequency, since each one's last alert.
   * `unsubscribeUrl` stops every search in the e-mail (also its List-Unsubscribe header, RFC 8058 one-click).
   */
  'saved-search-alert': {
    name: string;
    frequency: AlertMailFrequency;
    searches: AlertMailSearch[];
    /** A company member's digest (daily, weekly): the best listings for the company; empty otherwise. */
    recommendations: AlertMailRecommendation[];
    manageUrl: string;
    unsubscribeUrl: string;
  };
  /**
   * To each member of a company an office invites to look at one of its listings ("companies to approach"). `note`:
   * the officer's own words, empty for none; `senderName` empty when the officer's account is gone.
   */
  'listing-invitation': {
    name: string;
    senderName: string;
    institutionName: string;
    assetTitle: string;
    note: string;
    listingUrl: string;
  };
  /** To the author of a technology request: an institute responded (`listingCount`: 0 for expertise). */
  'request-response': {
    name: string;
    requestTitle: string;
    institutionName: string;
    kind: ResponseKind;
    listingCount: number;
    requestUrl: string;
  };
  /** To the author of a technology request, once, a week before its deadline (`deadline`: YYYY-MM-DD). */
  'request-expiry-reminder': { name: string; requestTitle: string; deadline: string; requestUrl: string };
  /** To an agreement's owner officer, once, 30 days before it expires (`expiryDate`: YYYY-MM-DD). */
  'agreement-expiry-reminder': {
    name: string;
    agreementTitle: string;
    companyName: string;
    type: AgreementType;
    expiryDate: string;
    agreementUrl: string;
  };
  /** To a listing's contact officer (or its institute's officers), once, 30 days before it expires (`expiresOn`: YYYY-MM-DD). */
  'listing-expiry-reminder': { name: string; listingTitle: string; expiresOn: string; listingUrl: string };
  /** To the same officers: the listing's expiry date passed and it left the catalogue until renewed. */
  'listing-expired': { name: string; listingTitle: string; expiresOn: string; listingUrl: string };
  /** To someone who asked, once: a listing closed to expressions of interest has opened again. */
  'listing-available-again': { name: string; assetTitle: string; listingUrl: string };
  /**
   * To the company member who sent a service request: the office sent a quote (`version` above 1: a revision).
   * `grossCents`: its total with VAT; `validUntil`: its last valid day (YYYY-MM-DD).
   */
  'quote-sent': {
    name: string;
    assetTitle: string;
    institutionName: string;
    version: number;
    grossCents: number;
    validUntil: string;
    eoiUrl: string;
  };
  /** To the request's office (its assignee, else the listing's contact officer): the company decided on a quote. */
  'quote-decided': {
    name: string;
    companyName: string;
    assetTitle: string;
    version: number;
    decision: 'ACCEPTED' | 'DECLINED';
    /** Declined: the reason chosen; empty when accepted. */
    reason: QuoteDeclineReason | '';
    /** The company's comment, empty for none. */
    comment: string;
    eoiUrl: string;
  };
  /** To the company member who sent a service request: the platform delivered its data (files on the request's page). */
  'service-data-delivered': { name: string; assetTitle: string; eoiUrl: string };
}
export type MailTemplate = keyof MailTemplates;

export interface OutgoingMail<T extends MailTemplate = MailTemplate> {
  to: string;
  /** The recipient's: their account's setting, or for someone without an account the request's (mail-links.ts). */
  language: Language;
  template: T;
  data: MailTemplates[T];
}

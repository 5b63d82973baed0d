import type { UserRole } from '@tt/shared/company-enums';
import type { EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import type { Language } from '@tt/shared/languages';
import type { ResponseKind } from '@tt/shared/technology-request-enums';

// The e-mails the system sends, and the data each template needs: values, never words (enum values, numbers,
// ISO dates), so that the e-mail is worded in its recipient's language when it is rendered (render-mail.ts).
// Links are whole URLs, built from the configured public URL in the recipient's language (mail-links.ts).

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
}
export type MailTemplate = keyof MailTemplates;

export interface OutgoingMail<T extends MailTemplate = MailTemplate> {
  to: string;
  /** The recipient's: their account's setting, or for someone without an account the request's (mail-links.ts). */
  language: Language;
  template: T;
  data: MailTemplates[T];
}

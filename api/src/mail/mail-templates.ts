// The e-mails the system sends, and the data each template needs. Rendering lives in render-mail.ts.
export interface MailTemplates {
  'verify-email': { name: string; verifyUrl: string; expiresInHours: number };
  'password-reset': { name: string; resetUrl: string; expiresInMinutes: number };
  'password-changed': { name: string; when: string };
  invitation: {
    inviterName: string;
    organisationName: string;
    roleLabel: string;
    acceptUrl: string;
    expiresInDays: number;
  };
  /** To the company member who sent an expression of interest. */
  'eoi-confirmation': { name: string; assetTitle: string; institutionName: string; eoiUrl: string };
  /** To the asset's contact officer. */
  'eoi-received': { name: string; companyName: string; assetTitle: string; interestType: string; eoiUrl: string };
  'eoi-assigned': { name: string; companyName: string; assetTitle: string; eoiUrl: string };
  /** A reply in the shared thread, to the other side. */
  'eoi-reply': { name: string; fromName: string; assetTitle: string; excerpt: string; eoiUrl: string };
  /** To the company: the office moved the EoI on (or declined it, with its message). */
  'eoi-status-changed': { name: string; assetTitle: string; status: string; note: string; eoiUrl: string };
  'eoi-overdue': { name: string; companyName: string; assetTitle: string; workingDays: number; eoiUrl: string };
  /**
   * An invention disclosure moved: submitted or answered (to the office), information requested,
   * accepted or declined (to its researchers). Only people who may see the disclosure receive it.
   */
  'disclosure-update': { name: string; title: string; event: string; note: string; disclosureUrl: string };
  /** To the researchers of the disclosure a listing was made from, and its inventors with an account. */
  'listing-published': { name: string; title: string; institutionName: string; listingUrl: string };
}
export type MailTemplate = keyof MailTemplates;

export interface OutgoingMail<T extends MailTemplate = MailTemplate> {
  to: string;
  template: T;
  data: MailTemplates[T];
}

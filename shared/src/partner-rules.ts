// An institute's record of a company (the office's partner CRM): the relationship in the office's own words, and
// the limits of what the office writes about it. The record is the office's alone: never shown to the company.

export const PartnerStatus = {
  PROSPECT: 'PROSPECT',
  IN_CONTACT: 'IN_CONTACT',
  PARTNER: 'PARTNER',
  FORMER_PARTNER: 'FORMER_PARTNER',
} as const;
export type PartnerStatus = (typeof PartnerStatus)[keyof typeof PartnerStatus];

export const PARTNER_STATUSES: readonly PartnerStatus[] = Object.values(PartnerStatus);

export const PARTNER_LIMITS = {
  /** The office's notes on a relationship. */
  notesMax: 10_000,
  /** Contacts the office keeps per relationship. */
  contactsMax: 50,
  contactNameMax: 160,
  contactRoleMax: 160,
  contactEmailMax: 200,
  contactPhoneMax: 40,
  contactNotesMax: 2_000,
  /** The latest EoIs and agreements a record shows of the company's history with the institute. */
  historyShown: 5,
  /** A company's "how to reach us" note for the institutes. */
  contactNoteMax: 1_000,
} as const;

/** A phone number as people write it: digits, spaces and + ( ) - . / only, with at least 5 digits. */
export function isPhoneNumber(value: string): boolean {
  return /^[+0-9 ()./-]+$/.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 5;
}

/** An e-mail address, loosely: something@domain.tld, no spaces. */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

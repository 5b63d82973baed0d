import type { MailTemplate, MailTemplates, OutgoingMail } from './mail-templates.js';

export interface RenderedMail {
  subject: string;
  text: string;
}

const SIGNATURE = 'TT Marketplace';

// Values come from users (names, organisations): newlines would let them fake lines of the message
// or, in the subject, headers.
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function count(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Paragraphs separated by blank lines; a link always stands on a line of its own. */
function body(...paragraphs: string[]): string {
  return `${[...paragraphs, SIGNATURE].join('\n\n')}\n`;
}

const renderers: { [T in MailTemplate]: (data: MailTemplates[T]) => RenderedMail } = {
  'verify-email': (d) => ({
    subject: 'Confirm your e-mail address for TT Marketplace',
    text: body(
      `Hello ${oneLine(d.name)},`,
      'Welcome to TT Marketplace. To confirm that this is your e-mail address and activate your account, open this link:',
      oneLine(d.verifyUrl),
      `The link works for ${count(d.expiresInHours, 'hour')}.`,
      "If this wasn't you, you can ignore this message: the address stays unconfirmed.",
    ),
  }),
  'password-reset': (d) => ({
    subject: 'Reset your TT Marketplace password',
    text: body(
      `Hello ${oneLine(d.name)},`,
      'We received a request to reset the password of your TT Marketplace account. To choose a new password, open this link:',
      oneLine(d.resetUrl),
      `The link works once, for ${count(d.expiresInMinutes, 'minute')}.`,
      "If this wasn't you, you can ignore this message: your password stays as it is.",
    ),
  }),
  'password-changed': (d) => ({
    subject: 'Your TT Marketplace password was changed',
    text: body(
      `Hello ${oneLine(d.name)},`,
      `The password of your TT Marketplace account was changed on ${oneLine(d.when)}. If this was you, there is nothing else to do.`,
      "If this wasn't you, reset your password straight away from the sign-in page, and tell your technology-transfer office or the network administrator.",
    ),
  }),
  invitation: (d) => ({
    subject: `${oneLine(d.inviterName)} invited you to TT Marketplace`,
    text: body(
      'Hello,',
      `${oneLine(d.inviterName)} invited you to join ${oneLine(d.organisationName)} on TT Marketplace, with the role: ${oneLine(d.roleLabel)}.`,
      'TT Marketplace is where research institutes offer their inventions, prototypes and platform services, and where companies find them and get in touch.',
      'To accept the invitation and set up your account, open this link:',
      oneLine(d.acceptUrl),
      `The invitation expires in ${count(d.expiresInDays, 'day')}.`,
      "If you weren't expecting this invitation, you can ignore this message: no account is created unless you accept.",
    ),
  }),
  'eoi-confirmation': (d) => ({
    subject: `Your interest in "${oneLine(d.assetTitle)}" was received`,
    text: body(
      `Hello ${oneLine(d.name)},`,
      `Thank you: the technology-transfer office of ${oneLine(d.institutionName)} received your expression of interest in "${oneLine(d.assetTitle)}". An officer will review it and reply to you in the marketplace.`,
      'You and your colleagues can follow it, and reply, here:',
      oneLine(d.eoiUrl),
    ),
  }),
  'eoi-received': (d) => ({
    subject: `New expression of interest from ${oneLine(d.companyName)}`,
    text: body(
      `Hello ${oneLine(d.name)},`,
      `${oneLine(d.companyName)} expressed interest (${oneLine(d.interestType)}) in "${oneLine(d.assetTitle)}", for which you are the contact officer.`,
      'Review it and reply on the triage desk:',
      oneLine(d.eoiUrl),
    ),
  }),
  'eoi-assigned': (d) => ({
    subject: `Assigned to you: ${oneLine(d.companyName)} on "${oneLine(d.assetTitle)}"`,
    text: body(
      `Hello ${oneLine(d.name)},`,
      `The expression of interest of ${oneLine(d.companyName)} in "${oneLine(d.assetTitle)}" is now assigned to you.`,
      oneLine(d.eoiUrl),
    ),
  }),
  'eoi-reply': (d) => ({
    subject: `New reply about "${oneLine(d.assetTitle)}"`,
    text: body(
      `Hello ${oneLine(d.name)},`,
      `${oneLine(d.fromName)} replied about "${oneLine(d.assetTitle)}":`,
      oneLine(d.excerpt),
      'Read the whole thread and answer here:',
      oneLine(d.eoiUrl),
    ),
  }),
  'eoi-status-changed': (d) => ({
    subject: `Your interest in "${oneLine(d.assetTitle)}": ${oneLine(d.status)}`,
    text: body(
      `Hello ${oneLine(d.name)},`,
      `The technology-transfer office updated your expression of interest in "${oneLine(d.assetTitle)}": ${oneLine(d.status)}.`,
      oneLine(d.note),
      oneLine(d.eoiUrl),
    ),
  }),
  'disclosure-update': (d) => ({
    subject: `Invention disclosure "${oneLine(d.title)}": ${oneLine(d.event)}`,
    text: body(
      `Hello ${oneLine(d.name)},`,
      `The invention disclosure "${oneLine(d.title)}" was ${oneLine(d.event)}.`,
      oneLine(d.note),
      oneLine(d.disclosureUrl),
    ),
  }),
  'listing-published': (d) => ({
    subject: `Your invention is now listed: "${oneLine(d.title)}"`,
    text: body(
      `Hello ${oneLine(d.name)},`,
      `The technology-transfer office of ${oneLine(d.institutionName)} published "${oneLine(d.title)}" in the TT Marketplace catalogue, where companies can find it and express their interest.`,
      'This is its public page:',
      oneLine(d.listingUrl),
      'You can follow the interest it draws under "My listings" when you sign in.',
    ),
  }),
  'eoi-overdue': (d) => ({
    subject: `Waiting for a reply: ${oneLine(d.companyName)} on "${oneLine(d.assetTitle)}"`,
    text: body(
      `Hello ${oneLine(d.name)},`,
      `The expression of interest of ${oneLine(d.companyName)} in "${oneLine(d.assetTitle)}" has had no reply for ${count(d.workingDays, 'working day')}.`,
      oneLine(d.eoiUrl),
    ),
  }),
};

/** The subject and plain-text body of one e-mail, in English. */
export function renderMail<T extends MailTemplate>(template: T, data: MailTemplates[T]): RenderedMail {
  return renderers[template](data);
}

// What each template's data must hold; the mapped type makes a forgotten field a compile error.
const fieldTypes: { [T in MailTemplate]: { [K in keyof MailTemplates[T]]-?: 'string' | 'number' } } = {
  'verify-email': { name: 'string', verifyUrl: 'string', expiresInHours: 'number' },
  'password-reset': { name: 'string', resetUrl: 'string', expiresInMinutes: 'number' },
  'password-changed': { name: 'string', when: 'string' },
  invitation: {
    inviterName: 'string',
    organisationName: 'string',
    roleLabel: 'string',
    acceptUrl: 'string',
    expiresInDays: 'number',
  },
  'eoi-confirmation': { name: 'string', assetTitle: 'string', institutionName: 'string', eoiUrl: 'string' },
  'eoi-received': {
    name: 'string',
    companyName: 'string',
    assetTitle: 'string',
    interestType: 'string',
    eoiUrl: 'string',
  },
  'eoi-assigned': { name: 'string', companyName: 'string', assetTitle: 'string', eoiUrl: 'string' },
  'eoi-reply': { name: 'string', fromName: 'string', assetTitle: 'string', excerpt: 'string', eoiUrl: 'string' },
  'eoi-status-changed': { name: 'string', assetTitle: 'string', status: 'string', note: 'string', eoiUrl: 'string' },
  'disclosure-update': { name: 'string', title: 'string', event: 'string', note: 'string', disclosureUrl: 'string' },
  'listing-published': { name: 'string', title: 'string', institutionName: 'string', listingUrl: 'string' },
  'eoi-overdue': {
    name: 'string',
    companyName: 'string',
    assetTitle: 'string',
    workingDays: 'number',
    eoiUrl: 'string',
  },
};

export function isMailTemplate(name: string): name is MailTemplate {
  return Object.hasOwn(fieldTypes, name);
}

/** Checks a template name and data read back from the outbox (or passed by untyped code). */
export function parseMail(template: string, data: unknown): Omit<OutgoingMail, 'to'> {
  if (!isMailTemplate(template)) throw new Error(`Unknown mail template "${template}"`);
  if (typeof data !== 'object' || data === null) throw new Error(`Mail "${template}" has no data`);
  const fields: Record<string, 'string' | 'number'> = fieldTypes[template];
  for (const [key, type] of Object.entries(fields)) {
    const value = (data as Record<string, unknown>)[key];
    const ok = type === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === 'string';
    if (!ok || (type === 'string' && (value as string).trim() === '')) {
      throw new Error(`Mail "${template}" needs ${type} "${key}"`);
    }
  }
  return { template, data: data as MailTemplates[typeof template] };
}

/** Renders a row of the outbox; throws when its template or data cannot make a complete message. */
export function renderStoredMail(template: string, data: unknown): RenderedMail {
  const mail = parseMail(template, data);
  return renderMail(mail.template, mail.data);
}

import { AgreementType } from '@tt/shared/agreement-rules';
import { UserRole } from '@tt/shared/company-enums';
import { EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import { isLanguage, type Language } from '@tt/shared/languages';
import { QuoteDeclineReason } from '@tt/shared/quote-rules';
import { ResponseKind } from '@tt/shared/technology-request-enums';
import { mailMessages } from './mail-messages.js';
import type {
  AlertMailFrequency,
  AlertMailReason,
  AlertMailRecommendation,
  AlertMailSearch,
  DisclosureMailEvent,
  MailTemplate,
  MailTemplates,
  OutgoingMail,
} from './mail-templates.js';

export interface RenderedMail {
  subject: string;
  text: string;
  /** Headers of its own, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  headers?: Readonly<Record<string, string>>;
}

type Say = ReturnType<typeof mailMessages>;

// Values come from users (names, organisations): newlines would let them fake lines of the message
// or, in the subject, headers.
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Paragraphs separated by blank lines; a link always stands on a line of its own; the signature last. */
function body(say: Say, ...paragraphs: (string | null)[]): string {
  return `${[...paragraphs.filter((paragraph) => paragraph !== null), say('signature')].join('\n\n')}\n`;
}

/** "Hello Giulia Rossi," / "Gentile Giulia Rossi,". */
const greeting = (say: Say, name: string) => say('greeting', { name: oneLine(name) });

/** Dates as the recipient's language writes them, in UTC (said so: recipients are in several time zones). */
function moment(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A listing's summary as one line of an alert: at most about two hundred characters. */
function summaryLine(value: string, max = 200): string {
  const line = oneLine(value);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

/** One saved search's part of an alert: its heading, its listings (each with its link), the rest and its links. */
function alertSearch(say: Say, search: AlertMailSearch, single: boolean): string[] {
  const count = search.items.length + search.more;
  const items = search.items.map((item) =>
    [
      say(item.isNew ? 'saved-search-alert.item.new' : 'saved-search-alert.item.updated', {
        title: oneLine(item.title),
        by: oneLine(item.by),
      }),
      summaryLine(item.summary),
      oneLine(item.url),
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    say('saved-search-alert.search', { name: oneLine(search.name), count, what: alertWhat([search]) }),
    ...items,
    `${search.more > 0 ? say('saved-search-alert.more', { count: search.more, what: alertWhat([search]) }) : say('saved-search-alert.all')}\n${oneLine(search.searchUrl)}`,
    // With one search, the e-mail's own "stop" line says it.
    ...(single ? [] : [`${say('saved-search-alert.stopOne')}\n${oneLine(search.unsubscribeUrl)}`]),
  ];
}

function alertRecommendations(say: Say, recommendations: AlertMailRecommendation[]): string[] {
  if (recommendations.length === 0) return [];
  return [
    say('saved-search-alert.recommended'),
    ...recommendations.map((recommendation) =>
      [
        oneLine(recommendation.title),
        recommendation.reasons
          .map((reason) =>
            say(`saved-search-alert.reason.${reason.kind}`, {
              value: oneLine(reason.value),
              range: oneLine(reason.range),
            }),
          )
          .join(' · '),
        oneLine(recommendation.url),
      ]
        .filter(Boolean)
        .join('\n'),
    ),
  ];
}

/** What an alert's searches find, as its messages name it: listings, technology requests, or both. */
function alertWhat(searches: Pick<AlertMailSearch, 'kind'>[]): 'listings' | 'requests' | 'mixed' {
  const requests = searches.filter((search) => search.kind === 'REQUESTS').length;
  return requests === 0 ? 'listings' : requests === searches.length ? 'requests' : 'mixed';
}

const ALERT_LEADS: Record<AlertMailFrequency, string> = {
  IMMEDIATE: 'saved-search-alert.lead.IMMEDIATE',
  DAILY: 'saved-search-alert.lead.DAILY',
  WEEKLY: 'saved-search-alert.lead.WEEKLY',
};

const DISCLOSURE_NOTES: Partial<Record<DisclosureMailEvent, string>> = {
  SUBMITTED: 'disclosure-update.note.SUBMITTED',
  RESUBMITTED: 'disclosure-update.note.RESUBMITTED',
  INFO_REQUESTED: 'disclosure-update.note.decision',
  ACCEPTED: 'disclosure-update.note.decision',
  DECLINED: 'disclosure-update.note.decision',
  SHARED: 'disclosure-update.note.SHARED',
};

/** A new EoI, to the office's contact officer or a platform's manager: the same mail but for the sentence saying why. */
function eoiReceived(
  d: MailTemplates['eoi-received'],
  say: Say,
  why: 'eoi-received.body' | 'eoi-received-platform.body',
  more: Record<string, string> = {},
): RenderedMail {
  const values = {
    company: oneLine(d.companyName),
    title: oneLine(d.assetTitle),
    interestType: say(`interestType.${d.interestType}`),
    ...more,
  };
  return {
    subject: say('eoi-received.subject', values),
    text: body(say, greeting(say, d.name), say(why, values), say('eoi-received.action'), oneLine(d.eoiUrl)),
  };
}

const renderers: {
  [T in MailTemplate]: (d: MailTemplates[T], say: Say, language: Language) => RenderedMail;
} = {
  'quote-sent': (d, say, language) => {
    const values = {
      title: oneLine(d.assetTitle),
      institution: oneLine(d.institutionName),
      version: d.version,
      total: euros(language, d.grossCents),
      validUntil: day(language, d.validUntil),
    };
    return {
      subject: say(d.version > 1 ? 'quote-sent.subject.revised' : 'quote-sent.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say(d.version > 1 ? 'quote-sent.body.revised' : 'quote-sent.body', values),
        say('quote-sent.action'),
        oneLine(d.eoiUrl),
      ),
    };
  },
  'quote-decided': (d, say) => {
    const values = { title: oneLine(d.assetTitle), company: oneLine(d.companyName), version: d.version };
    const declined = d.decision === 'DECLINED';
    return {
      subject: say(declined ? 'quote-decided.subject.declined' : 'quote-decided.subject.accepted', values),
      text: body(
        say,
        greeting(say, d.name),
        say(declined ? 'quote-decided.body.declined' : 'quote-decided.body.accepted', values),
        declined && d.reason ? say('quote-decided.reason', { reason: say(`quoteDeclineReason.${d.reason}`) }) : null,
        declined && oneLine(d.comment) ? oneLine(d.comment) : null,
        say(declined ? 'quote-decided.action.declined' : 'quote-decided.action.accepted'),
        oneLine(d.eoiUrl),
      ),
    };
  },
  'verify-email': (d, say) => ({
    subject: say('verify-email.subject'),
    text: body(
      say,
      greeting(say, d.name),
      say('verify-email.intro'),
      oneLine(d.verifyUrl),
      say('verify-email.validity', { hours: d.expiresInHours }),
      say('verify-email.ignore'),
    ),
  }),
  'password-reset': (d, say) => ({
    subject: say('password-reset.subject'),
    text: body(
      say,
      greeting(say, d.name),
      say('password-reset.intro'),
      oneLine(d.resetUrl),
      say('password-reset.validity', { minutes: d.expiresInMinutes }),
      say('password-reset.ignore'),
    ),
  }),
  'password-changed': (d, say, language) => ({
    subject: say('password-changed.subject'),
    text: body(
      say,
      greeting(say, d.name),
      say('password-changed.body', { when: moment(language, d.changedAt) }),
      say('password-changed.warning'),
    ),
  }),
  invitation: (d, say) => {
    const inviter = oneLine(d.inviterName) || say('invitation.inviter.unknown');
    const role = say(`role.${d.role}`);
    const organisation = oneLine(d.organisationName);
    return {
      subject: say('invitation.subject', { inviter }),
      text: body(
        say,
        say('greeting.unnamed'),
        organisation
          ? say('invitation.join', { inviter, organisation, role })
          : say('invitation.join.network', { inviter, role }),
        say('invitation.about'),
        say('invitation.accept'),
        oneLine(d.acceptUrl),
        say('invitation.expiry', { days: d.expiresInDays }),
        say('invitation.ignore'),
      ),
    };
  },
  'eoi-confirmation': (d, say) => {
    const values = { title: oneLine(d.assetTitle), institution: oneLine(d.institutionName) };
    return {
      subject: say('eoi-confirmation.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('eoi-confirmation.body', values),
        say('eoi-confirmation.follow'),
        oneLine(d.eoiUrl),
      ),
    };
  },
  'eoi-received': (d, say) => eoiReceived(d, say, 'eoi-received.body'),
  'eoi-received-platform': (d, say) =>
    eoiReceived(d, say, 'eoi-received-platform.body', { platform: oneLine(d.platformName) }),
  'eoi-assigned': (d, say) => {
    const values = { company: oneLine(d.companyName), title: oneLine(d.assetTitle) };
    return {
      subject: say('eoi-assigned.subject', values),
      text: body(say, greeting(say, d.name), say('eoi-assigned.body', values), oneLine(d.eoiUrl)),
    };
  },
  'eoi-reply': (d, say) => {
    const values = { from: oneLine(d.fromName), title: oneLine(d.assetTitle) };
    return {
      subject: say('eoi-reply.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('eoi-reply.body', values),
        oneLine(d.excerpt),
        say('eoi-reply.action'),
        oneLine(d.eoiUrl),
      ),
    };
  },
  'eoi-status-changed': (d, say) => {
    const values = { title: oneLine(d.assetTitle), status: say(`eoiStatus.${d.status}`) };
    return {
      subject: say('eoi-status-changed.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('eoi-status-changed.body', values),
        oneLine(d.note) || say('eoi-status-changed.note'),
        oneLine(d.eoiUrl),
      ),
    };
  },
  'disclosure-update': (d, say) => {
    const values = {
      title: oneLine(d.title) || say('disclosure-update.untitled'),
      by: oneLine(d.byName) || say('disclosure-update.colleague'),
    };
    const fallback = DISCLOSURE_NOTES[d.event];
    return {
      subject: say(`disclosure-update.subject.${d.event}`, values),
      text: body(
        say,
        greeting(say, d.name),
        say(`disclosure-update.lead.${d.event}`, values),
        oneLine(d.note) || (fallback ? say(fallback) : null),
        oneLine(d.disclosureUrl),
      ),
    };
  },
  'listing-published': (d, say) => {
    const values = { title: oneLine(d.title), institution: oneLine(d.institutionName) };
    return {
      subject: say('listing-published.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('listing-published.body', values),
        say('listing-published.page'),
        oneLine(d.listingUrl),
        say('listing-published.follow'),
      ),
    };
  },
  'saved-search-alert': (d, say) => {
    const single = d.searches.length === 1;
    const total = d.searches.reduce((sum, search) => sum + search.items.length + search.more, 0);
    const what = alertWhat(d.searches);
    const subject =
      d.frequency !== 'IMMEDIATE'
        ? say(`saved-search-alert.subject.${d.frequency}`, { count: total, what })
        : single
          ? say('saved-search-alert.subject.one', { name: oneLine(d.searches[0]!.name), count: total, what })
          : say('saved-search-alert.subject.several', { searches: d.searches.length, count: total, what });
    const unsubscribeUrl = oneLine(d.unsubscribeUrl);
    return {
      subject,
      text: body(
        say,
        greeting(say, d.name),
        say(ALERT_LEADS[d.frequency], { what }),
        ...d.searches.flatMap((search) => alertSearch(say, search, single)),
        ...alertRecommendations(say, d.recommendations),
        `${say('saved-search-alert.manage')}\n${oneLine(d.manageUrl)}`,
        `${say(single ? 'saved-search-alert.stopSearch' : 'saved-search-alert.stopAll')}\n${unsubscribeUrl}`,
      ),
      // Mail clients offer "unsubscribe" from these; one-click POSTs to the same address (RFC 8058).
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  },
  'listing-invitation': (d, say) => {
    const values = { title: oneLine(d.assetTitle), institution: oneLine(d.institutionName) };
    const sender = oneLine(d.senderName);
    const note = d.note.trim();
    return {
      subject: say('match.invitation.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        sender ? say('match.invitation.body', { ...values, sender }) : say('match.invitation.body.office', values),
        note ? say('match.invitation.note', { note: oneLine(note) }) : null,
        say('match.invitation.page'),
        oneLine(d.listingUrl),
        say('match.invitation.next'),
      ),
    };
  },
  'request-response': (d, say) => {
    const values = { title: oneLine(d.requestTitle), institution: oneLine(d.institutionName), count: d.listingCount };
    return {
      subject: say('requests.response.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say(`requests.response.body.${d.kind}`, values),
        say('requests.response.action'),
        oneLine(d.requestUrl),
      ),
    };
  },
  'request-expiry-reminder': (d, say, language) => {
    const values = { title: oneLine(d.requestTitle), deadline: day(language, d.deadline) };
    return {
      subject: say('requests.expiry.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('requests.expiry.body', values),
        say('requests.expiry.action'),
        oneLine(d.requestUrl),
      ),
    };
  },
  'agreement-expiry-reminder': (d, say, language) => {
    const values = {
      title: oneLine(d.agreementTitle),
      company: oneLine(d.companyName),
      type: say(`agreementType.${d.type}`),
      expiry: day(language, d.expiryDate),
    };
    return {
      subject: say('agreements.expiry.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('agreements.expiry.body', values),
        say('agreements.expiry.action'),
        oneLine(d.agreementUrl),
      ),
    };
  },
  'listing-expiry-reminder': (d, say, language) => {
    const values = { title: oneLine(d.listingTitle), expiry: day(language, d.expiresOn) };
    return {
      subject: say('listings.expiry.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('listings.expiry.body', values),
        say('listings.expiry.action'),
        oneLine(d.listingUrl),
      ),
    };
  },
  'listing-expired': (d, say, language) => {
    const values = { title: oneLine(d.listingTitle), expiry: day(language, d.expiresOn) };
    return {
      subject: say('listings.expired.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('listings.expired.body', values),
        say('listings.expired.action'),
        oneLine(d.listingUrl),
      ),
    };
  },
  'service-data-delivered': (d, say) => {
    const values = { title: oneLine(d.assetTitle) };
    return {
      subject: say('service-data-delivered.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('service-data-delivered.body', values),
        say('service-data-delivered.action'),
        oneLine(d.eoiUrl),
      ),
    };
  },
  'listing-available-again': (d, say) => {
    const values = { title: oneLine(d.assetTitle) };
    return {
      subject: say('listing-available-again.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('listing-available-again.body', values),
        say('listing-available-again.action'),
        oneLine(d.listingUrl),
      ),
    };
  },
  'eoi-overdue': (d, say) => {
    const values = { company: oneLine(d.companyName), title: oneLine(d.assetTitle) };
    return {
      subject: say('eoi-overdue.subject', values),
      text: body(
        say,
        greeting(say, d.name),
        say('eoi-overdue.body', { ...values, days: d.workingDays }),
        oneLine(d.eoiUrl),
      ),
    };
  },
};

/** A day (YYYY-MM-DD) as the recipient's language writes it: 14 March 2027, 14 marzo 2027. */
function day(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** An amount in euro cents as the recipient's language writes it: €1,234.50, 1.234,50 €. */
function euros(language: Language, cents: number): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : language, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    // As on an invoice: Italian groups four-digit amounts too (1.234,50 €).
    useGrouping: 'always',
  }).format(cents / 100);
}

/** The subject and plain-text body of one e-mail, in the given language. */
export function renderMail<T extends MailTemplate>(
  template: T,
  data: MailTemplates[T],
  language: Language,
): RenderedMail {
  return renderers[template](data, mailMessages(language), language);
}

/**
 * What each template's data must hold: a text (never empty), a text that may be empty, a number, an ISO date,
 * or one of a list of values. The mapped type makes a forgotten field a compile error.
 */
type FieldType =
  | 'text'
  | 'optional'
  | 'number'
  | 'date'
  | 'boolean'
  | readonly string[]
  | { readonly list: Readonly<Record<string, FieldType>> };

const DISCLOSURE_EVENTS: readonly DisclosureMailEvent[] = [
  'SUBMITTED',
  'RESUBMITTED',
  'INFO_REQUESTED',
  'ACCEPTED',
  'DECLINED',
  'OFFICE_MESSAGE',
  'RESEARCHER_MESSAGE',
  'SHARED',
];

const fieldTypes: { [T in MailTemplate]: { [K in keyof MailTemplates[T]]-?: FieldType } } = {
  'verify-email': { name: 'text', verifyUrl: 'text', expiresInHours: 'number' },
  'password-reset': { name: 'text', resetUrl: 'text', expiresInMinutes: 'number' },
  'password-changed': { name: 'text', changedAt: 'date' },
  invitation: {
    inviterName: 'optional',
    organisationName: 'optional',
    role: Object.values(UserRole),
    acceptUrl: 'text',
    expiresInDays: 'number',
  },
  'eoi-confirmation': { name: 'text', assetTitle: 'text', institutionName: 'text', eoiUrl: 'text' },
  'eoi-received': {
    name: 'text',
    companyName: 'text',
    assetTitle: 'text',
    interestType: Object.values(InterestType),
    eoiUrl: 'text',
  },
  'eoi-received-platform': {
    name: 'text',
    companyName: 'text',
    assetTitle: 'text',
    platformName: 'text',
    interestType: Object.values(InterestType),
    eoiUrl: 'text',
  },
  'eoi-assigned': { name: 'text', companyName: 'text', assetTitle: 'text', eoiUrl: 'text' },
  'eoi-reply': { name: 'text', fromName: 'text', assetTitle: 'text', excerpt: 'text', eoiUrl: 'text' },
  'eoi-status-changed': {
    name: 'text',
    assetTitle: 'text',
    status: Object.values(EoiStatus),
    note: 'optional',
    eoiUrl: 'text',
  },
  'disclosure-update': {
    name: 'text',
    title: 'optional',
    event: DISCLOSURE_EVENTS,
    note: 'optional',
    byName: 'optional',
    disclosureUrl: 'text',
  },
  'listing-published': { name: 'text', title: 'text', institutionName: 'text', listingUrl: 'text' },
  'eoi-overdue': { name: 'text', companyName: 'text', assetTitle: 'text', workingDays: 'number', eoiUrl: 'text' },
  'saved-search-alert': {
    name: 'text',
    frequency: ['IMMEDIATE', 'DAILY', 'WEEKLY'] satisfies AlertMailFrequency[],
    searches: {
      list: {
        name: 'text',
        kind: ['LISTINGS', 'REQUESTS'] satisfies AlertMailSearch['kind'][],
        items: { list: { title: 'text', by: 'text', summary: 'optional', url: 'text', isNew: 'boolean' } },
        more: 'number',
        searchUrl: 'text',
        unsubscribeUrl: 'text',
      },
    },
    recommendations: {
      list: {
        title: 'text',
        url: 'text',
        reasons: {
          list: {
            kind: [
              'REQUEST',
              'SECTOR',
              'TRL_RANGE',
              'INTEREST',
              'SIMILAR_TO_INTEREST',
            ] satisfies AlertMailReason['kind'][],
            value: 'text',
            range: 'optional',
          },
        },
      },
    },
    manageUrl: 'text',
    unsubscribeUrl: 'text',
  },
  'listing-invitation': {
    name: 'text',
    senderName: 'optional',
    institutionName: 'text',
    assetTitle: 'text',
    note: 'optional',
    listingUrl: 'text',
  },
  'request-response': {
    name: 'text',
    requestTitle: 'text',
    institutionName: 'text',
    kind: Object.values(ResponseKind),
    listingCount: 'number',
    requestUrl: 'text',
  },
  'request-expiry-reminder': { name: 'text', requestTitle: 'text', deadline: 'date', requestUrl: 'text' },
  'agreement-expiry-reminder': {
    name: 'text',
    agreementTitle: 'text',
    companyName: 'text',
    type: Object.values(AgreementType),
    expiryDate: 'date',
    agreementUrl: 'text',
  },
  'listing-expiry-reminder': { name: 'text', listingTitle: 'text', expiresOn: 'date', listingUrl: 'text' },
  'listing-expired': { name: 'text', listingTitle: 'text', expiresOn: 'date', listingUrl: 'text' },
  'listing-available-again': { name: 'text', assetTitle: 'text', listingUrl: 'text' },
  'quote-sent': {
    name: 'text',
    assetTitle: 'text',
    institutionName: 'text',
    version: 'number',
    grossCents: 'number',
    validUntil: 'date',
    eoiUrl: 'text',
  },
  'quote-decided': {
    name: 'text',
    companyName: 'text',
    assetTitle: 'text',
    version: 'number',
    decision: ['ACCEPTED', 'DECLINED'],
    reason: [...Object.values(QuoteDeclineReason), ''],
    comment: 'optional',
    eoiUrl: 'text',
  },
  'service-data-delivered': { name: 'text', assetTitle: 'text', eoiUrl: 'text' },
};

export function isMailTemplate(name: string): name is MailTemplate {
  return Object.hasOwn(fieldTypes, name);
}

function fits(type: FieldType, value: unknown): boolean {
  if (typeof type === 'object' && 'list' in type) {
    return (
      Array.isArray(value) &&
      value.every(
        (item) =>
          typeof item === 'object' &&
          item !== null &&
          Object.entries(type.list).every(([key, field]) => fits(field, (item as Record<string, unknown>)[key])),
      )
    );
  }
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'boolean') return typeof value === 'boolean';
  if (typeof value !== 'string') return false;
  if (type === 'optional') return true;
  if (type === 'date') return !Number.isNaN(Date.parse(value));
  if (type === 'text') return value.trim() !== '';
  return type.includes(value);
}

/** Checks a template name, its data and its language read back from the outbox (or passed by untyped code). */
export function parseMail(template: string, data: unknown, language: unknown): Omit<OutgoingMail, 'to'> {
  if (!isMailTemplate(template)) throw new Error(`Unknown mail template "${template}"`);
  if (!isLanguage(language)) throw new Error(`Mail "${template}" has no language the marketplace speaks`);
  if (typeof data !== 'object' || data === null) throw new Error(`Mail "${template}" has no data`);
  const fields: Record<string, FieldType> = fieldTypes[template];
  for (const [key, type] of Object.entries(fields)) {
    if (!fits(type, (data as Record<string, unknown>)[key])) {
      const what = Array.isArray(type) ? 'one of its values' : typeof type === 'object' ? 'a list of entries' : type;
      throw new Error(`Mail "${template}" needs ${what} "${key}"`);
    }
  }
  return { template, language, data: data as MailTemplates[typeof template] };
}

/** Renders a row of the outbox in its language; throws when its template or data cannot make a complete message. */
export function renderStoredMail(template: string, data: unknown, language: unknown): RenderedMail {
  const mail = parseMail(template, data, language);
  return renderMail(mail.template, mail.data, mail.language);
}

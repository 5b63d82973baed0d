import { AgreementType } from '@tt/shared/agreement-rules';
import { UserRole } from '@tt/shared/company-enums';
import { EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import { LANGUAGES, type Language } from '@tt/shared/languages';
import { describe, expect, it } from 'vitest';
import { catalogueProblems, parseCatalogue, readCatalogue } from './mail-messages.js';
import type { DisclosureMailEvent, MailTemplate, MailTemplates } from './mail-templates.js';
import { parseMail, renderMail, renderStoredMail } from './render-mail.js';

const samples: { [T in MailTemplate]: { data: MailTemplates[T]; link: string } } = {
  'verify-email': {
    data: { name: 'Giulia Rossi', verifyUrl: 'http://localhost:4000/verify?token=abc', expiresInHours: 24 },
    link: 'http://localhost:4000/verify?token=abc',
  },
  'password-reset': {
    data: { name: 'Giulia Rossi', resetUrl: 'http://localhost:4000/reset?token=def', expiresInMinutes: 30 },
    link: 'http://localhost:4000/reset?token=def',
  },
  'password-changed': { data: { name: 'Giulia Rossi', changedAt: '2026-11-23T11:40:00.000Z' }, link: '' },
  invitation: {
    data: {
      inviterName: 'Marco Bianchi',
      organisationName: 'IRST Meldola',
      role: 'RESEARCHER',
      acceptUrl: 'http://localhost:4000/invitation?token=ghi',
      expiresInDays: 7,
    },
    link: 'http://localhost:4000/invitation?token=ghi',
  },
  'eoi-confirmation': {
    data: {
      name: 'Chiara Lombardi',
      assetTitle: 'Urinary RNA test',
      institutionName: 'INT',
      eoiUrl: 'http://localhost:4000/interests/x1',
    },
    link: 'http://localhost:4000/interests/x1',
  },
  'eoi-received': {
    data: {
      name: 'Federica Colombo',
      companyName: 'OncoPharm S.p.A.',
      assetTitle: 'Urinary RNA test',
      interestType: 'LICENSE',
      eoiUrl: 'http://localhost:4000/triage/x1',
    },
    link: 'http://localhost:4000/triage/x1',
  },
  'eoi-received-platform': {
    data: {
      name: 'Elena Ricci',
      companyName: 'OncoPharm S.p.A.',
      assetTitle: 'Whole-exome sequencing',
      platformName: 'Genomic Facility',
      interestType: 'SERVICE_REQUEST',
      eoiUrl: 'http://localhost:4000/triage/x1',
    },
    link: 'http://localhost:4000/triage/x1',
  },
  'eoi-assigned': {
    data: {
      name: 'Federica Colombo',
      companyName: 'OncoPharm',
      assetTitle: 'Urinary RNA test',
      eoiUrl: 'http://localhost:4000/triage/x2',
    },
    link: 'http://localhost:4000/triage/x2',
  },
  'eoi-reply': {
    data: {
      name: 'Chiara Lombardi',
      fromName: 'Federica Colombo',
      assetTitle: 'Urinary RNA test',
      excerpt: 'We can share the validation data under NDA.',
      eoiUrl: 'http://localhost:4000/interests/x3',
    },
    link: 'http://localhost:4000/interests/x3',
  },
  'eoi-status-changed': {
    data: {
      name: 'Chiara Lombardi',
      assetTitle: 'Urinary RNA test',
      status: 'IN_DISCUSSION',
      note: 'We will send an NDA this week.',
      eoiUrl: 'http://localhost:4000/interests/x4',
    },
    link: 'http://localhost:4000/interests/x4',
  },
  'disclosure-update': {
    data: {
      name: 'Elena Bianchi',
      title: 'Liquid biopsy panel',
      event: 'INFO_REQUESTED',
      note: 'Which cohort were the samples from?',
      byName: '',
      disclosureUrl: 'http://localhost:4000/disclosures/x5',
    },
    link: 'http://localhost:4000/disclosures/x5',
  },
  'listing-published': {
    data: {
      name: 'Giulia Zanetti',
      title: 'Liquid biopsy panel',
      institutionName: 'IRST IRCCS',
      listingUrl: 'http://localhost:4000/assets/liquid-biopsy-panel',
    },
    link: 'http://localhost:4000/assets/liquid-biopsy-panel',
  },
  'saved-search-alert': {
    data: {
      name: 'Chiara Lombardi',
      frequency: 'IMMEDIATE',
      searches: [
        {
          name: 'Liquid biopsy',
          kind: 'LISTINGS',
          items: [
            {
              title: 'Urinary RNA test',
              by: 'IRST',
              summary: 'Methylation markers in plasma, validated on 400 patients.',
              url: 'http://localhost:4000/assets/urinary-rna-test',
              isNew: true,
            },
          ],
          more: 0,
          searchUrl: 'http://localhost:4000/?q=liquid+biopsy',
          unsubscribeUrl: 'http://localhost:4000/unsubscribe?token=5-12.a',
        },
      ],
      recommendations: [],
      manageUrl: 'http://localhost:4000/searches',
      unsubscribeUrl: 'http://localhost:4000/unsubscribe?token=5-12.a',
    },
    link: 'http://localhost:4000/assets/urinary-rna-test',
  },
  'eoi-overdue': {
    data: {
      name: 'Federica Colombo',
      companyName: 'OncoPharm',
      assetTitle: 'Urinary RNA test',
      workingDays: 5,
      eoiUrl: 'http://localhost:4000/triage/x5',
    },
    link: 'http://localhost:4000/triage/x5',
  },
  'listing-invitation': {
    data: {
      name: 'Chiara Lombardi',
      senderName: 'Federica Colombo',
      institutionName: 'IRST IRCCS',
      assetTitle: 'Liquid biopsy panel',
      note: 'It matches the CRC request you published last month.',
      listingUrl: 'http://localhost:4000/assets/liquid-biopsy-panel',
    },
    link: 'http://localhost:4000/assets/liquid-biopsy-panel',
  },
  'request-response': {
    data: {
      name: 'Chiara Lombardi',
      requestTitle: 'Liquid biopsy assay for CRC',
      institutionName: 'IRST IRCCS',
      kind: 'LISTINGS',
      listingCount: 2,
      requestUrl: 'http://localhost:4000/requests/liquid-biopsy-assay-for-crc',
    },
    link: 'http://localhost:4000/requests/liquid-biopsy-assay-for-crc',
  },
  'request-expiry-reminder': {
    data: {
      name: 'Chiara Lombardi',
      requestTitle: 'Liquid biopsy assay for CRC',
      deadline: '2027-03-14',
      requestUrl: 'http://localhost:4000/requests/liquid-biopsy-assay-for-crc',
    },
    link: 'http://localhost:4000/requests/liquid-biopsy-assay-for-crc',
  },
  'agreement-expiry-reminder': {
    data: {
      name: 'Giulia Rinaldi',
      agreementTitle: 'Exclusive licence, ctDNA panel',
      companyName: 'OncoPharm',
      type: 'LICENSE',
      expiryDate: '2027-03-14',
      agreementUrl: 'http://localhost:4000/office/agreements/QWdyZWVtZW50OjE',
    },
    link: 'http://localhost:4000/office/agreements/QWdyZWVtZW50OjE',
  },
  'listing-expiry-reminder': {
    data: {
      name: 'Giulia Rinaldi',
      listingTitle: 'Urinary RNA signature for bladder cancer recurrence',
      expiresOn: '2027-03-14',
      listingUrl: 'http://localhost:4000/office/listings/QXNzZXQ6MQ/edit',
    },
    link: 'http://localhost:4000/office/listings/QXNzZXQ6MQ/edit',
  },
  'listing-expired': {
    data: {
      name: 'Giulia Rinaldi',
      listingTitle: 'Urinary RNA signature for bladder cancer recurrence',
      expiresOn: '2027-03-14',
      listingUrl: 'http://localhost:4000/office/listings/QXNzZXQ6MQ/edit',
    },
    link: 'http://localhost:4000/office/listings/QXNzZXQ6MQ/edit',
  },
  'listing-available-again': {
    data: {
      name: 'Marco Bianchi',
      assetTitle: 'ctDNA panel for early relapse',
      listingUrl: 'http://localhost:4000/assets/ctdna-panel',
    },
    link: 'http://localhost:4000/assets/ctdna-panel',
  },
  'quote-sent': {
    data: {
      name: 'Giulia Rossi',
      assetTitle: 'Whole-exome sequencing',
      institutionName: 'IRST Meldola',
      version: 2,
      grossCents: 123_450,
      validUntil: '2027-03-14',
      eoiUrl: 'http://localhost:4000/interests/abc',
    },
    link: 'http://localhost:4000/interests/abc',
  },
  'quote-decided': {
    data: {
      name: 'Marco Bianchi',
      companyName: 'OncoPharm',
      assetTitle: 'Whole-exome sequencing',
      version: 1,
      decision: 'DECLINED',
      reason: 'PRICE',
      comment: 'Our budget is 40k.',
      eoiUrl: 'http://localhost:4000/triage/abc',
    },
    link: 'http://localhost:4000/triage/abc',
  },
  'service-data-delivered': {
    data: {
      name: 'Marco Bianchi',
      assetTitle: 'Genome-wide DNA methylation profiling',
      eoiUrl: 'http://localhost:4000/interests/RXhwcmVzc2lvbk9mSW50ZXJlc3Q6MQ',
    },
    link: 'http://localhost:4000/interests/RXhwcmVzc2lvbk9mSW50ZXJlc3Q6MQ',
  },
};

const render = <T extends MailTemplate>(template: T, data: MailTemplates[T], language: Language = 'en') =>
  renderMail(template, data, language);

/** Every e-mail the templates can make: each sample, and each value of each enumeration a template words. */
function everyMail(): { template: MailTemplate; data: object; link: string }[] {
  const mails: { template: MailTemplate; data: object; link: string }[] = Object.entries(samples).map(
    ([template, sample]) => ({ template: template as MailTemplate, ...sample }),
  );
  const variant = <T extends MailTemplate>(template: T, data: Partial<MailTemplates[T]>) =>
    mails.push({ template, data: { ...samples[template].data, ...data }, link: samples[template].link });
  for (const role of Object.values(UserRole)) variant('invitation', { role });
  variant('invitation', { organisationName: '', inviterName: '' });
  for (const interestType of Object.values(InterestType)) variant('eoi-received', { interestType });
  for (const type of Object.values(AgreementType)) variant('agreement-expiry-reminder', { type });
  variant('listing-invitation', { senderName: '', note: '' });
  for (const status of Object.values(EoiStatus)) variant('eoi-status-changed', { status, note: '' });
  const events: DisclosureMailEvent[] = [
    'SUBMITTED',
    'RESUBMITTED',
    'INFO_REQUESTED',
    'ACCEPTED',
    'DECLINED',
    'OFFICE_MESSAGE',
    'RESEARCHER_MESSAGE',
    'SHARED',
  ];
  for (const event of events) {
    variant('disclosure-update', { event, note: '', title: '', byName: 'Marco Bianchi' });
    variant('disclosure-update', { event, note: 'A few words.', byName: '' });
  }
  const [search] = samples['saved-search-alert'].data.searches;
  const twoSearches = [
    search!,
    {
      ...search!,
      name: 'Organoids',
      unsubscribeUrl: 'http://localhost:4000/unsubscribe?token=5-13.b',
      more: 3,
      items: [{ ...search!.items[0]!, isNew: false }],
    },
  ];
  const requestSearch = {
    ...search!,
    name: 'CRC diagnostics',
    kind: 'REQUESTS' as const,
    more: 2,
    items: [
      {
        title: 'Liquid biopsy assay for CRC',
        by: 'OncoPharm',
        summary: 'A validated ctDNA assay for colorectal cancer follow-up.',
        url: 'http://localhost:4000/requests/liquid-biopsy-assay-for-crc',
        isNew: true,
      },
    ],
    searchUrl: 'http://localhost:4000/requests?q=crc',
  };
  for (const frequency of ['IMMEDIATE', 'DAILY', 'WEEKLY'] as const) {
    variant('saved-search-alert', { frequency });
    variant('saved-search-alert', {
      frequency,
      recommendations: [
        {
          title: 'Organoid drug screening',
          url: 'http://localhost:4000/assets/organoid-drug-screening',
          reasons: [
            { kind: 'REQUEST', value: 'Liquid biopsy assay for CRC', range: '' },
            { kind: 'SECTOR', value: 'Companion diagnostics', range: '' },
            { kind: 'TRL_RANGE', value: '5', range: '4–7' },
            { kind: 'INTEREST', value: 'organoids', range: '' },
            { kind: 'SIMILAR_TO_INTEREST', value: 'Urinary RNA test', range: '' },
          ],
        },
      ],
    });
    variant('saved-search-alert', {
      frequency,
      searches: twoSearches,
      unsubscribeUrl: 'http://localhost:4000/unsubscribe?token=5-12-13.c',
    });
    // An office's searches of technology requests, alone and beside a catalogue search.
    mails.push({
      template: 'saved-search-alert',
      data: { ...samples['saved-search-alert'].data, frequency, searches: [requestSearch] },
      link: requestSearch.items[0]!.url,
    });
    variant('saved-search-alert', { frequency, searches: [search!, requestSearch] });
  }
  variant('request-response', { listingCount: 1 });
  variant('request-response', { kind: 'EXPERTISE', listingCount: 0 });
  return mails;
}

describe('the e-mails in every language', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every template, every value it words, a complete message with its link on a line of its own`, () => {
      for (const { template, data, link } of everyMail()) {
        const { subject, text } = renderStoredMail(template, data, language);
        const what = `${language} ${template} ${JSON.stringify(data)}`;
        expect(subject, what).not.toMatch(/\n/);
        for (const broken of [/undefined/, /null/, /NaN/, /\[object/, /\$\{/, /\{\w+\}/, /^[a-z-]+\.[\w.-]+$/m]) {
          expect(subject, what).not.toMatch(broken);
          expect(text, what).not.toMatch(broken);
        }
        const lines = text.trimEnd().split('\n');
        if (link) expect(lines, what).toContain(link); // on a line of its own, nothing glued to it
        expect(lines.at(-1), what).toBe('TT Marketplace');
        if (!/^(eoi|disclosure|listing|request|agreement)-/.test(template))
          expect(subject, what).toMatch(/TT Marketplace/);
      }
    });
  }

  it('greets and words in English', () => {
    for (const { template, data } of everyMail()) {
      const { text } = renderStoredMail(template, data, 'en');
      expect(text).toMatch(/^Hello/);
    }
    expect(render('password-reset', samples['password-reset'].data).text).toMatch(/30 minutes/);
    expect(render('verify-email', { ...samples['verify-email'].data, expiresInHours: 1 }).text).toMatch(/for 1 hour\./);
    const invitation = render('invitation', samples.invitation.data);
    expect(invitation.subject).toBe('Marco Bianchi invited you to TT Marketplace');
    expect(invitation.text).toMatch(/join IRST Meldola .* Researcher/);
    expect(invitation.text).toMatch(/expires in 7 days/);
    expect(invitation.text).toMatch(/If you weren’t expecting/);
    expect(render('password-changed', samples['password-changed'].data).text).toMatch(
      /changed on 23 November 2026 at 11:40 UTC/,
    );
    expect(render('eoi-received', samples['eoi-received'].data).text).toMatch(/expressed interest \(licence\)/);
    expect(render('eoi-received-platform', samples['eoi-received-platform'].data).text).toMatch(
      /expressed interest \(service request\) in "Whole-exome sequencing" on Genomic Facility, a platform you manage\./,
    );
    expect(render('eoi-status-changed', samples['eoi-status-changed'].data).subject).toBe(
      'Your interest in "Urinary RNA test": in discussion',
    );
  });

  it('greets and words in Italian, as a technology-transfer office writes', () => {
    for (const { template, data } of everyMail()) {
      const { text } = renderStoredMail(template, data, 'it');
      expect(text).toMatch(/^(Gentile|Buongiorno)/);
      // No English sentence left: the values given (names, titles, messages) aside, which stay as they were written.
      const words = Object.values(data).reduce<string>((rest, value) => rest.replaceAll(String(value), ''), text);
      expect(words, template).not.toMatch(/\b(Hello|the|you|your|Open|was|is|and)\b/);
    }
    const it = <T extends MailTemplate>(template: T, data: Partial<MailTemplates[T]> = {}) =>
      render(template, { ...samples[template].data, ...data }, 'it');
    expect(it('verify-email').text).toMatch(/^Gentile Giulia Rossi,\n/);
    expect(it('eoi-received-platform').text).toMatch(
      /per «Whole-exome sequencing», della piattaforma Genomic Facility, che Lei gestisce\./,
    );
    expect(it('verify-email', { expiresInHours: 1 }).text).toMatch(/valido per 1 ora\./);
    expect(it('password-reset').text).toMatch(/entro 30 minuti\./);
    expect(it('password-changed').text).toMatch(/modificata il 23 novembre 2026 alle ore 11:40 UTC/);
    const invitation = it('invitation');
    expect(invitation.subject).toBe('Marco Bianchi La invita su TT Marketplace');
    expect(invitation.text).toMatch(/unirsi a IRST Meldola su TT Marketplace con il ruolo: Ricercatore\./);
    expect(invitation.text).toMatch(/scade tra 7 giorni\./);
    expect(it('invitation', { organisationName: '', role: 'ADMIN' }).text).toMatch(
      /unirsi alla rete TT Marketplace con il ruolo: Amministratore della rete\./,
    );
    expect(it('eoi-received').text).toMatch(/manifestazione di interesse \(licenza\) per «Urinary RNA test»/);
    expect(it('eoi-status-changed').subject).toBe(
      'La Sua manifestazione di interesse per «Urinary RNA test»: in discussione',
    );
    expect(it('eoi-status-changed', { status: 'DECLINED', note: '' }).text).toMatch(
      /: non accolta\.\n\nApra la conversazione per conoscere i prossimi passi\./,
    );
    expect(it('eoi-overdue', { workingDays: 1 }).text).toMatch(/da 1 giorno lavorativo\./);
    expect(it('disclosure-update', { event: 'SHARED', note: '', byName: 'Marco Bianchi', title: '' }).subject).toBe(
      'Comunicazione di invenzione «Comunicazione senza titolo»: condivisa con Lei da Marco Bianchi',
    );
  });

  it('names what an alert finds: listings, technology requests, or both', () => {
    const sample = samples['saved-search-alert'].data;
    const listings = sample.searches[0]!;
    const requests = { ...listings, name: 'CRC', kind: 'REQUESTS' as const, more: 2 };
    const alert = (searches: (typeof sample)['searches'], language: Language, frequency = sample.frequency) =>
      render('saved-search-alert', { ...sample, frequency, searches }, language);
    expect(alert([requests], 'en').subject).toBe('TT Marketplace: 3 new or updated requests for "CRC"');
    expect(alert([requests], 'en').text).toMatch(/technology requests matching your saved searches/);
    expect(alert([requests], 'en').text).toMatch(/Saved search "CRC": 3 requests\n[\s\S]*2 more requests for this/);
    expect(alert([listings, requests], 'en', 'DAILY').subject).toBe(
      'Your daily TT Marketplace digest: 4 new or updated results',
    );
    expect(alert([listings, requests], 'en', 'DAILY').text).toMatch(/the listings and technology requests matching/);
    expect(alert([listings], 'en').subject).toBe('TT Marketplace: 1 new or updated listing for "Liquid biopsy"');
    expect(alert([requests], 'it').subject).toBe('TT Marketplace: 3 richieste nuove o aggiornate per «CRC»');
    expect(alert([requests], 'it').text).toMatch(/Ricerca salvata «CRC»: 3 richieste\n[\s\S]*Altre 2 richieste/);
    expect(alert([listings, requests], 'it', 'WEEKLY').subject).toBe(
      'Il Suo riepilogo settimanale di TT Marketplace: 4 risultati nuovi o aggiornati',
    );
  });

  it('keeps user-given values on one line, so they cannot fake lines or headers', () => {
    const { subject, text } = render('invitation', {
      ...samples.invitation.data,
      inviterName: 'Eve\r\nBcc: victim@example.org\n\nhttp://evil.example',
    });
    expect(subject).toBe('Eve Bcc: victim@example.org http://evil.example invited you to TT Marketplace');
    expect(text.split('\n')).not.toContain('http://evil.example');
  });

  it('leaves ICU syntax in values alone', () => {
    const { text } = render('eoi-reply', { ...samples['eoi-reply'].data, excerpt: 'Price {amount, plural, one {#}}' });
    expect(text).toContain('Price {amount, plural, one {#}}');
  });
});

describe('the catalogues', () => {
  it('hold the same messages in every language, each one valid ICU MessageFormat', () => {
    const catalogues = Object.fromEntries(LANGUAGES.map((language) => [language, readCatalogue(language)])) as Record<
      Language,
      ReturnType<typeof readCatalogue>
    >;
    expect(catalogueProblems(catalogues)).toEqual([]);
    expect(catalogues.en.size).toBeGreaterThan(50);
  });

  it('say what is missing or broken', () => {
    const en = parseCatalogue('msgid "a"\nmsgstr "A {x}"\n\nmsgid "b"\nmsgstr "B"\n');
    const it = parseCatalogue('msgid "a"\nmsgstr "A {x"\n\nmsgid "b"\nmsgstr ""\n');
    expect(catalogueProblems({ en, it })).toEqual([
      expect.stringMatching(/^it: "a" is not ICU MessageFormat/),
      'it: no message "b"',
    ]);
  });
});

describe('parseMail', () => {
  it('rejects an unknown template, language, and missing or mistyped data', () => {
    expect(() => parseMail('newsletter', {}, 'en')).toThrow(/Unknown mail template "newsletter"/);
    expect(() => parseMail('password-reset', null, 'en')).toThrow(/no data/);
    expect(() => parseMail('password-reset', samples['password-reset'].data, 'de')).toThrow(/language/);
    expect(() => parseMail('password-reset', { name: 'G', expiresInMinutes: 30 }, 'en')).toThrow(/text "resetUrl"/);
    expect(() =>
      parseMail('password-reset', { name: 'G', resetUrl: 'http://x', expiresInMinutes: '30' }, 'en'),
    ).toThrow(/number "expiresInMinutes"/);
    expect(() => parseMail('password-changed', { name: ' ', changedAt: '2026-11-23T11:40:00Z' }, 'it')).toThrow(
      /text "name"/,
    );
    expect(() => parseMail('password-changed', { name: 'G', changedAt: 'today' }, 'it')).toThrow(/date "changedAt"/);
    expect(() => parseMail('eoi-received', { ...samples['eoi-received'].data, interestType: 'license' }, 'it')).toThrow(
      /one of its values "interestType"/,
    );
  });

  it('accepts complete data, empty optional texts included', () => {
    const data = { ...samples['eoi-status-changed'].data, note: '' };
    expect(parseMail('eoi-status-changed', data, 'it')).toEqual({
      template: 'eoi-status-changed',
      language: 'it',
      data,
    });
  });
});

describe('the quotes e-mails', () => {
  it('write the total in the recipient’s language and say a revision is one', () => {
    const en = renderMail('quote-sent', samples['quote-sent'].data, 'en');
    expect(en.subject).toBe('TT Marketplace: Revised quote for "Whole-exome sequencing" (version 2)');
    expect(en.text).toContain('€1,234.50 including VAT, valid until 14 March 2027');
    const it = renderMail('quote-sent', { ...samples['quote-sent'].data, version: 1 }, 'it');
    expect(it.subject).toBe('TT Marketplace: Il Suo preventivo per «Whole-exome sequencing»');
    expect(it.text).toContain('1.234,50\u00a0€ IVA inclusa, valido fino al 14 marzo 2027');
  });

  it('give the office the reason and the comment of a decline, and nothing of them on acceptance', () => {
    const declined = renderMail('quote-decided', samples['quote-decided'].data, 'it');
    expect(declined.subject).toBe('TT Marketplace: OncoPharm ha rifiutato il preventivo per «Whole-exome sequencing»');
    expect(declined.text).toContain('Motivo: prezzo troppo alto.');
    expect(declined.text).toContain('Our budget is 40k.');
    const accepted = renderMail(
      'quote-decided',
      { ...samples['quote-decided'].data, decision: 'ACCEPTED', reason: '', comment: '' },
      'en',
    );
    expect(accepted.subject).toBe('TT Marketplace: OncoPharm accepted the quote for "Whole-exome sequencing"');
    expect(accepted.text).not.toContain('Reason');
  });
});

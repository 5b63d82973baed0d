import { describe, expect, it } from 'vitest';
import type { MailTemplate, OutgoingMail } from './mail-templates.js';
import { parseMail, renderMail, renderStoredMail } from './render-mail.js';

const samples: { [T in MailTemplate]: { mail: OutgoingMail<T>; link: string } } = {
  'verify-email': {
    mail: {
      to: 'a@b.example',
      template: 'verify-email',
      data: { name: 'Giulia Rossi', verifyUrl: 'http://localhost:4000/verify?token=abc', expiresInHours: 24 },
    },
    link: 'http://localhost:4000/verify?token=abc',
  },
  'password-reset': {
    mail: {
      to: 'a@b.example',
      template: 'password-reset',
      data: { name: 'Giulia Rossi', resetUrl: 'http://localhost:4000/reset?token=def', expiresInMinutes: 30 },
    },
    link: 'http://localhost:4000/reset?token=def',
  },
  'password-changed': {
    mail: {
      to: 'a@b.example',
      template: 'password-changed',
      data: { name: 'Giulia Rossi', when: '23 November 2026 at 11:40 UTC' },
    },
    link: '',
  },
  invitation: {
    mail: {
      to: 'a@b.example',
      template: 'invitation',
      data: {
        inviterName: 'Marco Bianchi',
        organisationName: 'IRST Meldola',
        roleLabel: 'Researcher',
        acceptUrl: 'http://localhost:4000/invitation?token=ghi',
        expiresInDays: 7,
      },
    },
    link: 'http://localhost:4000/invitation?token=ghi',
  },
  'eoi-confirmation': {
    mail: {
      to: 'a@b.example',
      template: 'eoi-confirmation',
      data: {
        name: 'Chiara Lombardi',
        assetTitle: 'Urinary RNA test',
        institutionName: 'INT',
        eoiUrl: 'http://localhost:4000/interests/x1',
      },
    },
    link: 'http://localhost:4000/interests/x1',
  },
  'eoi-received': {
    mail: {
      to: 'a@b.example',
      template: 'eoi-received',
      data: {
        name: 'Federica Colombo',
        companyName: 'OncoPharm S.p.A.',
        assetTitle: 'Urinary RNA test',
        interestType: 'license',
        eoiUrl: 'http://localhost:4000/triage/x1',
      },
    },
    link: 'http://localhost:4000/triage/x1',
  },
  'eoi-assigned': {
    mail: {
      to: 'a@b.example',
      template: 'eoi-assigned',
      data: {
        name: 'Federica Colombo',
        companyName: 'OncoPharm',
        assetTitle: 'Urinary RNA test',
        eoiUrl: 'http://localhost:4000/triage/x2',
      },
    },
    link: 'http://localhost:4000/triage/x2',
  },
  'eoi-reply': {
    mail: {
      to: 'a@b.example',
      template: 'eoi-reply',
      data: {
        name: 'Chiara Lombardi',
        fromName: 'Federica Colombo',
        assetTitle: 'Urinary RNA test',
        excerpt: 'We can share the validation data under NDA.',
        eoiUrl: 'http://localhost:4000/interests/x3',
      },
    },
    link: 'http://localhost:4000/interests/x3',
  },
  'eoi-status-changed': {
    mail: {
      to: 'a@b.example',
      template: 'eoi-status-changed',
      data: {
        name: 'Chiara Lombardi',
        assetTitle: 'Urinary RNA test',
        status: 'in discussion',
        note: 'We will send an NDA this week.',
        eoiUrl: 'http://localhost:4000/interests/x4',
      },
    },
    link: 'http://localhost:4000/interests/x4',
  },
  'disclosure-update': {
    mail: {
      to: 'a@b.example',
      template: 'disclosure-update',
      data: {
        name: 'Elena Bianchi',
        title: 'Liquid biopsy panel',
        event: 'returned with questions',
        note: 'Which cohort were the samples from?',
        disclosureUrl: 'http://localhost:4000/disclosures/x5',
      },
    },
    link: 'http://localhost:4000/disclosures/x5',
  },
  'listing-published': {
    mail: {
      to: 'a@b.example',
      template: 'listing-published',
      data: {
        name: 'Giulia Zanetti',
        title: 'Liquid biopsy panel',
        institutionName: 'IRST IRCCS',
        listingUrl: 'http://localhost:4000/assets/liquid-biopsy-panel',
      },
    },
    link: 'http://localhost:4000/assets/liquid-biopsy-panel',
  },
  'eoi-overdue': {
    mail: {
      to: 'a@b.example',
      template: 'eoi-overdue',
      data: {
        name: 'Federica Colombo',
        companyName: 'OncoPharm',
        assetTitle: 'Urinary RNA test',
        workingDays: 5,
        eoiUrl: 'http://localhost:4000/triage/x5',
      },
    },
    link: 'http://localhost:4000/triage/x5',
  },
};

describe('renderMail', () => {
  for (const [template, { mail, link }] of Object.entries(samples)) {
    it(`${template}: a complete, plain English message`, () => {
      const { subject, text } = renderStoredMail(mail.template, mail.data);
      const account = !/^(eoi|disclosure|listing)-/.test(template);
      if (account) expect(subject).toMatch(/TT Marketplace/);
      expect(subject).not.toMatch(/\n/);
      for (const broken of [/undefined/, /null/, /NaN/, /\[object/, /\$\{/]) {
        expect(subject).not.toMatch(broken);
        expect(text).not.toMatch(broken);
      }
      const lines = text.trimEnd().split('\n');
      if (link) expect(lines).toContain(link); // on a line of its own, nothing glued to it
      expect(text).toMatch(/^Hello/);
      if (account) expect(text).toMatch(/If (this|you) (wasn't|weren't)/);
      expect(lines.at(-1)).toBe('TT Marketplace');
    });
  }

  it('names what happened and when the link expires', () => {
    expect(renderMail('password-reset', samples['password-reset'].mail.data).text).toMatch(/30 minutes/);
    expect(renderMail('verify-email', { ...samples['verify-email'].mail.data, expiresInHours: 1 }).text).toMatch(
      /for 1 hour\./,
    );
    const invitation = renderMail('invitation', samples.invitation.mail.data);
    expect(invitation.subject).toBe('Marco Bianchi invited you to TT Marketplace');
    expect(invitation.text).toMatch(/join IRST Meldola .* Researcher/);
    expect(invitation.text).toMatch(/expires in 7 days/);
    expect(renderMail('password-changed', samples['password-changed'].mail.data).text).toMatch(
      /changed on 23 November 2026 at 11:40 UTC/,
    );
  });

  it('keeps user-given values on one line, so they cannot fake lines or headers', () => {
    const { subject, text } = renderMail('invitation', {
      ...samples.invitation.mail.data,
      inviterName: 'Eve\r\nBcc: victim@example.org\n\nhttp://evil.example',
    });
    expect(subject).toBe('Eve Bcc: victim@example.org http://evil.example invited you to TT Marketplace');
    expect(text.split('\n')).not.toContain('http://evil.example');
  });
});

describe('parseMail', () => {
  it('rejects an unknown template and missing or mistyped data', () => {
    expect(() => parseMail('newsletter', {})).toThrow(/Unknown mail template "newsletter"/);
    expect(() => parseMail('password-reset', null)).toThrow(/no data/);
    expect(() => parseMail('password-reset', { name: 'G', expiresInMinutes: 30 })).toThrow(/string "resetUrl"/);
    expect(() => parseMail('password-reset', { name: 'G', resetUrl: 'http://x', expiresInMinutes: '30' })).toThrow(
      /number "expiresInMinutes"/,
    );
    expect(() => parseMail('password-changed', { name: ' ', when: 'today' })).toThrow(/string "name"/);
  });

  it('accepts complete data', () => {
    expect(parseMail('password-changed', { name: 'G', when: 'today' })).toEqual({
      template: 'password-changed',
      data: { name: 'G', when: 'today' },
    });
  });
});

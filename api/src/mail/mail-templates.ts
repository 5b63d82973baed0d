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
}
export type MailTemplate = keyof MailTemplates;

export interface OutgoingMail<T extends MailTemplate = MailTemplate> {
  to: string;
  template: T;
  data: MailTemplates[T];
}

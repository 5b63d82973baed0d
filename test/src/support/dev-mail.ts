import { expect, inject } from 'vitest';

// The demo mailbox (api/src/http/dev-mail.ts): what the server "sent", read as JSON by the journeys.

export interface DevMail {
  to: string;
  template: string;
  language: string;
  subject: string;
  text: string;
  links: string[];
}

/** The newest e-mail to this address that `match` accepts, once it is there (polled for up to 15 s). */
export async function newestMail(to: string, match: (mail: DevMail) => boolean): Promise<DevMail> {
  let found: DevMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${inject('baseUrl')}/dev/mail.json?to=${encodeURIComponent(to)}`);
        const mails = (await response.json()) as DevMail[];
        found = mails.find(match);
        return found;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  return found as DevMail;
}

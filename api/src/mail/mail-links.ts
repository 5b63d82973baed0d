import type { Language } from '@tt/shared/languages';
import { languagePath } from '@tt/shared/web-routes';

/** Where an e-mail's links lead: the marketplace's public URL, and the language of the pages. */
export interface MailLinks {
  publicUrl: string;
  language: Language;
}

/**
 * A link in an e-mail: the configured public URL (never a request's Host), to the page in the recipient's
 * language (`/it/…` for Italian), so that the page they land on speaks as the e-mail did.
 */
export function mailLink(publicUrl: string, language: Language, path: string): string {
  return `${publicUrl}${languagePath(language, path)}`;
}

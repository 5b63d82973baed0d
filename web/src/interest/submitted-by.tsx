import { formatDate, t } from '../i18n/i18n';

/**
 * Who sent the EoI, and when, beside its badges in the EoI's header (the company's page and the
 * office's alike). Not with the badges: the public pages use those, and this message is the members'.
 */
export function SubmittedBy({ eoi }: { eoi: { submitterName: string; createdAt: string } }) {
  return (
    <span className="muted">{t('eoi.submittedBy', { name: eoi.submitterName, date: formatDate(eoi.createdAt) })}</span>
  );
}

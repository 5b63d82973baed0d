// A planned public disclosure that is near, in words for whoever reads it: the researcher is asked to tell the office
// (the shared rule's message), the office is told what it must do. When "near" starts is the shared rule's.
import { plannedDisclosureWarning } from '@tt/shared/disclosure-transitions';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';

export type WarningReader = 'RESEARCHER' | 'OFFICE';

/** The warning for a planned disclosure on `date` (YYYY-MM-DD), or null when it is not near. */
export function plannedDisclosureWarningText(date: string, reader: WarningReader, now?: Date): string | null {
  const warning = plannedDisclosureWarning(date, now);
  if (!warning) return null;
  if (reader === 'RESEARCHER') return errorMessage(warning);
  const days =
    warning.code === 'PLANNED_DISCLOSURE_TODAY'
      ? 0
      : warning.code === 'PLANNED_DISCLOSURE_TOMORROW'
        ? 1
        : Number(warning.params?.days);
  return t('disclosures.public.officeWarning', { days });
}

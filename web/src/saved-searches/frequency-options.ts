import type { AlertFrequency } from '../generated/graphql';
import { t } from '../i18n/i18n';

/** Every alert frequency, from none to the rarest digest. */
export const ALERT_FREQUENCIES: readonly AlertFrequency[] = ['OFF', 'IMMEDIATE', 'DAILY', 'WEEKLY'];

/** "Daily digest, at 7:00" and the others, as the selects offer them. */
export const frequencyLabel = (frequency: AlertFrequency): string => t(`alerts.frequency.${frequency}`);

export const frequencyOptions = (): { value: AlertFrequency; label: string }[] =>
  ALERT_FREQUENCIES.map((value) => ({ value, label: frequencyLabel(value) }));

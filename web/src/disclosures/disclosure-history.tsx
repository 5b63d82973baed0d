import type { DisclosureHistoryFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { disclosureStatusLabel } from '../i18n/labels';
import { Timeline } from '../ui/timeline';

/**
 * Every change of status of a disclosure, oldest first, with who made it and the reason given (a
 * request for information carries the office's questions).
 */
export function DisclosureHistory({ history }: { history: readonly DisclosureHistoryFieldsFragment[] }) {
  if (history.length === 0) return <p className="muted">{t('disclosures.history.empty')}</p>;
  return (
    <Timeline
      history={history}
      what={(entry) =>
        entry.from
          ? t('disclosures.history.moved', { status: disclosureStatusLabel(entry.to) })
          : t('disclosures.history.created')
      }
      by={(name) => t('disclosures.history.by', { name })}
      testId="disclosure-history"
    />
  );
}

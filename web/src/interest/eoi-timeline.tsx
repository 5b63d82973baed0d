import type { EoiDetailFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { eoiStatusLabel } from '../i18n/labels';
import { tWithNode } from '../i18n/t-with-node';
import { Timeline } from '../ui/timeline';

type Entry = EoiDetailFieldsFragment['history'][number];

/** Every change of status of an EoI, oldest first; the office's reasons where given. */
export function EoiTimeline({ history }: { history: readonly Entry[] }) {
  return (
    <Timeline
      history={history}
      what={(entry) =>
        entry.from ? t('eoi.history.moved', { status: eoiStatusLabel(entry.to) }) : t('eoi.history.submitted')
      }
      by={(name) => t('eoi.history.by', { name })}
      reasonLabel={(reason) => tWithNode('eoi.history.reason', 'reason', reason)}
      testId="eoi-history"
    />
  );
}

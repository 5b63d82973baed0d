import { mayReadEoiItem } from '@tt/shared/eoi-office-only';
import type { EoiDetailFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { MessageThread } from '../ui/message-thread';
import { LockIcon } from './eoi-icons';

type Message = EoiDetailFieldsFragment['messages'][number];
export type ThreadSide = 'OFFICE' | 'COMPANY';

/**
 * The messages of an EoI, oldest first, the office's internal notes set apart. A company's thread
 * never renders an internal note, even one it was somehow given.
 */
export function EoiThread({ messages, viewerSide }: { messages: readonly Message[]; viewerSide: ThreadSide }) {
  const shown = messages.filter((message) => mayReadEoiItem(viewerSide, message));
  return (
    <MessageThread
      messages={shown.map((message) => ({
        ...message,
        authorSide: message.authorSide === 'OFFICE' ? 'OFFICE' : 'COMPANY',
      }))}
      viewerSide={viewerSide}
      sideLabels={{ OFFICE: t('eoi.thread.office'), COMPANY: t('eoi.thread.company') }}
      empty={t('eoi.thread.empty')}
      internalLabel={
        <>
          <LockIcon />
          {t('eoi.thread.internal')}
        </>
      }
      testId="eoi-thread"
    />
  );
}

import type { DisclosureMessageFieldsFragment } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { MessageThread } from '../ui/message-thread';

export type DisclosureSide = 'RESEARCHER' | 'OFFICE';

/**
 * The thread between a disclosure's researchers and the office, oldest first. The office's requests
 * for information appear here too (the server adds them).
 */
export function DisclosureThread({
  messages,
  viewerSide,
}: {
  messages: readonly DisclosureMessageFieldsFragment[];
  /** Whose messages are "mine" (right-aligned): the researchers' page passes RESEARCHER, the office's OFFICE. */
  viewerSide: DisclosureSide;
}) {
  return (
    <MessageThread
      messages={messages.map((message) => ({
        ...message,
        authorSide: message.authorSide === 'OFFICE' ? 'OFFICE' : 'RESEARCHER',
      }))}
      viewerSide={viewerSide}
      sideLabels={{ OFFICE: t('disclosures.thread.office'), RESEARCHER: t('disclosures.thread.researchers') }}
      empty={t('disclosures.thread.empty')}
      testId="disclosure-thread"
    />
  );
}

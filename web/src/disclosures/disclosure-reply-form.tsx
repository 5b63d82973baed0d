import { useMutation } from '@apollo/client/react';
import { PostDisclosureMessageDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { MessageForm } from '../ui/message-form';

const MESSAGE_MAX = 5000;

/** Writes in a disclosure's thread (the researchers' answer to the office, or any message). */
export function DisclosureReplyForm({
  disclosureId,
  label = t('disclosures.reply.label'),
  placeholder,
}: {
  disclosureId: string;
  label?: string;
  placeholder?: string;
}) {
  const [post] = useMutation(PostDisclosureMessageDocument);
  return (
    <MessageForm
      send={async (body) => {
        const { data } = await post({ variables: { input: { id: disclosureId, body } } });
        return data?.postDisclosureMessage.errors ?? [];
      }}
      label={label}
      placeholder={placeholder}
      maxLength={MESSAGE_MAX}
      required={t('disclosures.reply.required')}
      submit={t('disclosures.reply.send')}
      done={t('disclosures.reply.sent')}
    />
  );
}

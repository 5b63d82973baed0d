import { useMutation } from '@apollo/client/react';
import { EOI_MESSAGE_MAX_LENGTH } from '@tt/shared/eoi-transitions';
import { PostExpressionOfInterestMessageDocument } from '../generated/members-graphql';
import { t } from '../i18n/i18n';
import { MessageForm } from '../ui/message-form';
import { LockIcon } from './eoi-icons';

/** Writes in an EoI's thread: a reply the other side sees, or (the office only, `allowInternal`) an internal note. */
export function ReplyForm({ eoiId, allowInternal = false }: { eoiId: string; allowInternal?: boolean }) {
  const [post] = useMutation(PostExpressionOfInterestMessageDocument);
  return (
    <MessageForm
      send={async (body, internal) => {
        const { data } = await post({ variables: { input: { id: eoiId, body, internal: allowInternal && internal } } });
        return data?.postExpressionOfInterestMessage.errors ?? [];
      }}
      label={t('eoi.reply.label')}
      hideLabel
      maxLength={EOI_MESSAGE_MAX_LENGTH}
      required={t('eoi.reply.required')}
      submit={t('eoi.reply.send')}
      done={t('eoi.reply.sent')}
      internalNote={
        allowInternal
          ? {
              legend: t('eoi.reply.kind'),
              sharedTab: t('eoi.reply.toCompany'),
              noteTab: (
                <>
                  <LockIcon />
                  {t('eoi.reply.internal')}
                </>
              ),
              noteLabel: t('eoi.reply.internal'),
              hint: t('eoi.reply.internalHint'),
              submit: t('eoi.reply.addNote'),
              done: t('eoi.reply.noted'),
            }
          : undefined
      }
    />
  );
}

import { useMutation } from '@apollo/client/react';
import { AGREEMENT_LIMITS } from '@tt/shared/agreement-rules';
import { ATTACHMENT_ACCEPT, ATTACHMENT_PROBLEM_ERRORS } from '@tt/shared/attachment-rules';
import { ATTACHMENT_MAX_BYTES } from '@tt/shared/limits';
import { type ChangeEvent, useId, useState } from 'react';
import { type AttachmentItem, AttachmentList, formatBytes } from '../disclosures/attachment-list';
import { agreementUploadUrl, checkAttachment, uploadAttachment } from '../disclosures/upload-attachment';
import { RemoveAgreementAttachmentDocument } from '../generated/members-graphql';
import { errorMessage, errorMessages } from '../i18n/error-message';
import { formatNumber, t } from '../i18n/i18n';
import { failureMessage, LiveRegion } from '../ui/form';
import { OfficeOnlyPanel } from './office-only';

/**
 * The agreement's documents (the signed copy, drafts, annexes), the office's alone: download, and for the office
 * upload and remove, with the disclosures' upload code and rules (checked before sending, then posted over HTTP).
 */
export function AgreementDocuments({
  agreementId,
  attachments,
  canEdit,
  onChanged,
}: {
  agreementId: string;
  attachments: readonly AttachmentItem[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const inputId = useId();
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [remove] = useMutation(RemoveAgreementAttachmentDocument);
  const room = AGREEMENT_LIMITS.attachmentsMax - attachments.length;

  async function send(files: readonly File[]) {
    // One after another: the server counts the files per agreement.
    for (const [index, file] of files.entries()) {
      if (index >= room) {
        setStatus({ text: errorMessage(ATTACHMENT_PROBLEM_ERRORS.TOO_MANY), ok: false });
        break;
      }
      const problem = await checkAttachment(file);
      if (problem) {
        setStatus({
          text: t('disclosures.attachments.refusedAnnounce', { name: file.name, message: problem.message }),
          ok: false,
        });
        continue;
      }
      setProgress({ name: file.name, fraction: 0 });
      const outcome = await uploadAttachment(agreementUploadUrl(agreementId), file, (fraction) =>
        setProgress({ name: file.name, fraction }),
      ).done;
      setProgress(null);
      if (outcome.ok) {
        setStatus({ text: t('disclosures.attachments.added', { name: outcome.attachment.fileName }), ok: true });
        onChanged();
      } else {
        setStatus({
          text: t('disclosures.attachments.refusedAnnounce', { name: file.name, message: outcome.message }),
          ok: false,
        });
      }
    }
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) void send(files);
  }

  async function removeAttachment(attachment: AttachmentItem) {
    setRemovingId(attachment.id);
    setStatus(null);
    try {
      const { data } = await remove({ variables: { input: { id: attachment.id } } });
      const errors = data?.removeAgreementAttachment.errors ?? [];
      setStatus(
        errors.length > 0
          ? { text: errorMessages(errors), ok: false }
          : { text: t('disclosures.attachments.removed', { name: attachment.fileName }), ok: true },
      );
    } catch (failure) {
      setStatus({ text: failureMessage(failure), ok: false });
    } finally {
      setRemovingId(null);
    }
  }

  return (
    <OfficeOnlyPanel headingId="documents-heading" title={t('agreement.documents')} testId="agreement-documents">
      {attachments.length === 0 ? (
        <p className="muted" data-testid="no-documents">
          {t('agreement.noDocuments')}
        </p>
      ) : (
        <AttachmentList
          attachments={attachments}
          onRemove={canEdit ? (attachment) => void removeAttachment(attachment) : undefined}
          removingId={removingId}
        />
      )}
      <LiveRegion>
        {progress && (
          <p className="muted" data-testid="upload-progress">
            {t('disclosures.attachments.progress', { name: progress.name })}{' '}
            {t('disclosures.attachments.percent', { percent: formatNumber(Math.round(progress.fraction * 100)) })}
          </p>
        )}
        {status && (
          <p
            className={`office-message office-message--${status.ok ? 'success' : 'warning'}`}
            data-testid="documents-message"
          >
            {status.text}
          </p>
        )}
      </LiveRegion>
      {canEdit && room > 0 && (
        <div className="agreement-upload">
          <label htmlFor={inputId} className="button button--secondary">
            {t('agreement.addDocuments')}
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept={ATTACHMENT_ACCEPT}
            className="visually-hidden"
            onChange={choose}
            disabled={progress !== null}
            data-testid="document-input"
          />
          <p className="form-field__hint">
            {t('disclosures.attachments.rules', {
              size: formatBytes(ATTACHMENT_MAX_BYTES),
              max: AGREEMENT_LIMITS.attachmentsMax,
            })}
          </p>
        </div>
      )}
    </OfficeOnlyPanel>
  );
}

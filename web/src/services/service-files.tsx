import { useMutation } from '@apollo/client/react';
import { ATTACHMENT_ACCEPT, ATTACHMENT_PROBLEM_ERRORS } from '@tt/shared/attachment-rules';
import { ATTACHMENT_MAX_BYTES } from '@tt/shared/limits';
import { SERVICE_FILES_MAX } from '@tt/shared/service-delivery-rules';
import { type ChangeEvent, useId, useState } from 'react';
import { type AttachmentItem, AttachmentList, formatBytes } from '../disclosures/attachment-list';
import { checkAttachment, uploadAttachment } from '../disclosures/upload-attachment';
import type { ServiceFilePurpose } from '../generated/graphql';
import { RemoveServiceFileDocument, type ServiceRequestFieldsFragment } from '../generated/members-graphql';
import { errorMessage, errorMessages } from '../i18n/error-message';
import { formatNumber, t } from '../i18n/i18n';
import { failureMessage, LiveRegion } from '../ui/form';
import { serviceFileUploadUrl } from './service-file-upload';

type ServiceFile = NonNullable<ServiceRequestFieldsFragment['serviceFiles']>[number];

/**
 * A service request's files of one purpose: downloads for both sides (the server checks who may), and for the
 * side that uploads them (`canUpload`) upload and remove, checked by the shared rules before anything is sent.
 */
export function ServiceFiles({
  eoiId,
  purpose,
  files,
  total,
  canUpload,
  onChanged,
  emptyText,
  uploadLabel,
  accept = ATTACHMENT_ACCEPT,
  rules,
  testId,
}: {
  eoiId: string;
  purpose: ServiceFilePurpose;
  files: readonly ServiceFile[];
  /** Files of the request, every purpose: the server's limit counts them all. */
  total: number;
  canUpload: boolean;
  onChanged: () => void;
  emptyText: string;
  uploadLabel: string;
  accept?: string;
  /** What may be uploaded, when narrower than the attachment rules (the ethics approval: a PDF). */
  rules?: string;
  testId: string;
}) {
  const inputId = useId();
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [remove] = useMutation(RemoveServiceFileDocument);
  const room = SERVICE_FILES_MAX - total;

  async function send(chosen: readonly File[]) {
    // One after another: the server counts the files per request.
    for (const [index, file] of chosen.entries()) {
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
      const outcome = await uploadAttachment(serviceFileUploadUrl(eoiId, purpose), file, (fraction) =>
        setProgress({ name: file.name, fraction }),
      ).done;
      setProgress(null);
      setStatus(
        outcome.ok
          ? { text: t('disclosures.attachments.added', { name: outcome.attachment.fileName }), ok: true }
          : {
              text: t('disclosures.attachments.refusedAnnounce', { name: file.name, message: outcome.message }),
              ok: false,
            },
      );
      if (outcome.ok) onChanged();
    }
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (chosen.length > 0) void send(chosen);
  }

  async function removeFile(file: AttachmentItem) {
    setRemovingId(file.id);
    setStatus(null);
    try {
      const { data } = await remove({ variables: { input: { id: file.id } } });
      const errors = data?.removeServiceFile.errors ?? [];
      setStatus(
        errors.length > 0
          ? { text: errorMessages(errors), ok: false }
          : { text: t('disclosures.attachments.removed', { name: file.fileName }), ok: true },
      );
    } catch (failure) {
      setStatus({ text: failureMessage(failure), ok: false });
    } finally {
      setRemovingId(null);
    }
  }

  return (
    <div className="service-files" data-testid={testId}>
      {files.length === 0 ? (
        <p className="muted" data-testid={`${testId}-empty`}>
          {emptyText}
        </p>
      ) : (
        <AttachmentList
          attachments={files}
          onRemove={canUpload ? (file) => void removeFile(file) : undefined}
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
            data-testid={`${testId}-message`}
          >
            {status.text}
          </p>
        )}
      </LiveRegion>
      {canUpload && room > 0 && (
        <div className="service-files__upload">
          <label htmlFor={inputId} className="button button--secondary">
            {uploadLabel}
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept={accept}
            className="visually-hidden"
            onChange={choose}
            disabled={progress !== null}
            data-testid={`${testId}-input`}
          />
          <p className="form-field__hint">
            {rules ??
              t('disclosures.attachments.rules', { size: formatBytes(ATTACHMENT_MAX_BYTES), max: SERVICE_FILES_MAX })}
          </p>
        </div>
      )}
    </div>
  );
}

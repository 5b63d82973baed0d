import { ATTACHMENT_KIND_LABELS, type AttachmentContentType } from '@tt/shared/attachment-rules';
import { formatDateTime, formatNumber, t } from '../i18n/i18n';
import './disclosures.css';

/** An attached file as the API describes it (Disclosure.attachments, or the upload's answer). */
export interface AttachmentItem {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  createdAt: string;
  downloadUrl: string;
  uploadedByName?: string | null;
}

/** "2.4 MB", "830 KB", "120 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return t('disclosures.attachments.mb', { size: formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10) });
  if (bytes >= 1024) return t('disclosures.attachments.kb', { size: formatNumber(Math.round(bytes / 1024)) });
  return t('disclosures.attachments.bytes', { count: bytes });
}

const kindOf = (contentType: string): string => ATTACHMENT_KIND_LABELS[contentType as AttachmentContentType] ?? '';

/**
 * The files attached to a disclosure, with download links (the server checks who may download);
 * with `onRemove`, a remove button on each.
 */
export function AttachmentList({
  attachments,
  onRemove,
  removingId,
}: {
  attachments: readonly AttachmentItem[];
  onRemove?: (attachment: AttachmentItem) => void;
  removingId?: string | null;
}) {
  return (
    <ul className="attachment-list" data-testid="attachment-list">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="attachment" data-testid="attachment">
          <span className="emblem attachment__icon" aria-hidden="true">
            {kindOf(attachment.contentType) || '?'}
          </span>
          <div className="attachment__main">
            <a className="attachment__name" href={attachment.downloadUrl} download={attachment.fileName}>
              {attachment.fileName}
            </a>
            <p className="attachment__meta">
              {formatBytes(attachment.byteSize)} ·{' '}
              <time dateTime={attachment.createdAt}>{formatDateTime(attachment.createdAt)}</time>
              {attachment.uploadedByName &&
                ` · ${t('disclosures.attachments.by', { name: attachment.uploadedByName })}`}
            </p>
          </div>
          {onRemove && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onRemove(attachment)}
              disabled={removingId === attachment.id}
              data-testid="remove-attachment"
            >
              {removingId === attachment.id
                ? t('disclosures.attachments.removing')
                : t('disclosures.attachments.remove')}
              <span className="visually-hidden"> {attachment.fileName}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

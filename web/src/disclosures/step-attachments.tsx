import { ATTACHMENT_ACCEPT, ATTACHMENT_PROBLEM_ERRORS } from '@tt/shared/attachment-rules';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_DISCLOSURE_MAX } from '@tt/shared/limits';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import { LiveRegion } from '../ui/form';
import { AlertIcon, CloseIcon } from '../ui/icons';
import { type AttachmentItem, AttachmentList, formatBytes } from './attachment-list';
import { checkAttachment, uploadAttachment, uploadUrl } from './upload-attachment';

interface Upload {
  key: string;
  file: File;
  /** 0–1 while sending */
  progress: number;
  state: 'checking' | 'sending' | 'refused';
  message?: string;
}

let uploadKey = 0;

/**
 * Drawings, draft manuscripts, data sheets: PDF, PNG, JPEG or Office files, checked here by the shared rules,
 * sent one by one with their progress; a refused file stays in the list with the reason.
 */
export function StepAttachments({
  disclosureId,
  attachments,
  canManage = true,
  onUploaded,
  onRemove,
  removingId,
  removeProblem,
}: {
  disclosureId: string;
  attachments: readonly AttachmentItem[];
  /** False: the files are listed, nothing can be added or removed (the disclosure is with the office). */
  canManage?: boolean;
  /** After a successful upload: fetch the list again. */
  onUploaded: (attachment: AttachmentItem) => void;
  onRemove: (attachment: AttachmentItem) => void;
  removingId: string | null;
  removeProblem: string | null;
}) {
  const inputId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState<{ text: string; ok: boolean } | null>(null);
  const aborts = useRef(new Map<string, () => void>());
  const sendingCount = uploads.filter((upload) => upload.state !== 'refused').length;
  const room = ATTACHMENTS_PER_DISCLOSURE_MAX - attachments.length - sendingCount;

  useEffect(() => {
    const pending = aborts.current;
    return () => {
      for (const abort of pending.values()) abort();
    };
  }, []);

  const patch = (key: string, change: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));
  const dismiss = (key: string) => setUploads((current) => current.filter((upload) => upload.key !== key));

  async function send(upload: Upload) {
    const problem = await checkAttachment(upload.file);
    if (problem) {
      patch(upload.key, { state: 'refused', message: problem.message });
      setAnnouncement({
        text: t('disclosures.attachments.refusedAnnounce', { name: upload.file.name, message: problem.message }),
        ok: false,
      });
      return;
    }
    patch(upload.key, { state: 'sending', progress: 0 });
    const { done, abort } = uploadAttachment(uploadUrl(disclosureId), upload.file, (progress) =>
      patch(upload.key, { progress }),
    );
    aborts.current.set(upload.key, abort);
    const outcome = await done;
    aborts.current.delete(upload.key);
    if (outcome.ok) {
      dismiss(upload.key);
      setAnnouncement({ text: t('disclosures.attachments.added', { name: outcome.attachment.fileName }), ok: true });
      onUploaded(outcome.attachment);
    } else if (outcome.code !== 'ABORTED') {
      patch(upload.key, { state: 'refused', message: outcome.message });
      setAnnouncement({
        text: t('disclosures.attachments.refusedAnnounce', { name: upload.file.name, message: outcome.message }),
        ok: false,
      });
    }
  }

  function add(files: FileList | File[] | null) {
    if (!files) return;
    const list = Array.from(files);
    const added: Upload[] = list.map((file, index) => ({
      key: `upload-${++uploadKey}`,
      file,
      progress: 0,
      // Beyond the room left, refused here with the server's words rather than sent.
      state: index < room ? 'checking' : 'refused',
      message: index < room ? undefined : errorMessage(ATTACHMENT_PROBLEM_ERRORS.TOO_MANY),
    }));
    setUploads((current) => [...current.filter((upload) => upload.state !== 'refused'), ...added]);
    // One after another: the server counts the files per disclosure.
    void added
      .filter((upload) => upload.state === 'checking')
      .reduce((chain, upload) => chain.then(() => send(upload)), Promise.resolve());
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  return (
    <div className="wizard-step__fields">
      {canManage && (
        <>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a shortcut; the file input is the accessible way */}
          <div
            className={`dropzone${dragging ? ' is-dragging' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="dropzone"
          >
            <p className="dropzone__title">{t('disclosures.attachments.drop')}</p>
            <label htmlFor={inputId} className="button button--secondary dropzone__button">
              {t('disclosures.attachments.choose')}
            </label>
            <input
              id={inputId}
              type="file"
              multiple
              accept={ATTACHMENT_ACCEPT}
              className="visually-hidden dropzone__input"
              onChange={(event) => {
                add(event.target.files);
                event.target.value = '';
              }}
              aria-describedby={`${inputId}-hint`}
              data-testid="file-input"
            />
            <p className="dropzone__hint" id={`${inputId}-hint`}>
              {t('disclosures.attachments.rules', {
                size: formatBytes(ATTACHMENT_MAX_BYTES),
                max: ATTACHMENTS_PER_DISCLOSURE_MAX,
              })}
            </p>
          </div>

          <LiveRegion>
            {announcement && (
              <p className={`upload-announcement${announcement.ok ? '' : ' upload-announcement--refused'}`}>
                {announcement.text}
              </p>
            )}
          </LiveRegion>

          {uploads.length > 0 && (
            <ul className="upload-list" aria-label={t('disclosures.attachments.uploads')}>
              {uploads.map((upload) => (
                <li
                  key={upload.key}
                  className={`upload upload--${upload.state}`}
                  data-testid="upload"
                  data-state={upload.state}
                >
                  <div className="upload__head">
                    <span className="upload__name">{upload.file.name}</span>
                    <span className="upload__size">{formatBytes(upload.file.size)}</span>
                    {upload.state === 'refused' && (
                      <button
                        type="button"
                        className="upload__dismiss"
                        onClick={() => dismiss(upload.key)}
                        aria-label={t('disclosures.attachments.dismiss', { name: upload.file.name })}
                      >
                        <CloseIcon />
                      </button>
                    )}
                  </div>
                  {upload.state === 'refused' ? (
                    <p className="form-field__error upload__message" data-testid="upload-error">
                      {upload.message}
                    </p>
                  ) : (
                    <div className="upload__progress">
                      <progress
                        max={1}
                        value={upload.state === 'sending' ? upload.progress : undefined}
                        aria-label={t('disclosures.attachments.progress', { name: upload.file.name })}
                      />
                      <span className="upload__percent">
                        {upload.state === 'checking'
                          ? t('disclosures.attachments.checking')
                          : t('disclosures.attachments.percent', { percent: Math.round(upload.progress * 100) })}
                      </span>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <section className="wizard-subsection" aria-labelledby="attached-heading">
        <h2 id="attached-heading" className="wizard-subsection__title">
          {t('disclosures.attachments.attached', { count: attachments.length, max: ATTACHMENTS_PER_DISCLOSURE_MAX })}
        </h2>
        {removeProblem && (
          <p className="form-field__error" role="alert">
            <AlertIcon />
            {removeProblem}
          </p>
        )}
        {attachments.length === 0 ? (
          <p className="wizard-empty" data-testid="no-attachments">
            {t('disclosures.attachments.empty')}
          </p>
        ) : (
          <AttachmentList
            attachments={attachments}
            onRemove={canManage ? onRemove : undefined}
            removingId={removingId}
          />
        )}
      </section>
    </div>
  );
}

// Attaching a file to a disclosure (or to an agreement, agreements/agreement-documents.tsx): checked here by the
// shared rules (name, size, type from the first bytes) before anything is sent, then sent over plain HTTP with
// upload progress.
import { ATTACHMENT_PROBLEM_ERRORS, ATTACHMENT_SNIFF_BYTES, attachmentProblem } from '@tt/shared/attachment-rules';
import { type CodedError, errorMessage } from '../i18n/error-message';
import { t } from '../i18n/i18n';
import type { AttachmentItem } from './attachment-list';

export type UploadOutcome = { ok: true; attachment: AttachmentItem } | { ok: false; code: string; message: string };

/** The file's problem by the shared rules (the server's own words), or null when it may be sent. */
export async function checkAttachment(file: File): Promise<{ code: string; message: string } | null> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await readHead(file));
  } catch {
    return { code: 'UNREADABLE', message: t('disclosures.attachments.unreadable') };
  }
  const problem = attachmentProblem({ name: file.name, size: file.size, head });
  return problem ? { code: problem, message: errorMessage(ATTACHMENT_PROBLEM_ERRORS[problem]) } : null;
}

function readHead(file: File): Promise<ArrayBuffer> {
  const slice = file.slice(0, ATTACHMENT_SNIFF_BYTES);
  if (typeof slice.arrayBuffer === 'function') return slice.arrayBuffer();
  // Older engines (and jsdom): FileReader.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(slice);
  });
}

/** Where a disclosure's files are posted (the body is the file itself). */
export const uploadUrl = (disclosureId: string) =>
  `/uploads/disclosures/${encodeURIComponent(disclosureId)}/attachments`;

/** Where an agreement's documents are posted (its office's alone). */
export const agreementUploadUrl = (agreementId: string) =>
  `/uploads/agreements/${encodeURIComponent(agreementId)}/attachments`;

/**
 * Sends one file to `url` (uploadUrl, agreementUploadUrl); `onProgress` gets the fraction sent (0–1). XMLHttpRequest rather than fetch:
 * fetch reports no upload progress. Resolves with the attachment or the server's refusal; never rejects.
 */
export function uploadAttachment(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): { done: Promise<UploadOutcome>; abort: () => void } {
  // Same origin: the session cookie goes along without withCredentials.
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    xhr.open('POST', url);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('X-Requested-With', 'tt-web');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      const answer = body as { attachment?: AttachmentItem; error?: CodedError } | null;
      if (xhr.status === 201 && answer?.attachment) {
        onProgress(1);
        resolve({ ok: true, attachment: answer.attachment });
        return;
      }
      const refusal = typeof answer?.error?.code === 'string' ? answer.error : null;
      resolve({
        ok: false,
        code: refusal?.code ?? `HTTP_${xhr.status}`,
        message: refusal
          ? errorMessage(refusal)
          : xhr.status === 401
            ? t('form.signedOut')
            : t('disclosures.attachments.failed'),
      });
    };
    xhr.onerror = () => resolve({ ok: false, code: 'NETWORK', message: t('form.network') });
    xhr.onabort = () => resolve({ ok: false, code: 'ABORTED', message: t('disclosures.attachments.aborted') });
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

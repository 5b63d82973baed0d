// What may be attached to an invention disclosure, decided once: the API enforces it, the web app
// checks a chosen file the same way before uploading it and shows the same messages.
import type { CodedError } from './error-messages.js';
import { ATTACHMENT_FILE_NAME_MAX, ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_DISCLOSURE_MAX } from './limits.js';

export const AttachmentContentType = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
} as const;
export type AttachmentContentType = (typeof AttachmentContentType)[keyof typeof AttachmentContentType];

/** For a file input's `accept`: a hint to the picker only; the content decides. */
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** How many leading bytes the type is decided from. */
export const ATTACHMENT_SNIFF_BYTES = 8;

const SIGNATURES: readonly { type: AttachmentContentType; bytes: readonly number[] }[] = [
  { type: AttachmentContentType.PDF, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: AttachmentContentType.PNG, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: AttachmentContentType.JPEG, bytes: [0xff, 0xd8, 0xff] },
];

/**
 * The type of a file from its first bytes (at least ATTACHMENT_SNIFF_BYTES of them, or the whole
 * file when shorter); null when it is none of the accepted types. Never from the name or what the
 * browser claims: a renamed file is what its content is.
 */
export function sniffAttachmentType(head: Uint8Array): AttachmentContentType | null {
  for (const signature of SIGNATURES) {
    if (head.length >= signature.bytes.length && signature.bytes.every((byte, index) => head[index] === byte)) {
      return signature.type;
    }
  }
  return null;
}

/**
 * The name to store and offer on download: the last path segment only (browsers and some tools send
 * `C:\fakepath\x.pdf` or `dir/x.pdf`), without control characters, trimmed. May be empty.
 */
export function normalizeAttachmentFileName(raw: string): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  return lastSegment
    .normalize('NFC')
    .replace(/\p{Cc}|\p{Cf}/gu, '')
    .trim();
}

export type AttachmentProblem =
  | 'UNSUPPORTED_TYPE'
  | 'TOO_LARGE'
  | 'TOO_MANY'
  | 'EMPTY'
  | 'NAME_MISSING'
  | 'NAME_TOO_LONG';

const MEGABYTES = ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** Each problem as the error the API reports and the web shows (error-messages.ts words it). */
export const ATTACHMENT_PROBLEM_ERRORS: Record<AttachmentProblem, CodedError> = {
  UNSUPPORTED_TYPE: { code: 'ATTACHMENT_TYPE_UNSUPPORTED' },
  TOO_LARGE: { code: 'ATTACHMENT_TOO_LARGE', params: { max: MEGABYTES } },
  TOO_MANY: { code: 'ATTACHMENTS_TOO_MANY', params: { max: ATTACHMENTS_PER_DISCLOSURE_MAX } },
  EMPTY: { code: 'ATTACHMENT_EMPTY' },
  NAME_MISSING: { code: 'ATTACHMENT_NAME_MISSING' },
  NAME_TOO_LONG: { code: 'ATTACHMENT_NAME_TOO_LONG', params: { max: ATTACHMENT_FILE_NAME_MAX } },
};

/** What is wrong with a file before it is sent, from its name, size and first bytes; null when fine. */
export function attachmentProblem(file: { name: string; size: number; head: Uint8Array }): AttachmentProblem | null {
  const name = normalizeAttachmentFileName(file.name);
  if (name === '') return 'NAME_MISSING';
  if (name.length > ATTACHMENT_FILE_NAME_MAX) return 'NAME_TOO_LONG';
  if (file.size === 0) return 'EMPTY';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'TOO_LARGE';
  if (!sniffAttachmentType(file.head)) return 'UNSUPPORTED_TYPE';
  return null;
}

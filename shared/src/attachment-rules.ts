// What may be attached to an invention disclosure or an agreement, decided once: the API enforces it, the web app
// checks a chosen file the same way before uploading it and shows the same messages.
import type { CodedError } from './error-messages.js';
import { ATTACHMENT_FILE_NAME_MAX, ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_DISCLOSURE_MAX } from './limits.js';

export const AttachmentContentType = {
  PDF: 'application/pdf',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  PPTX: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;
export type AttachmentContentType = (typeof AttachmentContentType)[keyof typeof AttachmentContentType];

/** Each type's short name, as file lists show it beside a file (at most four letters). */
export const ATTACHMENT_KIND_LABELS: Record<AttachmentContentType, string> = {
  [AttachmentContentType.PDF]: 'PDF',
  [AttachmentContentType.PNG]: 'PNG',
  [AttachmentContentType.JPEG]: 'JPEG',
  [AttachmentContentType.DOCX]: 'DOCX',
  [AttachmentContentType.XLSX]: 'XLSX',
  [AttachmentContentType.PPTX]: 'PPTX',
};

/** For a file input's `accept`: a hint to the picker only; the content decides. */
export const ATTACHMENT_ACCEPT = [
  '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx',
  ...Object.values(AttachmentContentType),
].join(',');

/**
 * How many leading bytes decide the type: PDF and images from their first few, an Office file (a ZIP container)
 * from the names of its first entries, which its writers put at the start ([Content_Types].xml, then word/, xl/
 * or ppt/ parts).
 */
export const ATTACHMENT_SNIFF_BYTES = 64 * 1024;

const SIGNATURES: readonly { type: AttachmentContentType; bytes: readonly number[] }[] = [
  { type: AttachmentContentType.PDF, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: AttachmentContentType.PNG, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: AttachmentContentType.JPEG, bytes: [0xff, 0xd8, 0xff] },
];

/** The longest signature: enough bytes to know any type but a ZIP container's. */
const SIGNATURE_BYTES = Math.max(...SIGNATURES.map((signature) => signature.bytes.length));

/** A ZIP local file header's signature, PK\3\4: how an Office Open XML file starts. */
const ZIP_ENTRY = [0x50, 0x4b, 0x03, 0x04] as const;
/** The part every Office Open XML package has, and the folder that says which application's it is. */
const OOXML_TYPES_PART = '[Content_Types].xml';
const OOXML_FOLDERS: readonly [string, AttachmentContentType][] = [
  ['word/', AttachmentContentType.DOCX],
  ['xl/', AttachmentContentType.XLSX],
  ['ppt/', AttachmentContentType.PPTX],
];

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return head.length >= at + bytes.length && bytes.every((byte, index) => head[at + index] === byte);
}

/**
 * The names of the ZIP entries whose local headers lie within `head`. Found by their signature rather than by
 * skipping each entry's data, which writers that stream (LibreOffice, most libraries) leave unsized in the header;
 * a stray signature inside compressed data only adds a name that matches nothing.
 */
function zipEntryNames(head: Uint8Array): string[] {
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let at = 0; at + 30 <= head.length; at += 1) {
    if (!startsWith(head, ZIP_ENTRY, at)) continue;
    const nameLength = head[at + 26]! | (head[at + 27]! << 8);
    if (at + 30 + nameLength > head.length) break;
    names.push(decoder.decode(head.subarray(at + 30, at + 30 + nameLength)));
    at += 29 + nameLength;
  }
  return names;
}

/** An Office Open XML document (Word, Excel, PowerPoint) from its first entries; null for any other ZIP. */
function sniffOfficeType(head: Uint8Array): AttachmentContentType | null {
  const names = zipEntryNames(head);
  if (!names.includes(OOXML_TYPES_PART)) return null;
  for (const [folder, type] of OOXML_FOLDERS) {
    if (names.some((name) => name.startsWith(folder))) return type;
  }
  return null;
}

/**
 * Whether `head`, shorter than ATTACHMENT_SNIFF_BYTES, already decides the type: every type but a ZIP container
 * is known from its first bytes, so an upload is refused (or accepted) without waiting for more.
 */
export function isAttachmentTypeDecided(head: Uint8Array): boolean {
  return head.length >= ATTACHMENT_SNIFF_BYTES || (head.length >= SIGNATURE_BYTES && !startsWith(head, ZIP_ENTRY));
}

/**
 * The type of a file from its first bytes (ATTACHMENT_SNIFF_BYTES of them, or the whole file when shorter); null
 * when it is none of the accepted types. Never from the name or what the browser claims: a renamed file is what
 * its content is, and a ZIP is accepted only as a Word, Excel or PowerPoint file.
 */
export function sniffAttachmentType(head: Uint8Array): AttachmentContentType | null {
  for (const signature of SIGNATURES) {
    if (startsWith(head, signature.bytes)) return signature.type;
  }
  return startsWith(head, ZIP_ENTRY) ? sniffOfficeType(head) : null;
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

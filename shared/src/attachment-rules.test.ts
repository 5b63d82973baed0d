import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_SNIFF_BYTES,
  attachmentProblem,
  isAttachmentTypeDecided,
  normalizeAttachmentFileName,
  sniffAttachmentType,
} from './attachment-rules.js';
import { ATTACHMENT_MAX_BYTES } from './limits.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const PDF = new TextEncoder().encode('%PDF-1.7\n');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);

describe('sniffAttachmentType', () => {
  it('knows PDF, PNG and JPEG from their first bytes', () => {
    expect(sniffAttachmentType(PDF)).toBe('application/pdf');
    expect(sniffAttachmentType(PNG)).toBe('image/png');
    expect(sniffAttachmentType(JPEG)).toBe('image/jpeg');
  });

  it('refuses anything else, truncated signatures and empty files', () => {
    expect(sniffAttachmentType(new TextEncoder().encode('hello, this is text'))).toBeNull();
    expect(sniffAttachmentType(new TextEncoder().encode('%PDF'))).toBeNull();
    expect(sniffAttachmentType(PNG.slice(0, 7))).toBeNull();
    expect(sniffAttachmentType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffAttachmentType(bytes())).toBeNull();
    // A signature later in the file does not count.
    expect(sniffAttachmentType(new TextEncoder().encode(' %PDF-1.7'))).toBeNull();
  });
});

/** The local headers of a ZIP's entries (what the sniffing reads), each followed by `size` bytes of its data. */
function zipHead(entries: readonly { name: string; size?: number; fill?: number }[]): Uint8Array {
  const parts: number[] = [];
  for (const { name, size = 40, fill = 0x61 } of entries) {
    const encoded = new TextEncoder().encode(name);
    const header = new Array<number>(30).fill(0);
    header.splice(0, 4, 0x50, 0x4b, 0x03, 0x04);
    header[26] = encoded.length & 0xff;
    header[27] = encoded.length >> 8;
    parts.push(...header, ...encoded, ...new Array<number>(size).fill(fill));
  }
  return Uint8Array.from(parts);
}

describe('Office documents', () => {
  const office = (folder: string) =>
    zipHead([{ name: '[Content_Types].xml' }, { name: '_rels/.rels' }, { name: `${folder}document.xml` }]);

  it('knows Word, Excel and PowerPoint files from their first entries', () => {
    expect(sniffAttachmentType(office('word/'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffAttachmentType(office('xl/'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sniffAttachmentType(office('ppt/'))).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
  });

  it('refuses any other ZIP, an executable in one, and an executable renamed .docx', () => {
    expect(sniffAttachmentType(zipHead([{ name: 'setup.exe' }, { name: 'word/readme.txt' }]))).toBeNull();
    expect(sniffAttachmentType(zipHead([{ name: '[Content_Types].xml' }, { name: 'payload.exe' }]))).toBeNull();
    expect(sniffAttachmentType(zipHead([{ name: 'mimetype' }, { name: 'content.xml' }]))).toBeNull(); // OpenDocument
    const executable = new Uint8Array(4096);
    executable.set(new TextEncoder().encode('MZ\x90\x00This program cannot be run in DOS mode.'));
    expect(sniffAttachmentType(executable)).toBeNull();
    expect(attachmentProblem({ name: 'report.docx', size: 4096, head: executable })).toBe('UNSUPPORTED_TYPE');
  });

  it('a ZIP is decided only on its first 64 KiB (or its end); anything else on its first 8 bytes', () => {
    const head = office('word/');
    expect(isAttachmentTypeDecided(head)).toBe(false);
    expect(isAttachmentTypeDecided(new Uint8Array(ATTACHMENT_SNIFF_BYTES))).toBe(true);
    expect(isAttachmentTypeDecided(PNG.slice(0, 7))).toBe(false);
    expect(isAttachmentTypeDecided(PNG)).toBe(true);
    // The entry naming the application may come after a large first part: still found within 64 KiB.
    const late = zipHead([{ name: '[Content_Types].xml', size: 50_000 }, { name: 'xl/workbook.xml' }]);
    expect(sniffAttachmentType(late)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});

describe('normalizeAttachmentFileName', () => {
  it('keeps the last path segment, without control or direction characters', () => {
    expect(normalizeAttachmentFileName('C:\\fakepath\\drawing.pdf')).toBe('drawing.pdf');
    expect(normalizeAttachmentFileName('../../etc/passwd')).toBe('passwd');
    expect(normalizeAttachmentFileName('  figure\u0000 1.png ')).toBe('figure 1.png');
    expect(normalizeAttachmentFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(normalizeAttachmentFileName('dir/')).toBe('');
    expect(normalizeAttachmentFileName('Schéma è.pdf')).toBe('Schéma è.pdf');
  });
});

describe('attachmentProblem', () => {
  it('checks the name, the size and the content', () => {
    expect(attachmentProblem({ name: 'a.pdf', size: 100, head: PDF })).toBeNull();
    expect(attachmentProblem({ name: 'a.pdf', size: 100, head: PNG })).toBeNull();
    expect(attachmentProblem({ name: 'x.pdf', size: 100, head: new TextEncoder().encode('plain text') })).toBe(
      'UNSUPPORTED_TYPE',
    );
    expect(attachmentProblem({ name: 'a.pdf', size: ATTACHMENT_MAX_BYTES + 1, head: PDF })).toBe('TOO_LARGE');
    expect(attachmentProblem({ name: 'a.pdf', size: ATTACHMENT_MAX_BYTES, head: PDF })).toBeNull();
    expect(attachmentProblem({ name: 'a.pdf', size: 0, head: bytes() })).toBe('EMPTY');
    expect(attachmentProblem({ name: ' ', size: 10, head: PDF })).toBe('NAME_MISSING');
    expect(attachmentProblem({ name: `${'n'.repeat(197)}.pdf`, size: 10, head: PDF })).toBe('NAME_TOO_LONG');
  });
});

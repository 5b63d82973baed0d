import { describe, expect, it } from 'vitest';
import { attachmentProblem, normalizeAttachmentFileName, sniffAttachmentType } from './attachment-rules.js';
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

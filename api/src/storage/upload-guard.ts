import { Transform, type TransformCallback } from 'node:stream';
import {
  ATTACHMENT_SNIFF_BYTES,
  type AttachmentContentType,
  isAttachmentTypeDecided,
  sniffAttachmentType,
} from '@tt/shared/attachment-rules';

export type UploadRefusal = 'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'EMPTY';

/** Why the guard stopped an upload; the storage then drops what it had written. */
export class UploadRefusedError extends Error {
  constructor(readonly refusal: UploadRefusal) {
    super(`Upload refused: ${refusal}`);
    this.name = 'UploadRefusedError';
  }
}

/**
 * Passes an upload's bytes through while checking them: it fails the stream the moment the size
 * limit is passed, and as soon as the first bytes show a type that is not accepted (an Office file's first
 * 64 KiB), so a refused upload is never read (or written) to the end. After a clean end, `contentType` and `byteSize`
 * say what went through.
 */
export class UploadGuard extends Transform {
  byteSize = 0;
  contentType: AttachmentContentType | null = null;
  private head = Buffer.alloc(0);

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.byteSize += chunk.length;
    if (this.byteSize > this.maxBytes) {
      callback(new UploadRefusedError('TOO_LARGE'));
      return;
    }
    if (!this.contentType) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, ATTACHMENT_SNIFF_BYTES - this.head.length)]);
      if (isAttachmentTypeDecided(this.head) && !this.sniff()) {
        callback(new UploadRefusedError('UNSUPPORTED_TYPE'));
        return;
      }
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.byteSize === 0) callback(new UploadRefusedError('EMPTY'));
    // A file shorter than the sniffed prefix is decided from what there is.
    else if (!this.contentType && !this.sniff()) callback(new UploadRefusedError('UNSUPPORTED_TYPE'));
    else callback();
  }

  private sniff(): boolean {
    this.contentType = sniffAttachmentType(this.head);
    return this.contentType !== null;
  }
}

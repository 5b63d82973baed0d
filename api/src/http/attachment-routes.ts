import { pipeline } from 'node:stream/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import {
  ATTACHMENT_PROBLEM_ERRORS,
  type AttachmentContentType,
  type AttachmentProblem,
  normalizeAttachmentFileName,
} from '@tt/shared/attachment-rules';
import { type CodedError, type ErrorCode, englishErrorMessage } from '@tt/shared/error-messages';
import { ATTACHMENT_FILE_NAME_MAX, ATTACHMENT_MAX_BYTES } from '@tt/shared/limits';
import { ServiceFilePurpose } from '@tt/shared/service-delivery-rules';
import express, { type Request, type Response, type Router } from 'express';
import { resolveSession } from '../auth/session.service.js';
import { sessionTokenFrom } from '../auth/session-cookie.js';
import type { Viewer } from '../auth/viewer.js';
import {
  type AgreementUploadProblem,
  agreementUploadProblem,
  findVisibleAgreementAttachment,
  recordAgreementAttachment,
} from '../features/agreements/agreement-attachment.service.js';
import {
  type AttachmentUploadProblem,
  attachmentUploadProblem,
  findVisibleAttachment,
  recordAttachment,
} from '../features/disclosures/disclosure-attachment.service.js';
import {
  findVisibleServiceFile,
  recordServiceFile,
  type ServiceFileUploadProblem,
  serviceFileUploadProblem,
} from '../features/services/service-file.service.js';
import { parseGlobalId } from '../schema/global-id.js';
import { type AttachmentStorage, newAttachmentKey } from '../storage/attachment-storage.js';
import { UploadGuard, type UploadRefusal, UploadRefusedError } from '../storage/upload-guard.js';

// Attachments travel over plain HTTP, not GraphQL: the body of an upload is the file's raw bytes,
// streamed to storage with a hard size limit; a download streams them back.
//
//   POST /uploads/disclosures/:disclosureId/attachments   (disclosureId: a Disclosure global id)
//     headers: X-File-Name: encodeURIComponent(name); X-Requested-With: tt-web; the session cookie
//     201 { attachment: { id, fileName, contentType, byteSize, createdAt, downloadUrl } }
//   POST /uploads/agreements/:agreementId/attachments      (an Agreement global id: its office's documents)
//     the same headers and answer
//   POST /uploads/service-requests/:eoiId/files?purpose=DELIVERY|ETHICS_APPROVAL
//     (an ExpressionOfInterest global id: a service request's files, for its two sides; the same headers and answer)
//   GET /uploads/attachments/:attachmentId   (a DisclosureAttachment, AgreementAttachment or ServiceFile global id)
//     the bytes, as the type sniffed at upload, always as a download
//
// Errors are JSON `{ error: { code, message, params } }`: a stable code (shared/error-messages.ts) that clients
// word in their reader's language, its English sentence, and the values it names. A disclosure or file the caller
// may not see is a 404 like a missing one, so nobody learns what exists.

/** A refusal: its HTTP status and the error it answers. */
type Refusal = readonly [status: number, error: CodedError];

const refusal = (status: number, code: ErrorCode): Refusal => [status, { code }];
const fromRule = (status: number, problem: AttachmentProblem): Refusal => [status, ATTACHMENT_PROBLEM_ERRORS[problem]];

const NOT_FOUND_DISCLOSURE = refusal(404, 'DISCLOSURE_NOT_VISIBLE');
const NOT_FOUND_FILE = refusal(404, 'ATTACHMENT_NOT_VISIBLE');
const NOT_FOUND_AGREEMENT = refusal(404, 'AGREEMENT_NOT_VISIBLE');

const AGREEMENT_UPLOAD_PROBLEMS: Record<AgreementUploadProblem, Refusal> = {
  NOT_FOUND: NOT_FOUND_AGREEMENT,
  // The company and the inventors may know the agreement exists, never read or add its papers.
  FORBIDDEN: refusal(403, 'ATTACHMENT_AGREEMENT_OFFICE_ONLY'),
  TOO_MANY: fromRule(409, 'TOO_MANY'),
};

const SERVICE_FILE_PROBLEMS: Record<ServiceFileUploadProblem, Refusal> = {
  NOT_FOUND: refusal(404, 'EOI_NOT_VISIBLE'),
  // The office delivers; the company sends its ethics approval (features/services/service-file.service.ts).
  WRONG_SIDE: refusal(403, 'SERVICE_FILE_WRONG_SIDE'),
  NOT_APPLICABLE: refusal(403, 'ACCESS_PATH_NOT_APPLICABLE'),
  NOT_PDF: fromRule(415, 'UNSUPPORTED_TYPE'),
  TOO_MANY: fromRule(409, 'TOO_MANY'),
};

const SERVICE_FILE_PURPOSES: readonly string[] = Object.values(ServiceFilePurpose);

/** What an upload answers about the file it recorded. */
interface UploadedAttachment {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  createdAt: Date;
  downloadUrl: string;
}

const UPLOAD_PROBLEMS: Record<AttachmentUploadProblem, Refusal> = {
  NOT_FOUND: NOT_FOUND_DISCLOSURE,
  // The office reads the files but does not add any: they are part of what the researchers submit.
  FORBIDDEN_OFFICE: refusal(403, 'ATTACHMENT_ADD_RESEARCHERS_ONLY'),
  NOT_EDITABLE: refusal(403, 'ATTACHMENT_ADD_NOT_EDITABLE'),
  TOO_MANY: fromRule(409, 'TOO_MANY'),
};

const REFUSALS: Record<UploadRefusal, Refusal> = {
  TOO_LARGE: fromRule(413, 'TOO_LARGE'),
  UNSUPPORTED_TYPE: fromRule(415, 'UNSUPPORTED_TYPE'),
  EMPTY: fromRule(400, 'EMPTY'),
};

/**
 * Reads and drops what is left of a refused upload, so the client can finish sending and read the
 * answer; one that keeps sending past another full file's worth is cut off.
 */
function discardRest(req: Request): void {
  if (req.readableEnded || req.destroyed) return;
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > ATTACHMENT_MAX_BYTES) req.destroy();
  });
  req.resume();
}

function sendError(req: Request, res: Response, [status, { code, params = {} }]: Refusal): void {
  discardRest(req);
  if (res.headersSent) return;
  res.status(status).json({ error: { code, message: englishErrorMessage(code, params), params } });
}

/**
 * CSRF: the session cookie alone is not enough (a form on another site could post a file with it).
 * The web app sends a custom header, which a cross-site form cannot, and a cross-site Origin is refused.
 */
function csrfProblem(req: Request, publicUrl: string | undefined): Refusal | null {
  if (req.get('x-requested-with') !== 'tt-web') return refusal(400, 'UPLOAD_NOT_FROM_WEB_APP');
  const crossSite = refusal(403, 'UPLOAD_NOT_FROM_WEB_APP');
  if (req.get('sec-fetch-site') === 'cross-site') return crossSite;
  const origin = req.get('origin');
  if (origin === undefined) return null;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return crossSite; // "null" (sandboxed frames, some redirects) or garbage
  }
  if (host === req.get('host')) return null;
  if (publicUrl && new URL(publicUrl).origin === origin) return null;
  return crossSite;
}

/** The file's name from X-File-Name (URI-encoded, so any Unicode name fits in a header). */
function fileNameFrom(req: Request): string | Refusal {
  const header = req.get('x-file-name');
  if (header === undefined || header.trim() === '') return refusal(400, 'ATTACHMENT_NAME_HEADER_MISSING');
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    return refusal(400, 'ATTACHMENT_NAME_HEADER_INVALID');
  }
  const name = normalizeAttachmentFileName(decoded);
  if (name === '') return fromRule(400, 'NAME_MISSING');
  if (name.length > ATTACHMENT_FILE_NAME_MAX) return fromRule(400, 'NAME_TOO_LONG');
  return name;
}

/** `attachment; filename*=UTF-8''…` (RFC 6266 / 5987): the name survives any characters, and is never shown inline. */
function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

export function attachmentRoutes(options: { orm: MikroORM; storage: AttachmentStorage; publicUrl?: string }): Router {
  const { orm, storage, publicUrl } = options;
  const router = express.Router();

  /** Receives one file for a disclosure or an agreement: what differs is who may add it, and where it is recorded. */
  async function upload<Problem extends string>(
    req: Request,
    res: Response,
    target: {
      globalId: string;
      type: 'Disclosure' | 'Agreement' | 'ExpressionOfInterest';
      notFound: Refusal;
      problems: Record<Problem, Refusal>;
      early(db: Db, viewer: Viewer, id: number): Promise<Problem | null>;
      record(
        db: Db,
        viewer: Viewer,
        id: number,
        file: { storageKey: string; fileName: string; contentType: AttachmentContentType; byteSize: number },
      ): Promise<{ ok: true; attachment: UploadedAttachment } | { ok: false; problem: Problem }>;
    },
  ): Promise<void> {
    const csrf = csrfProblem(req, publicUrl);
    if (csrf) return sendError(req, res, csrf);
    const em = orm.em.fork();
    const db = em.getKysely();
    const viewer = await resolveSession(db, sessionTokenFrom(req));
    if (!viewer) return sendError(req, res, refusal(401, 'UNAUTHENTICATED'));
    const parsed = parseGlobalId(target.globalId);
    if (parsed?.type !== target.type) return sendError(req, res, target.notFound);
    const targetId = parsed.id;

    // Everything that can be known before the bytes arrive is checked first, so a refused upload is not read.
    const early = await target.early(db, viewer, targetId);
    if (early) return sendError(req, res, target.problems[early]);
    const fileName = fileNameFrom(req);
    if (typeof fileName !== 'string') return sendError(req, res, fileName);
    const declaredLength = Number(req.get('content-length') ?? Number.NaN);
    if (declaredLength > ATTACHMENT_MAX_BYTES) return sendError(req, res, REFUSALS.TOO_LARGE);

    // The bytes: to storage through the guard, which stops them at the first byte over the limit or
    // at a first few bytes of the wrong type. Not `pipeline(req, …)`: that would destroy the request,
    // and with it the connection the refusal is sent on.
    const storageKey = newAttachmentKey();
    const guard = new UploadGuard(ATTACHMENT_MAX_BYTES);
    let clientGone = false;
    const abandon = () => {
      if (req.readableEnded) return;
      clientGone = true;
      guard.destroy(new Error('The client went away during the upload'));
    };
    req.on('error', abandon);
    req.on('close', abandon);
    req.pipe(guard);
    try {
      await storage.put(storageKey, guard);
    } catch (error) {
      req.unpipe(guard);
      if (error instanceof UploadRefusedError) return sendError(req, res, REFUSALS[error.refusal]);
      if (clientGone) {
        req.log.info('upload abandoned by the client');
        return;
      }
      throw error;
    }

    // Then the row, under the lock of what it is attached to; if that fails or is refused, the stored bytes go.
    let outcome: Awaited<ReturnType<typeof target.record>>;
    try {
      outcome = await em.transactional((tx) =>
        target.record(tx.getKysely(), viewer, targetId, {
          storageKey,
          fileName,
          contentType: guard.contentType!,
          byteSize: guard.byteSize,
        }),
      );
    } catch (error) {
      await storage.delete(storageKey).catch(() => undefined);
      throw error;
    }
    if (!outcome.ok) {
      await storage.delete(storageKey);
      return sendError(req, res, target.problems[outcome.problem]);
    }
    const { attachment } = outcome;
    res.status(201).json({
      attachment: {
        id: attachment.id,
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        byteSize: attachment.byteSize,
        createdAt: attachment.createdAt.toISOString(),
        downloadUrl: attachment.downloadUrl,
      },
    });
  }

  router.post('/disclosures/:disclosureId/attachments', (req, res) =>
    upload(req, res, {
      globalId: String(req.params.disclosureId),
      type: 'Disclosure',
      notFound: NOT_FOUND_DISCLOSURE,
      problems: UPLOAD_PROBLEMS,
      early: attachmentUploadProblem,
      record: recordAttachment,
    }),
  );

  // An agreement's documents: its office's alone (features/agreements/agreement-attachment.service.ts).
  router.post('/agreements/:agreementId/attachments', (req, res) =>
    upload(req, res, {
      globalId: String(req.params.agreementId),
      type: 'Agreement',
      notFound: NOT_FOUND_AGREEMENT,
      problems: AGREEMENT_UPLOAD_PROBLEMS,
      early: agreementUploadProblem,
      record: recordAgreementAttachment,
    }),
  );

  // A service request's files: the office's deliveries and the company's ethics approval, for the two sides alone.
  router.post('/service-requests/:eoiId/files', (req, res) => {
    const purpose = String(req.query.purpose ?? '');
    if (!SERVICE_FILE_PURPOSES.includes(purpose))
      return sendError(req, res, refusal(400, 'SERVICE_FILE_PURPOSE_INVALID'));
    const as = purpose as ServiceFilePurpose;
    return upload(req, res, {
      globalId: String(req.params.eoiId),
      type: 'ExpressionOfInterest',
      notFound: SERVICE_FILE_PROBLEMS.NOT_FOUND,
      problems: SERVICE_FILE_PROBLEMS,
      early: (db, viewer, id) => serviceFileUploadProblem(db, viewer, id, as),
      record: (db, viewer, id, file) => recordServiceFile(db, viewer, id, as, file),
    });
  });

  router.get('/attachments/:attachmentId', async (req, res) => {
    const db = orm.em.fork().getKysely();
    const viewer = await resolveSession(db, sessionTokenFrom(req));
    const parsed = parseGlobalId(String(req.params.attachmentId));
    // Anonymous callers too get a 404: they learn nothing, not even that the file exists.
    const found = !viewer
      ? null
      : parsed?.type === 'DisclosureAttachment'
        ? await findVisibleAttachment(db, viewer, parsed.id)
        : parsed?.type === 'AgreementAttachment'
          ? await findVisibleAgreementAttachment(db, viewer, parsed.id)
          : parsed?.type === 'ServiceFile'
            ? await findVisibleServiceFile(db, viewer, parsed.id)
            : null;
    if (!found) return sendError(req, res, NOT_FOUND_FILE);
    const stream = await storage.getStream(found.storageKey);
    if (!stream) {
      req.log.error({ storageKey: found.storageKey }, 'attachment row without its file');
      return sendError(req, res, refusal(404, 'ATTACHMENT_GONE'));
    }
    const { attachment } = found;
    res.status(200);
    res.setHeader('Content-Type', attachment.contentType);
    res.setHeader('Content-Length', String(attachment.byteSize));
    res.setHeader('Content-Disposition', contentDisposition(attachment.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    if (req.method === 'HEAD') {
      stream.destroy();
      res.end();
      return;
    }
    try {
      await pipeline(stream, res);
    } catch (error) {
      // Mostly a client that went away mid-download.
      req.log.info({ err: error }, 'download interrupted');
    }
  });

  router.use((req, res) => sendError(req, res, refusal(404, 'NOT_FOUND')));

  // Unexpected failures: logged, and answered in this router's error shape.
  router.use(((error, req, res, _next) => {
    // A path whose percent-encoding is not UTF-8 (Express's 400): the client's mistake, not a failure.
    if (error?.status === 400) {
      req.log.info({ reason: error.message }, 'malformed attachment request');
      return sendError(req, res, refusal(400, 'ADDRESS_INVALID'));
    }
    req.log.error({ err: error }, 'attachment request failed');
    sendError(req, res, refusal(500, 'INTERNAL'));
  }) as express.ErrorRequestHandler);

  return router;
}

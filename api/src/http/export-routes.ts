import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '@tt/db/database';
import { type ErrorCode, type ErrorParams, englishErrorMessage } from '@tt/shared/error-messages';
import { isLanguage, type Language } from '@tt/shared/languages';
import { isOfficeExportName, type OfficeExportName } from '@tt/shared/office-exports';
import { stringify } from 'csv-stringify';
import express, { type Request, type Response, type Router } from 'express';
import { officeScope } from '../auth/policies.js';
import type { RateLimiter } from '../auth/rate-limiter.js';
import { requestViewer } from '../auth/request-viewer.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../errors/domain-error.js';
import { csvCell } from '../exports/csv-cells.js';
import type { ExportCell, OfficeExport } from '../exports/office-export.js';
import { agreementExport } from '../features/agreements/agreement-export.service.js';
import { disclosureExport } from '../features/disclosures/disclosure-export.service.js';
import { eoiExport } from '../features/interest/eoi-export.service.js';
import { listingExport } from '../features/listings/listing-export.service.js';
import { mailMessages } from '../mail/mail-messages.js';
import { requestLanguage } from './request-language.js';

// The office's lists as CSV files, over plain HTTP so that a link downloads them:
//   GET /exports/eois.csv | disclosures.csv | listings.csv | agreements.csv   ?<the list page's filters>&lang=en|it
// For the institute's officers (their institute's rows) and admins (every institute's), from the session
// cookie; rate-limited per person. The file is streamed batch by batch (office-export.ts) as UTF-8 with a BOM,
// so that spreadsheets read its accents; headers in the requester's language (`lang`, else Accept-Language).
// Refusals are JSON `{ error: { code, message, params } }`, as the attachment routes answer.

const EXPORTS: Record<OfficeExportName, OfficeExport> = {
  eois: eoiExport,
  disclosures: disclosureExport,
  listings: listingExport,
  agreements: agreementExport,
};

const STATUS_OF: Record<DomainError['category'], number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
  SERVICE_BUSY: 503,
  BAD_USER_INPUT: 400,
};

function sendError(res: Response, status: number, code: ErrorCode, params: ErrorParams = {}): void {
  if (res.headersSent) return;
  const retryAfter = params.retryAfter;
  if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
  res.status(status).json({ error: { code, message: englishErrorMessage(code, params), params } });
}

/** `lang=` when the link names it (the web's links do: a link's Accept-Language is the browser's), else the header's. */
function exportLanguage(req: Request): Language {
  const asked = req.query.lang;
  return isLanguage(asked) ? asked : requestLanguage(req);
}

/** `<institute>-<list>-<yyyy-mm-dd>.csv`: the officer's institute, "all" institutes for an admin. */
async function fileName(db: Db, viewer: Viewer, list: string, now: Date): Promise<string> {
  const office = officeScope(viewer);
  const institute =
    office && 'institutionId' in office
      ? await db.selectFrom('institution').select('slug').where('id', '=', office.institutionId).executeTakeFirst()
      : undefined;
  return `${institute?.slug ?? 'all-institutes'}-${list}-${now.toISOString().slice(0, 10)}.csv`;
}

/** `attachment; filename*=UTF-8''…` (RFC 6266 / 5987), with a plain ASCII `filename` for old clients. */
function contentDisposition(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\w.-]/g, '');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The header row, then the rows of every batch, the first one already read. */
async function* rowsOf(
  header: string[],
  first: IteratorResult<ExportCell[][]>,
  rest: AsyncIterator<ExportCell[][]>,
): AsyncGenerator<(string | number)[]> {
  yield header;
  let batch = first;
  while (!batch.done) {
    for (const row of batch.value) yield row.map(csvCell);
    batch = await rest.next();
  }
}

export function exportRoutes(options: { db: Db; rateLimiter: RateLimiter }): Router {
  const { db, rateLimiter } = options;
  const router = express.Router();

  router.get('/exports/:list.csv', async (req, res) => {
    const list = req.params.list;
    if (!isOfficeExportName(list)) return sendError(res, 404, 'NOT_FOUND');
    const viewer = await requestViewer(db, req);
    if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED');
    if (!officeScope(viewer)) return sendError(res, 403, 'EXPORT_OFFICE_ONLY');
    const language = exportLanguage(req);
    const exporter = EXPORTS[list];
    const say = mailMessages(language);
    const params = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
    const batches = exporter.batches(db, viewer, params, language)[Symbol.asyncIterator]();
    let first: IteratorResult<ExportCell[][]>;
    try {
      await rateLimiter.consume('EXPORTS_PER_ACCOUNT', String(viewer.userId));
      // The first batch is read before the answer starts, so that a refused filter still gets its status.
      first = await batches.next();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return sendError(res, STATUS_OF[error.category], error.code, error.params);
    }
    const name = await fileName(db, viewer, say(exporter.fileName), new Date());
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', contentDisposition(name));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const header = exporter.columns.map((id) => say(id));
    try {
      await pipeline(Readable.from(rowsOf(header, first, batches)), stringify({ bom: true }), res);
    } catch (error) {
      // Mostly a client that went away mid-download: the reading stops with it.
      req.log.info({ err: error }, 'export interrupted');
      res.destroy();
    }
  });

  return router;
}

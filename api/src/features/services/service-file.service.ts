import type { Db } from '@tt/db/database';
import { accessPathFor } from '@tt/shared/access-review-rules';
import { AttachmentContentType } from '@tt/shared/attachment-rules';
import { SERVICE_FILES_MAX, type ServiceFilePurpose, serviceFileUploader } from '@tt/shared/service-delivery-rules';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { attachmentDownloadPath } from '../disclosures/disclosure-attachment.service.js';
import { eoiSide } from '../interest/eoi-access.js';
import { findVisibleEoi } from '../interest/eoi-access.service.js';
import type { EoiRecord } from '../interest/eoi-records.js';
import { platformKindOfAsset } from './delivery-scope.js';

// The files of a service request, for its two parties only: what the office delivers (reports, tables, small
// files; large data sets go through the platform's transfer service) and the company's ethics approval (a PDF, for
// biobank requests). Stored and served like an agreement's documents: the attachment storage, the upload guard's
// sniffed types and size limit, the routes of http/attachment-routes.ts.

const NOW = sql<Date>`now()`;

export interface ServiceFileRecord {
  __typename: 'ServiceFile';
  id: string;
  dbId: number;
  eoiId: number;
  purpose: ServiceFilePurpose;
  fileName: string;
  contentType: string;
  byteSize: number;
  createdAt: Date;
  downloadUrl: string;
  /** The office's only. */
  uploadedByName: string | null;
}

function selectFiles(db: Db) {
  return db
    .selectFrom('service_file as f')
    .leftJoin('app_user as u', 'u.id', 'f.uploaded_by_id')
    .select([
      'f.id',
      'f.eoi_id',
      'f.purpose',
      'f.file_name',
      'f.content_type',
      'f.byte_size',
      'f.storage_key',
      'f.uploaded_at',
      'u.name as uploaded_by_name',
    ]);
}

type FileRow = Awaited<ReturnType<ReturnType<typeof selectFiles>['executeTakeFirstOrThrow']>>;

function toFileRecord(row: FileRow, office: boolean): ServiceFileRecord {
  const id = toGlobalId('ServiceFile', row.id);
  return {
    __typename: 'ServiceFile',
    id,
    dbId: row.id,
    eoiId: row.eoi_id,
    purpose: row.purpose,
    fileName: row.file_name,
    contentType: row.content_type,
    byteSize: row.byte_size,
    createdAt: toDate(row.uploaded_at),
    downloadUrl: attachmentDownloadPath(id),
    uploadedByName: office ? row.uploaded_by_name : null,
  };
}

/** The files of a service request, oldest first, for its two sides; null for anyone else or another EoI. */
export async function serviceFilesOf(
  db: Db,
  viewer: Viewer | null,
  eoi: EoiRecord,
): Promise<ServiceFileRecord[] | null> {
  const side = eoiSide(viewer, eoi);
  if (!side || eoi.interestType !== 'SERVICE_REQUEST') return null;
  const rows = await selectFiles(db)
    .where('f.eoi_id', '=', eoi.dbId)
    .orderBy('f.uploaded_at')
    .orderBy('f.id')
    .execute();
  return rows.map((row) => toFileRecord(row, side === 'OFFICE'));
}

/** A file and the key of its bytes, for the request's two sides; null for anyone else (who learns nothing). */
export async function findVisibleServiceFile(
  db: Db,
  viewer: Viewer | null,
  id: number,
): Promise<{ attachment: ServiceFileRecord; storageKey: string } | null> {
  if (!viewer) return null;
  const row = await selectFiles(db).where('f.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const found = await findVisibleEoi(db, viewer, row.eoi_id);
  if (!found) return null;
  return { attachment: toFileRecord(row, found.side === 'OFFICE'), storageKey: row.storage_key };
}

export type ServiceFileUploadProblem = 'NOT_FOUND' | 'WRONG_SIDE' | 'NOT_APPLICABLE' | 'NOT_PDF' | 'TOO_MANY';

async function uploadProblem(
  db: Db,
  viewer: Viewer,
  eoiId: number,
  purpose: ServiceFilePurpose,
  forUpdate: boolean,
): Promise<ServiceFileUploadProblem | null> {
  const found = await findVisibleEoi(db, viewer, eoiId, { forUpdate });
  if (!found) return 'NOT_FOUND';
  if (found.eoi.interestType !== 'SERVICE_REQUEST') return 'NOT_APPLICABLE';
  if (found.side !== serviceFileUploader(purpose)) return 'WRONG_SIDE';
  if (purpose === 'ETHICS_APPROVAL' && !accessPathFor(await platformKindOfAsset(db, found.eoi.assetId)))
    return 'NOT_APPLICABLE';
  const { count } = await db
    .selectFrom('service_file')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('eoi_id', '=', eoiId)
    .executeTakeFirstOrThrow();
  return Number(count) >= SERVICE_FILES_MAX ? 'TOO_MANY' : null;
}

/** Before the bytes are read: may this viewer add a file of this purpose to this request now? Checked again later. */
export function serviceFileUploadProblem(db: Db, viewer: Viewer, eoiId: number, purpose: ServiceFilePurpose) {
  return uploadProblem(db, viewer, eoiId, purpose, false);
}

/** Records a stored file (in a transaction: the EoI is locked, so concurrent uploads count in turn). */
export async function recordServiceFile(
  db: Db,
  viewer: Viewer,
  eoiId: number,
  purpose: ServiceFilePurpose,
  file: { storageKey: string; fileName: string; contentType: AttachmentContentType; byteSize: number },
): Promise<{ ok: true; attachment: ServiceFileRecord } | { ok: false; problem: ServiceFileUploadProblem }> {
  const problem = await uploadProblem(db, viewer, eoiId, purpose, true);
  if (problem) return { ok: false, problem };
  // The ethics approval is the committee's signed decision: a PDF.
  if (purpose === 'ETHICS_APPROVAL' && file.contentType !== AttachmentContentType.PDF)
    return { ok: false, problem: 'NOT_PDF' };
  const { id } = await db
    .insertInto('service_file')
    .values({
      eoi_id: eoiId,
      purpose,
      file_name: file.fileName,
      content_type: file.contentType,
      byte_size: file.byteSize,
      storage_key: file.storageKey,
      uploaded_by_id: viewer.userId,
      uploaded_at: NOW,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stored = await selectFiles(db).where('f.id', '=', id).executeTakeFirstOrThrow();
  return { ok: true, attachment: toFileRecord(stored, serviceFileUploader(purpose) === 'OFFICE') };
}

/**
 * Deletes a file's row (in a transaction), by the side that uploads files of its purpose; the caller deletes the
 * bytes after the commit, so a failure never leaves a row without its file.
 */
export async function removeServiceFile(
  db: Db,
  viewer: Viewer | null,
  input: { id: string },
): Promise<{ eoiId: number; storageKey: string }> {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(input.id);
  const row =
    parsed?.type === 'ServiceFile' ? await selectFiles(db).where('f.id', '=', parsed.id).executeTakeFirst() : undefined;
  const found = row ? await findVisibleEoi(db, viewer, row.eoi_id, { forUpdate: true }) : null;
  if (!row || !found) throw forbidden('ATTACHMENT_NOT_VISIBLE');
  if (found.side !== serviceFileUploader(row.purpose)) throw forbidden('SERVICE_FILE_WRONG_SIDE');
  await db.deleteFrom('service_file').where('id', '=', row.id).execute();
  return { eoiId: row.eoi_id, storageKey: row.storage_key };
}

import type { Db } from '@tt/db/database';
import { AGREEMENT_LIMITS } from '@tt/shared/agreement-rules';
import type { AttachmentContentType } from '@tt/shared/attachment-rules';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { attachmentDownloadPath } from '../disclosures/disclosure-attachment.service.js';
import { type AgreementOutcome, requireOfficeAgreement } from './agreement.service.js';
import { agreementSide, seesAgreementDetails } from './agreement-access.js';
import { type AgreementAttachmentRecord, grouped, readAgreementRow, scopeOfRow } from './agreement-records.js';

// An agreement's documents (the signed PDF, drafts, annexes): the attachment storage and rules of disclosures'
// files, served by the same routes (http/attachment-routes.ts). Only the agreement's office adds, reads and removes
// them: they are the office's papers, never the company's or the inventors' to read here.

const NOW = sql<Date>`now()`;

function selectAttachments(db: Db) {
  return db
    .selectFrom('agreement_attachment as a')
    .leftJoin('app_user as u', 'u.id', 'a.uploaded_by_id')
    .select([
      'a.id',
      'a.agreement_id',
      'a.file_name',
      'a.content_type',
      'a.byte_size',
      'a.storage_key',
      'a.created_at',
      'u.name as uploaded_by_name',
    ]);
}

type AttachmentRow = Awaited<ReturnType<ReturnType<typeof selectAttachments>['executeTakeFirstOrThrow']>>;

function toAttachmentRecord(row: AttachmentRow): AgreementAttachmentRecord {
  const id = toGlobalId('AgreementAttachment', row.id);
  return {
    __typename: 'AgreementAttachment',
    id,
    dbId: row.id,
    agreementId: row.agreement_id,
    fileName: row.file_name,
    contentType: row.content_type,
    byteSize: row.byte_size,
    createdAt: toDate(row.created_at),
    downloadUrl: attachmentDownloadPath(id),
    uploadedByName: row.uploaded_by_name,
  };
}

/** The documents of each agreement, oldest first: one statement for any number of agreements. */
export async function agreementAttachmentLists(db: Db, ids: readonly number[]): Promise<AgreementAttachmentRecord[][]> {
  const rows = await selectAttachments(db)
    .where('a.agreement_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  return grouped(ids, rows, toAttachmentRecord);
}

/** A document and the key of its bytes, for the agreement's office; null for anyone else (who learns nothing). */
export async function findVisibleAgreementAttachment(
  db: Db,
  viewer: Viewer | null,
  id: number,
): Promise<{ attachment: AgreementAttachmentRecord; storageKey: string } | null> {
  if (!viewer) return null;
  const row = await selectAttachments(db).where('a.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const agreement = await readAgreementRow(db, row.agreement_id);
  if (!agreement || !seesAgreementDetails(agreementSide(viewer, scopeOfRow(agreement)))) return null;
  return { attachment: toAttachmentRecord(row), storageKey: row.storage_key };
}

export type AgreementUploadProblem = 'NOT_FOUND' | 'FORBIDDEN' | 'TOO_MANY';

async function uploadProblem(db: Db, viewer: Viewer, agreementId: number, forUpdate: boolean) {
  const row = await readAgreementRow(db, agreementId, { forUpdate });
  const side = row ? agreementSide(viewer, scopeOfRow(row)) : null;
  if (!row || !side) return 'NOT_FOUND' as const;
  if (!seesAgreementDetails(side)) return 'FORBIDDEN' as const;
  const { count } = await db
    .selectFrom('agreement_attachment')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('agreement_id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return Number(count) >= AGREEMENT_LIMITS.attachmentsMax ? ('TOO_MANY' as const) : null;
}

/** Before the bytes are read: may this viewer add a document to this agreement now? Checked again when recording. */
export function agreementUploadProblem(db: Db, viewer: Viewer, agreementId: number) {
  return uploadProblem(db, viewer, agreementId, false);
}

/** Records a stored document (in a transaction: the agreement is locked, so concurrent uploads count in turn). */
export async function recordAgreementAttachment(
  db: Db,
  viewer: Viewer,
  agreementId: number,
  file: { storageKey: string; fileName: string; contentType: AttachmentContentType; byteSize: number },
): Promise<{ ok: true; attachment: AgreementAttachmentRecord } | { ok: false; problem: AgreementUploadProblem }> {
  const problem = await uploadProblem(db, viewer, agreementId, true);
  if (problem) return { ok: false, problem };
  const { id } = await db
    .insertInto('agreement_attachment')
    .values({
      agreement_id: agreementId,
      uploaded_by_id: viewer.userId,
      file_name: file.fileName,
      content_type: file.contentType,
      byte_size: file.byteSize,
      storage_key: file.storageKey,
      created_at: NOW,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('agreement').set({ updated_at: NOW }).where('id', '=', agreementId).execute();
  const stored = await selectAttachments(db).where('a.id', '=', id).executeTakeFirstOrThrow();
  return { ok: true, attachment: toAttachmentRecord(stored) };
}

/**
 * Deletes a document's row (in a transaction); the caller deletes the bytes after the commit, so a failure never
 * leaves a row without its file.
 */
export async function removeAgreementAttachment(
  db: Db,
  viewer: Viewer | null,
  input: { id: string },
): Promise<AgreementOutcome & { storageKey?: string }> {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(input.id);
  const row =
    parsed?.type === 'AgreementAttachment'
      ? await selectAttachments(db).where('a.id', '=', parsed.id).executeTakeFirst()
      : undefined;
  if (!row) throw forbidden('ATTACHMENT_NOT_VISIBLE');
  await requireOfficeAgreement(db, viewer, toGlobalId('Agreement', row.agreement_id));
  await db.deleteFrom('agreement_attachment').where('id', '=', row.id).execute();
  await db.updateTable('agreement').set({ updated_at: NOW }).where('id', '=', row.agreement_id).execute();
  return { ok: true, agreementId: row.agreement_id, storageKey: row.storage_key };
}

import type { Database, Db } from '@tt/db/database';
import type { AttachmentContentType } from '@tt/shared/attachment-rules';
import { type DisclosureActor, type DisclosureStatus, isDisclosureEditable } from '@tt/shared/disclosure-transitions';
import { ATTACHMENTS_PER_DISCLOSURE_MAX } from '@tt/shared/limits';
import type { Selectable } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { findVisibleDisclosure } from './disclosure.service.js';
import { disclosureSide } from './disclosure-access.js';
import {
  type DisclosureAttachmentRecord,
  type DisclosureOutcome,
  groupedByDisclosure,
  idList,
  now,
  researcherIdsOf,
  touchDisclosure,
} from './disclosure-records.js';

/**
 * Who may add and remove files: the disclosure's researchers, while they may edit it (a draft, or
 * returned with questions). The office (officers of its institute, admins) downloads them but never
 * adds or removes any: the files are part of what the researchers submitted, and must stay as they
 * submitted them.
 */
export function mayManageAttachments(side: DisclosureActor | null, status: DisclosureStatus): boolean {
  return side === 'RESEARCHER' && isDisclosureEditable(status);
}

/** Where the HTTP server serves the file (see http/attachment-routes.ts). */
export function attachmentDownloadPath(globalId: string): string {
  return `/uploads/attachments/${globalId}`;
}

type AttachmentRow = Pick<
  Selectable<Database['disclosure_attachment']>,
  'id' | 'disclosure_id' | 'file_name' | 'content_type' | 'byte_size' | 'storage_key' | 'created_at'
> & { uploaded_by_name: string | null };

/** The attachments `a` with the name of who uploaded each. */
function selectAttachments(db: Db) {
  return db
    .selectFrom('disclosure_attachment as a')
    .leftJoin('app_user as u', 'u.id', 'a.uploaded_by_id')
    .select([
      'a.id',
      'a.disclosure_id',
      'a.file_name',
      'a.content_type',
      'a.byte_size',
      'a.storage_key',
      'a.created_at',
      'u.name as uploaded_by_name',
    ]);
}

function toAttachmentRecord(row: AttachmentRow): DisclosureAttachmentRecord {
  const id = toGlobalId('DisclosureAttachment', row.id);
  return {
    __typename: 'DisclosureAttachment',
    id,
    dbId: row.id,
    disclosureId: row.disclosure_id,
    fileName: row.file_name,
    contentType: row.content_type,
    byteSize: row.byte_size,
    createdAt: toDate(row.created_at),
    downloadUrl: attachmentDownloadPath(id),
    uploadedByName: row.uploaded_by_name,
  };
}

/** The files of each disclosure, oldest first: one statement for any number of disclosures (a DataLoader's batch). */
export async function disclosureAttachmentLists(
  db: Db,
  ids: readonly number[],
): Promise<DisclosureAttachmentRecord[][]> {
  const rows = await selectAttachments(db)
    .where((eb) => eb('a.disclosure_id', '=', eb.fn.any(idList(ids))))
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  return groupedByDisclosure(ids, rows, toAttachmentRecord);
}

/**
 * An attachment with the storage key of its bytes and the viewer's side of its disclosure; null when
 * it does not exist or its disclosure is not the viewer's to see (they learn nothing either way).
 */
export async function findVisibleAttachment(
  db: Db,
  viewer: Viewer | null,
  id: number,
): Promise<{ attachment: DisclosureAttachmentRecord; storageKey: string; side: DisclosureActor } | null> {
  if (!viewer) return null;
  const row = await selectAttachments(db)
    .innerJoin('disclosure as d', 'd.id', 'a.disclosure_id')
    .select((eb) => ['d.institution_id', 'd.reference_number', researcherIdsOf(eb).as('researcher_ids')])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const side = disclosureSide(viewer, {
    institutionId: row.institution_id,
    researcherIds: row.researcher_ids,
    referenceNumber: row.reference_number,
  });
  return side ? { attachment: toAttachmentRecord(row), storageKey: row.storage_key, side } : null;
}

export interface RemoveDisclosureAttachmentFields {
  id: string;
}

export type AttachmentUploadProblem = 'NOT_FOUND' | 'FORBIDDEN_OFFICE' | 'NOT_EDITABLE' | 'TOO_MANY';

async function uploadProblem(
  db: Db,
  viewer: Viewer,
  disclosureId: number,
  forUpdate: boolean,
): Promise<AttachmentUploadProblem | null> {
  const found = await findVisibleDisclosure(db, viewer, disclosureId, { forUpdate });
  if (!found) return 'NOT_FOUND';
  if (!mayManageAttachments(found.side, found.disclosure.status)) {
    return found.side === 'OFFICE' ? 'FORBIDDEN_OFFICE' : 'NOT_EDITABLE';
  }
  const { count } = await db
    .selectFrom('disclosure_attachment')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('disclosure_id', '=', disclosureId)
    .executeTakeFirstOrThrow();
  return Number(count) >= ATTACHMENTS_PER_DISCLOSURE_MAX ? 'TOO_MANY' : null;
}

/** Before the bytes are read: may this viewer add a file to this disclosure now? Checked again when recording. */
export function attachmentUploadProblem(
  db: Db,
  viewer: Viewer,
  disclosureId: number,
): Promise<AttachmentUploadProblem | null> {
  return uploadProblem(db, viewer, disclosureId, false);
}

/**
 * Records a stored file. Run it in a transaction: the disclosure row is locked first, so concurrent
 * uploads are counted one after the other and never pass the limit; the rules are checked again,
 * since the disclosure may have been submitted while the bytes were arriving.
 */
export async function recordAttachment(
  db: Db,
  viewer: Viewer,
  disclosureId: number,
  file: { storageKey: string; fileName: string; contentType: AttachmentContentType; byteSize: number },
): Promise<{ ok: true; attachment: DisclosureAttachmentRecord } | { ok: false; problem: AttachmentUploadProblem }> {
  const problem = await uploadProblem(db, viewer, disclosureId, true);
  if (problem) return { ok: false, problem };
  const { id } = await db
    .insertInto('disclosure_attachment')
    .values({
      disclosure_id: disclosureId,
      uploaded_by_id: viewer.userId,
      file_name: file.fileName,
      content_type: file.contentType,
      byte_size: file.byteSize,
      storage_key: file.storageKey,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await touchDisclosure(db, disclosureId);
  const stored = await selectAttachments(db).where('a.id', '=', id).executeTakeFirstOrThrow();
  return { ok: true, attachment: toAttachmentRecord(stored) };
}

/**
 * Deletes the row of an attachment (run it in a transaction); the caller deletes the bytes after the
 * commit, so a failure never leaves a row without its file. Someone else's attachment is refused like
 * a missing one.
 */
export async function removeDisclosureAttachment(
  db: Db,
  viewer: Viewer | null,
  input: RemoveDisclosureAttachmentFields,
): Promise<DisclosureOutcome & { storageKey?: string }> {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(input.id);
  const found = parsed?.type === 'DisclosureAttachment' ? await findVisibleAttachment(db, viewer, parsed.id) : null;
  if (!found) throw forbidden('ATTACHMENT_NOT_VISIBLE');
  const disclosureId = found.attachment.disclosureId;
  // Locked like an upload, so a removal and a submission do not cross.
  const disclosure = await findVisibleDisclosure(db, viewer, disclosureId, { forUpdate: true });
  if (!disclosure) throw forbidden('ATTACHMENT_NOT_VISIBLE');
  if (disclosure.side !== 'RESEARCHER') {
    throw forbidden('ATTACHMENT_REMOVE_RESEARCHERS_ONLY');
  }
  if (!mayManageAttachments(disclosure.side, disclosure.disclosure.status)) {
    return {
      ok: false,
      disclosureId,
      errors: [userError('ATTACHMENT_REMOVE_NOT_EDITABLE', 'id')],
    };
  }
  await db.deleteFrom('disclosure_attachment').where('id', '=', found.attachment.dbId).execute();
  await touchDisclosure(db, disclosureId);
  return { ok: true, disclosureId, storageKey: found.storageKey };
}

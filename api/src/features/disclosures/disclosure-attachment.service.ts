import type { Db } from '@tt/db/database';
import type { AttachmentContentType } from '@tt/shared/attachment-rules';
import { type DisclosureActor, type DisclosureStatus, isDisclosureEditable } from '@tt/shared/disclosure-transitions';
import { ATTACHMENTS_PER_DISCLOSURE_MAX } from '@tt/shared/limits';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { toDate } from '../../database/to-date.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { userError } from '../../errors/user-error.js';
import { parseGlobalId, toGlobalId } from '../../schema/global-id.js';
import { type DisclosureOutcome, findVisibleDisclosure } from './disclosure.service.js';
import { disclosureSide } from './disclosure-access.js';
import type { DisclosureAttachmentType } from './disclosure-attachment.type.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

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

interface AttachmentRow {
  id: number;
  disclosure_id: number;
  file_name: string;
  content_type: string;
  byte_size: number;
  storage_key: string;
  created_at: Date | string;
  uploaded_by_name: string | null;
}

const attachmentColumns = sql`a.id, a.disclosure_id, a.file_name, a.content_type, a.byte_size, a.storage_key,
  a.created_at, u.name as uploaded_by_name`;
const attachmentSource = sql`disclosure_attachment a left join app_user u on u.id = a.uploaded_by_id`;

function toAttachmentRecord(row: AttachmentRow): DisclosureAttachmentType {
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
export async function disclosureAttachmentLists(db: Db, ids: readonly number[]): Promise<DisclosureAttachmentType[][]> {
  const { rows } = await sql<AttachmentRow>`select ${attachmentColumns} from ${attachmentSource}
    where a.disclosure_id = any(${ids}::int[]) order by a.created_at, a.id`.execute(db);
  const groups = new Map<number, DisclosureAttachmentType[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.disclosure_id)?.push(toAttachmentRecord(row));
  return ids.map((id) => groups.get(id)!);
}

/**
 * An attachment with the storage key of its bytes and the viewer's side of its disclosure; null when
 * it does not exist or its disclosure is not the viewer's to see (they learn nothing either way).
 */
export async function findVisibleAttachment(
  db: Db,
  viewer: Viewer | null,
  id: number,
): Promise<{ attachment: DisclosureAttachmentType; storageKey: string; side: DisclosureActor } | null> {
  if (!viewer) return null;
  const { rows } = await sql<
    AttachmentRow & { institution_id: number; researcher_ids: number[]; reference_number: string | null }
  >`
    select ${attachmentColumns}, d.institution_id, d.reference_number,
      array(select r.user_id from disclosure_researcher r where r.disclosure_id = d.id) as researcher_ids
    from ${attachmentSource} join disclosure d on d.id = a.disclosure_id
    where a.id = ${id}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  const side = disclosureSide(viewer, {
    institutionId: row.institution_id,
    researcherIds: row.researcher_ids,
    referenceNumber: row.reference_number,
  });
  return side ? { attachment: toAttachmentRecord(row), storageKey: row.storage_key, side } : null;
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
  const { rows } = await sql<{ count: string }>`
    select count(*) as count from disclosure_attachment where disclosure_id = ${disclosureId}`.execute(db);
  return Number(rows[0]!.count) >= ATTACHMENTS_PER_DISCLOSURE_MAX ? 'TOO_MANY' : null;
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
): Promise<{ ok: true; attachment: DisclosureAttachmentType } | { ok: false; problem: AttachmentUploadProblem }> {
  const problem = await uploadProblem(db, viewer, disclosureId, true);
  if (problem) return { ok: false, problem };
  const { rows } = await sql<{ id: number }>`
    insert into disclosure_attachment (disclosure_id, uploaded_by_id, file_name, content_type, byte_size, storage_key,
      created_at)
    values (${disclosureId}, ${viewer.userId}, ${file.fileName}, ${file.contentType}, ${file.byteSize},
      ${file.storageKey}, now())
    returning id`.execute(db);
  await sql`update disclosure set updated_at = now() where id = ${disclosureId}`.execute(db);
  const { rows: stored } = await sql<AttachmentRow>`select ${attachmentColumns} from ${attachmentSource}
    where a.id = ${rows[0]!.id}`.execute(db);
  return { ok: true, attachment: toAttachmentRecord(stored[0]!) };
}

/**
 * Deletes the row of an attachment (run it in a transaction); the caller deletes the bytes after the
 * commit, so a failure never leaves a row without its file. Someone else's attachment is refused like
 * a missing one.
 */
export async function removeDisclosureAttachment(
  db: Db,
  viewer: Viewer | null,
  input: { id: string },
): Promise<DisclosureOutcome & { storageKey?: string }> {
  if (!viewer) throw unauthenticated();
  const parsed = parseGlobalId(input.id);
  const found = parsed?.type === 'DisclosureAttachment' ? await findVisibleAttachment(db, viewer, parsed.id) : null;
  if (!found) throw forbidden('This file does not exist or is not yours to see.');
  const disclosureId = found.attachment.disclosureId;
  // Locked like an upload, so a removal and a submission do not cross.
  const disclosure = await findVisibleDisclosure(db, viewer, disclosureId, { forUpdate: true });
  if (!disclosure) throw forbidden('This file does not exist or is not yours to see.');
  if (disclosure.side !== 'RESEARCHER') {
    throw forbidden('The office reads the attached files but does not remove them: the researchers do.');
  }
  if (!mayManageAttachments(disclosure.side, disclosure.disclosure.status)) {
    return {
      ok: false,
      disclosureId,
      errors: [
        userError(
          'NOT_EDITABLE',
          'Files can be removed only while the disclosure is a draft or returned with questions.',
          'id',
        ),
      ],
    };
  }
  await sql`delete from disclosure_attachment where id = ${found.attachment.dbId}`.execute(db);
  await sql`update disclosure set updated_at = now() where id = ${disclosureId}`.execute(db);
  return { ok: true, disclosureId, storageKey: found.storageKey };
}

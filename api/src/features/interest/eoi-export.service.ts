import type { Db } from '@tt/db/database';
import { readEoiExportFilter } from '@tt/shared/office-exports';
import type { Viewer } from '../../auth/viewer.js';
import { badInput } from '../../errors/domain-error.js';
import { EXPORT_BATCH_SIZE, everyPage, type OfficeExport } from '../../exports/office-export.js';
import { eoiBoardPage } from './eoi-queries.service.js';
import type { EoiRecord } from './eoi-records.js';

// The triage list as CSV: the board's own query (eoiBoardPage) with the filters of the triage page's address,
// each batch completed by one statement with the names the records hold only as ids.

const COLUMNS = [
  'export.eoi.reference',
  'export.eoi.submittedAt',
  'export.eoi.status',
  'export.eoi.overdue',
  'export.eoi.priority',
  'export.eoi.listing',
  'export.eoi.listingKind',
  'export.eoi.institute',
  'export.eoi.company',
  'export.eoi.submitter',
  'export.eoi.interestType',
  'export.eoi.ndaRequested',
  'export.eoi.assignee',
  'export.eoi.firstResponseAt',
  'export.eoi.lastActivityAt',
  'export.eoi.declineReason',
  'export.eoi.message',
  'export.eoi.intendedUse',
  'export.eoi.timeline',
] as const;

/** The listing, institute, company and assignee of each EoI of a batch, by EoI id. */
async function namesOf(db: Db, eois: EoiRecord[]) {
  const rows = await db
    .selectFrom('expression_of_interest as e')
    .innerJoin('asset as a', 'a.id', 'e.asset_id')
    .innerJoin('institution as i', 'i.id', 'a.institution_id')
    .innerJoin('company as c', 'c.id', 'e.company_id')
    .leftJoin('app_user as u', 'u.id', 'e.assignee_id')
    .select(['e.id', 'a.title', 'a.kind', 'i.short_name as institute', 'c.name as company', 'u.name as assignee'])
    .where(
      'e.id',
      'in',
      eois.map((eoi) => eoi.dbId),
    )
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export const eoiExport: OfficeExport = {
  fileName: 'export.eoi.fileName',
  columns: COLUMNS,
  async *batches(db: Db, viewer: Viewer, params: URLSearchParams) {
    const read = readEoiExportFilter(params);
    if (!read.ok) throw badInput('EXPORT_FILTER_INVALID', read.parameter, { parameter: read.parameter });
    const filter = read.filter;
    for await (const eois of everyPage((after) =>
      eoiBoardPage(db, viewer, { filter, first: EXPORT_BATCH_SIZE, after }),
    )) {
      const names = await namesOf(db, eois);
      yield eois.map((eoi) => {
        const named = names.get(eoi.dbId);
        return [
          eoi.dbId,
          eoi.createdAt,
          eoi.status,
          eoi.overdue,
          eoi.priority,
          named?.title ?? null,
          named?.kind ?? null,
          named?.institute ?? null,
          named?.company ?? null,
          eoi.submitterName,
          eoi.interestType,
          eoi.ndaRequested,
          named?.assignee ?? null,
          eoi.firstResponseAt,
          eoi.lastActivityAt,
          eoi.declineReason,
          eoi.message,
          eoi.intendedUse,
          eoi.timeline,
        ];
      });
    }
  },
};

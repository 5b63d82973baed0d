import type { Db } from '@tt/db/database';
import { readDisclosureExportFilter } from '@tt/shared/office-exports';
import type { Viewer } from '../../auth/viewer.js';
import { badInput } from '../../errors/domain-error.js';
import { EXPORT_BATCH_SIZE, everyPage, type OfficeExport } from '../../exports/office-export.js';
import { disclosureAssignee, disclosurePage } from './disclosure-list.service.js';
import type { DisclosureRecord } from './disclosure-records.js';

// The disclosures pipeline as CSV: the pipeline's own query (disclosurePage) with its tab's statuses and its
// assignee filter, each batch completed by one statement with the institute's and the assignee's names.

const COLUMNS = [
  'export.disclosure.reference',
  'export.disclosure.title',
  'export.disclosure.status',
  'export.disclosure.institute',
  'export.disclosure.assignee',
  'export.disclosure.inventors',
  'export.disclosure.trl',
  'export.disclosure.patentability',
  'export.disclosure.marketPotential',
  'export.disclosure.recommendation',
  'export.disclosure.submittedAt',
  'export.disclosure.updatedAt',
] as const;

async function namesOf(db: Db, disclosures: DisclosureRecord[]) {
  const rows = await db
    .selectFrom('disclosure as d')
    .innerJoin('institution as i', 'i.id', 'd.institution_id')
    .leftJoin('app_user as u', 'u.id', 'd.assignee_id')
    .select(['d.id', 'i.short_name as institute', 'u.name as assignee'])
    .where(
      'd.id',
      'in',
      disclosures.map((disclosure) => disclosure.dbId),
    )
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export const disclosureExport: OfficeExport = {
  fileName: 'export.disclosure.fileName',
  columns: COLUMNS,
  async *batches(db: Db, viewer: Viewer, params: URLSearchParams) {
    const read = readDisclosureExportFilter(params);
    if (!read.ok) throw badInput('EXPORT_FILTER_INVALID', read.parameter, { parameter: read.parameter });
    const { statuses, assignee, institutionId } = read.filter;
    const assigneeId = disclosureAssignee(viewer, assignee, 'assignee');
    for await (const disclosures of everyPage((after) =>
      disclosurePage(db, viewer, { statuses, assigneeId, institutionId, first: EXPORT_BATCH_SIZE, after }),
    )) {
      const names = await namesOf(db, disclosures);
      yield disclosures.map((disclosure) => {
        const named = names.get(disclosure.dbId);
        const assessment = disclosure.assessmentData;
        return [
          disclosure.referenceNumber,
          disclosure.title,
          disclosure.status,
          named?.institute ?? null,
          named?.assignee ?? null,
          disclosure.inventors.map((inventor) => inventor.name).join('; '),
          disclosure.trl,
          assessment.patentability,
          assessment.marketPotential,
          assessment.recommendation,
          disclosure.submittedAt,
          disclosure.updatedAt,
        ];
      });
    }
  },
};

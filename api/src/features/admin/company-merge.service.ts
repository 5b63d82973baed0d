import type { Db } from '@tt/db/database';
import { openEoiStatusesSql } from '@tt/shared/eoi-transitions';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { type UserError, userError } from '../../errors/user-error.js';
import type { TableColumn } from '../../jobs/housekeeping.job.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { type CompanyRecord, companySelection, toCompanyRecord } from '../partners/company-records.js';
import { requireCompanyAdmin } from './company-admin.service.js';

/**
 * Every reference to a company the merge moves (a test checks this list against the database's foreign keys, so a
 * new one fails until it is handled here). The first are plain moves; the rest need care (below).
 */
export const MOVED_COMPANY_REFERENCES = [
  ['expression_of_interest', 'company_id'],
  ['invitation', 'company_id'],
  ['technology_request', 'company_id'],
  ['listing_feedback', 'company_id'],
  ['listing_invitation', 'company_id'],
  ['agreement', 'company_id'],
  ['app_user', 'company_id'],
] as const satisfies readonly TableColumn[];
/** Keyed by company and something else: merged without duplicates (company_sector, recommendation_dismissal, partner_relationship). */
export const MERGED_COMPANY_REFERENCES = [
  ['company_sector', 'company_id'],
  ['recommendation_dismissal', 'company_id'],
  ['partner_relationship', 'company_id'],
] as const satisfies readonly TableColumn[];

/**
 * Merges company `source` (a duplicate) into `target`, in the caller's transaction: every member, EoI, agreement,
 * technology request, invitation, feedback, partner record (and the rest of MOVED/MERGED_COMPANY_REFERENCES) moves to
 * the target, then the source is deleted. Saved searches belong to the members and move with them. The target keeps
 * its own profile. Refused when both have an open EoI on the same listing (only one may be open: close one first).
 */
export async function mergeCompanies(
  db: Db,
  viewer: Viewer,
  input: { sourceId: string; targetId: string },
): Promise<{ ok: true; company: CompanyRecord } | { ok: false; errors: UserError[] }> {
  requireCompanyAdmin(viewer);
  const source = parseGlobalId(input.sourceId);
  const target = parseGlobalId(input.targetId);
  if (source?.type !== 'Company' || target?.type !== 'Company')
    return { ok: false, errors: [userError('COMPANY_NOT_FOUND_TO_MERGE', 'sourceId')] };
  if (source.id === target.id) return { ok: false, errors: [userError('COMPANY_MERGE_SAME', 'targetId')] };
  const found = await db
    .selectFrom('company')
    .select('id')
    .where('id', 'in', [source.id, target.id])
    .orderBy('id')
    .forUpdate()
    .execute();
  if (found.length !== 2) return { ok: false, errors: [userError('COMPANY_NOT_FOUND_TO_MERGE', 'sourceId')] };
  const clash = await db
    .selectFrom('expression_of_interest as a')
    .innerJoin('expression_of_interest as b', 'b.asset_id', 'a.asset_id')
    .select('a.id')
    .where('a.company_id', '=', source.id)
    .where('b.company_id', '=', target.id)
    .where(sql<boolean>`a.status in ${sql.raw(openEoiStatusesSql())} and b.status in ${sql.raw(openEoiStatusesSql())}`)
    .limit(1)
    .execute();
  if (clash.length) return { ok: false, errors: [userError('COMPANY_MERGE_OPEN_EOI_CONFLICT', 'sourceId')] };

  for (const [table, column] of MOVED_COMPANY_REFERENCES) {
    await db
      .updateTable(table)
      .set({ [column]: target.id })
      .where(column, '=', source.id)
      .execute();
  }
  await db
    .insertInto('company_sector')
    .columns(['company_id', 'sector_id'])
    .expression((eb) =>
      eb
        .selectFrom('company_sector')
        .select([eb.val(target.id).as('company_id'), 'sector_id'])
        .where('company_id', '=', source.id),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('recommendation_dismissal')
    .columns(['company_id', 'asset_id', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('recommendation_dismissal')
        .select([eb.val(target.id).as('company_id'), 'asset_id', 'created_at'])
        .where('company_id', '=', source.id),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  // Partner records: where the target has none at an institute, the source's becomes the target's; where both
  // have one, the source's contacts and notes join the target's.
  const doubled = await db
    .selectFrom('partner_relationship as s')
    .innerJoin('partner_relationship as t', 't.institution_id', 's.institution_id')
    .select(['s.id as source_record', 't.id as target_record', 's.notes'])
    .where('s.company_id', '=', source.id)
    .where('t.company_id', '=', target.id)
    .execute();
  for (const pair of doubled) {
    await db
      .updateTable('partner_contact')
      .set({ relationship_id: pair.target_record })
      .where('relationship_id', '=', pair.source_record)
      .execute();
    if (pair.notes)
      await db
        .updateTable('partner_relationship')
        .set((eb) => ({ notes: sql<string>`concat_ws(E'\n\n', nullif(${eb.ref('notes')}, ''), ${pair.notes}::text)` }))
        .where('id', '=', pair.target_record)
        .execute();
    await db.deleteFrom('partner_relationship').where('id', '=', pair.source_record).execute();
  }
  await db
    .updateTable('partner_relationship')
    .set({ company_id: target.id })
    .where('company_id', '=', source.id)
    .execute();
  await db.deleteFrom('company').where('id', '=', source.id).execute();
  const row = await db
    .selectFrom('company as c')
    .select(companySelection)
    .where('c.id', '=', target.id)
    .executeTakeFirstOrThrow();
  return { ok: true, company: toCompanyRecord(row) };
}

import type { Db } from '@tt/db/database';
import { DisclosureStatus } from '@tt/shared/disclosure-transitions';
import { sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { unauthenticated } from '../../errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage, statusTotals } from '../../pagination/page-info.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { visibleDisclosures } from './disclosure-access.js';
import { type DisclosureConnectionRecord, selectDisclosures, toDisclosureRecord } from './disclosure-records.js';

export interface DisclosureListArgs {
  statuses: DisclosureStatus[] | null;
  /** Only those assigned to this user, or to nobody ("none"); the pipeline's list filters none out. */
  assigneeId?: number | 'none' | null;
  /** One institute's global id (an administrator's filter), within the viewer's scope. */
  institutionId?: string | null;
  first: number;
  after: string | null;
}

/**
 * The pipeline's assignee filter as the API takes it (the list's argument and the export's parameter alike):
 * "mine", "none" (unassigned), an officer's global id, or nothing (anyone).
 */
export function disclosureAssignee(
  viewer: Viewer,
  assignee: string | null | undefined,
  argument = 'filter.assigneeId',
): number | 'none' | null {
  if (!assignee) return null;
  if (assignee === 'mine') return viewer.userId;
  if (assignee === 'none') return 'none';
  return expectGlobalId(assignee, 'User', argument);
}

/** The institute filter's database id: an officer naming another institute gets nothing, never more. */
const institutionOf = (args: DisclosureListArgs): number | null =>
  args.institutionId ? expectGlobalId(args.institutionId, 'Institution', 'filter.institutionId') : null;

/** A page of what the viewer may see, newest activity first. */
export async function disclosurePage(
  db: Db,
  viewer: Viewer | null,
  args: DisclosureListArgs,
): Promise<Pick<DisclosureConnectionRecord, 'edges' | 'pageInfo'>> {
  if (!viewer) throw unauthenticated();
  const visible = visibleDisclosures(viewer);
  const statuses = args.statuses?.length ? args.statuses : null;
  const assignee = args.assigneeId ?? null;
  const institutionId = institutionOf(args);
  const after = args.after ? decodeCursor(args.after, 'DISCLOSURES', ['timestamp', 'id']) : null;
  const rows = await selectDisclosures(db)
    .select((eb) => eb.cast<string>('d.updated_at', 'text').as('updated_key'))
    .where(visible)
    .$if(statuses !== null, (qb) =>
      qb.where((eb) => eb('d.status', '=', eb.fn.any(sql<DisclosureStatus[]>`${statuses}::disclosure_status[]`))),
    )
    .$if(assignee === 'none', (qb) => qb.where('d.assignee_id', 'is', null))
    .$if(typeof assignee === 'number', (qb) => qb.where('d.assignee_id', '=', assignee as number))
    .$if(institutionId !== null, (qb) => qb.where('d.institution_id', '=', institutionId!))
    // A row comparison against the cursor's text timestamp, cast: the builder's tuples take values of the columns' types.
    .$if(after !== null, (qb) =>
      qb.where(
        (eb) =>
          sql<boolean>`(${eb.ref('d.updated_at')}, ${eb.ref('d.id')}) < (${after![0]}::timestamptz, ${after![1]})`,
      ),
    )
    .orderBy('d.updated_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(args.first + 1)
    .execute();
  const now = new Date();
  return keysetPage(rows, args.first, Boolean(after), (row) => ({
    cursor: encodeCursor('DISCLOSURES', [row.updated_key, row.id]),
    node: toDisclosureRecord(row, now),
  }));
}

/** Newest activity first; only what the viewer may see (nothing for company members), with counts per status. */
export async function listDisclosures(
  db: Db,
  viewer: Viewer | null,
  args: DisclosureListArgs,
): Promise<DisclosureConnectionRecord> {
  const page = await disclosurePage(db, viewer, args);
  // Counted with every filter but the status one (the tabs' counts follow the assignee and institute filters).
  const assignee = args.assigneeId ?? null;
  const institutionId = institutionOf(args);
  const counts = await db
    .selectFrom('disclosure as d')
    .select((eb) => ['d.status', eb.fn.countAll<string>().as('count')])
    .where(visibleDisclosures(viewer!))
    .$if(assignee === 'none', (qb) => qb.where('d.assignee_id', 'is', null))
    .$if(typeof assignee === 'number', (qb) => qb.where('d.assignee_id', '=', assignee as number))
    .$if(institutionId !== null, (qb) => qb.where('d.institution_id', '=', institutionId!))
    .groupBy('d.status')
    .execute();
  return {
    ...page,
    ...statusTotals(Object.values(DisclosureStatus), counts, args.statuses?.length ? args.statuses : null),
  };
}

import type { Database, Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import type { Language } from '@tt/shared/languages';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage, statusTotals } from '../../pagination/page-info.js';
import { expectGlobalId } from '../../schema/global-id.js';
import { ASSET_COLUMNS, toAssetRecord } from '../catalogue/asset-records.js';
import { officeListingsCondition } from './listing-access.js';
import type { ListingConnectionRecord, OfficeListingConnectionRecord } from './listing-records.js';

// The editor's lists: the office's listings in every status (with counts per status), and a researcher's
// published listings as one of their inventors.

/** Conditions over `asset as a`. */
type OverAsset = ExpressionBuilder<Database & { a: Database['asset'] }, 'a'>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * A page of the listings `where` picks, the latest `order` time first (`a.updated_at` or `a.published_at`,
 * then the id), after the cursor of its list.
 */
async function listingPage(
  db: Db,
  where: (eb: OverAsset) => Expression<SqlBool>[],
  order: 'updated' | 'published',
  list: 'OFFICE_LISTINGS' | 'MY_LISTINGS',
  args: { first: number; after: string | null; language?: Language },
) {
  const after = args.after ? decodeCursor(args.after, list, ['timestamp', 'id']) : null;
  const at = `a.${order}_at` as const;
  const key = `${order}_key` as const;
  const rows = await db
    .selectFrom('asset as a')
    .select(ASSET_COLUMNS)
    .select((eb) => eb.cast<string>(at, 'text').as(key))
    .where((eb) =>
      eb.and([
        ...where(eb),
        ...(after
          ? [
              eb(
                eb.refTuple(at, 'a.id'),
                '<',
                eb.tuple(eb.cast<Date>(eb.val(after[0]), 'timestamptz'), eb.val(after[1] as number)),
              ),
            ]
          : []),
      ]),
    )
    .orderBy(at, 'desc')
    .orderBy('a.id', 'desc')
    .limit(args.first + 1)
    .execute();
  return keysetPage(rows, args.first, Boolean(after), (row) => ({
    cursor: encodeCursor(list, [row[key], row.id]),
    node: toAssetRecord(row, args.language),
  }));
}

interface OfficeListingArgs {
  statuses: AssetStatus[] | null;
  query: string | null;
  /** One institute's (an administrator's filter), within the viewer's scope. */
  institutionId?: string | null;
  first: number;
  after: string | null;
  /** The request's: the listings' texts shown in it when they have it. */
  language?: Language;
}

/**
 * What the office's list selects: the office's listings (all of them for admins) that match the search and,
 * when named, of one institute (never wider than the scope: an officer naming another institute gets nothing).
 */
function officeListingConditions(viewer: Viewer | null, args: Pick<OfficeListingArgs, 'query' | 'institutionId'>) {
  if (!viewer) throw unauthenticated();
  const scope = officeListingsCondition(viewer);
  if (!scope) throw forbidden('LISTINGS_OFFICE_ONLY');
  const text = args.query?.trim().slice(0, 200);
  const pattern = text ? `%${escapeLike(text)}%` : null;
  const institutionId = args.institutionId
    ? expectGlobalId(args.institutionId, 'Institution', 'filter.institutionId')
    : null;
  return (eb: OverAsset): Expression<SqlBool>[] => [
    scope,
    ...(pattern ? [eb.or([eb('a.title', 'ilike', pattern), eb('a.slug', 'ilike', pattern)])] : []),
    ...(institutionId !== null ? [eb('a.institution_id', '=', institutionId)] : []),
  ];
}

/** A page of the office's listings in the statuses asked for, last changed first. */
export async function officeListingPage(db: Db, viewer: Viewer | null, args: OfficeListingArgs) {
  const matching = officeListingConditions(viewer, args);
  const statuses = args.statuses?.length ? args.statuses : null;
  return listingPage(
    db,
    (eb) => [...matching(eb), ...(statuses ? [eb('a.status', '=', eb.fn.any(eb.val(statuses)))] : [])],
    'updated',
    'OFFICE_LISTINGS',
    args,
  );
}

/** The office's listings in every status (all of them for admins), last changed first, with counts per status. */
export async function listOfficeListings(
  db: Db,
  viewer: Viewer | null,
  args: OfficeListingArgs,
): Promise<OfficeListingConnectionRecord> {
  const matching = officeListingConditions(viewer, args);
  const page = await officeListingPage(db, viewer, args);
  const counts = await db
    .selectFrom('asset as a')
    .select((eb) => ['a.status', eb.cast<number>(eb.fn.countAll(), 'integer').as('count')])
    .where((eb) => eb.and(matching(eb)))
    .groupBy('a.status')
    .execute();
  const statuses = args.statuses?.length ? args.statuses : null;
  return { ...page, ...statusTotals(Object.values(AssetStatus), counts, statuses) };
}

/** A researcher's published listings, as one of the inventors (their account linked to the inventor). */
export async function listMyListings(
  db: Db,
  viewer: Viewer | null,
  args: { first: number; after: string | null; language?: Language },
): Promise<ListingConnectionRecord> {
  if (!viewer) throw unauthenticated();
  if (viewer.role !== UserRole.RESEARCHER) throw forbidden('INVENTOR_LISTINGS_RESEARCHERS_ONLY');
  const userId = viewer.userId;
  const mine = (eb: OverAsset): Expression<SqlBool>[] => [
    eb('a.status', '=', AssetStatus.PUBLISHED),
    eb.exists(
      eb
        .selectFrom('asset_inventor as x')
        .innerJoin('inventor as i', 'i.id', 'x.inventor_id')
        .select(eb.lit(1).as('one'))
        .whereRef('x.asset_id', '=', 'a.id')
        .where('i.user_id', '=', userId),
    ),
  ];
  const page = await listingPage(db, mine, 'published', 'MY_LISTINGS', args);
  const total = await db
    .selectFrom('asset as a')
    .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('count'))
    .where((eb) => eb.and(mine(eb)))
    .executeTakeFirst();
  return { ...page, totalCount: total?.count ?? 0 };
}

import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { openEoiStatusesSql } from '@tt/shared/eoi-transitions';
import { DEFAULT_LANGUAGE, Language } from '@tt/shared/languages';
import { PLATFORM_LISTINGS_SHOWN } from '@tt/shared/limits';
import type { FormField } from '@tt/shared/service-request-forms';
import DataLoader from 'dataloader';
import { type Expression, expressionBuilder, sql } from 'kysely';
import { toDate } from '../database/to-date.js';
import { toUserRecord, userSelection } from '../features/accounts/user-records.js';
import {
  ASSET_COLUMNS,
  type AssetRecord,
  type AssetRow,
  type ContactOfficerRecord,
  type InstitutionRecord,
  type InventorRecord,
  titleShownInItalian,
  toAssetRecord,
  toInventorRecord,
} from '../features/catalogue/asset-records.js';
import {
  disclosureHistories,
  disclosuresByAssetIds,
  disclosureThreads,
} from '../features/disclosures/disclosure.service.js';
import { disclosureAttachmentLists } from '../features/disclosures/disclosure-attachment.service.js';
import { disclosureResearcherLists } from '../features/disclosures/disclosure-researcher.service.js';
import { feedbackOfListings, type ListingFeedbackRecord } from '../features/feedback/listing-feedback.service.js';
import { toInstitutionRecord, toPlatformRecord, toSectorRecord } from '../features/institutions/institution-records.js';
import { companySelection, toCompanyRecord } from '../features/partners/company-records.js';
import { PrimedLoader } from './primed-loader.js';

type PlatformRecord = ReturnType<typeof toPlatformRecord>;
type SectorRecord = ReturnType<typeof toSectorRecord>;

const values = expressionBuilder<Record<string, never>, never>();

/** `= any($1)`: one parameter whatever the number of keys, so the statement's text never varies. */
function anyOf<T>(list: readonly T[]): Expression<T> {
  return values.fn.any(values.val(list));
}

/**
 * sector.parent_id is a self-reference, which the entities' inferred types cannot express (a template key of
 * unknown type): read as the nullable id it is.
 */
function withParent<R extends object>(row: R): R & { parent_id: number | null } {
  return { ...row, parent_id: (row as { parent_id?: unknown }).parent_id as number | null };
}

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

function groupedBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row));
    if (list) list.push(row);
    else map.set(keyOf(row), [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}

/**
 * One set per request, so a page of N assets costs one statement per relation, not N. The relations a listing
 * statement can bring along (asset-relations.ts) are PrimedLoaders: once primed, read at once. Listings come
 * with their texts in the request's `language` when they have it (toAssetRecord).
 */
export function createLoaders(db: Db, language: Language = DEFAULT_LANGUAGE) {
  const toAsset = (row: AssetRow) => toAssetRecord(row, language);
  return {
    institutionById: new PrimedLoader<number, InstitutionRecord | null>(async (ids) => {
      const rows = await db.selectFrom('institution').selectAll().where('id', '=', anyOf(ids)).execute();
      return byKey(ids, rows.map(toInstitutionRecord), (row) => row.dbId);
    }),

    platformById: new PrimedLoader<number, PlatformRecord | null>(async (ids) => {
      const rows = await db.selectFrom('platform').selectAll().where('id', '=', anyOf(ids)).execute();
      return byKey(ids, rows.map(toPlatformRecord), (row) => row.dbId);
    }),

    platformsByInstitutionId: new DataLoader<number, PlatformRecord[]>(async (ids) => {
      const rows = await db
        .selectFrom('platform')
        .selectAll()
        .where('institution_id', '=', anyOf(ids))
        // Retired platforms leave the institutes' pages (a listing naming one still shows it: platformById).
        .where('retired_at', 'is', null)
        .orderBy('name')
        .execute();
      return groupedBy(ids, rows.map(toPlatformRecord), (row) => row.institutionId);
    }),

    sectorById: new DataLoader<number, SectorRecord | null>(async (ids) => {
      const rows = await db.selectFrom('sector').selectAll().where('id', '=', anyOf(ids)).execute();
      return byKey(
        ids,
        rows.map((row) => toSectorRecord(withParent(row))),
        (row) => row.dbId,
      );
    }),

    sectorsByAssetId: new PrimedLoader<number, SectorRecord[]>(async (ids) => {
      const rows = await db
        .selectFrom('asset_sector as x')
        .innerJoin('sector as s', 's.id', 'x.sector_id')
        .selectAll('s')
        .select('x.asset_id')
        .where('x.asset_id', '=', anyOf(ids))
        .orderBy('s.kind')
        .orderBy('s.position')
        .execute();
      return groupedBy(ids, rows, (row) => row.asset_id).map((list) =>
        list.map((row) => toSectorRecord(withParent(row))),
      );
    }),

    sectorsByCompanyId: new DataLoader<number, SectorRecord[]>(async (ids) => {
      const rows = await db
        .selectFrom('company_sector as x')
        .innerJoin('sector as s', 's.id', 'x.sector_id')
        .selectAll('s')
        .select('x.company_id')
        .where('x.company_id', '=', anyOf(ids))
        .orderBy('s.kind')
        .orderBy('s.position')
        .execute();
      return groupedBy(ids, rows, (row) => row.company_id).map((list) =>
        list.map((row) => toSectorRecord(withParent(row))),
      );
    }),

    inventorsByAssetId: new PrimedLoader<number, InventorRecord[]>(async (ids) => {
      const rows = await db
        .selectFrom('asset_inventor as x')
        .innerJoin('inventor as i', 'i.id', 'x.inventor_id')
        .select(['i.id', 'i.name', 'i.affiliation', 'x.asset_id'])
        .where('x.asset_id', '=', anyOf(ids))
        .orderBy('x.position')
        .execute();
      return groupedBy(ids, rows, (row) => row.asset_id).map((list) => list.map(toInventorRecord));
    }),

    contactOfficerById: new PrimedLoader<number, ContactOfficerRecord | null>(async (ids) => {
      const rows = await db
        .selectFrom('app_user')
        .select(['id', 'name', 'title', 'title_language'])
        .where('id', '=', anyOf(ids))
        .execute();
      return byKey(ids, rows, (row) => row.id).map((row) =>
        row ? { name: row.name, title: row.title, titleLanguage: row.title_language } : null,
      );
    }),

    /** Any company, listed or not: callers check that the viewer may see it. */
    companyById: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db
        .selectFrom('company as c')
        .select(companySelection)
        .where('c.id', '=', anyOf(ids))
        .execute();
      return byKey(ids, rows.map(toCompanyRecord), (row) => row.dbId);
    }),

    /** Any user: callers check that the viewer may see them. */
    userById: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db.selectFrom('app_user as u').select(userSelection).where('u.id', '=', anyOf(ids)).execute();
      return byKey(ids, rows.map(toUserRecord), (row) => row.dbId);
    }),

    /** The people of each company, by name; callers check that the viewer may see them. */
    usersByCompanyId: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db
        .selectFrom('app_user as u')
        .select(userSelection)
        .where('u.company_id', '=', anyOf(ids))
        .orderBy((eb) => eb.fn('lower', ['u.name']))
        .orderBy('u.id')
        .execute();
      return groupedBy(ids, rows.map(toUserRecord), (row) => row.companyId);
    }),

    /** A service listing's own request form (null: it uses its platform kind's default). */
    serviceRequestFormByAssetId: new DataLoader<number, { fields: FormField[]; updatedAt: Date } | null>(
      async (ids) => {
        const rows = await db
          .selectFrom('service_request_form')
          .select(['asset_id', 'fields', 'updated_at'])
          .where('asset_id', '=', anyOf(ids))
          .execute();
        const byAsset = new Map(
          rows.map((row) => [row.asset_id, { fields: row.fields, updatedAt: toDate(row.updated_at) }]),
        );
        return ids.map((id) => byAsset.get(id) ?? null);
      },
    ),

    /** Any asset whatever its status: callers decide what the viewer may see. */
    assetById: new DataLoader<number, AssetRecord | null>(async (ids) => {
      const rows = await db.selectFrom('asset as a').select(ASSET_COLUMNS).where('a.id', '=', anyOf(ids)).execute();
      return byKey(ids, rows.map(toAsset), (row) => row.dbId);
    }),

    eoiMessagesByEoiId: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db
        .selectFrom('eoi_message as m')
        .leftJoin('app_user as u', 'u.id', 'm.author_id')
        .select([
          'm.id',
          'm.eoi_id',
          'm.body',
          'm.language',
          'm.internal',
          'm.created_at',
          'u.name as author_name',
          'u.role as author_role',
        ])
        .where('m.eoi_id', '=', anyOf(ids))
        .orderBy('m.created_at')
        .orderBy('m.id')
        .execute();
      return groupedBy(ids, rows, (row) => row.eoi_id);
    }),

    eoiHistoryByEoiId: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db
        .selectFrom('eoi_transition as t')
        .leftJoin('app_user as u', 'u.id', 't.actor_id')
        .select(['t.eoi_id', 't.from_status', 't.to_status', 't.reason', 't.language', 't.at', 'u.name as actor_name'])
        .where('t.eoi_id', '=', anyOf(ids))
        .orderBy('t.at')
        .orderBy('t.id')
        .execute();
      return groupedBy(ids, rows, (row) => row.eoi_id);
    }),

    disclosureHistoryById: new DataLoader((ids: readonly number[]) => disclosureHistories(db, ids)),
    /** The disclosure each listing was made from (callers check that the viewer is its office). */
    sourceDisclosureByAssetId: new DataLoader((ids: readonly number[]) => disclosuresByAssetIds(db, ids)),
    /** The listing made from each disclosure, whatever its status (callers check that the viewer is its office). */
    listingByDisclosureId: new DataLoader<number, AssetRecord | null>(async (ids) => {
      const rows = await db
        .selectFrom('disclosure as d')
        .innerJoin('asset as a', 'a.id', 'd.asset_id')
        .select(ASSET_COLUMNS)
        .select('d.id as disclosure_id')
        .where('d.id', '=', anyOf(ids))
        .execute();
      const byDisclosure = new Map(rows.map((row) => [row.disclosure_id, toAsset(row)]));
      return ids.map((id) => byDisclosure.get(id) ?? null);
    }),
    disclosureMessagesById: new DataLoader((ids: readonly number[]) => disclosureThreads(db, ids)),
    attachmentsByDisclosureId: new DataLoader((ids: readonly number[]) => disclosureAttachmentLists(db, ids)),
    researchersByDisclosureId: new DataLoader((ids: readonly number[]) => disclosureResearcherLists(db, ids)),

    /** When this viewer last read each thread. */
    eoiReadAtByEoiId: new DataLoader<{ eoiId: number; userId: number }, Date | null, string>(
      async (keys) => {
        const userId = keys[0]!.userId;
        const ids = keys.map((key) => key.eoiId);
        const rows = await db
          .selectFrom('eoi_read_marker')
          .select(['eoi_id', 'read_at'])
          .where('user_id', '=', userId)
          .where('eoi_id', '=', anyOf(ids))
          .execute();
        return byKey(ids, rows, (row) => row.eoi_id).map((row) => (row ? toDate(row.read_at) : null));
      },
      { cacheKeyFn: (key) => `${key.userId}:${key.eoiId}` },
    ),

    /** The accounts of each asset's inventors. */
    /** Companies' feedback on each listing, newest first (features/feedback). */
    feedbackByAssetId: new DataLoader<number, ListingFeedbackRecord[]>((ids) => feedbackOfListings(db, ids)),

    inventorUserIdsByAssetId: new DataLoader<number, number[]>(async (ids) => {
      const rows = await db
        .selectFrom('asset_inventor as x')
        .innerJoin('inventor as i', 'i.id', 'x.inventor_id')
        .select(['x.asset_id', 'i.user_id'])
        .where('x.asset_id', '=', anyOf(ids))
        .where('i.user_id', 'is not', null)
        .$narrowType<{ user_id: number }>()
        .execute();
      return groupedBy(ids, rows, (row) => row.asset_id).map((list) => list.map((row) => row.user_id));
    }),

    /** EoI counts per asset, by interest type and open or not. */
    interestCountsByAssetId: new DataLoader(async (ids: readonly number[]) => {
      const rows = await db
        .selectFrom('expression_of_interest as e')
        .select((eb) => [
          'e.asset_id',
          'e.interest_type',
          // The open statuses as literals (openEoiStatusesSql), so the grouping below is the same expression.
          sql<boolean>`${eb.ref('e.status')} in ${sql.raw(openEoiStatusesSql())}`.as('open'),
          eb.fn.countAll<string>().as('count'),
        ])
        .where('e.asset_id', '=', anyOf(ids))
        .groupBy([sql`1`, sql`2`, sql`3`])
        .execute();
      return groupedBy(ids, rows, (row) => row.asset_id).map((list) =>
        list.map((row) => ({ interest_type: row.interest_type, open: row.open, count: Number(row.count) })),
      );
    }),

    /**
     * The first published services and listings run on each platform, by the title shown in the request's language
     * (PLATFORM_LISTINGS_SHOWN): a platform of a large institute runs thousands, which its institute's page cannot list.
     */
    publishedAssetsByPlatformId: new DataLoader<number, AssetRecord[]>(async (ids) => {
      const rows = await db
        .selectFrom(sql<{ id: number }>`unnest(${[...ids]}::int[])`.as<'p'>(sql`p(id)`))
        .innerJoinLateral(
          (eb) =>
            eb
              .selectFrom('asset as a')
              .select(ASSET_COLUMNS)
              .whereRef('a.platform_id', '=', 'p.id')
              .where('a.status', '=', AssetStatus.PUBLISHED)
              // By the title the page shows (each order has its index: asset_published_platform_it_idx in Italian).
              .orderBy(language === Language.IT ? titleShownInItalian() : sql.ref('a.title'))
              .orderBy('a.id')
              .limit(PLATFORM_LISTINGS_SHOWN)
              .as('x'),
          (join) => join.onTrue(),
        )
        .selectAll('x')
        .execute();
      return groupedBy(ids, rows, (row) => row.platform_id).map((list) => list.map(toAsset));
    }),

    /** How many published services and listings each platform runs. */
    publishedAssetCountByPlatformId: new DataLoader<number, number>(async (ids) => {
      const rows = await db
        .selectFrom('asset as a')
        .select((eb) => ['a.platform_id', eb.fn.countAll<string>().as('count')])
        .where('a.platform_id', '=', anyOf(ids))
        .where('a.status', '=', AssetStatus.PUBLISHED)
        .groupBy('a.platform_id')
        .execute();
      const counts = new Map(rows.map((row) => [row.platform_id, Number(row.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

type Loaded<L> = L extends DataLoader<number, (infer V)[]> ? V : never;

/** A message of an expression of interest's thread, as its loader reads it. */
export type EoiMessageRow = Loaded<Loaders['eoiMessagesByEoiId']>;

/** A step of an expression of interest's history, as its loader reads it. */
export type EoiTransitionRow = Loaded<Loaders['eoiHistoryByEoiId']>;

import type { Db } from '@tt/db/database';
import { AssetStatus } from '@tt/shared/asset-enums';
import { type EoiStatus, type InterestType, openEoiStatusesSql } from '@tt/shared/eoi-transitions';
import DataLoader from 'dataloader';
import { sql } from 'kysely';
import { toDate } from '../database/to-date.js';
import type { UserType } from '../features/accounts/user.type.js';
import { toUserRecord, type UserRow, userColumns } from '../features/accounts/user-records.js';
import type { AssetType } from '../features/catalogue/asset.type.js';
import {
  type AssetRow,
  assetColumns,
  type InventorRow,
  toAssetRecord,
  toInventorRecord,
} from '../features/catalogue/asset-records.js';
import type { ContactOfficerType } from '../features/catalogue/contact-officer.type.js';
import type { InventorType } from '../features/catalogue/inventor.type.js';
import {
  disclosureHistories,
  disclosuresByAssetIds,
  disclosureThreads,
} from '../features/disclosures/disclosure.service.js';
import { disclosureAttachmentLists } from '../features/disclosures/disclosure-attachment.service.js';
import { disclosureResearcherLists } from '../features/disclosures/disclosure-researcher.service.js';
import type { InstitutionType } from '../features/institutions/institution.type.js';
import {
  type InstitutionRow,
  type PlatformRow,
  type SectorRow,
  toInstitutionRecord,
  toPlatformRecord,
  toSectorRecord,
} from '../features/institutions/institution-records.js';
import type { PlatformType } from '../features/institutions/platform.type.js';
import type { SectorType } from '../features/institutions/sector.type.js';
import type { CompanyType } from '../features/partners/company.type.js';
import { type CompanyRow, companyColumns, toCompanyRecord } from '../features/partners/company-records.js';
import { PrimedLoader } from './primed-loader.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

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
 * statement can bring along (asset-relations.ts) are PrimedLoaders: once primed, read at once.
 */
export function createLoaders(db: Db) {
  return {
    institutionById: new PrimedLoader<number, InstitutionType | null>(async (ids) => {
      const { rows } = await sql<InstitutionRow>`select * from institution where id = any(${ids}::int[])`.execute(db);
      return byKey(ids, rows.map(toInstitutionRecord), (row) => row.dbId);
    }),

    platformById: new PrimedLoader<number, PlatformType | null>(async (ids) => {
      const { rows } = await sql<PlatformRow>`select * from platform where id = any(${ids}::int[])`.execute(db);
      return byKey(ids, rows.map(toPlatformRecord), (row) => row.dbId);
    }),

    platformsByInstitutionId: new DataLoader<number, PlatformType[]>(async (ids) => {
      const { rows } = await sql<PlatformRow>`
        select * from platform where institution_id = any(${ids}::int[]) order by name`.execute(db);
      return groupedBy(ids, rows.map(toPlatformRecord), (row) => row.institutionId);
    }),

    sectorById: new DataLoader<number, SectorType | null>(async (ids) => {
      const { rows } = await sql<SectorRow>`select * from sector where id = any(${ids}::int[])`.execute(db);
      return byKey(ids, rows.map(toSectorRecord), (row) => row.dbId);
    }),

    sectorsByAssetId: new PrimedLoader<number, SectorType[]>(async (ids) => {
      const { rows } = await sql<SectorRow & { asset_id: number }>`
        select s.*, x.asset_id from asset_sector x join sector s on s.id = x.sector_id
        where x.asset_id = any(${ids}::int[]) order by s.kind, s.position`.execute(db);
      return groupedBy(ids, rows, (row) => row.asset_id).map((list) => list.map(toSectorRecord));
    }),

    sectorsByCompanyId: new DataLoader<number, SectorType[]>(async (ids) => {
      const { rows } = await sql<SectorRow & { company_id: number }>`
        select s.*, x.company_id from company_sector x join sector s on s.id = x.sector_id
        where x.company_id = any(${ids}::int[]) order by s.kind, s.position`.execute(db);
      return groupedBy(ids, rows, (row) => row.company_id).map((list) => list.map(toSectorRecord));
    }),

    inventorsByAssetId: new PrimedLoader<number, InventorType[]>(async (ids) => {
      const { rows } = await sql<InventorRow & { asset_id: number }>`
        select i.id, i.name, i.affiliation, x.asset_id from asset_inventor x join inventor i on i.id = x.inventor_id
        where x.asset_id = any(${ids}::int[]) order by x.position`.execute(db);
      return groupedBy(ids, rows, (row) => row.asset_id).map((list) => list.map(toInventorRecord));
    }),

    contactOfficerById: new PrimedLoader<number, ContactOfficerType | null>(async (ids) => {
      const { rows } = await sql<{ id: number; name: string; title: string | null }>`
        select id, name, title from app_user where id = any(${ids}::int[])`.execute(db);
      return byKey(ids, rows, (row) => row.id).map((row) => (row ? { name: row.name, title: row.title } : null));
    }),

    /** Any company, listed or not: callers check that the viewer may see it. */
    companyById: new DataLoader<number, CompanyType | null>(async (ids) => {
      const { rows } =
        await sql<CompanyRow>`select ${companyColumns} from company c where c.id = any(${ids}::int[])`.execute(db);
      return byKey(ids, rows.map(toCompanyRecord), (row) => row.dbId);
    }),

    /** Any user: callers check that the viewer may see them. */
    userById: new DataLoader<number, UserType | null>(async (ids) => {
      const { rows } =
        await sql<UserRow>`select ${userColumns} from app_user u where u.id = any(${ids}::int[])`.execute(db);
      return byKey(ids, rows.map(toUserRecord), (row) => row.dbId);
    }),

    /** The people of each company, by name; callers check that the viewer may see them. */
    usersByCompanyId: new DataLoader<number, UserType[]>(async (ids) => {
      const { rows } = await sql<UserRow>`
        select ${userColumns} from app_user u where u.company_id = any(${ids}::int[])
        order by lower(u.name), u.id`.execute(db);
      return groupedBy(ids, rows.map(toUserRecord), (row) => row.companyId);
    }),

    /** Any asset whatever its status: callers decide what the viewer may see. */
    assetById: new DataLoader<number, AssetType | null>(async (ids) => {
      const { rows } = await sql<AssetRow>`select ${assetColumns} from asset a where a.id = any(${ids}::int[])`.execute(
        db,
      );
      return byKey(ids, rows.map(toAssetRecord), (row) => row.dbId);
    }),

    eoiMessagesByEoiId: new DataLoader<number, EoiMessageRow[]>(async (ids) => {
      const { rows } = await sql<EoiMessageRow>`
        select m.id, m.eoi_id, m.body, m.internal, m.created_at, u.name as author_name, u.role as author_role
        from eoi_message m left join app_user u on u.id = m.author_id
        where m.eoi_id = any(${ids}::int[]) order by m.created_at, m.id`.execute(db);
      return groupedBy(ids, rows, (row) => row.eoi_id);
    }),

    eoiHistoryByEoiId: new DataLoader<number, EoiTransitionRow[]>(async (ids) => {
      const { rows } = await sql<EoiTransitionRow>`
        select t.eoi_id, t.from_status, t.to_status, t.reason, t.at, u.name as actor_name
        from eoi_transition t left join app_user u on u.id = t.actor_id
        where t.eoi_id = any(${ids}::int[]) order by t.at, t.id`.execute(db);
      return groupedBy(ids, rows, (row) => row.eoi_id);
    }),

    disclosureHistoryById: new DataLoader((ids: readonly number[]) => disclosureHistories(db, ids)),
    /** The disclosure each listing was made from (callers check that the viewer is its office). */
    sourceDisclosureByAssetId: new DataLoader((ids: readonly number[]) => disclosuresByAssetIds(db, ids)),
    /** The listing made from each disclosure, whatever its status (callers check that the viewer is its office). */
    listingByDisclosureId: new DataLoader<number, AssetType | null>(async (ids) => {
      const { rows } = await sql<AssetRow & { disclosure_id: number }>`
        select ${assetColumns}, d.id as disclosure_id from disclosure d join asset a on a.id = d.asset_id
        where d.id = any(${ids}::int[])`.execute(db);
      const byDisclosure = new Map(rows.map((row) => [row.disclosure_id, toAssetRecord(row)]));
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
        const { rows } = await sql<{ eoi_id: number; read_at: string | Date }>`
          select eoi_id, read_at from eoi_read_marker where user_id = ${userId} and eoi_id = any(${ids}::int[])`.execute(
          db,
        );
        return byKey(ids, rows, (row) => row.eoi_id).map((row) => (row ? toDate(row.read_at) : null));
      },
      { cacheKeyFn: (key) => `${key.userId}:${key.eoiId}` },
    ),

    /** The accounts of each asset's inventors. */
    inventorUserIdsByAssetId: new DataLoader<number, number[]>(async (ids) => {
      const { rows } = await sql<{ asset_id: number; user_id: number }>`
        select x.asset_id, i.user_id from asset_inventor x join inventor i on i.id = x.inventor_id
        where x.asset_id = any(${ids}::int[]) and i.user_id is not null`.execute(db);
      return groupedBy(ids, rows, (row) => row.asset_id).map((list) => list.map((row) => row.user_id));
    }),

    /** EoI counts per asset, by interest type and open or not. */
    interestCountsByAssetId: new DataLoader<number, { interest_type: InterestType; open: boolean; count: number }[]>(
      async (ids) => {
        const { rows } = await sql<{ asset_id: number; interest_type: InterestType; open: boolean; count: string }>`
          select asset_id, interest_type, status in ${sql.raw(openEoiStatusesSql())} as open,
            count(*) as count
          from expression_of_interest where asset_id = any(${ids}::int[]) group by 1, 2, 3`.execute(db);
        return groupedBy(ids, rows, (row) => row.asset_id).map((list) =>
          list.map((row) => ({ interest_type: row.interest_type, open: row.open, count: Number(row.count) })),
        );
      },
    ),

    /** Published services and listings run on each platform. */
    publishedAssetsByPlatformId: new DataLoader<number, AssetType[]>(async (ids) => {
      const { rows } = await sql<AssetRow>`
        select ${assetColumns} from asset a
        where a.platform_id = any(${ids}::int[]) and a.status = ${AssetStatus.PUBLISHED}
        order by a.title`.execute(db);
      return groupedBy(ids, rows, (row) => row.platform_id).map((list) => list.map(toAssetRecord));
    }),
  };
}

export interface EoiMessageRow {
  id: number;
  eoi_id: number;
  body: string;
  internal: boolean;
  created_at: string | Date;
  author_name: string | null;
  author_role: string | null;
}

export interface EoiTransitionRow {
  eoi_id: number;
  from_status: EoiStatus | null;
  to_status: EoiStatus;
  reason: string | null;
  at: string | Date;
  actor_name: string | null;
}

export type Loaders = ReturnType<typeof createLoaders>;

import type { Database, Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import {
  type ListingData,
  type ListingProblem,
  listingPublicationWarnings,
  validateListingForPublication,
} from '@tt/shared/listing-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import { type Expression, type ExpressionBuilder, sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { fieldError, type UserError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { ASSET_COLUMNS, toAssetRecord } from '../catalogue/asset-records.js';
import { isListingOffice, writesListings } from './listing-access.js';
import type { ListingRecord } from './listing-records.js';

// What every change to a listing shares: the listing locked and checked as the viewer's to edit, the
// outcome handed back, the version bump, and the completeness a published listing keeps.

export type ListingOutcome = { ok: true; assetId: number } | { ok: false; errors: UserError[]; assetId?: number };

export const toErrors = (problems: ListingProblem[]) => problems.map((problem) => fieldError(problem));

export function refuse(errors: UserError[], assetId?: number): ListingOutcome {
  return assetId === undefined ? { ok: false, errors } : { ok: false, errors, assetId };
}

/** The statement's clock to the millisecond (the API's precision), for a listing's created_at and updated_at. */
export function nowToTheMillisecond<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>): Expression<Date> {
  return eb.fn<Date>('date_trunc', [sql.lit('milliseconds'), eb.fn('clock_timestamp')]);
}

/** Every write moves updatedAt forward by at least a millisecond, so it works as a version at the API's precision. */
export function bumpedUpdatedAt<TB extends 'asset' | 'a'>(
  eb: ExpressionBuilder<Database & { a: Database['asset'] }, TB>,
): Expression<Date> {
  return eb.fn<Date>('greatest', [nowToTheMillisecond(eb), sql`${sql.ref('updated_at')} + interval '1 millisecond'`]);
}

async function lockAsset(db: Db, id: number): Promise<ListingRecord | null> {
  const row = await db
    .selectFrom('asset as a')
    .select(ASSET_COLUMNS)
    .where('a.id', '=', id)
    .forUpdate('a')
    .executeTakeFirst();
  return row ? toAssetRecord(row) : null;
}

/**
 * For mutations: an officer of the listing's institute, or an admin. Anyone else is refused the same
 * way whether the listing exists, is a draft or is published: the refusal reveals nothing.
 */
export async function requireListing(db: Db, viewer: Viewer | null, globalId: string): Promise<ListingRecord> {
  if (!viewer) throw unauthenticated();
  if (!writesListings(viewer)) throw forbidden('LISTING_EDIT_OFFICE_ONLY');
  const parsed = parseGlobalId(globalId);
  const asset = parsed?.type === 'Asset' ? await lockAsset(db, parsed.id) : null;
  if (!asset || !isListingOffice(viewer, asset)) throw forbidden('LISTING_NOT_EDITABLE_BY_YOU');
  return asset;
}

export async function sectorCount(db: Db, assetId: number): Promise<number> {
  const row = await db
    .selectFrom('asset_sector')
    .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('count'))
    .where('asset_id', '=', assetId)
    .executeTakeFirst();
  return row?.count ?? 0;
}

/** What the publication rules read of a listing: its fields and both languages' texts as stored. */
export function listingData(asset: ListingRecord, sectors: number): ListingData {
  const { en, it } = asset.texts;
  return {
    ...asset,
    ...en,
    titleIt: it.title,
    summaryIt: it.summary,
    descriptionIt: it.description,
    problemIt: it.problem,
    benefitsIt: it.benefits,
    applicationsIt: it.applications,
    keywordsIt: it.keywords,
    turnaroundIt: it.turnaround,
    deliverablesIt: it.deliverables,
    throughputIt: it.throughput,
    sectorCount: sectors,
  };
}

/** What keeps a listing from being published (empty when complete). */
export function publicationIssues(data: ListingData): UserError[] {
  return toErrors(validateListingForPublication(data, isoDay(new Date())));
}

/** What is recommended before publishing (the Italian texts missing). */
export function publicationWarnings(asset: ListingRecord): UserError[] {
  return toErrors(listingPublicationWarnings(listingData(asset, 0)));
}

/** The listing's texts in one language, as stored. */
export function listingTexts(asset: ListingRecord, language: Language) {
  return { language, ...asset.texts[language] };
}

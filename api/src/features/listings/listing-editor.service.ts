import type { Db } from '@tt/db/database';
import {
  AssetKind,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  type PartneringModel,
  type PricingModel,
} from '@tt/shared/asset-enums';
import { UserRole } from '@tt/shared/company-enums';
import { DisclosureRecommendation, DisclosureStatus } from '@tt/shared/disclosure-transitions';
import {
  canTransitionListing,
  isListingEditable,
  type ListingData,
  type ListingProblem,
  linesToList,
  listingMustStayComplete,
  summaryFromText,
  validateListingDraft,
  validateListingForPublication,
} from '@tt/shared/listing-rules';
import { assetPath } from '@tt/shared/web-routes';
import { type RawBuilder, sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { enqueueMail } from '../../mail/enqueue-mail.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { pageInfo } from '../../pagination/page-info.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { slugify } from '../../text/slugs.js';
import type { AssetType } from '../catalogue/asset.type.js';
import { type AssetRow, assetColumns, toAssetRecord } from '../catalogue/asset-records.js';
import { findVisibleDisclosure } from '../disclosures/disclosure.service.js';
import type { DisclosureType } from '../disclosures/disclosure.type.js';
import type { MyListingConnectionType, OfficeListingConnectionType } from './listing.type.js';
import { isListingOffice, officeListingsSql, writesListings } from './listing-access.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export type ListingOutcome = { ok: true; assetId: number } | { ok: false; errors: UserError[]; assetId?: number };

const NOT_YOURS = 'This listing does not exist or is not yours to edit.';

const toErrors = (problems: ListingProblem[]) =>
  problems.map((problem) => userError(problem.code, problem.message, problem.field));

function refuse(errors: UserError[], assetId?: number): ListingOutcome {
  return assetId === undefined ? { ok: false, errors } : { ok: false, errors, assetId };
}

/** Every write moves updatedAt forward by at least a millisecond, so it works as a version at the API's precision. */
const BUMP_UPDATED_AT = sql`updated_at = greatest(date_trunc('milliseconds', clock_timestamp()), updated_at + interval '1 millisecond')`;

async function lockAsset(db: Db, id: number): Promise<AssetType | null> {
  const { rows } = await sql<AssetRow>`select ${assetColumns} from asset a where a.id = ${id} for update of a`.execute(
    db,
  );
  return rows[0] ? toAssetRecord(rows[0]) : null;
}

/**
 * For mutations: an officer of the listing's institute, or an admin. Anyone else is refused the same
 * way whether the listing exists, is a draft or is published: the refusal reveals nothing.
 */
async function requireListing(db: Db, viewer: Viewer | null, globalId: string): Promise<AssetType> {
  if (!viewer) throw unauthenticated();
  if (!writesListings(viewer)) throw forbidden('Only the technology-transfer office edits listings.');
  const parsed = parseGlobalId(globalId);
  const asset = parsed?.type === 'Asset' ? await lockAsset(db, parsed.id) : null;
  if (!asset || !isListingOffice(viewer, asset)) throw forbidden(NOT_YOURS);
  return asset;
}

async function sectorCount(db: Db, assetId: number): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from asset_sector where asset_id = ${assetId}`.execute(db);
  return rows[0]?.count ?? 0;
}

function listingData(asset: AssetType, sectors: number): ListingData {
  return { ...asset, sectorCount: sectors };
}

/** What keeps this listing from being published (empty when complete). */
export function publicationIssues(asset: AssetType, sectors: number): UserError[] {
  return toErrors(validateListingForPublication(listingData(asset, sectors)));
}

// ---- Slugs ----

/**
 * The slug for a title: its slugified words, with -2, -3… when another listing has (or had) them.
 * Current and former slugs share one namespace, so an old link never lands on a different listing.
 * A listing's own former slugs are free for it to take back. Allocation is serialized by a
 * transaction-scoped lock (slugs change rarely).
 */
async function allocateSlug(db: Db, title: string, assetId: number | null): Promise<string> {
  const base = slugify(title);
  await sql`select pg_advisory_xact_lock(hashtext('asset-slug'))`.execute(db);
  const { rows } = await sql<{ slug: string; asset_id: number }>`
    select slug, id as asset_id from asset where slug = ${base} or slug like ${`${base}-%`}
    union all
    select slug, asset_id from asset_slug_redirect where slug = ${base} or slug like ${`${base}-%`}`.execute(db);
  const taken = new Set(rows.filter((row) => row.asset_id !== assetId).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Does the current slug already say this title (possibly with a -N suffix)? Then it stays. */
function slugFits(slug: string, title: string): boolean {
  const base = slugify(title);
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug);
}

/**
 * A new slug after a change of title. Once a listing has been published its former slug becomes a
 * redirect (links and bookmarks keep working); a draft that was never public simply follows its title.
 */
async function moveSlug(db: Db, asset: AssetType, title: string): Promise<string> {
  if (slugFits(asset.slug, title)) return asset.slug;
  const slug = await allocateSlug(db, title, asset.dbId);
  if (slug === asset.slug) return slug;
  await sql`delete from asset_slug_redirect where slug = ${slug} and asset_id = ${asset.dbId}`.execute(db);
  if (asset.publishedAt) {
    await sql`insert into asset_slug_redirect (slug, asset_id, created_at) values (${asset.slug}, ${asset.dbId}, now())
      on conflict (slug) do nothing`.execute(db);
  }
  return slug;
}

// ---- Inventors ----

interface InventorEntry {
  name: string;
  affiliation: string;
  /** The researcher account this inventor is (found by name on the disclosure). */
  userId?: number | null;
}

const sameText = (a: string, b: string) => normalizeName(a) === normalizeName(b);

function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Names the listing's inventors, in order. Each is found (this listing's own first, then any public
 * profile with the same name and affiliation) or created; a researcher account is linked to a profile
 * that has none, so the researcher sees the listing and the interest it draws.
 */
async function replaceInventors(db: Db, assetId: number, entries: InventorEntry[]): Promise<void> {
  const { rows: current } = await sql<{ id: number; name: string; affiliation: string; user_id: number | null }>`
    select i.id, i.name, i.affiliation, i.user_id from asset_inventor x join inventor i on i.id = x.inventor_id
    where x.asset_id = ${assetId}`.execute(db);
  await sql`delete from asset_inventor where asset_id = ${assetId}`.execute(db);
  const placed = new Set<number>();
  for (const entry of entries) {
    const userId = entry.userId ?? null;
    const fits = (row: { name: string; affiliation: string; user_id: number | null }) =>
      sameText(row.name, entry.name) &&
      sameText(row.affiliation, entry.affiliation) &&
      (userId === null || row.user_id === null || row.user_id === userId);
    let found = current.find((row) => fits(row) && !placed.has(row.id)) ?? null;
    if (!found) {
      const { rows } = await sql<{ id: number; name: string; affiliation: string; user_id: number | null }>`
        select id, name, affiliation, user_id from inventor
        where lower(name) = lower(${entry.name}) and lower(affiliation) = lower(${entry.affiliation})
          and (${userId}::int is null or user_id is null or user_id = ${userId}::int)
        order by (user_id = ${userId}::int) desc nulls last, (user_id is not null) desc, id limit 1`.execute(db);
      found = rows[0] ?? null;
    }
    if (!found) {
      const { rows } = await sql<{ id: number }>`
        insert into inventor (name, affiliation, email, user_id) values (${entry.name}, ${entry.affiliation}, null, ${userId})
        returning id`.execute(db);
      found = { id: rows[0]!.id, name: entry.name, affiliation: entry.affiliation, user_id: userId };
    } else if (userId !== null && found.user_id === null) {
      await sql`update inventor set user_id = ${userId} where id = ${found.id} and user_id is null`.execute(db);
    }
    if (placed.has(found.id)) continue; // the same person named twice
    await sql`insert into asset_inventor (asset_id, inventor_id, position) values (${assetId}, ${found.id}, ${placed.size})`.execute(
      db,
    );
    placed.add(found.id);
  }
}

// ---- Creating ----

export interface CreateListingArgs {
  kind: AssetKind;
  title: string;
  fromDisclosureId?: string | null;
  institutionId?: string | null;
}

/** The IP status a disclosure's assessment suggests; the office confirms it in the editor. */
function suggestedIpStatus(disclosure: DisclosureType): IpStatus {
  switch (disclosure.assessmentData.recommendation) {
    case DisclosureRecommendation.FILE_PATENT:
      return IpStatus.PATENT_PENDING;
    case DisclosureRecommendation.PROTECT_AS_KNOW_HOW:
      return IpStatus.KNOW_HOW;
    default:
      return IpStatus.NONE;
  }
}

/** Which of the disclosure's inventors are its researcher accounts, by name. */
async function researcherAccounts(db: Db, disclosureId: number): Promise<{ id: number; name: string }[]> {
  const { rows } = await sql<{ id: number; name: string }>`
    select u.id, u.name from disclosure_researcher r join app_user u on u.id = r.user_id
    where r.disclosure_id = ${disclosureId} order by u.id`.execute(db);
  return rows;
}

async function institutionExists(db: Db, id: number): Promise<boolean> {
  const { rows } = await sql<{ id: number }>`select id from institution where id = ${id}`.execute(db);
  return rows.length > 0;
}

/**
 * A new DRAFT listing of an institute: the officer's own, or for admins the one they name (or the
 * disclosure's). From an ACCEPTED disclosure of that institute it is pre-filled (title, summary from the
 * abstract, texts, TRL, a suggested IP status, inventors' public names) and linked to it; a disclosure
 * has one listing at most. The draft may be incomplete: publication is what checks completeness.
 */
export async function createListing(db: Db, viewer: Viewer | null, input: CreateListingArgs): Promise<ListingOutcome> {
  if (!viewer) throw unauthenticated();
  if (!writesListings(viewer)) throw forbidden('Only the technology-transfer office creates listings.');
  let institutionId = viewer.role === UserRole.TT_OFFICER ? viewer.institutionId : null;
  if (input.institutionId) {
    const parsed = parseGlobalId(input.institutionId);
    const requested = parsed?.type === 'Institution' ? parsed.id : null;
    if (viewer.role === UserRole.TT_OFFICER) {
      if (requested !== viewer.institutionId) throw forbidden('Officers create listings for their own institute only.');
    } else if (requested === null || !(await institutionExists(db, requested))) {
      return refuse([userError('NOT_FOUND', 'There is no such institute.', 'institutionId')]);
    } else {
      institutionId = requested;
    }
  }

  let disclosure: DisclosureType | null = null;
  if (input.fromDisclosureId) {
    const parsed = parseGlobalId(input.fromDisclosureId);
    // Locked: two officers creating from the same disclosure at once make one listing, not two.
    const found =
      parsed?.type === 'Disclosure' ? await findVisibleDisclosure(db, viewer, parsed.id, { forUpdate: true }) : null;
    if (found?.side !== 'OFFICE') {
      return refuse([userError('NOT_FOUND', 'There is no such disclosure of your institute.', 'fromDisclosureId')]);
    }
    disclosure = found.disclosure;
    if (institutionId !== null && disclosure.institutionId !== institutionId) {
      return refuse([
        userError('INSTITUTION_MISMATCH', 'The listing belongs to the institute of its disclosure.', 'institutionId'),
      ]);
    }
    institutionId = disclosure.institutionId;
    const { rows } = await sql<{ asset_id: number | null }>`
      select asset_id from disclosure where id = ${disclosure.dbId}`.execute(db);
    const existing = rows[0]?.asset_id ?? null;
    if (existing !== null) {
      return refuse(
        [
          userError(
            'LISTING_EXISTS',
            'A listing was already made from this disclosure: edit that one.',
            'fromDisclosureId',
          ),
        ],
        existing,
      );
    }
    if (disclosure.status !== DisclosureStatus.ACCEPTED) {
      return refuse([
        userError('DISCLOSURE_NOT_ACCEPTED', 'Only an accepted disclosure becomes a listing.', 'fromDisclosureId'),
      ]);
    }
  }
  if (institutionId === null) {
    return refuse([userError('REQUIRED', 'Choose the institute the listing belongs to.', 'institutionId')]);
  }

  const title = input.title.trim() || disclosure?.title?.trim() || '';
  const problems = validateListingDraft({ kind: input.kind, title });
  if (problems.length) return refuse(toErrors(problems));

  const text = (value: string | null | undefined) => (value ?? '').trim();
  const values = {
    summary: summaryFromText(disclosure?.abstract),
    description: text(disclosure?.solution) || text(disclosure?.abstract),
    problem: text(disclosure?.problem),
    benefits: text(disclosure?.novelty),
    applications: linesToList(disclosure?.commercialApplications),
    trl: disclosure?.trl ?? 1,
    ipStatus: disclosure ? suggestedIpStatus(disclosure) : IpStatus.NONE,
    developmentStage: input.kind === AssetKind.SERVICE ? DevelopmentStage.IN_SERVICE : DevelopmentStage.DISCOVERY,
  };
  // The officer who creates it handles it; an admin's listing takes the disclosure's assignee, if any.
  const contactOfficerId = viewer.role === UserRole.TT_OFFICER ? viewer.userId : (disclosure?.assigneeId ?? null);
  const slug = await allocateSlug(db, title, null);
  const { rows } = await sql<{ id: number }>`
    insert into asset (slug, kind, status, title, summary, description, problem, benefits, applications, trl, ip_status,
      patent_numbers, development_stage, partnering_models, keywords, institution_id, platform_id, contact_officer_id,
      turnaround, pricing_model, published_at, created_at, updated_at)
    values (${slug}, ${input.kind}, ${AssetStatus.DRAFT}, ${title}, ${values.summary}, ${values.description},
      ${values.problem}, ${values.benefits}, ${values.applications}::text[], ${values.trl}, ${values.ipStatus}, '{}',
      ${values.developmentStage}, '{}', '{}', ${institutionId}, null, ${contactOfficerId}, null, null, null,
      date_trunc('milliseconds', clock_timestamp()), date_trunc('milliseconds', clock_timestamp()))
    returning id`.execute(db);
  const assetId = rows[0]!.id;

  if (disclosure) {
    const accounts = await researcherAccounts(db, disclosure.dbId);
    await replaceInventors(
      db,
      assetId,
      disclosure.inventors
        .filter((inventor) => inventor.name.trim())
        .map((inventor) => ({
          name: inventor.name.trim().slice(0, 160),
          affiliation: inventor.affiliation.trim().slice(0, 240),
          userId: accounts.find((account) => sameText(account.name, inventor.name))?.id ?? null,
        })),
    );
    await sql`update disclosure set asset_id = ${assetId}, updated_at = now() where id = ${disclosure.dbId}`.execute(
      db,
    );
  }
  return { ok: true, assetId };
}

// ---- Editing ----

export interface UpdateListingArgs {
  id: string;
  expectedUpdatedAt?: Date | null;
  kind?: AssetKind | null;
  title?: string | null;
  summary?: string | null;
  description?: string | null;
  problem?: string | null;
  benefits?: string | null;
  applications?: string[] | null;
  trl?: number | null;
  ipStatus?: IpStatus | null;
  patentNumbers?: string[] | null;
  developmentStage?: DevelopmentStage | null;
  partneringModels?: PartneringModel[] | null;
  keywords?: string[] | null;
  sectorIds?: string[] | null;
  inventors?: { name: string; affiliation: string }[] | null;
  platformId?: string | null;
  turnaround?: string | null;
  pricingModel?: PricingModel | null;
  contactOfficerId?: string | null;
}

/** The edit as values: undefined leaves a field alone; texts are trimmed; null clears what may be empty. */
function changesOf(input: UpdateListingArgs) {
  const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);
  const text = (value: string | null | undefined) => (value === undefined ? undefined : (value ?? '').trim());
  const list = (value: string[] | null | undefined) => (value == null ? undefined : value.map((item) => item.trim()));
  return {
    kind: given(input.kind),
    title: input.title == null ? undefined : input.title.trim(),
    summary: text(input.summary),
    description: text(input.description),
    problem: text(input.problem),
    benefits: text(input.benefits),
    applications: list(input.applications),
    trl: given(input.trl),
    ipStatus: given(input.ipStatus),
    patentNumbers: list(input.patentNumbers),
    developmentStage: given(input.developmentStage),
    partneringModels: given(input.partneringModels),
    keywords: list(input.keywords),
    turnaround: input.turnaround === undefined ? undefined : input.turnaround?.trim() || null,
    pricingModel: input.pricingModel,
    inventors:
      input.inventors == null
        ? undefined
        : input.inventors.map((inventor) => ({ name: inventor.name.trim(), affiliation: inventor.affiliation.trim() })),
  };
}

/** The sectors named, as database ids; a malformed or unknown one is an error on its position. */
async function resolveSectors(db: Db, globalIds: string[], errors: UserError[]): Promise<number[]> {
  const ids = globalIds.map((globalId) => {
    const parsed = parseGlobalId(globalId);
    return parsed?.type === 'Sector' ? parsed.id : null;
  });
  const wanted = ids.filter((id): id is number => id !== null);
  const { rows } = wanted.length
    ? await sql<{ id: number }>`select id from sector where id = any(${wanted}::int[])`.execute(db)
    : { rows: [] };
  const known = new Set(rows.map((row) => row.id));
  ids.forEach((id, index) => {
    if (id === null || !known.has(id)) {
      errors.push(userError('UNKNOWN_SECTOR', 'Choose sectors from the taxonomy.', `sectorIds.${index}`));
    }
  });
  return [...new Set(wanted)];
}

async function resolvePlatform(db: Db, asset: AssetType, globalId: string, errors: UserError[]) {
  const parsed = parseGlobalId(globalId);
  const { rows } =
    parsed?.type === 'Platform'
      ? await sql<{ id: number }>`select id from platform where id = ${parsed.id}
          and institution_id = ${asset.institutionId}`.execute(db)
      : { rows: [] };
  if (!rows[0]) {
    errors.push(userError('INVALID_PLATFORM', "Choose one of the institute's platforms.", 'platformId'));
    return null;
  }
  return rows[0].id;
}

async function resolveContactOfficer(db: Db, asset: AssetType, globalId: string, errors: UserError[]) {
  const parsed = parseGlobalId(globalId);
  const { rows } =
    parsed?.type === 'User'
      ? await sql<{ id: number }>`select id from app_user where id = ${parsed.id} and role = ${UserRole.TT_OFFICER}
          and institution_id = ${asset.institutionId} and disabled_at is null`.execute(db)
      : { rows: [] };
  if (!rows[0]) {
    errors.push(
      userError('INVALID_CONTACT_OFFICER', "Choose an active officer of the listing's institute.", 'contactOfficerId'),
    );
    return null;
  }
  return rows[0].id;
}

/**
 * Changes the fields given. Refused as a whole, with field-level errors, when a value is out of
 * bounds, a sector, platform or officer is not one of the institute's, the listing changed since
 * `expectedUpdatedAt` (VERSION_CONFLICT), or a published listing would stop being complete.
 */
export async function updateListing(db: Db, viewer: Viewer | null, input: UpdateListingArgs): Promise<ListingOutcome> {
  const asset = await requireListing(db, viewer, input.id);
  if (!isListingEditable(asset.status)) {
    return refuse(
      [userError('NOT_EDITABLE', 'An archived listing is restored to a draft before it is edited.', 'id')],
      asset.dbId,
    );
  }
  if (input.expectedUpdatedAt != null && input.expectedUpdatedAt.getTime() !== asset.updatedAt.getTime()) {
    return refuse(
      [
        userError(
          'VERSION_CONFLICT',
          'This listing was changed elsewhere since you opened it. Reload it before saving.',
          'expectedUpdatedAt',
        ),
      ],
      asset.dbId,
    );
  }
  const changes = changesOf(input);
  const errors = toErrors(
    validateListingDraft({ ...changes, sectorCount: input.sectorIds?.length ?? undefined } as Partial<ListingData>),
  );
  const sectorIds = input.sectorIds == null ? undefined : await resolveSectors(db, input.sectorIds, errors);
  const platformId =
    input.platformId === undefined
      ? undefined
      : input.platformId === null
        ? null
        : await resolvePlatform(db, asset, input.platformId, errors);
  const contactOfficerId =
    input.contactOfficerId === undefined
      ? undefined
      : input.contactOfficerId === null
        ? null
        : await resolveContactOfficer(db, asset, input.contactOfficerId, errors);
  if (errors.length) return refuse(errors, asset.dbId);

  const next: AssetType = {
    ...asset,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  } as AssetType;
  if (listingMustStayComplete(asset.status)) {
    const issues = publicationIssues(next, sectorIds?.length ?? (await sectorCount(db, asset.dbId)));
    if (issues.length) return refuse(issues, asset.dbId);
  }

  const sets: RawBuilder<unknown>[] = [];
  const set = (column: string, value: unknown, cast = '') => {
    if (value !== undefined) sets.push(sql`${sql.ref(column)} = ${value}${sql.raw(cast)}`);
  };
  set('kind', changes.kind);
  if (changes.title !== undefined && changes.title !== asset.title) {
    set('title', changes.title);
    set('slug', await moveSlug(db, asset, changes.title));
  }
  set('summary', changes.summary);
  set('description', changes.description);
  set('problem', changes.problem);
  set('benefits', changes.benefits);
  set('applications', changes.applications, '::text[]');
  set('trl', changes.trl);
  set('ip_status', changes.ipStatus);
  set('patent_numbers', changes.patentNumbers, '::text[]');
  set('development_stage', changes.developmentStage);
  set('partnering_models', changes.partneringModels, '::text[]');
  set('keywords', changes.keywords, '::text[]');
  set('turnaround', changes.turnaround);
  set('pricing_model', changes.pricingModel);
  set('platform_id', platformId);
  set('contact_officer_id', contactOfficerId);
  await sql`update asset set ${sql.join([...sets, BUMP_UPDATED_AT])} where id = ${asset.dbId}`.execute(db);

  if (sectorIds !== undefined) {
    await sql`delete from asset_sector where asset_id = ${asset.dbId}`.execute(db);
    if (sectorIds.length) {
      await sql`insert into asset_sector (asset_id, sector_id)
        select ${asset.dbId}, unnest(${sectorIds}::int[])`.execute(db);
    }
  }
  if (changes.inventors !== undefined) await replaceInventors(db, asset.dbId, changes.inventors);
  return { ok: true, assetId: asset.dbId };
}

// ---- Status ----

/** The people told about a publication: the disclosure's researchers and the inventors with an account. */
async function publicationRecipients(db: Db, assetId: number) {
  const { rows } = await sql<{ email: string; name: string }>`
    select u.email, u.name from app_user u
    where u.disabled_at is null and (
      u.id in (select r.user_id from disclosure_researcher r join disclosure d on d.id = r.disclosure_id
               where d.asset_id = ${assetId})
      or u.id in (select i.user_id from asset_inventor x join inventor i on i.id = x.inventor_id
                  where x.asset_id = ${assetId}))
    order by u.id`.execute(db);
  return rows;
}

const TRANSITION_WORDS: Record<AssetStatus, string> = {
  DRAFT: 'a draft',
  PUBLISHED: 'published',
  ARCHIVED: 'archived',
};

/**
 * Publishes (only a complete listing), unpublishes (back to a draft), archives or restores (to a draft).
 * The first publication dates the listing, moves the disclosure it came from to PUBLISHED (with a
 * history entry) and tells its researchers and inventors, with the public link.
 */
export async function transitionListing(
  db: Db,
  viewer: Viewer | null,
  input: { id: string },
  to: AssetStatus,
  publicUrl: string,
  /** For moves that share a target (unpublish and restore both lead to DRAFT): where it must start. */
  from?: AssetStatus,
): Promise<ListingOutcome> {
  const asset = await requireListing(db, viewer, input.id);
  if (!canTransitionListing(asset.status, to) || (from !== undefined && asset.status !== from)) {
    const message =
      asset.status === to
        ? `This listing is already ${TRANSITION_WORDS[to]}.`
        : `A listing that is ${TRANSITION_WORDS[asset.status]} cannot become ${TRANSITION_WORDS[to]}.`;
    return refuse([userError('INVALID_TRANSITION', message, 'id')], asset.dbId);
  }
  if (to === AssetStatus.PUBLISHED) {
    const issues = publicationIssues(asset, await sectorCount(db, asset.dbId));
    if (issues.length) return refuse(issues, asset.dbId);
  }
  await sql`update asset set status = ${to},
      published_at = ${to === AssetStatus.PUBLISHED ? sql`coalesce(published_at, now())` : sql`published_at`},
      ${BUMP_UPDATED_AT}
    where id = ${asset.dbId}`.execute(db);
  if (to !== AssetStatus.PUBLISHED) return { ok: true, assetId: asset.dbId };

  const { rows: sources } = await sql<{ id: number; status: DisclosureStatus }>`
    select id, status from disclosure where asset_id = ${asset.dbId} for update`.execute(db);
  for (const source of sources) {
    if (source.status !== DisclosureStatus.ACCEPTED) continue;
    await sql`update disclosure set status = ${DisclosureStatus.PUBLISHED}, updated_at = now() where id = ${source.id}`.execute(
      db,
    );
    await sql`insert into disclosure_transition (disclosure_id, actor_id, from_status, to_status, reason, at)
      values (${source.id}, ${viewer!.userId}, ${DisclosureStatus.ACCEPTED}, ${DisclosureStatus.PUBLISHED},
        ${`Published as the listing "${asset.title}".`}, now())`.execute(db);
  }
  if (asset.publishedAt === null) {
    const { rows } = await sql<{
      name: string;
    }>`select name from institution where id = ${asset.institutionId}`.execute(db);
    for (const person of await publicationRecipients(db, asset.dbId)) {
      await enqueueMail(db, {
        to: person.email,
        template: 'listing-published',
        data: {
          name: person.name,
          title: asset.title,
          institutionName: rows[0]?.name ?? 'your institute',
          listingUrl: `${publicUrl}${assetPath(asset.slug)}`,
        },
      });
    }
  }
  return { ok: true, assetId: asset.dbId };
}

// ---- Reading ----

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** The office's listings in every status (all of them for admins), last changed first, with counts per status. */
export async function listOfficeListings(
  db: Db,
  viewer: Viewer | null,
  args: { statuses: AssetStatus[] | null; query: string | null; first: number; after: string | null },
): Promise<OfficeListingConnectionType> {
  if (!viewer) throw unauthenticated();
  const scope = officeListingsSql(viewer);
  if (!scope) throw forbidden('Only the technology-transfer office manages listings.');
  const query = args.query?.trim().slice(0, 200);
  const pattern = query ? `%${escapeLike(query)}%` : null;
  const matching = pattern ? sql`${scope} and (a.title ilike ${pattern} or a.slug ilike ${pattern})` : scope;
  const where = args.statuses?.length
    ? sql`${matching} and a.status = any(${args.statuses}::asset_status[])`
    : matching;
  const after = args.after ? decodeCursor(args.after, 'OFFICE_LISTINGS', ['timestamp', 'id']) : null;
  const page = after ? sql`${where} and (a.updated_at, a.id) < (${after[0]}::timestamptz, ${after[1]})` : where;
  const { rows } = await sql<AssetRow & { updated_key: string }>`
    select ${assetColumns}, a.updated_at::text as updated_key from asset a where ${page}
    order by a.updated_at desc, a.id desc limit ${args.first + 1}`.execute(db);
  const { rows: counts } = await sql<{ status: AssetStatus; count: number }>`
    select a.status, count(*)::int as count from asset a where ${matching} group by a.status`.execute(db);
  const edges = rows.slice(0, args.first).map((row) => ({
    cursor: encodeCursor('OFFICE_LISTINGS', [row.updated_key, row.id]),
    node: toAssetRecord(row),
  }));
  const statusCounts = Object.values(AssetStatus).map((status) => ({
    status,
    count: counts.find((count) => count.status === status)?.count ?? 0,
  }));
  const selected = args.statuses?.length ? args.statuses : Object.values(AssetStatus);
  return {
    edges,
    pageInfo: pageInfo(edges, rows.length > args.first, Boolean(after)),
    totalCount: statusCounts.filter((count) => selected.includes(count.status)).reduce((sum, c) => sum + c.count, 0),
    statusCounts,
  };
}

/** A researcher's published listings, as one of the inventors (their account linked to the inventor). */
export async function listMyListings(
  db: Db,
  viewer: Viewer | null,
  args: { first: number; after: string | null },
): Promise<MyListingConnectionType> {
  if (!viewer) throw unauthenticated();
  if (viewer.role !== UserRole.RESEARCHER) throw forbidden('Only researchers are inventors of listings.');
  const mine = sql`a.status = ${AssetStatus.PUBLISHED} and exists (select 1 from asset_inventor x
    join inventor i on i.id = x.inventor_id where x.asset_id = a.id and i.user_id = ${viewer.userId})`;
  const after = args.after ? decodeCursor(args.after, 'MY_LISTINGS', ['timestamp', 'id']) : null;
  const page = after ? sql`${mine} and (a.published_at, a.id) < (${after[0]}::timestamptz, ${after[1]})` : mine;
  const { rows } = await sql<AssetRow & { published_key: string }>`
    select ${assetColumns}, a.published_at::text as published_key from asset a where ${page}
    order by a.published_at desc, a.id desc limit ${args.first + 1}`.execute(db);
  const { rows: total } = await sql<{ count: number }>`
    select count(*)::int as count from asset a where ${mine}`.execute(db);
  const edges = rows.slice(0, args.first).map((row) => ({
    cursor: encodeCursor('MY_LISTINGS', [row.published_key, row.id]),
    node: toAssetRecord(row),
  }));
  return {
    edges,
    pageInfo: pageInfo(edges, rows.length > args.first, Boolean(after)),
    totalCount: total[0]?.count ?? 0,
  };
}

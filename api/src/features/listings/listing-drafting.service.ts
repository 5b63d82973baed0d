import type { Database, Db } from '@tt/db/database';
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
  isListingEditable,
  type ListingData,
  linesToList,
  listingMustStayComplete,
  summaryFromText,
  validateListingDraft,
  validateListingExpiry,
} from '@tt/shared/listing-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import { sql, type Updateable } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors/domain-error.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { parseGlobalId } from '../../schema/global-id.js';
import { findActiveOfficer } from '../accounts/user-records.js';
import { findVisibleDisclosure } from '../disclosures/disclosure.service.js';
import { resolveSectors } from '../institutions/sector-references.service.js';
import { writesListings } from './listing-access.js';
import {
  bumpedUpdatedAt,
  type ListingOutcome,
  listingData,
  nowToTheMillisecond,
  publicationIssues,
  refuse,
  requireListing,
  sectorCount,
  toErrors,
} from './listing-editing.js';
import { replaceInventors, researcherAccounts, sameText } from './listing-inventors.js';
import type { ListingRecord } from './listing-records.js';
import { allocateSlug, moveSlug } from './listing-slugs.js';

// Drafting and saving a listing: a new draft (from scratch or from an accepted disclosure), then edits to
// its fields, sectors, inventors, platform and contact officer.

/** The disclosure a listing is made from, as the office sees it. */
type SourceDisclosure = NonNullable<Awaited<ReturnType<typeof findVisibleDisclosure>>>['disclosure'];

// ---- Creating ----

export interface CreateListingArgs {
  kind: AssetKind;
  title: string;
  fromDisclosureId?: string | null;
  institutionId?: string | null;
}

/** The IP status a disclosure's assessment suggests; the office confirms it in the editor. */
function suggestedIpStatus(disclosure: SourceDisclosure): IpStatus {
  switch (disclosure.assessmentData.recommendation) {
    case DisclosureRecommendation.FILE_PATENT:
      return IpStatus.PATENT_PENDING;
    case DisclosureRecommendation.PROTECT_AS_KNOW_HOW:
      return IpStatus.KNOW_HOW;
    default:
      return IpStatus.NONE;
  }
}

async function institutionExists(db: Db, id: number): Promise<boolean> {
  const row = await db.selectFrom('institution').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/**
 * A new DRAFT listing of an institute: the officer's own, or for admins the one they name (or the
 * disclosure's). From an ACCEPTED disclosure of that institute it is pre-filled (title, summary from the
 * abstract, texts, TRL, a suggested IP status, inventors' public names) and linked to it; a disclosure
 * has one listing at most. The draft may be incomplete: publication is what checks completeness.
 */
export async function createListing(db: Db, viewer: Viewer | null, input: CreateListingArgs): Promise<ListingOutcome> {
  if (!viewer) throw unauthenticated();
  if (!writesListings(viewer)) throw forbidden('LISTING_CREATE_OFFICE_ONLY');
  let institutionId = viewer.role === UserRole.TT_OFFICER ? viewer.institutionId : null;
  if (input.institutionId) {
    const parsed = parseGlobalId(input.institutionId);
    const requested = parsed?.type === 'Institution' ? parsed.id : null;
    if (viewer.role === UserRole.TT_OFFICER) {
      if (requested !== viewer.institutionId) throw forbidden('LISTING_OWN_INSTITUTE_ONLY');
    } else if (requested === null || !(await institutionExists(db, requested))) {
      return refuse([userError('INSTITUTE_NOT_FOUND', 'institutionId')]);
    } else {
      institutionId = requested;
    }
  }

  let disclosure: SourceDisclosure | null = null;
  if (input.fromDisclosureId) {
    const parsed = parseGlobalId(input.fromDisclosureId);
    // Locked: two officers creating from the same disclosure at once make one listing, not two.
    const found =
      parsed?.type === 'Disclosure' ? await findVisibleDisclosure(db, viewer, parsed.id, { forUpdate: true }) : null;
    if (found?.side !== 'OFFICE') {
      return refuse([userError('DISCLOSURE_NOT_FOUND_IN_INSTITUTE', 'fromDisclosureId')]);
    }
    disclosure = found.disclosure;
    if (institutionId !== null && disclosure.institutionId !== institutionId) {
      return refuse([userError('LISTING_INSTITUTE_MISMATCH', 'institutionId')]);
    }
    institutionId = disclosure.institutionId;
    const source = await db
      .selectFrom('disclosure')
      .select('asset_id')
      .where('id', '=', disclosure.dbId)
      .executeTakeFirst();
    const existing = source?.asset_id ?? null;
    if (existing !== null) {
      return refuse([userError('LISTING_EXISTS', 'fromDisclosureId')], existing);
    }
    if (disclosure.status !== DisclosureStatus.ACCEPTED) {
      return refuse([userError('DISCLOSURE_NOT_ACCEPTED', 'fromDisclosureId')]);
    }
  }
  if (institutionId === null) {
    return refuse([userError('LISTING_INSTITUTE_REQUIRED', 'institutionId')]);
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
  const { id: assetId } = await db
    .insertInto('asset')
    .values((eb) => ({
      slug,
      kind: input.kind,
      status: AssetStatus.DRAFT,
      title,
      summary: values.summary,
      description: values.description,
      problem: values.problem,
      benefits: values.benefits,
      applications: values.applications,
      trl: values.trl,
      ip_status: values.ipStatus,
      patent_numbers: [],
      development_stage: values.developmentStage,
      partnering_models: [],
      keywords: [],
      institution_id: institutionId,
      platform_id: null,
      contact_officer_id: contactOfficerId,
      turnaround: null,
      pricing_model: null,
      published_at: null,
      created_at: nowToTheMillisecond(eb),
      updated_at: nowToTheMillisecond(eb),
    }))
    .returning('id')
    .executeTakeFirstOrThrow();

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
    await db
      .updateTable('disclosure')
      .set((eb) => ({ asset_id: assetId, updated_at: eb.fn<Date>('now') }))
      .where('id', '=', disclosure.dbId)
      .execute();
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
  deliverables?: string | null;
  throughput?: string | null;
  accreditations?: string[] | null;
  contactOfficerId?: string | null;
  titleIt?: string | null;
  summaryIt?: string | null;
  descriptionIt?: string | null;
  problemIt?: string | null;
  benefitsIt?: string | null;
  applicationsIt?: string[] | null;
  keywordsIt?: string[] | null;
  turnaroundIt?: string | null;
  deliverablesIt?: string | null;
  throughputIt?: string | null;
  expiresOn?: string | null;
}

/** A text that may be empty: undefined leaves it alone, null or blank clears it. */
function optionalText(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value?.trim() || null;
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
    deliverables: optionalText(input.deliverables),
    throughput: optionalText(input.throughput),
    accreditations: list(input.accreditations),
    titleIt: text(input.titleIt),
    summaryIt: text(input.summaryIt),
    descriptionIt: text(input.descriptionIt),
    problemIt: text(input.problemIt),
    benefitsIt: text(input.benefitsIt),
    applicationsIt: list(input.applicationsIt),
    keywordsIt: list(input.keywordsIt),
    turnaroundIt: input.turnaroundIt === undefined ? undefined : input.turnaroundIt?.trim() || null,
    deliverablesIt: optionalText(input.deliverablesIt),
    throughputIt: optionalText(input.throughputIt),
    expiresOn: input.expiresOn === undefined ? undefined : input.expiresOn?.trim() || null,
    inventors:
      input.inventors == null
        ? undefined
        : input.inventors.map((inventor) => ({ name: inventor.name.trim(), affiliation: inventor.affiliation.trim() })),
  };
}

async function resolvePlatform(db: Db, asset: ListingRecord, globalId: string, errors: UserError[]) {
  const parsed = parseGlobalId(globalId);
  const platform =
    parsed?.type === 'Platform'
      ? await db
          .selectFrom('platform')
          .select('id')
          .where('id', '=', parsed.id)
          .where('institution_id', '=', asset.institutionId)
          // A retired platform is offered no more; a listing that already names it keeps it.
          .where((eb) => eb.or([eb('retired_at', 'is', null), eb('id', '=', asset.platformId ?? 0)]))
          .executeTakeFirst()
      : undefined;
  if (!platform) {
    errors.push(userError('PLATFORM_INVALID', 'platformId'));
    return null;
  }
  return platform.id;
}

async function resolveContactOfficer(db: Db, asset: ListingRecord, globalId: string, errors: UserError[]) {
  const officerId = await findActiveOfficer(db, globalId, asset.institutionId);
  if (officerId === null) {
    errors.push(userError('CONTACT_OFFICER_INVALID', 'contactOfficerId'));
  }
  return officerId;
}

/** A reference an update may change: left out (undefined) it stays, null clears it, an id is checked first. */
async function changedReference<T>(
  given: string | null | undefined,
  check: (id: string) => Promise<T>,
): Promise<T | null | undefined> {
  return given === undefined || given === null ? given : check(given);
}

/**
 * Changes the fields given. Refused as a whole, with field-level errors, when a value is out of
 * bounds, a sector, platform or officer is not one of the institute's, the listing changed since
 * `expectedUpdatedAt` (VERSION_CONFLICT), or a published listing would stop being complete.
 */
export async function updateListing(db: Db, viewer: Viewer | null, input: UpdateListingArgs): Promise<ListingOutcome> {
  const asset = await requireListing(db, viewer, input.id);
  if (!isListingEditable(asset.status)) {
    return refuse([userError('LISTING_ARCHIVED_NOT_EDITABLE', 'id')], asset.dbId);
  }
  if (input.expectedUpdatedAt != null && input.expectedUpdatedAt.getTime() !== asset.updatedAt.getTime()) {
    return refuse([userError('VERSION_CONFLICT', 'expectedUpdatedAt')], asset.dbId);
  }
  const changes = changesOf(input);
  const errors = toErrors(
    validateListingDraft({ ...changes, sectorCount: input.sectorIds?.length ?? undefined } as Partial<ListingData>),
  );
  // A new expiry date is checked against today; the one stored stays as it is (the job and publication watch it).
  const expiryChanges = changes.expiresOn !== undefined && changes.expiresOn !== asset.expiresOn;
  if (expiryChanges) errors.push(...toErrors(validateListingExpiry(changes.expiresOn ?? null, isoDay(new Date()))));
  const sectorIds = input.sectorIds == null ? undefined : await resolveSectors(db, input.sectorIds, errors);
  const platformId = await changedReference(input.platformId, (id) => resolvePlatform(db, asset, id, errors));
  const contactOfficerId = await changedReference(input.contactOfficerId, (id) =>
    resolveContactOfficer(db, asset, id, errors),
  );
  if (errors.length) return refuse(errors, asset.dbId);

  if (listingMustStayComplete(asset.status)) {
    const next: ListingData = {
      ...listingData(asset, sectorIds?.length ?? (await sectorCount(db, asset.dbId))),
      ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
    };
    const issues = publicationIssues(next);
    if (issues.length) return refuse(issues, asset.dbId);
  }

  // Only the columns given are set (the builder leaves out undefined values), in this order.
  const titleChanges = changes.title !== undefined && changes.title !== asset.title;
  const columns: Updateable<Database['asset']> = {
    kind: changes.kind,
    title: titleChanges ? changes.title : undefined,
    slug: titleChanges ? await moveSlug(db, asset, changes.title!) : undefined,
    summary: changes.summary,
    description: changes.description,
    problem: changes.problem,
    benefits: changes.benefits,
    applications: changes.applications,
    trl: changes.trl,
    ip_status: changes.ipStatus,
    patent_numbers: changes.patentNumbers,
    development_stage: changes.developmentStage,
    partnering_models: changes.partneringModels,
    keywords: changes.keywords,
    turnaround: changes.turnaround,
    pricing_model: changes.pricingModel,
    deliverables: changes.deliverables,
    throughput: changes.throughput,
    accreditations: changes.accreditations,
    platform_id: platformId,
    contact_officer_id: contactOfficerId,
    title_it: changes.titleIt,
    summary_it: changes.summaryIt,
    description_it: changes.descriptionIt,
    problem_it: changes.problemIt,
    benefits_it: changes.benefitsIt,
    applications_it: changes.applicationsIt,
    keywords_it: changes.keywordsIt,
    turnaround_it: changes.turnaroundIt,
    deliverables_it: changes.deliverablesIt,
    throughput_it: changes.throughputIt,
    // A new date is reminded of anew.
    expires_on: expiryChanges ? changes.expiresOn : undefined,
    expiry_reminder_sent_at: expiryChanges ? null : undefined,
  };
  await db
    .updateTable('asset')
    .set((eb) => ({ ...columns, updated_at: bumpedUpdatedAt(eb) }))
    .where('id', '=', asset.dbId)
    .execute();

  if (sectorIds !== undefined) {
    await db.deleteFrom('asset_sector').where('asset_id', '=', asset.dbId).execute();
    if (sectorIds.length) {
      await db
        .insertInto('asset_sector')
        .columns(['asset_id', 'sector_id'])
        .expression(
          db.selectNoFrom((eb) => [
            eb.val(asset.dbId).as('asset_id'),
            eb.fn<number>('unnest', [eb.cast(eb.val(sectorIds), sql`int[]`)]).as('sector_id'),
          ]),
        )
        .execute();
    }
  }
  if (changes.inventors !== undefined) await replaceInventors(db, asset.dbId, changes.inventors);
  return { ok: true, assetId: asset.dbId };
}

// The editor's working copy of a listing: made from the saved listing, turned into the update's input,
// checked with the shared rules, and shown in the preview as the public page would show it.
import {
  type ListingData,
  type ListingProblem,
  listingPublicationWarnings,
  validateListingDraft,
  validateListingForPublication,
} from '@tt/shared/listing-rules';
import { isoDay } from '@tt/shared/technology-request-rules';
import type {
  AssetDetailFieldsFragment,
  AssetKind,
  DevelopmentStage,
  IpStatus,
  PartneringModel,
  PricingModel,
  UpdateListingInput,
} from '../generated/graphql';
import type { ListingEditorFieldsFragment, ListingEditorOptionsQuery } from '../generated/members-graphql';

export type EditedListing = ListingEditorFieldsFragment;
export type SectorOption = ListingEditorOptionsQuery['sectors'][number];
export type OfficerOption = ListingEditorOptionsQuery['users']['edges'][number]['node'];

export interface ListingDraft {
  kind: AssetKind;
  title: string;
  summary: string;
  description: string;
  problem: string;
  benefits: string;
  applications: string[];
  trl: number;
  ipStatus: IpStatus;
  patentNumbers: string[];
  developmentStage: DevelopmentStage;
  partneringModels: PartneringModel[];
  keywords: string[];
  sectorIds: string[];
  inventors: { name: string; affiliation: string }[];
  platformId: string;
  turnaround: string;
  pricingModel: PricingModel | '';
  /** A service's template: what is delivered, samples and throughput, accreditations. */
  deliverables: string;
  throughput: string;
  accreditations: string[];
  contactOfficerId: string;
  /** The Italian texts, empty until translated: kept apart from the English ones, whatever the page's language. */
  titleIt: string;
  summaryIt: string;
  descriptionIt: string;
  problemIt: string;
  benefitsIt: string;
  applicationsIt: string[];
  keywordsIt: string[];
  turnaroundIt: string;
  deliverablesIt: string;
  throughputIt: string;
  /** YYYY-MM-DD, or '' for none: the last day it is offered. */
  expiresOn: string;
}

/**
 * The texts come from `texts(language:)`, as stored: the listing's own title, description… are the request
 * language's answer (Italian in an Italian session), which saved as English would overwrite it.
 */
export function draftFrom(asset: EditedListing): ListingDraft {
  const { english, italian } = asset;
  return {
    kind: asset.kind,
    title: english.title,
    summary: english.summary,
    description: english.description,
    problem: english.problem,
    benefits: english.benefits,
    applications: [...english.applications],
    trl: asset.trl,
    ipStatus: asset.ipStatus,
    patentNumbers: [...asset.patentNumbers],
    developmentStage: asset.developmentStage,
    partneringModels: [...asset.partneringModels],
    keywords: [...english.keywords],
    sectorIds: asset.sectors.map((sector) => sector.id),
    inventors: asset.inventors.map(({ name, affiliation }) => ({ name, affiliation })),
    platformId: asset.platform?.id ?? '',
    turnaround: english.turnaround ?? '',
    pricingModel: asset.pricingModel ?? '',
    deliverables: english.deliverables ?? '',
    throughput: english.throughput ?? '',
    accreditations: [...asset.accreditations],
    contactOfficerId: asset.contactOfficerUser?.id ?? '',
    titleIt: italian.title,
    summaryIt: italian.summary,
    descriptionIt: italian.description,
    problemIt: italian.problem,
    benefitsIt: italian.benefits,
    applicationsIt: [...italian.applications],
    keywordsIt: [...italian.keywords],
    turnaroundIt: italian.turnaround ?? '',
    deliverablesIt: italian.deliverables ?? '',
    throughputIt: italian.throughput ?? '',
    expiresOn: asset.expiresOn ?? '',
  };
}

export function sameDraft(a: ListingDraft, b: ListingDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const isService = (draft: ListingDraft) => draft.kind === 'SERVICE';

/** The kind and the texts as a save stores them (trimmed): the update's input and the preview alike. */
const savedTexts = (draft: ListingDraft) => ({
  kind: draft.kind,
  title: draft.title.trim(),
  summary: draft.summary.trim(),
  description: draft.description.trim(),
  problem: draft.problem.trim(),
  benefits: draft.benefits.trim(),
});

/** The Italian texts as a save stores them (trimmed; an empty list or text stays untranslated). */
const savedItalianTexts = (draft: ListingDraft) => ({
  titleIt: draft.titleIt.trim(),
  summaryIt: draft.summaryIt.trim(),
  descriptionIt: draft.descriptionIt.trim(),
  problemIt: draft.problemIt.trim(),
  benefitsIt: draft.benefitsIt.trim(),
  applicationsIt: draft.applicationsIt.map((item) => item.trim()),
  keywordsIt: draft.keywordsIt.map((item) => item.trim()),
});

/** A service's turnaround, pricing and template as a save stores them; null (none) for any other kind. */
function savedServiceFields(draft: ListingDraft) {
  const service = isService(draft);
  return {
    turnaround: service ? draft.turnaround.trim() || null : null,
    pricingModel: service && draft.pricingModel ? draft.pricingModel : null,
    deliverables: service ? draft.deliverables.trim() || null : null,
    throughput: service ? draft.throughput.trim() || null : null,
    accreditations: service ? draft.accreditations.map((item) => item.trim()) : [],
  };
}

/** Every field, so that the saved listing is exactly the one on screen; the service fields only for a service. */
export function inputFrom(id: string, expectedUpdatedAt: string, draft: ListingDraft): UpdateListingInput {
  const service = isService(draft);
  return {
    id,
    expectedUpdatedAt,
    ...savedTexts(draft),
    ...savedItalianTexts(draft),
    applications: draft.applications.map((item) => item.trim()),
    trl: draft.trl,
    ipStatus: draft.ipStatus,
    patentNumbers: draft.patentNumbers.map((item) => item.trim()),
    developmentStage: draft.developmentStage,
    partneringModels: draft.partneringModels,
    keywords: draft.keywords.map((item) => item.trim()),
    sectorIds: draft.sectorIds,
    inventors: draft.inventors.map((inventor) => ({
      name: inventor.name.trim(),
      affiliation: inventor.affiliation.trim(),
    })),
    platformId: service && draft.platformId ? draft.platformId : null,
    ...savedServiceFields(draft),
    turnaroundIt: service ? draft.turnaroundIt.trim() || null : null,
    deliverablesIt: service ? draft.deliverablesIt.trim() || null : null,
    throughputIt: service ? draft.throughputIt.trim() || null : null,
    contactOfficerId: draft.contactOfficerId || null,
    expiresOn: draft.expiresOn || null,
  };
}

function dataOf(draft: ListingDraft): ListingData {
  const service = isService(draft);
  return {
    ...draft,
    sectorCount: draft.sectorIds.length,
    turnaround: service ? draft.turnaround : null,
    turnaroundIt: service ? draft.turnaroundIt : null,
    pricingModel: service && draft.pricingModel ? draft.pricingModel : null,
    deliverables: service ? draft.deliverables : null,
    deliverablesIt: service ? draft.deliverablesIt : null,
    throughput: service ? draft.throughput : null,
    throughputIt: service ? draft.throughputIt : null,
    accreditations: service ? draft.accreditations : [],
    expiresOn: draft.expiresOn || null,
  };
}

/** What the API would refuse in a save (lengths, list sizes, incomplete rows). */
export function draftProblems(draft: ListingDraft): ListingProblem[] {
  return validateListingDraft(dataOf(draft));
}

/** What keeps the draft on screen from being published, by the same rules as the API's publicationIssues. */
export function publicationProblems(draft: ListingDraft): ListingProblem[] {
  return validateListingForPublication(dataOf(draft), isoDay(new Date()));
}

/** The Italian texts the draft on screen still lacks, by the same rule as the API's publicationWarnings. */
export function translationWarnings(draft: ListingDraft): ListingProblem[] {
  return listingPublicationWarnings(dataOf(draft));
}

/** The DOM id of a field's input, from the API's field path (`inventors.1.name` → `listing-inventors-1-name`). */
export const fieldDomId = (field: string) => `listing-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** Moves the focus to the field a problem names (or the closest enclosing one), scrolled into view. */
export function focusField(field: string): void {
  const parts = field.split('.');
  while (parts.length > 0) {
    const element = document.getElementById(fieldDomId(parts.join('.')));
    if (element) {
      element.scrollIntoView?.({ block: 'center' });
      element.focus();
      return;
    }
    parts.pop();
  }
}

/**
 * The platforms the editor offers: the institute's active ones, and the listing's own when it is no longer among them
 * (retired): kept, so that re-saving the listing does not seem to drop it.
 */
export function platformChoices(asset: EditedListing): (EditedListing['institution']['platforms'][number] & {
  retired?: boolean;
})[] {
  const active = asset.institution.platforms;
  const current = asset.platform;
  if (!current || active.some((platform) => platform.id === current.id)) return [...active];
  return [{ ...current, retired: true }, ...active];
}

/** The listing as the public page will show it once saved (in English): the working copy over the saved one. */
export function previewOf(
  asset: EditedListing,
  draft: ListingDraft,
  sectors: readonly SectorOption[],
  officers: readonly OfficerOption[],
): AssetDetailFieldsFragment {
  const service = isService(draft);
  const trimmed = (list: readonly string[]) => list.map((item) => item.trim()).filter(Boolean);
  const officer = officers.find((candidate) => candidate.id === draft.contactOfficerId);
  const platform = platformChoices(asset).find((candidate) => candidate.id === draft.platformId);
  return {
    __typename: 'Asset',
    id: asset.id,
    slug: asset.slug,
    // The preview shows the English texts, the reference every listing has.
    textLanguage: 'EN',
    ...savedTexts(draft),
    applications: trimmed(draft.applications),
    keywords: trimmed(draft.keywords),
    trl: draft.trl,
    ipStatus: draft.ipStatus,
    patentNumbers: trimmed(draft.patentNumbers),
    developmentStage: draft.developmentStage,
    partneringModels: draft.partneringModels,
    ...savedServiceFields(draft),
    accreditations: service ? trimmed(draft.accreditations) : [],
    publishedAt: asset.publishedAt,
    updatedAt: asset.updatedAt,
    // Its agreements', not the editor's: as saved.
    availability: asset.availability,
    // Set apart from the texts (services/capacity-editor.tsx): as saved.
    capacity: asset.capacity,
    exclusiveScopes: asset.exclusiveScopes,
    sectors: draft.sectorIds.flatMap((id) => {
      const sector = sectors.find((candidate) => candidate.id === id) ?? asset.sectors.find((s) => s.id === id);
      return sector
        ? [{ __typename: 'Sector' as const, id, slug: sector.slug, labelEn: sector.labelEn, labelIt: sector.labelIt }]
        : [];
    }),
    inventors: draft.inventors
      .filter((inventor) => inventor.name.trim())
      .map((inventor, index) => ({
        __typename: 'Inventor' as const,
        id: `preview-${index}`,
        name: inventor.name.trim(),
        affiliation: inventor.affiliation.trim(),
      })),
    platform: service && platform ? { ...platform } : null,
    contactOfficer: officer
      ? { __typename: 'ContactOfficer', name: officer.name, title: officer.title, titleLanguage: officer.titleLanguage }
      : draft.contactOfficerId === asset.contactOfficerUser?.id
        ? asset.contactOfficer
        : null,
    institution: asset.institution,
  };
}

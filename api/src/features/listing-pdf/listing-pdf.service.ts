import type { Db } from '@tt/db/database';
import {
  AssetKind,
  AssetStatus,
  type DevelopmentStage,
  type IpStatus,
  type PartneringModel,
  type PricingModel,
} from '@tt/shared/asset-enums';
import { Language } from '@tt/shared/languages';
import { placeName } from '@tt/shared/place-names';
import { atSlug, currentSlugFirst, hasItalianText } from '../catalogue/asset-records.js';

// What a listing's one-page PDF shows, read for anyone: published listings only (as its public page), in the
// page's language as the page shows it (in Italian only when the listing is wholly translated, else in English).

export interface ListingPdfFacts {
  slug: string;
  kind: AssetKind;
  title: string;
  summary: string;
  /** The solution (an invention, a prototype) or the service: cut to the page by the renderer. */
  description: string;
  institute: string;
  city: string;
  contactEmail: string;
  contactOfficer: { name: string; title: string | null } | null;
  trl: number;
  ipStatus: IpStatus;
  patentNumbers: string[];
  developmentStage: DevelopmentStage;
  partneringModels: PartneringModel[];
  platform: string | null;
  turnaround: string | null;
  throughput: string | null;
  accreditations: string[];
  pricingModel: PricingModel | null;
  updatedAt: Date;
}

/**
 * The published listing's facts in `language`, by its slug or a former one (the caller redirects to the current
 * one); null for a slug that is not a published listing's.
 */
export async function findListingPdfFacts(db: Db, slug: string, language: Language): Promise<ListingPdfFacts | null> {
  const row = await db
    .selectFrom('asset as a')
    .innerJoin('institution as i', 'i.id', 'a.institution_id')
    .leftJoin('app_user as u', 'u.id', 'a.contact_officer_id')
    .leftJoin('platform as p', 'p.id', 'a.platform_id')
    .select([
      'a.slug',
      'a.kind',
      'a.title',
      'a.title_it',
      'a.summary',
      'a.summary_it',
      'a.description',
      'a.description_it',
      'a.trl',
      'a.ip_status',
      'a.patent_numbers',
      'a.development_stage',
      'a.partnering_models',
      'a.turnaround',
      'a.turnaround_it',
      'a.throughput',
      'a.throughput_it',
      'a.accreditations',
      'a.pricing_model',
      'a.updated_at',
      'i.name as institute',
      'i.city',
      'i.city_it',
      'i.contact_email',
      'u.name as officer_name',
      'u.title as officer_title',
      'p.name as platform',
    ])
    .select(hasItalianText().as('translated'))
    .where((eb) => atSlug(eb, slug))
    .where('a.status', '=', AssetStatus.PUBLISHED)
    .orderBy((eb) => currentSlugFirst(eb, slug), 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  // The Italian texts as one, by the page's rule (LISTING_TRANSLATIONS): a listing wholly translated shows them all,
  // any other the English ones.
  const italian = language === Language.IT && row.translated;
  return {
    slug: row.slug,
    kind: row.kind,
    title: italian ? row.title_it : row.title,
    summary: italian && row.summary_it ? row.summary_it : row.summary,
    description: italian && row.description_it ? row.description_it : row.description,
    institute: row.institute,
    city: placeName(row.city, row.city_it, language),
    contactEmail: row.contact_email,
    contactOfficer: row.officer_name ? { name: row.officer_name, title: row.officer_title } : null,
    trl: row.trl,
    ipStatus: row.ip_status,
    patentNumbers: row.patent_numbers,
    developmentStage: row.development_stage,
    partneringModels: row.partnering_models,
    platform: row.platform,
    turnaround: (italian && row.turnaround_it) || row.turnaround,
    throughput: (italian && row.throughput_it) || row.throughput,
    accreditations: row.accreditations,
    pricingModel: row.pricing_model,
    updatedAt: new Date(row.updated_at),
  };
}

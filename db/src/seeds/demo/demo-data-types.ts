// Shape of the demo data set: plain values, loaded into the database by the demo seeder.
import type {
  AssetKind,
  AssetStatus,
  DevelopmentStage,
  IpStatus,
  PartneringModel,
  PricingModel,
} from '@tt/shared/asset-enums';
import type { CompanySize, PartnershipLevel } from '@tt/shared/company-enums';
import type {
  DisclosureRecommendation,
  DisclosureStatus,
  FundingSourceData,
  MarketPotential,
  Patentability,
  PublicDisclosureKind,
} from '@tt/shared/disclosure-transitions';
import type { DeclineReason, EoiPriority, EoiStatus, InterestType } from '@tt/shared/eoi-transitions';
import type { PlatformKind, TaxonomyKind } from '@tt/shared/taxonomy-enums';

export interface DemoPlatform {
  slug: string;
  name: string;
  kind: PlatformKind;
  description: string;
  /** Short lines, e.g. "Whole-exome sequencing on Illumina NovaSeq". */
  capabilities: string[];
}

export interface DemoInstitution {
  slug: string;
  name: string;
  shortName: string;
  city: string;
  region: string;
  /** The city and region as Italian names them, where that differs from English. */
  cityIt?: string;
  regionIt?: string;
  website: string;
  /** The technology-transfer office's public mailbox. */
  contactEmail: string;
  description: string;
  mission: string;
  networks: string[];
  platforms: DemoPlatform[];
}

export interface DemoOfficer {
  key: string;
  name: string;
  email: string;
  title: string;
  institution: string;
}

export interface DemoSector {
  slug: string;
  kind: TaxonomyKind;
  labelEn: string;
  labelIt: string;
  /** slug of the parent term, for a child term */
  parent?: string;
}

export interface DemoInventor {
  key: string;
  name: string;
  affiliation: string;
}

export interface DemoAsset {
  slug: string;
  kind: AssetKind;
  status: AssetStatus;
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
  sectors: string[];
  keywords: string[];
  institution: string;
  platform?: string;
  inventors: string[];
  contactOfficer: string;
  turnaround?: string;
  pricingModel?: PricingModel;
  /** ISO date; absent for drafts */
  publishedAt?: string;
  updatedAt: string;
  /** Days from the seeding day to its expiry date; negative for one archived when it expired (demoListingExpiry). */
  expiresInDays?: number;
}

export interface DemoCompany {
  slug: string;
  name: string;
  country: string;
  city: string;
  size: CompanySize;
  sectors: string[];
  interests: string[];
  website: string;
  description: string;
  partnershipLevel: PartnershipLevel;
  listed: boolean;
}

/** A person at a demo company without a demo account, who sends that company's expressions of interest. */
export interface DemoCompanyContact {
  /** slug of the company */
  company: string;
  name: string;
  title: string;
  email: string;
}

/** One move of a demo EoI: the office (an officer of the asset's institute) or the company (its submitter). */
export type DemoEoiStep =
  | { actor: 'office'; officer: string; to: EoiStatus; daysAfterSubmission: number; reason?: string }
  | { actor: 'company'; to: EoiStatus; daysAfterSubmission: number; reason?: string };

/** One message of a demo EoI's thread; `internal` notes are the office's only. */
export type DemoEoiMessage =
  | { side: 'office'; officer: string; internal?: boolean; body: string; daysAfterSubmission: number }
  | { side: 'company'; body: string; daysAfterSubmission: number };

/**
 * An expression of interest of the demo data, with its history and thread. Times are in days, relative
 * to the moment the demo data are loaded (`ageDays` before it) or to the submission (fractions allowed).
 */
export interface DemoEoi {
  /** slug of a published asset */
  asset: string;
  /** slug of the company; its demo account, or else its contact in demoEoiContacts, is the submitter */
  company: string;
  interestType: InterestType;
  message: string;
  intendedUse?: string;
  timeline?: string;
  ndaRequested: boolean;
  priority: EoiPriority;
  /** key of an officer of the asset's institute */
  assignee?: string;
  /** How many days before the demo data are loaded it was submitted. */
  ageDays: number;
  /** From SUBMITTED to its current status, in order; empty for one still submitted. */
  steps: DemoEoiStep[];
  /** For a declined one: the structured reason and the message the company sees (it also joins the thread). */
  declineReason?: DeclineReason;
  declineMessage?: string;
  thread: DemoEoiMessage[];
  /** Sides that have not yet read the other side's latest messages (by default each side has read everything). */
  unreadBy?: ('company' | 'office')[];
}

/** One move of a demo disclosure: the office (an officer of its institute) or its researcher. */
export type DemoDisclosureStep =
  | { actor: 'office'; officer: string; to: DisclosureStatus; day: number; reason?: string }
  | { actor: 'researcher'; to: DisclosureStatus; day: number; reason?: string };

export type DemoDisclosureMessage =
  | { side: 'office'; officer: string; body: string; day: number }
  | { side: 'researcher'; body: string; day: number };

/**
 * An invention disclosure of the demo data. `ageDays`: created that many days before the demo data are
 * loaded; `day` of a step or message: days after creation. A draft may leave any field out.
 */
export interface DemoDisclosure {
  /** slug of the institute */
  institution: string;
  /** e-mail of the demo researcher account who wrote it */
  researcher: string;
  ageDays: number;
  title: string;
  inventors: { name: string; affiliation: string; contributionShare: number }[];
  abstract?: string;
  problem?: string;
  solution?: string;
  novelty?: string;
  priorArt?: string;
  /** `inDays`: the date relative to the day the demo data are loaded (negative: past). */
  publicDisclosures?: { kind: PublicDisclosureKind; inDays: number; venue: string; description?: string }[];
  fundingSources?: FundingSourceData[];
  commercialApplications?: string;
  trl?: number;
  /** key of an officer of the institute */
  assignee?: string;
  assessment?: {
    patentability: Patentability | null;
    marketPotential: MarketPotential | null;
    recommendation: DisclosureRecommendation | null;
    notes: string | null;
  };
  /** slug of the published asset made from it (for a PUBLISHED one) */
  listing?: string;
  /** From DRAFT to its current status, in order; empty for a draft. */
  steps: DemoDisclosureStep[];
  thread: DemoDisclosureMessage[];
}

/**
 * The Italian text of a demo listing (by slug), written as an Italian technology-transfer office would
 * publish it, not word by word: same facts, figures and proper nouns as the English one.
 */
export interface DemoAssetItalian {
  title: string;
  summary: string;
  description: string;
  problem: string;
  benefits: string;
  applications: string[];
  keywords: string[];
  /** For research-platform services with a turnaround, e.g. "3–4 settimane". */
  turnaround?: string;
}

/** The Italian text of a demo institute (by slug) and of its platforms (by platform slug). */
export interface DemoInstitutionItalian {
  description: string;
  mission: string;
  platforms: Record<string, { description: string; capabilities: string[] }>;
}

/** The Italian description of a demo partner company (by slug). */
export interface DemoCompanyItalian {
  description: string;
}

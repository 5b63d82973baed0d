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

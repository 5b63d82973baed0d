// Enumerations of the catalogue, used by the database, the API and the web app.
// Each is a plain object so type-graphql can register it and the web can list it.

export const AssetKind = {
  INVENTION: 'INVENTION',
  PROTOTYPE: 'PROTOTYPE',
  SERVICE: 'SERVICE',
} as const;
export type AssetKind = (typeof AssetKind)[keyof typeof AssetKind];

export const AssetStatus = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  ARCHIVED: 'ARCHIVED',
} as const;
export type AssetStatus = (typeof AssetStatus)[keyof typeof AssetStatus];

export const IpStatus = {
  NONE: 'NONE',
  PATENT_PENDING: 'PATENT_PENDING',
  PATENT_GRANTED: 'PATENT_GRANTED',
  KNOW_HOW: 'KNOW_HOW',
  COPYRIGHT: 'COPYRIGHT',
  TRADEMARK: 'TRADEMARK',
} as const;
export type IpStatus = (typeof IpStatus)[keyof typeof IpStatus];

export const PartneringModel = {
  LICENSE_EXCLUSIVE: 'LICENSE_EXCLUSIVE',
  LICENSE_NON_EXCLUSIVE: 'LICENSE_NON_EXCLUSIVE',
  OPTION: 'OPTION',
  CO_DEVELOPMENT: 'CO_DEVELOPMENT',
  SPONSORED_RESEARCH: 'SPONSORED_RESEARCH',
  SERVICE_AGREEMENT: 'SERVICE_AGREEMENT',
  MATERIAL_TRANSFER: 'MATERIAL_TRANSFER',
} as const;
export type PartneringModel = (typeof PartneringModel)[keyof typeof PartneringModel];

export const DevelopmentStage = {
  DISCOVERY: 'DISCOVERY',
  PROOF_OF_CONCEPT: 'PROOF_OF_CONCEPT',
  PRECLINICAL: 'PRECLINICAL',
  CLINICAL_VALIDATION: 'CLINICAL_VALIDATION',
  CLINICAL_TRIAL: 'CLINICAL_TRIAL',
  MARKET_READY: 'MARKET_READY',
  IN_SERVICE: 'IN_SERVICE',
} as const;
export type DevelopmentStage = (typeof DevelopmentStage)[keyof typeof DevelopmentStage];

export const PricingModel = {
  FEE_FOR_SERVICE: 'FEE_FOR_SERVICE',
  PER_SAMPLE: 'PER_SAMPLE',
  PROJECT_QUOTE: 'PROJECT_QUOTE',
  COLLABORATIVE: 'COLLABORATIVE',
} as const;
export type PricingModel = (typeof PricingModel)[keyof typeof PricingModel];

export const AssetOrder = {
  RELEVANCE: 'RELEVANCE',
  NEWEST: 'NEWEST',
  TITLE: 'TITLE',
} as const;
export type AssetOrder = (typeof AssetOrder)[keyof typeof AssetOrder];

export const values = <T extends Record<string, string>>(e: T): T[keyof T][] => Object.values(e) as T[keyof T][];

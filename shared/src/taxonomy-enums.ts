export const TaxonomyKind = {
  SECTOR: 'SECTOR',
  THERAPEUTIC_AREA: 'THERAPEUTIC_AREA',
} as const;
export type TaxonomyKind = (typeof TaxonomyKind)[keyof typeof TaxonomyKind];

export const PlatformKind = {
  BIOSCIENCE_LAB: 'BIOSCIENCE_LAB',
  BIOBANK: 'BIOBANK',
  ANIMAL_FACILITY: 'ANIMAL_FACILITY',
  GENOMICS: 'GENOMICS',
  BIOSTATISTICS: 'BIOSTATISTICS',
  RADIOTHERAPY: 'RADIOTHERAPY',
} as const;
export type PlatformKind = (typeof PlatformKind)[keyof typeof PlatformKind];

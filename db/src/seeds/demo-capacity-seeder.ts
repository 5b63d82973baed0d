import { AssetKind } from '@tt/shared/asset-enums';
import { type ServiceCapacity, ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { isoDay } from '@tt/shared/technology-request-rules';
import type { Asset } from '../entities/asset.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const { ACCEPTING_REQUESTS, FULLY_BOOKED } = ServiceCapacityStatus;

/** [status, fully booked for / next slot in (days from the seeding day), turnaround weeks min, max]. */
type DemoCapacity = [ServiceCapacityStatus, number | null, number | null, number | null];

/**
 * The demo services' capacity (issue #17): most accept requests with a typical turnaround, one is fully booked
 * until a few weeks after the seeding day, one names its next free slot; the rest say nothing (NOT_STATED).
 */
const DEMO_CAPACITY: Record<string, DemoCapacity> = {
  'irst-tumour-exome-panel-sequencing': [ACCEPTING_REQUESTS, 12, 4, 6],
  'irst-ctdna-liquid-biopsy-sequencing': [ACCEPTING_REQUESTS, null, 2, 3],
  'irst-dna-methylation-profiling': [ACCEPTING_REQUESTS, null, 5, 8],
  'irst-biobank-sample-access': [ACCEPTING_REQUESTS, null, 6, 10],
  'irst-phase1-dose-finding-biostatistics': [ACCEPTING_REQUESTS, null, 3, null],
  'irst-organoid-drug-sensitivity-testing': [ACCEPTING_REQUESTS, null, 8, 12],
  'irst-flow-cytometry-immunophenotyping': [ACCEPTING_REQUESTS, null, 2, null],
  'int-comprehensive-genomic-profiling': [ACCEPTING_REQUESTS, null, 3, 4],
  'int-single-cell-spatial-transcriptomics': [FULLY_BOOKED, 35, 10, 14],
  'int-rare-cancer-biobank-access': [ACCEPTING_REQUESTS, null, 8, 12],
  'int-tissue-microarray-construction': [ACCEPTING_REQUESTS, null, 4, null],
  'int-humanised-mouse-immunotherapy-studies': [ACCEPTING_REQUESTS, null, 16, 24],
};

export function seedDemoCapacity(seededAt: Date, context: { assets: Map<string, Asset> }): void {
  const day = (days: number) => isoDay(new Date(seededAt.getTime() + days * DAY_MS));
  for (const [slug, [status, days, low, high]] of Object.entries(DEMO_CAPACITY)) {
    const asset = context.assets.get(slug);
    if (!asset || asset.kind !== AssetKind.SERVICE) throw new Error(`Demo capacity: ${slug} is no demo service`);
    const capacity: ServiceCapacity = {
      status,
      fullyBookedUntil: status === FULLY_BOOKED && days !== null ? day(days) : null,
      nextSlotOn: status === ACCEPTING_REQUESTS && days !== null ? day(days) : null,
      turnaroundWeeksMin: low,
      turnaroundWeeksMax: high,
    };
    asset.capacityStatus = capacity.status;
    asset.fullyBookedUntil = capacity.fullyBookedUntil;
    asset.nextSlotOn = capacity.nextSlotOn;
    asset.turnaroundWeeksMin = capacity.turnaroundWeeksMin;
    asset.turnaroundWeeksMax = capacity.turnaroundWeeksMax;
  }
}

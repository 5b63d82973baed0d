// Demo matchmaking and feedback: the development stages each demo company takes on (so recommendations and the
// companies to approach cite TRL ranges), and why some companies passed on listings — expressions of interest
// withdrawn with a reason, recommendations dismissed — so that the offices and the inventors see feedback on first
// start. Comments are the companies' own words, in English.
import type { FeedbackReason } from '@tt/shared/feedback-enums';

/** The TRL range of each demo company; one left without, as a company that has not said. */
export const demoCompanyTrlRanges: Record<string, [number, number] | null> = {
  oncopharm: [3, 6],
  medisense: [4, 7],
  'biovera-therapeutics': [2, 5],
  'rna-forge': [3, 6],
  'radiant-medical': [5, 8],
  pathomind: [4, 7],
  'helvetia-biologics': [4, 7],
  'genomica-italia': [5, 8],
  'nanocarrier-labs': [3, 5],
  'curavita-health': [5, 8],
  'nordic-organoid': [3, 6],
  'atlas-clinical': [6, 9],
  isotopica: [4, 7],
  vitalwear: [5, 8],
  'farmaceutici-adriatici': [6, 9],
  'cellgenix-bio': [3, 6],
  'iberia-dx': [5, 8],
  'biostore-solutions': [6, 9],
  'precisia-oncology': [4, 7],
  'lumen-imaging': [5, 8],
  'endotech-surgical': [6, 9],
  'alpine-vivarium': [4, 7],
  'medidata-romagna': [6, 9],
  'kinase-discovery': [2, 4],
  'lombardia-biotech': null,
};

/** Why a company withdrew one of its demo EoIs (the EoI on `asset`, withdrawn in demo-eois.ts). */
export interface DemoWithdrawalFeedback {
  company: string;
  asset: string;
  reason: FeedbackReason;
  comment: string | null;
}

export const demoWithdrawalFeedback: DemoWithdrawalFeedback[] = [
  {
    company: 'medidata-romagna',
    asset: 'irst-trovastudio-trial-matching',
    reason: 'TIMING_BUDGET',
    comment: 'The regional tender that would have funded the pilot was postponed; we will come back when it reopens.',
  },
  {
    company: 'oncopharm',
    asset: 'int-cachexia-cytokine-antibody',
    reason: 'NOT_IN_FOCUS',
    comment: 'Our portfolio review deprioritised supportive care for the next two years.',
  },
];

/** A listing a company no longer wants recommended, and why. */
export interface DemoDismissal {
  company: string;
  asset: string;
  reason: FeedbackReason;
  comment: string | null;
  ageDays: number;
}

export const demoDismissals: DemoDismissal[] = [
  {
    company: 'oncopharm',
    asset: 'irst-circulating-tumour-cell-expansion',
    reason: 'HAVE_SOLUTION',
    comment: 'We already run circulating tumour cell assays with a contract research organisation.',
    ageDays: 6.3,
  },
  {
    company: 'medisense',
    asset: 'irst-oncotox-chemotherapy-toxicity-predictor',
    reason: 'NOT_IN_FOCUS',
    comment: null,
    ageDays: 3.1,
  },
  {
    company: 'biovera-therapeutics',
    asset: 'irst-hypoxia-switch-car-t',
    reason: 'TOO_EARLY',
    comment: 'Interesting, but we would need in vivo efficacy data before taking a licence.',
    ageDays: 11.7,
  },
];

// Demo agreements: every type and status on both institutes, most of them made from the demo EoIs in negotiation
// or agreed (the agreed ones' licences closed them), a licence whose payments are partly received, an MTA that
// expired, and an option about to expire, so that the offices' agreements and their numbers tell a story on the
// first start. Days are relative to the moment the demo data are loaded (negative: in the past).
import type {
  AgreementStatus,
  AgreementType,
  LicenseExclusivity,
  MilestoneKind,
  MilestoneStatus,
  RoyaltyReportingPeriod,
} from '@tt/shared/agreement-rules';

export interface DemoMilestone {
  kind: MilestoneKind;
  event: string;
  /** Days from now it falls due; or a trigger instead. */
  dueInDays?: number;
  trigger?: string;
  amountEuros: number;
  status: MilestoneStatus;
  /** Received: how much, and how many days ago. */
  received?: { euros: number; daysAgo: number };
}

export interface DemoAgreement {
  /** slug of the institute */
  institution: string;
  /** slug of the company */
  company: string;
  /** key of an officer of the institute: the owner */
  owner: string;
  type: AgreementType;
  title: string;
  status: AgreementStatus;
  /** The listings it covers (slugs of the institute's listings). */
  listings: string[];
  /** The demo EoI it came from: the company's on the first listing; `closes` when it closed it (AGREED). */
  fromEoi?: { closes: boolean };
  exclusivity?: LicenseExclusivity;
  fieldOfUse?: string;
  territory?: string;
  /** Days from now (negative: past). */
  signedInDays?: number;
  effectiveInDays?: number;
  expiresInDays?: number;
  notes: string;
  termsSharedWithInventors?: boolean;
  royaltyRateBasisPoints?: number;
  royaltyReportingPeriod?: RoyaltyReportingPeriod;
  milestones?: DemoMilestone[];
  /** Recorded this many days ago. */
  ageDays: number;
}

export const demoAgreements: DemoAgreement[] = [
  // ——— IRST ———
  {
    institution: 'irst',
    company: 'lumen-imaging',
    owner: 'officer-irst',
    type: 'CDA',
    title: 'Mutual CDA: voxel dosimetry software evaluation',
    status: 'ACTIVE',
    listings: ['irst-voxel-dosimetry-radioligand-therapy'],
    fromEoi: { closes: false },
    signedInDays: -50,
    effectiveInDays: -50,
    expiresInDays: 680,
    notes: 'Two-year CDA signed before the technical deep dive; covers the dosimetry validation dataset.',
    ageDays: 55,
  },
  {
    institution: 'irst',
    company: 'lumen-imaging',
    owner: 'officer-irst',
    type: 'OPTION',
    title: 'Option to license voxel dosimetry for radioligand therapy',
    status: 'UNDER_NEGOTIATION',
    listings: ['irst-voxel-dosimetry-radioligand-therapy'],
    fromEoi: { closes: false },
    notes: 'Lumen asks for 9 months; we offer 6 with one extension. Their counsel has the second draft.',
    royaltyRateBasisPoints: 400,
    royaltyReportingPeriod: 'SEMI_ANNUAL',
    milestones: [
      {
        kind: 'UPFRONT',
        event: 'Option fee on signature',
        trigger: 'Signature of the option',
        amountEuros: 15_000,
        status: 'EXPECTED',
      },
    ],
    ageDays: 20,
  },
  {
    institution: 'irst',
    company: 'oncopharm',
    owner: 'officer-irst',
    type: 'LICENSE',
    title: 'Exclusive licence: ATR inhibitor prodrug',
    status: 'ACTIVE',
    listings: ['irst-atr-inhibitor-prodrug'],
    fromEoi: { closes: true },
    exclusivity: 'EXCLUSIVE',
    fieldOfUse: 'Treatment of solid tumours in humans',
    territory: 'Worldwide',
    signedInDays: -120,
    effectiveInDays: -110,
    expiresInDays: 3530,
    notes: 'Diligence obligations: IND filing within 24 months. Sublicensing share 20 %. Chase the Q2 royalty report.',
    termsSharedWithInventors: true,
    royaltyRateBasisPoints: 350,
    royaltyReportingPeriod: 'QUARTERLY',
    milestones: [
      {
        kind: 'UPFRONT',
        event: 'Upfront licence fee',
        dueInDays: -100,
        amountEuros: 150_000,
        status: 'RECEIVED',
        received: { euros: 150_000, daysAgo: 95 },
      },
      {
        kind: 'MILESTONE',
        event: 'First patient dosed in phase I',
        dueInDays: -10,
        amountEuros: 250_000,
        status: 'INVOICED',
      },
      {
        kind: 'MILESTONE',
        event: 'Start of phase II',
        trigger: 'First patient dosed in phase II',
        amountEuros: 500_000,
        status: 'EXPECTED',
      },
      {
        kind: 'ANNUAL_FEE',
        event: 'Licence maintenance fee, year 2',
        dueInDays: 245,
        amountEuros: 20_000,
        status: 'EXPECTED',
      },
    ],
    ageDays: 125,
  },
  {
    institution: 'irst',
    company: 'medisense',
    owner: 'officer-irst-2',
    type: 'LICENSE',
    title: 'Non-exclusive licence: HER2-low quantitative RNA assay',
    status: 'SIGNED',
    listings: ['irst-her2-low-quantitative-rna-assay'],
    fromEoi: { closes: true },
    exclusivity: 'NON_EXCLUSIVE',
    fieldOfUse: 'In vitro diagnostics for breast cancer',
    territory: 'European Union',
    signedInDays: -12,
    notes: 'Effective once the technology transfer package is delivered (end of month).',
    royaltyRateBasisPoints: 500,
    royaltyReportingPeriod: 'ANNUAL',
    milestones: [
      {
        kind: 'UPFRONT',
        event: 'Upfront licence fee',
        dueInDays: -5,
        amountEuros: 40_000,
        status: 'RECEIVED',
        received: { euros: 40_000, daysAgo: 3 },
      },
    ],
    ageDays: 30,
  },
  {
    institution: 'irst',
    company: 'oncopharm',
    owner: 'officer-irst-2',
    type: 'SERVICE_AGREEMENT',
    title: 'Xenograft efficacy studies for OncoPharm',
    status: 'DRAFTING',
    listings: ['irst-in-vivo-efficacy-xenograft-studies'],
    fromEoi: { closes: false },
    notes: 'Quote for three PDX models sent; the agreement follows our standard service template.',
    ageDays: 6,
  },
  {
    institution: 'irst',
    company: 'biovera-therapeutics',
    owner: 'officer-irst',
    type: 'MTA',
    title: 'MTA: tumour tissue samples for biomarker discovery',
    status: 'EXPIRED',
    listings: ['irst-biobank-sample-access'],
    signedInDays: -400,
    effectiveInDays: -395,
    expiresInDays: -35,
    notes: 'Samples to be returned or destroyed: certificate of destruction still missing.',
    ageDays: 410,
  },
  {
    institution: 'irst',
    company: 'radiant-medical',
    owner: 'officer-irst-2',
    type: 'OPTION',
    title: 'Option on open-face mask surface-guided RT',
    status: 'ABANDONED',
    listings: ['irst-open-face-mask-surface-guided-rt'],
    fromEoi: { closes: false },
    notes: 'Radiant preferred to go straight to a licence discussion; the option draft was dropped.',
    ageDays: 15,
  },
  // ——— INT ———
  {
    institution: 'int',
    company: 'oncopharm',
    owner: 'officer-int',
    type: 'OPTION',
    title: 'Option: ADC against a sarcoma surface antigen',
    status: 'ACTIVE',
    listings: ['int-adc-sarcoma-surface-antigen'],
    fromEoi: { closes: false },
    signedInDays: -160,
    effectiveInDays: -160,
    expiresInDays: 20,
    notes: 'Expires soon: OncoPharm must exercise or ask for the 3-month extension (fee EUR 10k).',
    royaltyRateBasisPoints: 450,
    royaltyReportingPeriod: 'QUARTERLY',
    milestones: [
      {
        kind: 'UPFRONT',
        event: 'Option fee',
        dueInDays: -150,
        amountEuros: 25_000,
        status: 'RECEIVED',
        received: { euros: 25_000, daysAgo: 148 },
      },
      {
        kind: 'MILESTONE',
        event: 'Option exercise fee',
        trigger: 'Exercise of the option',
        amountEuros: 100_000,
        status: 'EXPECTED',
      },
    ],
    ageDays: 170,
  },
  {
    institution: 'int',
    company: 'farmaceutici-adriatici',
    owner: 'officer-int',
    type: 'LICENSE',
    title: 'Exclusive licence: paediatric oral temozolomide suspension',
    status: 'ACTIVE',
    listings: ['int-paediatric-oral-temozolomide-suspension'],
    fromEoi: { closes: true },
    exclusivity: 'EXCLUSIVE',
    fieldOfUse: 'Paediatric oncology',
    territory: 'Italy',
    signedInDays: -150,
    effectiveInDays: -140,
    expiresInDays: 2780,
    notes: 'Orphan designation filed by the licensee; royalty step-down after the first 5 M EUR of sales.',
    royaltyRateBasisPoints: 600,
    royaltyReportingPeriod: 'SEMI_ANNUAL',
    milestones: [
      {
        kind: 'UPFRONT',
        event: 'Upfront licence fee',
        dueInDays: -135,
        amountEuros: 60_000,
        status: 'RECEIVED',
        received: { euros: 60_000, daysAgo: 130 },
      },
      {
        kind: 'MILESTONE',
        event: 'AIFA marketing authorisation',
        trigger: 'Marketing authorisation in Italy',
        amountEuros: 200_000,
        status: 'EXPECTED',
      },
    ],
    ageDays: 155,
  },
  {
    institution: 'int',
    company: 'endotech-surgical',
    owner: 'officer-int-2',
    type: 'CDA',
    title: 'CDA: dual-modality biopsy marker clip',
    status: 'SIGNED',
    listings: ['int-dual-modality-biopsy-marker-clip'],
    fromEoi: { closes: false },
    signedInDays: -40,
    notes: 'One-way CDA; EndoTech shares its clip manufacturing constraints next.',
    ageDays: 45,
  },
  {
    institution: 'int',
    company: 'biovera-therapeutics',
    owner: 'officer-int-2',
    type: 'RESEARCH_COLLABORATION',
    title: 'Sponsored research: bispecific macrophage reprogramming',
    status: 'UNDER_NEGOTIATION',
    listings: ['int-bispecific-macrophage-reprogramming'],
    fromEoi: { closes: false },
    notes: 'Budget 300k EUR over two years; IP ownership clause still open (they want joint ownership).',
    ageDays: 25,
  },
  {
    institution: 'int',
    company: 'pathomind',
    owner: 'officer-int',
    type: 'CDA',
    title: 'CDA: deep-learning TIL scoring',
    status: 'DRAFTING',
    listings: ['int-deep-learning-til-scoring'],
    fromEoi: { closes: false },
    notes: 'PathoMind sent its own template; legal prefers ours.',
    ageDays: 4,
  },
  {
    institution: 'int',
    company: 'atlas-clinical',
    owner: 'officer-int-2',
    type: 'MTA',
    title: 'MTA: sarcoma cell lines for assay development',
    status: 'TERMINATED',
    listings: ['int-adc-sarcoma-surface-antigen'],
    signedInDays: -300,
    effectiveInDays: -295,
    expiresInDays: 65,
    notes: 'Terminated by mutual consent after the project was stopped; material destroyed (certificate on file).',
    ageDays: 310,
  },
];

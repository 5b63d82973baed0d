// Demo technology requests: what demo companies are looking for, and what the two institutes' offices answered.
// Each request is written in one language (one in Italian, by an Italian company); ages and deadlines are in days
// from the moment the demo data are loaded, so the demo always has open requests, one near its deadline, one
// fulfilled and one expired.
import type { PartneringModel } from '@tt/shared/asset-enums';
import type { InterestType } from '@tt/shared/eoi-transitions';
import type { FeedbackReason } from '@tt/shared/feedback-enums';
import type { Language } from '@tt/shared/languages';
import type { BudgetBand, ProposalStatus, RequestStatus, RequestVisibility } from '@tt/shared/technology-request-enums';

/** What a company did with a proposed listing (none: still to decide). */
export type DemoProposalDecision =
  | {
      status: Extract<ProposalStatus, 'INTEREST_EXPRESSED'>;
      interestType: InterestType;
      message: string;
      daysAgo: number;
    }
  | { status: Extract<ProposalStatus, 'DECLINED'>; reason: FeedbackReason; comment?: string; daysAgo: number };

export interface DemoRequestResponse {
  /** An officer key of demo-institutions.ts: the institute responding is theirs. */
  officer: string;
  daysAgo: number;
  language: Language;
  message: string;
  /** LISTINGS: published listings of the officer's institute, by slug. */
  listings?: { slug: string; decision?: DemoProposalDecision }[];
  /** EXPERTISE: a researcher of the officer's institute, by e-mail. */
  expert?: string;
}

export interface DemoTechnologyRequest {
  company: string;
  language: Language;
  title: string;
  description: string;
  motivation: string;
  sectors: string[];
  trlMin: number;
  trlMax: number;
  partneringModels: PartneringModel[];
  budgetBand: BudgetBand | null;
  visibility: RequestVisibility;
  status: RequestStatus;
  /** Published this many days ago. */
  ageDays: number;
  /** The last day it is open, in days from today (negative: past). */
  deadlineInDays: number;
  /** FULFILLED, CLOSED or EXPIRED: closed this many days ago. */
  closedDaysAgo?: number;
  responses: DemoRequestResponse[];
}

export const demoTechnologyRequests: DemoTechnologyRequest[] = [
  {
    company: 'oncopharm',
    language: 'en',
    title: 'ctDNA test for minimal residual disease after colorectal surgery',
    description:
      'We are looking for a plasma-based assay that detects minimal residual disease in stage II–III colorectal cancer after surgery, ideally tumour-informed or methylation-based, with a limit of detection below 0.05% and clinical data on recurrence prediction. We would take it through analytical validation in our central laboratory and into a prospective study with Italian and German hospitals.',
    motivation:
      'Adjuvant chemotherapy is given to many patients who are already cured. Our companion diagnostics programme needs a test that tells oncologists who still carries residual disease, so that treatment can be escalated or spared.',
    sectors: ['liquid-biopsy', 'colorectal-cancer'],
    trlMin: 4,
    trlMax: 7,
    partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
    budgetBand: 'FROM_250K_TO_1M',
    visibility: 'PUBLIC',
    status: 'OPEN',
    ageDays: 20,
    deadlineInDays: 75,
    responses: [
      {
        officer: 'officer-irst',
        daysAgo: 9,
        language: 'en',
        message:
          'Two results of our Bioscience Laboratory fit what you describe: a plasma methylation panel validated on a retrospective cohort for recurrence after resection, and our ctDNA sequencing service for a prospective study. Happy to set up a call with the inventors.',
        listings: [
          {
            slug: 'irst-plasma-methylation-panel-colorectal-recurrence',
            decision: {
              status: 'INTEREST_EXPRESSED',
              interestType: 'LICENSE',
              message:
                'We are interested in this listing, which your office proposed for our technology request “ctDNA test for minimal residual disease after colorectal surgery”, and would like to discuss it.',
              daysAgo: 2,
            },
          },
          { slug: 'irst-ctdna-liquid-biopsy-sequencing' },
        ],
      },
      {
        officer: 'officer-int',
        daysAgo: 4,
        language: 'en',
        message:
          'Not a blood test, but it may complement one: our organoid-based predictor of response in colorectal liver metastases could help stratify the patients your test flags. We can share the validation data under NDA.',
        listings: [{ slug: 'int-colorectal-liver-metastasis-organoid-predictor' }],
      },
    ],
  },
  {
    company: 'oncopharm',
    language: 'en',
    title: 'Patient-specific dosimetry for a radioligand phase I trial',
    description:
      'We need voxel-level dosimetry software, or a dosimetry service, for a first-in-human trial of a PSMA-targeted radioligand in metastatic prostate cancer: SPECT/CT-based absorbed-dose maps for kidneys, salivary glands and lesions after each cycle, with a quality system fit for a regulatory submission.',
    motivation:
      'The trial opens in spring at four sites; dosimetry must be in place before the first patient is dosed.',
    sectors: ['dosimetry', 'radiopharmaceuticals', 'prostate-cancer'],
    trlMin: 6,
    trlMax: 9,
    partneringModels: ['SERVICE_AGREEMENT', 'LICENSE_NON_EXCLUSIVE'],
    budgetBand: 'FROM_50K_TO_250K',
    visibility: 'OFFICES',
    status: 'OPEN',
    ageDays: 40,
    deadlineInDays: 5,
    responses: [
      {
        officer: 'officer-irst-2',
        daysAgo: 25,
        language: 'en',
        message:
          'Our voxel dosimetry workflow for radioligand therapy is in clinical use at IRST and was built for exactly this: per-cycle absorbed-dose maps from SPECT/CT. We can license it or run it for your sites.',
        listings: [{ slug: 'irst-voxel-dosimetry-radioligand-therapy' }],
      },
      {
        officer: 'officer-int',
        daysAgo: 18,
        language: 'en',
        message:
          'One of our researchers has run dosimetry for two radioligand trials and could advise your team on the protocol and the regulatory file.',
        expert: 'researcher.int@tt.demo',
      },
    ],
  },
  {
    company: 'medisense',
    language: 'en',
    title: 'AI scoring of tumour-infiltrating lymphocytes on H&E slides',
    description:
      'We are looking for a validated deep-learning model that scores stromal tumour-infiltrating lymphocytes on routine H&E whole-slide images of breast cancer, to integrate in our digital pathology platform under a non-exclusive licence.',
    motivation: 'Pathologists asked for TIL scores next to the other biomarkers our platform reports.',
    sectors: ['digital-pathology', 'ai-imaging', 'breast-cancer'],
    trlMin: 5,
    trlMax: 8,
    partneringModels: ['LICENSE_NON_EXCLUSIVE'],
    budgetBand: 'BELOW_50K',
    visibility: 'PUBLIC',
    status: 'FULFILLED',
    ageDays: 95,
    deadlineInDays: 20,
    closedDaysAgo: 12,
    responses: [
      {
        officer: 'officer-int-2',
        daysAgo: 80,
        language: 'en',
        message:
          'Our TIL scoring model was trained and validated on two breast cancer cohorts and is available for non-exclusive licensing.',
        listings: [
          {
            slug: 'int-deep-learning-til-scoring',
            decision: {
              status: 'DECLINED',
              reason: 'HAVE_SOLUTION',
              comment: 'We licensed a comparable model in the meantime; thank you for the quick answer.',
              daysAgo: 30,
            },
          },
        ],
      },
    ],
  },
  {
    company: 'medisense',
    language: 'en',
    title: 'Wearable monitoring of chemotherapy toxicity at home',
    description:
      'We sought a wearable sensor or patch that monitors temperature and heart rate continuously during chemotherapy cycles at home, alerting the oncology team to early signs of febrile neutropenia.',
    motivation: 'A hospital network asked us for a remote monitoring service for outpatients.',
    sectors: ['wearables', 'supportive-care'],
    trlMin: 5,
    trlMax: 8,
    partneringModels: ['CO_DEVELOPMENT', 'LICENSE_NON_EXCLUSIVE'],
    budgetBand: null,
    visibility: 'PUBLIC',
    status: 'EXPIRED',
    ageDays: 120,
    deadlineInDays: -6,
    closedDaysAgo: 5,
    responses: [],
  },
  {
    company: 'genomica-italia',
    language: 'it',
    title: 'Pannello RNA per le fusioni geniche dei sarcomi',
    description:
      'Cerchiamo un pannello NGS su RNA per la ricerca delle fusioni geniche nei sarcomi dei tessuti molli, già validato su campioni fissati in formalina, da offrire come servizio diagnostico ai centri di riferimento per i tumori rari. Siamo interessati a una licenza o a un accordo di servizio con il laboratorio che lo ha sviluppato.',
    motivation:
      'I centri con cui collaboriamo inviano oggi i campioni all’estero, con tempi di risposta di settimane: un pannello validato in Italia ridurrebbe i tempi della diagnosi.',
    sectors: ['genomic-testing', 'sarcoma'],
    trlMin: 6,
    trlMax: 9,
    partneringModels: ['LICENSE_NON_EXCLUSIVE', 'SERVICE_AGREEMENT'],
    budgetBand: 'FROM_50K_TO_250K',
    visibility: 'PUBLIC',
    status: 'OPEN',
    ageDays: 14,
    deadlineInDays: 60,
    responses: [
      {
        officer: 'officer-int',
        daysAgo: 6,
        language: 'it',
        message:
          'Il nostro pannello RNA per le fusioni dei sarcomi è validato su campioni FFPE ed è già in uso nella diagnostica dell’Istituto. Possiamo valutare una licenza non esclusiva o un accordo di servizio: ci contatti per fissare un incontro.',
        listings: [{ slug: 'int-sarcoma-fusion-rna-panel' }],
      },
    ],
  },
  {
    company: 'isotopica',
    language: 'en',
    title: 'Clinical-grade hypoxia PET tracer for head and neck cancer',
    description:
      'We are looking for a hypoxia PET tracer with first clinical data in head and neck cancer, to produce under GMP in our radiopharmacies and take into a multicentre imaging study that guides radiotherapy dose painting.',
    motivation:
      'Radiation oncologists in our network want to escalate the dose to hypoxic sub-volumes; they need a tracer available at their sites.',
    sectors: ['molecular-imaging', 'radiopharmaceuticals', 'head-and-neck-cancer'],
    trlMin: 6,
    trlMax: 8,
    partneringModels: ['LICENSE_EXCLUSIVE', 'OPTION'],
    budgetBand: 'ABOVE_1M',
    visibility: 'OFFICES',
    status: 'OPEN',
    ageDays: 3,
    deadlineInDays: 120,
    responses: [],
  },
  {
    company: 'biovera-therapeutics',
    language: 'en',
    title: 'Preclinical models of KRAS-mutant pancreatic cancer',
    description:
      'We need patient-derived models of KRAS-mutant pancreatic ductal adenocarcinoma, organoids or xenografts, with molecular annotation, to test a new class of KRAS inhibitors alone and in combination before choosing a clinical candidate.',
    motivation:
      'Our lead series reaches candidate selection next year; the models decide which combinations go forward.',
    sectors: ['preclinical-models', 'pancreatic-cancer'],
    trlMin: 2,
    trlMax: 5,
    partneringModels: ['SPONSORED_RESEARCH', 'SERVICE_AGREEMENT'],
    budgetBand: 'FROM_50K_TO_250K',
    visibility: 'PUBLIC',
    status: 'OPEN',
    ageDays: 30,
    deadlineInDays: 150,
    responses: [
      {
        officer: 'officer-irst',
        daysAgo: 22,
        language: 'en',
        message:
          'Our Bioscience Laboratory runs drug-sensitivity testing on patient-derived organoids and could set up a sponsored study on pancreatic models; the researcher below leads that work.',
        expert: 'researcher.irst@tt.demo',
      },
    ],
  },
];

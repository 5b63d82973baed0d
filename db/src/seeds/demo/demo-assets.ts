// Demo catalogue: all assets, published ones plus a few drafts and archived listings
// that only the technology-transfer offices may see.

import { demoInventions } from './demo-assets-inventions.js';
import { demoPrototypes } from './demo-assets-prototypes.js';
import { demoServices } from './demo-assets-services.js';
import type { DemoAsset } from './demo-data-types.js';

/** Drafts (never published) and archived listings (published once, then withdrawn). */
export const demoUnpublishedAssets: DemoAsset[] = [
  // ---- Drafts --------------------------------------------------------------
  {
    slug: 'irst-spatial-proteomics-gastric-subtypes',
    kind: 'INVENTION',
    status: 'DRAFT',
    title: 'Spatial proteomic classifier of gastric cancer subtypes',
    summary:
      'Imaging mass-cytometry signature that separates gastric cancer subtypes with different sensitivity to chemo-immunotherapy.',
    description:
      'Gastric cancer is molecularly heterogeneous, and current subtyping by genomics is too slow and costly for routine practice. IRST researchers used imaging mass cytometry with a 35-marker panel on biopsies from patients treated with first-line chemotherapy plus checkpoint inhibitors and found spatial protein patterns that distinguish four subtypes with different outcomes. A reduced panel that could be transferred to multiplex immunofluorescence is being defined. The draft listing will be completed once the patent application is filed and the validation cohort has been analysed. Data are currently confidential and described here only at a high level for internal review by the technology-transfer office.',
    problem:
      'Gastric cancer subtypes that matter for treatment choice cannot be identified quickly from routine biopsies.',
    benefits: 'Potentially fast subtyping from a single biopsy section, guiding the use of chemo-immunotherapy.',
    applications: ['First-line treatment selection in gastric cancer', 'Stratification in gastric cancer trials'],
    trl: 3,
    ipStatus: 'NONE',
    patentNumbers: [],
    developmentStage: 'PROOF_OF_CONCEPT',
    partneringModels: ['SPONSORED_RESEARCH'],
    sectors: ['digital-pathology', 'gastric-cancer', 'immuno-oncology'],
    keywords: ['imaging mass cytometry', 'spatial proteomics', 'gastric cancer', 'subtyping'],
    institution: 'irst',
    inventors: ['researcher-irst', 'roberta-calistri'],
    contactOfficer: 'officer-irst',
    updatedAt: '2026-10-12',
  },
  {
    slug: 'irst-long-read-fusion-sequencing',
    kind: 'SERVICE',
    status: 'DRAFT',
    title: 'Long-read sequencing for complex structural variants and gene fusions',
    summary:
      'Planned Genomic Facility service using long-read sequencing to resolve structural variants, fusions and methylation in one assay.',
    description:
      'The IRST Genomic Facility is validating long-read sequencing to characterise complex rearrangements, repeat expansions and gene fusions that short-read methods miss, while reading native DNA methylation at the same time. The planned service will accept high-molecular-weight DNA from fresh-frozen tissue, cell lines or organoids and deliver phased variant calls, fusion breakpoints and methylation tracks. Pricing, turnaround and minimum sample requirements are still being defined during the validation phase, which compares results with orthogonal methods on reference samples. This draft is being prepared by the technology-transfer office together with the facility and will be published once validation is complete.',
    problem:
      'Complex structural variants and fusions are poorly resolved by short-read sequencing, leaving gaps in tumour characterisation.',
    benefits: 'One assay for structural variants, fusions and methylation from native DNA.',
    applications: ['Characterisation of cell lines and organoids', 'Complex rearrangements in sarcoma and leukaemia'],
    trl: 8,
    ipStatus: 'KNOW_HOW',
    patentNumbers: [],
    developmentStage: 'IN_SERVICE',
    partneringModels: ['SERVICE_AGREEMENT'],
    sectors: ['genomic-testing', 'research-tools'],
    keywords: ['long-read sequencing', 'structural variants', 'gene fusions', 'nanopore'],
    institution: 'irst',
    platform: 'irst-genomic-facility',
    inventors: ['lorenzo-fabbri'],
    contactOfficer: 'officer-irst-2',
    turnaround: 'To be defined (expected 3 weeks)',
    pricingModel: 'PER_SAMPLE',
    updatedAt: '2026-11-03',
  },
  {
    slug: 'int-oncolytic-hsv-sarcoma',
    kind: 'INVENTION',
    status: 'DRAFT',
    title: 'Armed oncolytic herpesvirus for intratumoural treatment of sarcoma',
    summary:
      'Attenuated HSV-1 vector expressing an immune-stimulating payload, designed for injection into inoperable soft-tissue sarcomas.',
    description:
      'Some soft-tissue sarcomas, such as angiosarcoma and undifferentiated pleomorphic sarcoma, respond to immunotherapy, but most are immunologically cold. INT researchers are engineering an attenuated herpes simplex virus that replicates selectively in tumour cells and expresses a cytokine payload that recruits dendritic cells. Early in vitro data show selective killing of sarcoma cells and activation of co-cultured immune cells. In vivo studies in syngeneic and humanised models are under way. This draft is based on an invention disclosure under review by the technology-transfer office; a patent filing is being evaluated before any public disclosure, so details are intentionally limited.',
    problem: 'Most sarcomas do not respond to checkpoint inhibitors because they lack immune infiltration.',
    benefits: 'Could turn immunologically cold sarcomas into responsive tumours through local treatment.',
    applications: ['Inoperable soft-tissue sarcoma', 'Combination with checkpoint inhibitors'],
    trl: 2,
    ipStatus: 'NONE',
    patentNumbers: [],
    developmentStage: 'DISCOVERY',
    partneringModels: ['SPONSORED_RESEARCH', 'OPTION'],
    sectors: ['cell-therapy', 'sarcoma', 'immuno-oncology'],
    keywords: ['oncolytic virus', 'HSV-1', 'intratumoural', 'sarcoma'],
    institution: 'int',
    inventors: ['researcher-int', 'anna-gianni'],
    contactOfficer: 'officer-int',
    updatedAt: '2026-09-17',
  },
  {
    slug: 'int-mammographic-density-ai-risk',
    kind: 'PROTOTYPE',
    status: 'DRAFT',
    title: 'AI model combining mammographic texture and density for breast cancer risk',
    summary:
      'Deep-learning model that estimates five-year breast cancer risk from a screening mammogram, for risk-stratified screening.',
    description:
      'Breast screening programmes invite all women at the same interval regardless of individual risk. The INT prototype analyses the full-field digital mammogram with a convolutional network that captures density and parenchymal texture, and combines the output with age and family history to estimate five-year risk. Retrospective results on a Lombardy screening cohort are promising and are being reviewed before publication. The listing is in preparation: performance figures, software requirements and the partnering offer will be finalised after external validation on images from a different vendor and after the copyright registration of the software.',
    problem: 'Uniform screening intervals do not reflect individual breast cancer risk.',
    benefits: 'Risk estimates from existing screening images, enabling personalised screening intervals.',
    applications: ['Risk-stratified breast screening', 'Selection for supplemental MRI'],
    trl: 4,
    ipStatus: 'COPYRIGHT',
    patentNumbers: [],
    developmentStage: 'PROOF_OF_CONCEPT',
    partneringModels: ['CO_DEVELOPMENT'],
    sectors: ['ai-imaging', 'breast-cancer', 'cancer-prevention'],
    keywords: ['mammography', 'breast density', 'risk prediction', 'deep learning'],
    institution: 'int',
    inventors: ['simone-galli', 'marta-rinaldi'],
    contactOfficer: 'officer-int-2',
    updatedAt: '2026-10-28',
  },
  // ---- Archived ------------------------------------------------------------
  {
    slug: 'irst-kras-ddpcr-multiplex-assay',
    kind: 'INVENTION',
    status: 'ARCHIVED',
    title: 'Multiplex digital PCR assay for KRAS and NRAS mutations in plasma',
    summary:
      'Single-well digital PCR assay detecting the main KRAS and NRAS hotspot mutations in plasma of colorectal cancer patients.',
    description:
      'Anti-EGFR antibodies are effective only in colorectal tumours without RAS mutations, and RAS status can change during treatment. IRST developed a multiplex digital PCR assay that detects the most frequent KRAS and NRAS hotspot mutations in a single well from plasma cell-free DNA, with a limit of detection around 0.1% mutant allele fraction. The assay was validated against tissue testing and used to monitor the emergence of resistance during anti-EGFR therapy and to select patients for rechallenge. The technology has been licensed exclusively to an industrial partner and is no longer available; the listing is archived for reference by the technology-transfer office.',
    problem: 'Repeated tissue biopsies to check RAS status during anti-EGFR therapy are impractical.',
    benefits: 'Fast, sensitive and inexpensive plasma RAS testing in one reaction.',
    applications: ['Anti-EGFR rechallenge selection', 'Resistance monitoring in colorectal cancer'],
    trl: 8,
    ipStatus: 'PATENT_GRANTED',
    patentNumbers: ['EP3655549B1'],
    developmentStage: 'MARKET_READY',
    partneringModels: ['LICENSE_EXCLUSIVE'],
    sectors: ['liquid-biopsy', 'companion-diagnostics', 'colorectal-cancer'],
    keywords: ['KRAS', 'NRAS', 'digital PCR', 'anti-EGFR', 'ctDNA'],
    institution: 'irst',
    inventors: ['sara-ulivi', 'researcher-irst'],
    contactOfficer: 'officer-irst',
    publishedAt: '2023-01-16',
    updatedAt: '2024-09-02',
  },
  {
    slug: 'irst-sanger-sequencing-service',
    kind: 'SERVICE',
    status: 'ARCHIVED',
    title: 'Sanger sequencing and fragment analysis',
    summary:
      'Capillary sequencing and fragment analysis for mutation confirmation and cell-line authentication (discontinued).',
    description:
      'For many years the IRST Genomic Facility offered capillary Sanger sequencing for confirmation of variants found by next-generation sequencing, as well as fragment analysis for microsatellite instability testing and short tandem repeat profiling of cell lines. The instrument has been retired and the activities have moved to next-generation sequencing workflows and to the Bioscience Laboratory for cell-line authentication. The service is therefore no longer offered and the listing has been archived. Partners with ongoing needs for variant confirmation or cell-line authentication are invited to contact the technology-transfer office, which will point them to the current services of the facility.',
    problem: 'Variant confirmation and cell-line identity testing required capillary sequencing.',
    benefits: 'Now replaced by NGS-based confirmation and STR profiling in the Bioscience Laboratory.',
    applications: ['Variant confirmation', 'Cell-line authentication'],
    trl: 9,
    ipStatus: 'NONE',
    patentNumbers: [],
    developmentStage: 'IN_SERVICE',
    partneringModels: ['SERVICE_AGREEMENT'],
    sectors: ['genomic-testing', 'research-tools'],
    keywords: ['Sanger sequencing', 'fragment analysis', 'STR profiling'],
    institution: 'irst',
    platform: 'irst-genomic-facility',
    inventors: [],
    contactOfficer: 'officer-irst-2',
    turnaround: '3 working days',
    pricingModel: 'PER_SAMPLE',
    publishedAt: '2023-02-06',
    updatedAt: '2025-04-14',
    // Out of the catalogue since its expiry date: awaiting the office's renewal.
    expiresInDays: -9,
  },
  {
    slug: 'int-hpv-oral-rinse-test',
    kind: 'INVENTION',
    status: 'ARCHIVED',
    title: 'Oral rinse HPV16 DNA test for oropharyngeal cancer surveillance',
    summary:
      'Mouthwash-based test measuring HPV16 DNA to detect recurrence of HPV-related oropharyngeal cancer after treatment.',
    description:
      'HPV-related oropharyngeal cancers have a good prognosis, but recurrences must be detected early. INT investigators developed a quantitative test for HPV16 DNA in a simple oral rinse, combined with plasma measurements, to monitor patients after chemoradiotherapy. In a prospective cohort, persistent HPV16 DNA three months after treatment identified most patients who later relapsed. The European patent application was withdrawn after a prior-art search, and plasma-based HPV tests have since become widely available, so the office decided to archive the listing. The know-how remains available for academic collaborations on request but is no longer actively marketed to companies.',
    problem:
      'Recurrence of HPV-related oropharyngeal cancer is often detected late by clinical examination and imaging.',
    benefits: 'Non-invasive self-collected sample for surveillance after treatment.',
    applications: ['Post-treatment surveillance of oropharyngeal cancer', 'HPV clearance studies'],
    trl: 5,
    ipStatus: 'KNOW_HOW',
    patentNumbers: [],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['SPONSORED_RESEARCH'],
    sectors: ['diagnostics', 'head-and-neck-cancer'],
    keywords: ['HPV16', 'oral rinse', 'oropharyngeal cancer', 'surveillance'],
    institution: 'int',
    inventors: ['emanuele-ferrario', 'laura-sozzi'],
    contactOfficer: 'officer-int',
    publishedAt: '2023-04-03',
    updatedAt: '2025-02-19',
  },
];

export const demoAssets: DemoAsset[] = [
  ...demoInventions,
  ...demoPrototypes,
  ...demoServices,
  ...demoUnpublishedAssets,
];

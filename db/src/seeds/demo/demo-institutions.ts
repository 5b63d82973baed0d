// Demo institutes, their research platforms and their technology-transfer officers.
// Profiles paraphrase the institutes' own public descriptions; e-mail addresses are fictional.
import type { DemoInstitution, DemoOfficer } from './demo-data-types.js';

export const demoInstitutions: DemoInstitution[] = [
  {
    slug: 'irst',
    name: 'IRST IRCCS – Istituto Romagnolo per lo Studio dei Tumori "Dino Amadori"',
    shortName: 'IRST',
    city: 'Meldola',
    region: 'Emilia-Romagna',
    website: 'https://www.irst.emr.it',
    contactEmail: 'tto@irst.demo',
    description:
      'IRST is a research hospital (IRCCS) in Meldola, Romagna, where cancer care and research sit side by side. ' +
      'Its scientific management has steadily strengthened a technical structure that includes a Grant Office, ' +
      'a Technology Transfer unit, a Biostatistics Facility with dedicated support for phase 1 trials, and research ' +
      'platforms such as the Bioscience Laboratory, the Biological Resource Centre, the Animal Facility and the ' +
      'Genomic Facility. IRST collaborates with universities, other IRCCS and leading national and international ' +
      'cancer centres, and works with companies in its region and abroad.',
    mission:
      'Progress against cancer depends on an ever closer interaction between treatment and translational research. ' +
      'IRST therefore strengthens basic, epidemiological, preclinical, clinical and organisational research, and ' +
      'takes part in open innovation by transferring knowledge, prototypes and services from its laboratories to ' +
      'companies and to society, in line with its mission of valorising research.',
    networks: [
      'Alleanza Contro il Cancro (ACC)',
      'EATRIS – European Advanced Translational Research Infrastructure',
      'ECRIN – European Clinical Research Infrastructure Network',
      'BBMRI-ERIC – Biobanking and Biomolecular Resources Research Infrastructure',
      'EURACAN – European Reference Network for rare adult solid cancers',
      'ICPerMed – International Consortium for Personalised Medicine',
      '1+ Million Genomes initiative (1MG)',
      'CLUST-ER Health and Wellness Industries',
      'Rete Alta Tecnologia Emilia-Romagna',
      'APRE – Agency for the Promotion of European Research',
    ],
    platforms: [
      {
        slug: 'irst-bioscience-laboratory',
        name: 'Bioscience Laboratory',
        kind: 'BIOSCIENCE_LAB',
        description:
          'Translational laboratory for cell and molecular biology, patient-derived models and biomarker assays, ' +
          'working closely with the clinical units of the institute.',
        capabilities: [
          'Patient-derived tumour organoids and 3D spheroid cultures',
          'Flow cytometry and multiplex immunophenotyping',
          'High-content imaging and drug-sensitivity screening',
          'Digital PCR and targeted biomarker assays',
          'Cell-line authentication and mycoplasma testing',
        ],
      },
      {
        slug: 'irst-biological-resource-centre',
        name: 'Biological Resource Centre (Biobank)',
        kind: 'BIOBANK',
        description:
          'Institutional biobank that collects, processes and stores tissue, blood and derivatives from consenting ' +
          'oncology patients, linked to curated clinical annotations.',
        capabilities: [
          'Fresh-frozen and FFPE tumour tissue with matched normal tissue',
          'Plasma, serum and buffy coat collected under standard operating procedures',
          'Automated nucleic-acid extraction and quality control',
          'Clinical annotation and follow-up data under ethics approval',
          'Quality management aligned with BBMRI-ERIC recommendations',
        ],
      },
      {
        slug: 'irst-animal-facility',
        name: 'Animal Facility',
        kind: 'ANIMAL_FACILITY',
        description:
          'Authorised facility for in vivo oncology studies, housing immunodeficient and immunocompetent strains ' +
          'under controlled conditions.',
        capabilities: [
          'Subcutaneous and orthotopic xenograft and syngeneic models',
          'Patient-derived xenograft (PDX) establishment and expansion',
          'In vivo bioluminescence and fluorescence imaging',
          'Pharmacology, efficacy and tolerability studies',
        ],
      },
      {
        slug: 'irst-genomic-facility',
        name: 'Genomic Facility',
        kind: 'GENOMICS',
        description:
          'Next-generation sequencing core supporting diagnostics, clinical trials and research projects, with an ' +
          'in-house bioinformatics team.',
        capabilities: [
          'Whole-exome and targeted panel sequencing on Illumina platforms',
          'RNA-seq and gene-fusion detection',
          'Cell-free DNA sequencing for liquid biopsy',
          'Methylation profiling with bisulfite and array-based methods',
          'Bioinformatics pipelines with variant annotation and reporting',
        ],
      },
      {
        slug: 'irst-biostatistics-facility',
        name: 'Biostatistics Facility',
        kind: 'BIOSTATISTICS',
        description:
          'Unit for trial methodology and data analysis that progressively extended its support to phase 1 and ' +
          'early-phase studies.',
        capabilities: [
          'Phase 1 dose-finding designs (BOIN, CRM, mTPI-2) and simulation',
          'Sample-size calculation and statistical analysis plans',
          'Interim analyses and data monitoring committee support',
          'Real-world evidence and survival analysis',
        ],
      },
      {
        slug: 'irst-radiotherapy',
        name: 'Radiotherapy and Medical Physics',
        kind: 'RADIOTHERAPY',
        description:
          'Radiotherapy unit with medical-physics expertise in advanced treatment techniques, dosimetry and ' +
          'image guidance.',
        capabilities: [
          'Intensity-modulated and volumetric-modulated arc therapy (IMRT/VMAT)',
          'Stereotactic body radiotherapy and radiosurgery',
          'Independent dosimetric verification and phantom measurements',
          'Image-guided radiotherapy and motion management',
        ],
      },
    ],
  },
  {
    slug: 'int',
    name: 'Fondazione IRCCS Istituto Nazionale dei Tumori',
    shortName: 'INT',
    city: 'Milan',
    region: 'Lombardy',
    cityIt: 'Milano',
    regionIt: 'Lombardia',
    website: 'https://www.istitutotumori.mi.it',
    contactEmail: 'tto@int.demo',
    description:
      'Founded in 1928, the Istituto Nazionale dei Tumori in Milan is one of the largest Comprehensive Cancer ' +
      'Centres in Italy, accredited by the Organisation of European Cancer Institutes (OECI), and a national and ' +
      'international referral centre for cancer care and research. INT coordinates many industry-sponsored and ' +
      'academic clinical trials, including early-phase studies, and runs preclinical, translational, clinical and ' +
      'epidemiological programmes through multidisciplinary teams. It leads the Lombardy Oncology Network (ROL).',
    mission:
      'INT aims not only to provide the best existing treatments but to lay the foundations for new ones, through ' +
      'preclinical and clinical research translated swiftly into better prevention, diagnosis, therapy, ' +
      'rehabilitation and quality of life. Its research moves from the laboratory to the bedside and back, and ' +
      'promotes precision medicine that targets the tumour, its microenvironment and the immune system.',
    networks: [
      'Organisation of European Cancer Institutes (OECI) – Comprehensive Cancer Centre',
      'Lombardy Oncology Network (Rete Oncologica Lombarda, ROL)',
      'Alleanza Contro il Cancro (ACC)',
      'EURACAN – European Reference Network for rare adult solid cancers',
      'BBMRI-ERIC – Biobanking and Biomolecular Resources Research Infrastructure',
      'EATRIS – European Advanced Translational Research Infrastructure',
    ],
    platforms: [
      {
        slug: 'int-bioscience-laboratory',
        name: 'Translational Research Laboratories',
        kind: 'BIOSCIENCE_LAB',
        description:
          'Laboratories for tumour immunology, molecular pharmacology and the tumour microenvironment, supporting ' +
          'investigator-initiated and industry-sponsored studies.',
        capabilities: [
          'Multiplex immunofluorescence and spatial tumour-microenvironment profiling',
          'Immune monitoring of clinical-trial samples (flow and mass cytometry)',
          'Primary cultures and co-culture models with immune cells',
          'Pharmacokinetic and pharmacodynamic biomarker assays',
        ],
      },
      {
        slug: 'int-biobank',
        name: 'INT Biobank',
        kind: 'BIOBANK',
        description:
          'Institutional biobank with large collections of tumour tissue and liquid-biopsy samples, including rare ' +
          'cancers such as sarcomas, annotated with clinical outcome data.',
        capabilities: [
          'Tissue microarrays built on request from FFPE archives',
          'Serial plasma collections from patients on treatment',
          'Rare-cancer collections (sarcoma, mesothelioma, paediatric tumours)',
          'Sample access governed by ethics committee and material transfer agreements',
        ],
      },
      {
        slug: 'int-genomics',
        name: 'Genomics and Bioinformatics Platform',
        kind: 'GENOMICS',
        description:
          'Sequencing and bioinformatics core covering germline, somatic and single-cell applications for clinical ' +
          'research.',
        capabilities: [
          'Comprehensive genomic profiling of solid tumours',
          'Single-cell and spatial transcriptomics',
          'Germline testing for hereditary cancer syndromes',
          'Long-read sequencing for structural variants',
          'Bioinformatics analysis and data management under GDPR',
        ],
      },
      {
        slug: 'int-radiotherapy',
        name: 'Radiation Oncology and Medical Physics',
        kind: 'RADIOTHERAPY',
        description:
          'Radiation oncology department with advanced external-beam and intraoperative techniques and a medical ' +
          'physics group active in research.',
        capabilities: [
          'Intraoperative radiotherapy (IORT)',
          'Adaptive and MR-guided radiotherapy planning',
          'Small-field and in vivo dosimetry',
          'Radiobiology experiments with clinical linear accelerators',
        ],
      },
      {
        slug: 'int-animal-facility',
        name: 'Preclinical Models Facility',
        kind: 'ANIMAL_FACILITY',
        description:
          'Animal facility specialised in patient-derived and genetically engineered models for preclinical ' +
          'oncology research.',
        capabilities: [
          'PDX collection covering sarcoma, colorectal and breast cancer',
          'Humanised-mouse models for immuno-oncology',
          'Micro-CT and ultrasound imaging of tumour growth',
          'Efficacy studies under GLP-like documentation',
        ],
      },
      {
        slug: 'int-clinical-biostatistics',
        name: 'Clinical Epidemiology and Biostatistics Unit',
        kind: 'BIOSTATISTICS',
        description:
          'Methodological support for clinical trials and observational studies, including cancer registries and ' +
          'real-world data.',
        capabilities: [
          'Adaptive and Bayesian trial designs',
          'Population-based cancer registry analyses',
          'Prognostic model development and validation',
        ],
      },
    ],
  },
];

export const demoOfficers: DemoOfficer[] = [
  {
    key: 'officer-irst',
    name: 'Chiara Benedetti',
    email: 'officer.irst@tt.demo',
    title: 'Technology Transfer Officer',
    institution: 'irst',
  },
  {
    key: 'officer-irst-2',
    name: 'Matteo Casadei',
    email: 'officer2.irst@tt.demo',
    title: 'Business Development Manager, Technology Transfer',
    institution: 'irst',
  },
  {
    key: 'officer-int',
    name: 'Federica Colombo',
    email: 'officer.int@tt.demo',
    title: 'Head of Technology Transfer Office',
    institution: 'int',
  },
  {
    key: 'officer-int-2',
    name: 'Andrea Brambilla',
    email: 'officer2.int@tt.demo',
    title: 'Technology Transfer Officer',
    institution: 'int',
  },
];

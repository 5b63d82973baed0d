// Demo prototypes: working devices, assays, software and models that can be tested and co-developed.
import type { DemoAsset } from './demo-data-types.js';

export const demoPrototypes: DemoAsset[] = [
  // ===== IRST ================================================================
  {
    slug: 'irst-oncotox-chemotherapy-toxicity-predictor',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'OncoTox – machine-learning predictor of severe chemotherapy toxicity',
    summary:
      'Software that estimates, before each cycle, the risk of grade 3–4 toxicity from routine blood tests, drug regimen and patient history.',
    description:
      'OncoTox is a gradient-boosting model trained on more than 9,000 chemotherapy cycles delivered at IRST, using only data that are routinely available in the hospital information system: blood counts, liver and kidney function, age, performance status, previous toxicities and the planned regimen. Before each cycle it returns the probability of severe neutropenia, diarrhoea, mucositis or hospital admission in the following three weeks, with an explanation of the main contributing factors. In a temporal validation the model reached an area under the curve of 0.79 for any severe toxicity. A working prototype with an HL7 FHIR interface runs in shadow mode in the day-hospital. IRST seeks a software partner to take it through MDR certification.',
    problem:
      'Oncologists adjust chemotherapy doses mainly on experience, and severe toxicities still cause unplanned admissions and treatment delays.',
    benefits:
      'Brings individual risk estimates to every prescription using existing data, so that dose adjustments, growth factors or closer monitoring can be targeted.',
    applications: [
      'Chemotherapy prescribing support',
      'Triage of patients for nurse-led telemonitoring',
      'Risk adjustment in real-world studies',
    ],
    trl: 6,
    ipStatus: 'COPYRIGHT',
    patentNumbers: [],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['LICENSE_NON_EXCLUSIVE', 'CO_DEVELOPMENT'],
    sectors: ['clinical-decision-support', 'digital-health', 'supportive-care'],
    keywords: ['machine learning', 'toxicity prediction', 'chemotherapy', 'FHIR', 'explainable AI'],
    institution: 'irst',
    inventors: ['francesca-pirini', 'alessandro-bandini', 'researcher-irst'],
    contactOfficer: 'officer-irst-2',
    publishedAt: '2024-02-05',
    updatedAt: '2025-12-01',
  },
  {
    slug: 'irst-microfluidic-extracellular-vesicle-chip',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Microfluidic chip for capture and on-chip analysis of tumour extracellular vesicles',
    summary:
      'Disposable polymer chip that isolates tumour-derived vesicles from 1 mL of plasma in 30 minutes and measures surface markers on board.',
    description:
      'Extracellular vesicles released by tumours carry proteins and RNA that mirror their cell of origin, but ultracentrifugation and precipitation methods are slow, operator-dependent and co-isolate contaminants. The prototype chip, designed with Politecnico di Milano engineers, uses herringbone mixers coated with antibodies against epithelial and tumour-associated markers to capture vesicles, followed by fluorescent detection of a second marker in the same channel. Plasma flows through the chip driven by a low-cost pump, and a smartphone-based reader quantifies the signal. In a pilot on 80 breast cancer patients and controls the chip distinguished metastatic disease. Moulds for injection-moulded chips and the reader design are available for co-development.',
    problem:
      'Isolation of tumour extracellular vesicles is too slow and variable for clinical laboratories, which blocks their use as biomarkers.',
    benefits: 'Fast, standardised capture and read-out in a single disposable, suitable for decentralised testing.',
    applications: [
      'Vesicle-based liquid biopsy assays',
      'Monitoring metastatic breast cancer',
      'Research tool for extracellular vesicle biology',
    ],
    trl: 4,
    ipStatus: 'PATENT_PENDING',
    patentNumbers: ['IT102023000027719'],
    developmentStage: 'PROOF_OF_CONCEPT',
    partneringModels: ['CO_DEVELOPMENT', 'SPONSORED_RESEARCH'],
    sectors: ['liquid-biopsy', 'medical-devices', 'breast-cancer'],
    keywords: ['microfluidics', 'extracellular vesicles', 'point-of-care', 'lab-on-chip'],
    institution: 'irst',
    inventors: ['elisa-montanari', 'elena-martelli'],
    contactOfficer: 'officer-irst-2',
    publishedAt: '2024-07-29',
    updatedAt: '2025-02-17',
  },
  {
    slug: 'irst-open-face-mask-surface-guided-rt',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Open-face immobilisation mask for surface-guided head and neck radiotherapy',
    summary:
      'Thermoplastic mask with an open facial window and reference markers, designed for optical surface tracking during head and neck treatments.',
    description:
      'Closed thermoplastic masks keep the head still during radiotherapy but cause claustrophobia and skin reactions, and hide the face from optical surface-guidance systems. IRST radiation therapists and physicists designed an open-face mask with a reinforced frame, a modified fixation to the couch and three embedded reference markers that allow continuous surface tracking of the patient. In a 40-patient comparison, set-up accuracy measured on cone-beam CT was equivalent to closed masks, intrafraction motion was detected in real time and patient-reported anxiety was markedly lower. Prototypes are produced by thermoforming on existing moulds. The institute is looking for a manufacturer of radiotherapy accessories to industrialise and certify the mask.',
    problem:
      'Closed masks are poorly tolerated by many patients and prevent the use of surface guidance to monitor motion during treatment.',
    benefits:
      'Combines mask-level accuracy with patient comfort and real-time motion monitoring, without additional imaging dose.',
    applications: [
      'Head and neck radiotherapy',
      'Stereotactic brain radiotherapy',
      'Paediatric radiotherapy where anaesthesia is to be avoided',
    ],
    trl: 6,
    ipStatus: 'PATENT_PENDING',
    patentNumbers: ['EP4290013A1'],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
    sectors: ['radiotherapy', 'medical-devices', 'head-and-neck-cancer'],
    keywords: ['immobilisation', 'surface-guided radiotherapy', 'patient positioning', 'maschera termoplastica'],
    institution: 'irst',
    inventors: ['davide-gardini', 'marco-ravaioli'],
    contactOfficer: 'officer-irst',
    publishedAt: '2023-12-11',
    updatedAt: '2024-08-26',
  },
  {
    slug: 'irst-organoidi-romagnoli-living-biobank',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Organoidi Romagnoli – living biobank of gastrointestinal tumour organoids',
    summary:
      'Collection of more than 150 colorectal, gastric and pancreatic cancer organoids with matched genomic and clinical data, available for screening.',
    description:
      'Patient-derived organoids retain the genetic and phenotypic heterogeneity of the tumours they come from, making them valuable for drug discovery and biomarker studies. The IRST Bioscience Laboratory has built a living biobank of gastrointestinal cancer organoids from surgical and biopsy material collected with broad consent. Each line is characterised by whole-exome sequencing, RNA-seq and histology and linked to treatment history and outcome. Standardised culture protocols allow expansion to 384-well screening formats with reproducible growth. Companies can access the collection under material transfer agreements for in-house screening, or through collaborative projects run by IRST staff. New lines are added every month.',
    problem:
      'Conventional cell lines poorly represent the diversity of gastrointestinal tumours, so drug candidates often fail when they reach patients.',
    benefits:
      'A clinically annotated, genomically characterised organoid panel from a single institution with harmonised protocols and a continuous supply of new models.',
    applications: [
      'Drug screening and target validation',
      'Biomarker discovery for drug response',
      'Co-clinical trials alongside early-phase studies',
    ],
    trl: 5,
    ipStatus: 'KNOW_HOW',
    patentNumbers: [],
    developmentStage: 'PRECLINICAL',
    partneringModels: ['MATERIAL_TRANSFER', 'SPONSORED_RESEARCH'],
    sectors: ['cell-lines', 'preclinical-models', 'colorectal-cancer', 'gastric-cancer'],
    keywords: ['organoids', 'living biobank', 'drug screening', 'organoidi', 'patient-derived models'],
    institution: 'irst',
    inventors: ['researcher-irst', 'elisa-montanari', 'silvia-mercatali'],
    contactOfficer: 'officer-irst',
    publishedAt: '2023-04-17',
    updatedAt: '2026-07-20',
  },
  {
    slug: 'irst-wearable-fever-patch-neutropenia',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Wearable temperature patch for early warning of febrile neutropenia at home',
    summary:
      'Skin patch that records core-temperature trends and heart rate during chemotherapy and alerts the care team through a mobile app.',
    description:
      'Febrile neutropenia is a medical emergency in patients receiving chemotherapy, yet most episodes begin at home and patients measure their temperature only when they already feel unwell. The prototype is a flexible adhesive patch worn on the upper arm for seven days after each cycle, combining two thermistors with a heat-flux model to estimate core temperature, plus an optical heart-rate sensor. Data are transmitted via Bluetooth to a smartphone app that applies an alerting algorithm and notifies the oncology nurse line. In a feasibility study with 60 patients, the patch detected fever on average 3.5 hours before patients reported it, with good wearability. IRST seeks a medtech partner for industrial design and a pivotal study.',
    problem:
      'Fever during chemotherapy is often recognised late at home, delaying antibiotics and increasing the risk of sepsis.',
    benefits:
      'Continuous, unobtrusive monitoring that detects fever hours earlier and supports nurse-led remote triage.',
    applications: [
      'Home monitoring after myelosuppressive chemotherapy',
      'Remote monitoring in early-phase trials',
      'Post-operative surveillance',
    ],
    trl: 5,
    ipStatus: 'PATENT_PENDING',
    patentNumbers: ['IT102024000011208', 'WO2025/052870'],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['CO_DEVELOPMENT', 'LICENSE_EXCLUSIVE'],
    sectors: ['wearables', 'supportive-care', 'haematological-malignancies'],
    keywords: ['wearable', 'febrile neutropenia', 'remote monitoring', 'temperature sensor'],
    institution: 'irst',
    inventors: ['tommaso-amadio', 'marco-ravaioli', 'pieter-de-vries'],
    contactOfficer: 'officer-irst-2',
    publishedAt: '2025-05-26',
    updatedAt: '2026-01-29',
  },
  {
    slug: 'irst-trovastudio-trial-matching',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'TrovaStudio – trial-matching assistant that reads Italian clinical notes',
    summary:
      'Natural-language-processing tool that screens Italian electronic health records against eligibility criteria of open oncology trials.',
    description:
      'Recruitment is the main cause of delay in oncology trials, and eligibility screening still relies on research nurses reading records by hand. TrovaStudio extracts diagnoses, stage, biomarkers, previous lines of therapy and laboratory values from Italian-language clinical notes and pathology reports using a transformer model fine-tuned on IRST documents. It then matches each patient with the structured criteria of open trials and shows a ranked list with the evidence behind each match. In a retrospective evaluation across 25 phase 1 and phase 2 trials, the tool found 92% of the patients actually enrolled and halved screening time. The prototype runs on premises. Partners can co-develop integration with commercial EHR and CTMS systems.',
    problem:
      'Manual eligibility screening is slow and misses suitable patients, so early-phase trials recruit too slowly or close early.',
    benefits:
      'Automates pre-screening in Italian, a language poorly served by existing tools, and keeps data within the hospital.',
    applications: [
      'Patient pre-screening for clinical trials',
      'Feasibility assessments for sponsors',
      'Cohort identification for real-world studies',
    ],
    trl: 6,
    ipStatus: 'COPYRIGHT',
    patentNumbers: [],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['LICENSE_NON_EXCLUSIVE', 'CO_DEVELOPMENT'],
    sectors: ['clinical-trial-services', 'clinical-decision-support', 'oncology'],
    keywords: ['natural language processing', 'trial matching', 'eligibility', 'sperimentazioni cliniche'],
    institution: 'irst',
    inventors: ['francesca-pirini', 'alessandro-bandini'],
    contactOfficer: 'officer-irst-2',
    publishedAt: '2025-08-18',
    updatedAt: '2026-04-03',
  },
  {
    slug: 'irst-hypoxia-nfkb-reporter-cell-panel',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Dual-luciferase reporter cell panel for hypoxia and NF-κB signalling',
    summary:
      'Twelve cancer cell lines carrying HIF and NF-κB reporters for screening compounds that modulate tumour stress pathways.',
    description:
      'Hypoxia and inflammatory NF-κB signalling drive resistance to radiotherapy and chemotherapy, and compounds that modulate them are of interest for combination therapies. The IRST panel consists of twelve authenticated cancer cell lines from breast, lung, colorectal, pancreatic and brain tumours, each stably carrying a firefly luciferase reporter under a HIF-responsive element and a NanoLuc reporter under an NF-κB-responsive promoter. The dual read-out works in 384-well plates and in three-dimensional spheroids, and has been benchmarked with reference inhibitors. Validation data, standard operating procedures and Z-prime values are provided. The lines are available under material transfer agreements for research use or non-exclusive commercial licences.',
    problem:
      'Reporter assays for tumour stress pathways are usually built ad hoc in one cell line, limiting comparability across tumour types.',
    benefits:
      'A ready-to-use, benchmarked panel covering several tumour types, with two pathways read in the same well.',
    applications: [
      'Compound screening for radiosensitisers',
      'Mechanism-of-action studies',
      'Assay kits for contract research organisations',
    ],
    trl: 5,
    ipStatus: 'KNOW_HOW',
    patentNumbers: [],
    developmentStage: 'PRECLINICAL',
    partneringModels: ['MATERIAL_TRANSFER', 'LICENSE_NON_EXCLUSIVE'],
    sectors: ['assays', 'cell-lines', 'oncology'],
    keywords: ['reporter assay', 'luciferase', 'hypoxia', 'NF-κB', 'spheroids'],
    institution: 'irst',
    inventors: ['elisa-montanari', 'valentina-tedaldi'],
    contactOfficer: 'officer-irst',
    publishedAt: '2024-11-04',
    updatedAt: '2024-11-04',
  },
  {
    slug: 'irst-radiomics-liver-metastases-response',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Radiomics model predicting response of liver metastases to systemic therapy',
    summary:
      'CT radiomics tool that predicts, from the baseline scan, which colorectal liver metastases will respond to first-line chemotherapy plus biologics.',
    description:
      'Response of liver metastases varies between lesions in the same patient, and current criteria assess it only after several cycles. The IRST prototype segments each liver lesion semi-automatically on the portal-venous CT, extracts texture and shape features with a standardised pipeline compliant with the Image Biomarker Standardisation Initiative, and applies a model trained on 1,100 lesions from 260 patients. It predicts lesion-level response at eight weeks with an area under the curve of 0.80 in an external cohort from another Italian centre. The software is packaged as a DICOM-compatible plug-in with a review interface for radiologists. IRST offers co-development with imaging software companies and access to additional multicentre data.',
    problem:
      'Radiologists cannot predict lesion-level response before starting therapy, delaying decisions on surgery or local treatment.',
    benefits:
      'Early, lesion-level prediction from routine CT, supporting decisions on liver resection or ablation and more adaptive treatment strategies.',
    applications: [
      'Colorectal liver metastases management',
      'Multidisciplinary tumour board support',
      'Imaging biomarkers in clinical trials',
    ],
    trl: 5,
    ipStatus: 'COPYRIGHT',
    patentNumbers: [],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['CO_DEVELOPMENT', 'LICENSE_NON_EXCLUSIVE'],
    sectors: ['ai-imaging', 'clinical-decision-support', 'colorectal-cancer'],
    keywords: ['radiomics', 'CT', 'liver metastases', 'treatment response', 'IBSI'],
    institution: 'irst',
    inventors: ['marco-ravaioli', 'researcher-irst', 'james-whitfield'],
    contactOfficer: 'officer-irst-2',
    publishedAt: '2026-03-16',
    updatedAt: '2026-09-28',
  },

  // ===== INT =================================================================
  {
    slug: 'int-deep-learning-til-scoring',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Deep-learning scoring of tumour-infiltrating lymphocytes on H&E slides',
    summary:
      'Whole-slide image algorithm that quantifies stromal TILs in breast cancer according to international guidelines, reproducibly and in minutes.',
    description:
      'Tumour-infiltrating lymphocytes are a robust prognostic biomarker in triple-negative and HER2-positive breast cancer, but visual scoring by pathologists suffers from inter-observer variability. INT pathologists and data scientists trained a segmentation network on 1,400 annotated whole-slide images to identify tumour, stroma and lymphocytes and compute the stromal TIL percentage as recommended by the International Immuno-Oncology Biomarker Working Group. Agreement with a panel of expert pathologists exceeded that between individual experts, and the score was prognostic in two independent cohorts. The prototype runs on standard GPU workstations and reads common scanner formats. INT seeks a digital pathology company to integrate the algorithm and pursue CE-IVD certification.',
    problem:
      'Manual TIL assessment is time-consuming and poorly reproducible, which limits its adoption in clinical decision-making.',
    benefits:
      'Objective, guideline-conformant TIL scores that are consistent across laboratories and fast enough for routine use.',
    applications: [
      'Prognostic assessment of triple-negative breast cancer',
      'Patient stratification in immunotherapy trials',
      'Quality assurance in pathology laboratories',
    ],
    trl: 6,
    ipStatus: 'COPYRIGHT',
    patentNumbers: [],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['LICENSE_NON_EXCLUSIVE', 'CO_DEVELOPMENT'],
    sectors: ['digital-pathology', 'ai-imaging', 'breast-cancer', 'immuno-oncology'],
    keywords: ['computational pathology', 'TILs', 'whole-slide imaging', 'deep learning', 'biomarker'],
    institution: 'int',
    inventors: ['simone-galli', 'elena-martelli'],
    contactOfficer: 'officer-int-2',
    publishedAt: '2023-06-05',
    updatedAt: '2024-05-13',
  },
  {
    slug: 'int-iort-adjustable-breast-applicator',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Adjustable applicator for intraoperative electron radiotherapy of the breast',
    summary:
      'Telescopic, bevel-adjustable applicator with integrated shielding disc that adapts IORT fields to the tumour bed during breast surgery.',
    description:
      'Intraoperative electron radiotherapy delivers a single high dose to the tumour bed during breast-conserving surgery, sparing patients weeks of external-beam treatment. Current applicators come in fixed sizes and bevels, so surgeons and physicists must compromise between coverage and protection of skin and chest wall. The INT prototype has a telescopic tube with continuously adjustable length and bevel angle, an integrated lead–aluminium shielding disc and a light-field indicator. Dosimetric measurements in water and anthropomorphic phantoms showed homogeneous coverage across configurations, and the applicator was used under an ethics-approved protocol in 30 patients. The European patent has been granted. INT offers an exclusive licence to a manufacturer of IORT systems.',
    problem:
      'Fixed-size IORT applicators often fit the surgical cavity poorly, leading to under-coverage or unnecessary dose to healthy tissue.',
    benefits:
      'One reusable applicator that adapts to each tumour bed, improving dose conformity and reducing set-up time in the operating room.',
    applications: [
      'Intraoperative radiotherapy of early breast cancer',
      'IORT boost for sarcoma and pancreatic cancer',
      'Accessories for mobile electron accelerators',
    ],
    trl: 7,
    ipStatus: 'PATENT_GRANTED',
    patentNumbers: ['EP3766512B1', 'US11433253B2'],
    developmentStage: 'CLINICAL_TRIAL',
    partneringModels: ['LICENSE_EXCLUSIVE'],
    sectors: ['radiotherapy', 'medical-devices', 'breast-cancer'],
    keywords: ['IORT', 'intraoperative radiotherapy', 'applicator', 'breast-conserving surgery'],
    institution: 'int',
    inventors: ['emanuele-ferrario', 'chiara-mariani'],
    contactOfficer: 'officer-int',
    publishedAt: '2023-03-13',
    updatedAt: '2023-09-18',
  },
  {
    slug: 'int-sarcoma-pdx-collection',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Annotated collection of sarcoma patient-derived xenografts',
    summary:
      'More than 70 PDX models of rare sarcoma subtypes with genomic profiles and donor treatment histories, for efficacy testing.',
    description:
      'Drug development in sarcoma is hampered by the rarity of each subtype and the scarcity of faithful models. Leveraging its role as a national referral centre, INT has established patient-derived xenografts from leiomyosarcoma, liposarcoma, synovial sarcoma, solitary fibrous tumour, desmoplastic small round cell tumour and other rare entities. Each model has been passaged at least three times, checked by histology against the original tumour and profiled by exome and RNA sequencing; many have matching response data from the donor patient. Growth kinetics and standard-of-care responses are documented. Models can be accessed through material transfer agreements or through efficacy studies performed by the INT preclinical team.',
    problem:
      'Few preclinical models exist for rare sarcoma subtypes, so new drugs are seldom tested in the tumours they are meant to treat.',
    benefits:
      'A broad, well-characterised PDX collection in rare sarcomas with clinical correlates, curated by a reference centre.',
    applications: [
      'Preclinical efficacy testing in sarcoma',
      'Biomarker discovery and target validation',
      'Co-clinical trials in rare cancers',
    ],
    trl: 5,
    ipStatus: 'KNOW_HOW',
    patentNumbers: [],
    developmentStage: 'PRECLINICAL',
    partneringModels: ['MATERIAL_TRANSFER', 'SPONSORED_RESEARCH'],
    sectors: ['preclinical-models', 'sarcoma', 'rare-cancers'],
    keywords: ['PDX', 'patient-derived xenografts', 'sarcoma', 'xenotrapianti'],
    institution: 'int',
    inventors: ['valeria-crippa', 'anna-gianni'],
    contactOfficer: 'officer-int-2',
    publishedAt: '2023-11-27',
    updatedAt: '2025-08-04',
  },
  {
    slug: 'int-dual-modality-biopsy-marker-clip',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Biopsy marker clip visible on ultrasound, MRI and mammography',
    summary:
      'Bioabsorbable-coated titanium clip with a microstructured surface that stays visible on ultrasound throughout neoadjuvant therapy.',
    description:
      'Marker clips are placed in breast tumours at biopsy so that the original site can be found at surgery after neoadjuvant chemotherapy, when the tumour may have disappeared. Many clips become hard to see on ultrasound, forcing additional wire localisation. The INT prototype combines a titanium core shaped to avoid migration with a microstructured, bioabsorbable polymer shell that creates a distinctive acoustic signature during the months of treatment, while producing minimal artefact on MRI. Ex vivo and animal tests showed superior ultrasound conspicuity compared with three commercial clips, and a first clinical series confirmed visibility at surgery. INT seeks a surgical device company to complete verification and CE marking.',
    problem:
      'Conventional clips are often poorly visible on ultrasound after neoadjuvant therapy, complicating surgical localisation of the tumour bed.',
    benefits:
      'Reliable ultrasound-guided localisation without extra wires or radioactive seeds, with low MRI artefact for response assessment.',
    applications: [
      'Breast cancer neoadjuvant therapy pathways',
      'Axillary lymph node marking',
      'Soft-tissue tumour biopsy marking',
    ],
    trl: 5,
    ipStatus: 'PATENT_PENDING',
    patentNumbers: ['EP4412675A1'],
    developmentStage: 'CLINICAL_VALIDATION',
    partneringModels: ['LICENSE_EXCLUSIVE', 'CO_DEVELOPMENT'],
    sectors: ['surgical-devices', 'medical-devices', 'breast-cancer'],
    keywords: ['biopsy clip', 'breast marker', 'ultrasound', 'neoadjuvant therapy'],
    institution: 'int',
    inventors: ['researcher-int', 'giorgio-pastorino', 'elena-martelli'],
    contactOfficer: 'officer-int',
    publishedAt: '2024-08-12',
    updatedAt: '2025-03-24',
  },
  {
    slug: 'int-epro-head-neck-radiotherapy-app',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'ePRO app for symptom monitoring during head and neck radiotherapy',
    summary:
      'Patient app with validated questionnaires and nutrition alerts that supports weekly remote monitoring during chemoradiotherapy.',
    description:
      'Patients treated with chemoradiotherapy for head and neck cancer experience mucositis, pain, dysphagia and weight loss that can lead to treatment interruptions. The INT app collects weekly electronic patient-reported outcomes using validated questionnaires, together with body weight and oral intake, and alerts the radiotherapy and nutrition team when predefined thresholds are crossed. Clinicians see trends on a web dashboard integrated with the radiotherapy information system. In a pilot with 120 patients, unplanned hospital admissions fell compared with a historical cohort and completion rates were above 85%. The app is available in Italian and English, and its content and algorithms are offered for licence to digital-health companies.',
    problem:
      'Toxicities during head and neck radiotherapy are often detected late, leading to weight loss, emergency visits and treatment breaks.',
    benefits:
      'Structured remote monitoring that prompts early supportive care interventions and fewer unplanned admissions.',
    applications: [
      'Supportive care during head and neck radiotherapy',
      'Remote monitoring in clinical trials',
      'Nutrition management in oncology',
    ],
    trl: 7,
    ipStatus: 'COPYRIGHT',
    patentNumbers: [],
    developmentStage: 'CLINICAL_TRIAL',
    partneringModels: ['LICENSE_NON_EXCLUSIVE'],
    sectors: ['patient-reported-outcomes', 'supportive-care', 'head-and-neck-cancer'],
    keywords: ['ePRO', 'patient-reported outcomes', 'mucositis', 'mobile app', 'telemonitoring'],
    institution: 'int',
    inventors: ['emanuele-ferrario', 'marta-rinaldi'],
    contactOfficer: 'officer-int-2',
    publishedAt: '2024-06-24',
    updatedAt: '2026-03-30',
  },
  {
    slug: 'int-scintillating-fibre-in-vivo-dosimeter',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Scintillating-fibre dosimeter for in vivo and FLASH dose-rate measurements',
    summary:
      'Sub-millimetre plastic scintillator probe with real-time read-out, suited to small fields, intracavitary use and ultra-high dose-rate beams.',
    description:
      'Ion chambers and diodes saturate or perturb the beam at ultra-high dose rates and are too large for many in vivo measurements. The INT medical physics group built a probe from a 0.5 mm plastic scintillating fibre coupled to an optical fibre and a photon-counting read-out, with a spectral method that removes the Cherenkov light produced in the fibre. The probe is water-equivalent, responds linearly up to dose rates found in FLASH radiotherapy and fits inside standard catheters. Benchmarking against reference dosimetry on clinical and research linear accelerators showed agreement within 2%. Drawings, firmware and calibration procedures are available to a partner willing to co-develop a commercial product.',
    problem: 'Existing detectors cannot reliably measure dose in small fields, inside the body or at FLASH dose rates.',
    benefits:
      'A tiny, tissue-equivalent, real-time detector that works across conventional and ultra-high dose-rate regimes.',
    applications: [
      'FLASH radiotherapy research and commissioning',
      'In vivo dosimetry in brachytherapy and IORT',
      'Small-field quality assurance',
    ],
    trl: 4,
    ipStatus: 'PATENT_PENDING',
    patentNumbers: ['IT102024000006731'],
    developmentStage: 'PROOF_OF_CONCEPT',
    partneringModels: ['CO_DEVELOPMENT', 'LICENSE_EXCLUSIVE'],
    sectors: ['dosimetry', 'radiotherapy', 'medical-devices', 'oncology'],
    keywords: ['scintillator', 'FLASH radiotherapy', 'in vivo dosimetry', 'Cherenkov'],
    institution: 'int',
    inventors: ['chiara-mariani', 'emanuele-ferrario'],
    contactOfficer: 'officer-int',
    publishedAt: '2025-12-15',
    updatedAt: '2026-06-08',
  },
  {
    slug: 'int-autologous-humanised-mouse-model',
    kind: 'PROTOTYPE',
    status: 'PUBLISHED',
    title: 'Mice with autologous human tumour and immune system for immunotherapy testing',
    summary:
      'Model co-engrafting a patient tumour with immune cells from the same donor, to test immunotherapies without allogeneic artefacts.',
    description:
      'Standard humanised mice combine a tumour from one person with an immune system from another, which causes allogeneic reactions and confounds the evaluation of immunotherapies. The INT protocol generates models in which patient-derived tumour fragments and peripheral blood or tumour-infiltrating lymphocytes from the same donor are engrafted into an immunodeficient strain expressing human cytokines. Engraftment succeeded for melanoma, lung and head and neck cancers, and the models reproduced the response of the donor to anti-PD-1 therapy in most cases tested. The workflow, cryopreservation procedures and quality-control criteria are documented. The model is offered as a study service or under a know-how licence to preclinical contract research organisations.',
    problem:
      'Immunotherapy testing in mice is distorted by mismatched human immune systems and tumours, reducing the predictive value of preclinical studies.',
    benefits: 'Autologous tumour–immune pairs that better reproduce patient responses to immunotherapy in vivo.',
    applications: [
      'Preclinical testing of checkpoint inhibitors and bispecifics',
      'Personalised immunotherapy studies',
      'Model catalogues for contract research organisations',
    ],
    trl: 4,
    ipStatus: 'KNOW_HOW',
    patentNumbers: [],
    developmentStage: 'PRECLINICAL',
    partneringModels: ['SPONSORED_RESEARCH', 'LICENSE_NON_EXCLUSIVE'],
    sectors: ['preclinical-models', 'immuno-oncology', 'melanoma', 'lung-cancer'],
    keywords: ['humanised mice', 'autologous', 'immunotherapy', 'TILs'],
    institution: 'int',
    inventors: ['valeria-crippa', 'beatrice-lombardi'],
    contactOfficer: 'officer-int-2',
    publishedAt: '2026-07-06',
    updatedAt: '2026-10-19',
  },
];

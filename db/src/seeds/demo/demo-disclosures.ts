import { DisclosureRecommendation, MarketPotential, Patentability } from '@tt/shared/disclosure-transitions';
import type { DemoDisclosure } from './demo-data-types.js';

// Invention disclosures of the demo researchers, one or more in every state of the workflow, dated
// relative to the day the demo data are loaded. The seeder checks each path against the workflow.

const irst = 'IRST – Istituto Romagnolo per lo Studio dei Tumori "Dino Amadori"';
const int = 'Fondazione IRCCS Istituto Nazionale dei Tumori, Milano';

export const demoDisclosures: DemoDisclosure[] = [
  // ---- IRST ----
  {
    institution: 'irst',
    researcher: 'researcher.irst@tt.demo',
    ageDays: 3,
    title: 'Urine cell-free DNA fragment length assay for bladder cancer surveillance',
    inventors: [
      { name: 'Giulia Zanetti', affiliation: irst, contributionShare: 60 },
      { name: 'Lorenzo Fabbri', affiliation: irst, contributionShare: 40 },
    ],
    abstract:
      'A urine test that measures the length profile of cell-free DNA fragments to detect recurrence of non-muscle-invasive bladder cancer between cystoscopies.',
    problem:
      'Patients treated for non-muscle-invasive bladder cancer undergo cystoscopy every three to six months for years; it is invasive, costly and most examinations find nothing.',
    steps: [],
    thread: [],
  },
  {
    institution: 'irst',
    researcher: 'researcher.irst@tt.demo',
    ageDays: 9,
    title: 'Machine-learning score of tumour-infiltrating lymphocytes on H&E slides',
    inventors: [{ name: 'Giulia Zanetti', affiliation: irst, contributionShare: 100 }],
    abstract:
      'A model that counts and maps tumour-infiltrating lymphocytes on routine H&E whole-slide images of triple-negative breast cancer and returns a standardised score.',
    problem:
      'Pathologists score tumour-infiltrating lymphocytes by eye; agreement between observers is poor, so the score is rarely used to decide on therapy de-escalation.',
    solution:
      'A segmentation network trained on 1 200 annotated slides separates lymphocytes in stroma and tumour and computes the score in the way the international guidelines define it.',
    novelty:
      'The stromal/intratumoral separation trained on guideline-conformant annotations, and a calibration across three scanners.',
    priorArt:
      'Academic TIL models exist (Amgad 2020, Saltz 2018) but none is calibrated across scanners or validated for de-escalation.',
    publicDisclosures: [],
    fundingSources: [{ funder: 'IRST internal funds', grantNumber: null, obligations: 'None.' }],
    commercialApplications: 'Software licence to a digital pathology vendor, or a service for clinical trial sponsors.',
    trl: 4,
    steps: [],
    thread: [],
  },
  {
    institution: 'irst',
    researcher: 'researcher.irst@tt.demo',
    ageDays: 2,
    title: 'Low-dose metronomic capecitabine schedule guided by circulating endothelial cells',
    inventors: [
      { name: 'Giulia Zanetti', affiliation: irst, contributionShare: 50 },
      { name: 'Elisa Montanari', affiliation: irst, contributionShare: 30 },
      { name: 'Hannah Keller', affiliation: 'Universitätsklinikum Heidelberg', contributionShare: 20 },
    ],
    abstract:
      'A dosing schedule for metronomic capecitabine in which the dose is titrated against the count of circulating endothelial progenitor cells measured by flow cytometry.',
    problem:
      'Metronomic chemotherapy is given at empirical doses; the anti-angiogenic effect that justifies it is not monitored, so many patients are under- or over-treated.',
    solution:
      'A validated flow-cytometry panel counts circulating endothelial progenitors every two weeks; a simple rule raises or lowers the daily dose to keep the count below a threshold.',
    novelty:
      'No existing schedule adapts metronomic dosing to a biomarker of the anti-angiogenic effect; the threshold and titration rule are new.',
    priorArt:
      'Published work links circulating endothelial cells to angiogenesis (Bertolini 2006) but never used them to set the dose; no patent family claims a titration rule.',
    publicDisclosures: [
      {
        kind: 'PLANNED',
        inDays: 12,
        venue: 'ESMO Breast Cancer Congress',
        description: 'Poster with the phase 1 data',
      },
    ],
    fundingSources: [
      {
        funder: 'AIRC – Fondazione per la Ricerca sul Cancro',
        grantNumber: 'IG 24811',
        obligations: 'Acknowledge AIRC; no rights reserved to the funder.',
      },
    ],
    commercialApplications:
      'Licence to a diagnostics company offering the flow-cytometry panel as a companion test, or to a generic maker of capecitabine.',
    trl: 4,
    steps: [{ to: 'SUBMITTED', actor: 'researcher', day: 1 }],
    thread: [],
  },
  {
    institution: 'irst',
    researcher: 'researcher.irst@tt.demo',
    ageDays: 18,
    title: 'Organoid co-culture platform for testing T-cell engagers on autologous tumour',
    inventors: [
      { name: 'Giulia Zanetti', affiliation: irst, contributionShare: 70 },
      { name: 'Sara Ulivi', affiliation: irst, contributionShare: 30 },
    ],
    abstract:
      'A co-culture of patient-derived tumour organoids with autologous peripheral T cells in a microfluidic chip, read out by live imaging, to rank T-cell engagers before treatment.',
    problem:
      'T-cell engagers work in a minority of solid-tumour patients and there is no functional test that predicts who will respond before exposing patients to cytokine-release risk.',
    solution:
      'Organoids and T cells from the same patient are loaded in a chip with a perfused channel; killing is measured over 72 hours by imaging of a caspase reporter.',
    novelty:
      'The chip geometry keeps organoid viability above 90 % for 5 days without serum, and the analysis scores killing per organoid rather than per well.',
    priorArt:
      'Organoid–T cell co-cultures are published (Dijkstra 2018) but in static wells, with bulk readouts and allogeneic effector cells.',
    publicDisclosures: [
      {
        kind: 'PAST',
        inDays: -40,
        venue: 'IRST internal seminar (confidential, staff only)',
        description: 'Slides shown to staff under confidentiality',
      },
    ],
    fundingSources: [
      { funder: 'Ministero della Salute – Ricerca Corrente', grantNumber: null, obligations: 'None beyond reporting.' },
    ],
    commercialApplications:
      'Service for pharmaceutical companies developing bispecific antibodies; licence of the chip design to an organ-on-chip manufacturer.',
    trl: 3,
    assignee: 'officer-irst-2',
    assessment: {
      patentability: Patentability.MEDIUM,
      marketPotential: MarketPotential.HIGH,
      recommendation: null,
      notes: 'Check with the chip supplier whether the channel geometry is their design before we file.',
    },
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 2 },
      { to: 'UNDER_REVIEW', actor: 'office', officer: 'officer-irst-2', day: 4 },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst-2',
        day: 5,
        body: 'Thank you, we are reviewing it. Could you send the viability data for the 5-day cultures when you have them?',
      },
      { side: 'researcher', day: 6, body: 'Yes — the data sheet will be ready next week, I will attach it here.' },
    ],
  },
  {
    institution: 'irst',
    researcher: 'researcher.irst@tt.demo',
    ageDays: 35,
    title: 'Radiolabelled FAP inhibitor dimer for imaging desmoplastic pancreatic tumours',
    inventors: [
      { name: 'Giulia Zanetti', affiliation: irst, contributionShare: 45 },
      { name: 'Alessandro Bandini', affiliation: irst, contributionShare: 35 },
      { name: 'Marco Ferri', affiliation: 'Università di Bologna', contributionShare: 20 },
    ],
    abstract:
      'A dimeric fibroblast-activation-protein inhibitor labelled with gallium-68 that stays longer in pancreatic tumours than monomeric tracers, for PET staging.',
    problem:
      'Monomeric FAP tracers wash out of the tumour within an hour, which limits image contrast and rules out therapeutic use with longer-lived isotopes.',
    solution:
      'Two FAP-binding units are joined by a PEG linker of defined length; the dimer binds with higher avidity and shows 3-fold longer tumour retention in mice.',
    novelty:
      'The linker length and the chelator position are new; they give retention without increasing kidney uptake.',
    priorArt:
      'FAPI-04 and FAPI-46 (Heidelberg) and dimers from Peking University; our linker and chelator position are not disclosed by these documents.',
    publicDisclosures: [
      {
        kind: 'PAST',
        inDays: -200,
        venue: 'EANM Congress 2026 abstract',
        description: 'Abstract with the monomer only; the dimer was not shown',
      },
      { kind: 'PLANNED', inDays: 75, venue: 'Journal of Nuclear Medicine manuscript' },
    ],
    fundingSources: [
      {
        funder: 'European Research Council',
        grantNumber: 'ERC-2024-PoC 101158',
        obligations:
          'Inform the ERC of any patent application within 2 months; non-exclusive research licence to the EU.',
      },
    ],
    commercialApplications:
      'Licence to a radiopharmaceutical company for diagnostic use and a theranostic pair with lutetium-177.',
    trl: 3,
    assignee: 'officer-irst',
    assessment: {
      patentability: Patentability.HIGH,
      marketPotential: MarketPotential.MEDIUM,
      recommendation: DisclosureRecommendation.NEEDS_MORE_DATA,
      notes: 'Strong chemistry; we need the biodistribution table before deciding on the filing strategy.',
    },
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 1 },
      { to: 'UNDER_REVIEW', actor: 'office', officer: 'officer-irst', day: 3 },
      {
        to: 'INFO_REQUESTED',
        actor: 'office',
        officer: 'officer-irst',
        day: 30,
        reason:
          'Before we decide whether to file, please add the biodistribution data (kidney and tumour uptake at 1 h and 3 h) and tell us whether the EANM abstract showed the linker structure.',
      },
    ],
    thread: [],
  },
  {
    institution: 'irst',
    researcher: 'researcher.irst@tt.demo',
    ageDays: 60,
    title: 'Plasma methylation panel predicting recurrence after colorectal cancer surgery',
    inventors: [
      { name: 'Giulia Zanetti', affiliation: irst, contributionShare: 50 },
      { name: 'Lorenzo Fabbri', affiliation: irst, contributionShare: 30 },
      { name: 'Sara Ulivi', affiliation: irst, contributionShare: 20 },
    ],
    abstract:
      'A panel of eight methylated DNA markers measured in plasma after surgery that identifies stage II–III colorectal cancer patients at high risk of recurrence.',
    problem:
      'Adjuvant chemotherapy decisions for stage II colon cancer rest on pathology alone; most patients are over-treated while some high-risk patients are missed.',
    solution:
      'Digital PCR of eight methylated regions in 4 ml of plasma taken four weeks after surgery; a positive result predicts recurrence with a hazard ratio of 7.',
    novelty: 'The combination of markers and the cut-offs, selected on 412 patients, have not been described.',
    priorArt:
      'Guardant Reveal and Signatera detect minimal residual disease by other means (tumour-informed sequencing).',
    publicDisclosures: [],
    fundingSources: [
      {
        funder: 'Regione Emilia-Romagna',
        grantNumber: 'PRIN-ER 2023',
        obligations: 'Report results; the region has no rights.',
      },
    ],
    commercialApplications:
      'Licence to a molecular diagnostics company as a laboratory-developed test, then an IVD kit.',
    trl: 6,
    assignee: 'officer-irst',
    assessment: {
      patentability: Patentability.HIGH,
      marketPotential: MarketPotential.HIGH,
      recommendation: DisclosureRecommendation.FILE_PATENT,
      notes: 'Filed EP priority application; listing published to find a diagnostics partner.',
    },
    listing: 'irst-plasma-methylation-panel-colorectal-recurrence',
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 1 },
      { to: 'UNDER_REVIEW', actor: 'office', officer: 'officer-irst', day: 2 },
      { to: 'ACCEPTED', actor: 'office', officer: 'officer-irst', day: 20 },
      { to: 'PUBLISHED', actor: 'office', officer: 'officer-irst', day: 40 },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst',
        day: 21,
        body: 'Accepted: we will file a priority application and prepare a listing.',
      },
      { side: 'researcher', day: 22, body: 'Great news, thank you. I can help with the non-confidential summary.' },
    ],
  },
  {
    institution: 'irst',
    researcher: 'researcher.irst@tt.demo',
    ageDays: 45,
    title: 'Mobile app reminding patients to take oral chemotherapy',
    inventors: [{ name: 'Giulia Zanetti', affiliation: irst, contributionShare: 100 }],
    abstract:
      'A mobile application that reminds patients to take oral chemotherapy, records doses and side effects, and sends a weekly summary to the nurse.',
    problem:
      'Adherence to oral anticancer drugs is often below 80 % and the care team learns about missed doses too late.',
    solution: 'Reminders, a dose diary with photo confirmation, and a weekly report to the oncology nurse by e-mail.',
    novelty: 'The photo confirmation of each dose; the rest is known from other adherence applications.',
    priorArt: 'Many medication-reminder apps exist, several specific to oncology (e.g. CANKADO, Oncokompas).',
    publicDisclosures: [
      { kind: 'PAST', inDays: -90, venue: 'Hospital newsletter', description: 'Article describing the app' },
    ],
    fundingSources: [],
    commercialApplications: 'Could be offered to hospitals; the market is crowded.',
    trl: 5,
    assignee: 'officer-irst-2',
    assessment: {
      patentability: Patentability.LOW,
      marketPotential: MarketPotential.LOW,
      recommendation: DisclosureRecommendation.DO_NOT_PURSUE,
      notes: 'Disclosed in the newsletter and close to existing apps; nothing to protect or license.',
    },
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 1 },
      { to: 'UNDER_REVIEW', actor: 'office', officer: 'officer-irst-2', day: 5 },
      {
        to: 'DECLINED',
        actor: 'office',
        officer: 'officer-irst-2',
        day: 14,
        reason:
          'The app was described in the hospital newsletter and is close to existing products, so we cannot protect or license it. We suggest publishing it openly; happy to discuss.',
      },
    ],
    thread: [],
  },
  // ---- INT ----
  {
    institution: 'int',
    researcher: 'researcher.int@tt.demo',
    ageDays: 5,
    title: 'Hydrogel depot releasing STING agonist after sarcoma resection',
    inventors: [
      { name: 'Stefano Villa', affiliation: int, contributionShare: 80 },
      { name: 'Anna Gianni', affiliation: int, contributionShare: 20 },
    ],
    abstract:
      'A biodegradable hydrogel placed in the surgical bed after sarcoma resection that releases a STING agonist over two weeks to prevent local recurrence.',
    steps: [],
    thread: [],
  },
  {
    institution: 'int',
    researcher: 'researcher.int@tt.demo',
    ageDays: 4,
    title: 'Exhaled breath volatile signature for early mesothelioma detection',
    inventors: [
      { name: 'Stefano Villa', affiliation: int, contributionShare: 55 },
      { name: 'Riccardo Vitali', affiliation: int, contributionShare: 25 },
      { name: 'Laura Sala', affiliation: 'Politecnico di Milano', contributionShare: 20 },
    ],
    abstract:
      'A set of seven volatile organic compounds in exhaled breath, measured with a portable GC-MS device, that separates mesothelioma from asbestos-exposed controls.',
    problem:
      'Mesothelioma is diagnosed late; people exposed to asbestos are followed with CT scans that detect the disease only when it is advanced.',
    solution:
      'Breath is collected on sorbent tubes, analysed by portable GC-MS, and a logistic model of seven compounds gives a risk score.',
    novelty: 'The seven-compound signature and the sampling protocol that removes ambient contamination are new.',
    priorArt:
      'Electronic-nose studies (de Gennaro 2015) used non-specific sensors; no GC-MS signature has been validated.',
    publicDisclosures: [],
    fundingSources: [
      {
        funder: 'INAIL',
        grantNumber: 'BRIC 2024 ID 33',
        obligations: 'INAIL co-owns results: consent needed for licensing.',
      },
    ],
    commercialApplications:
      'Screening programmes for former asbestos workers; licence to a breath-analysis device company.',
    trl: 4,
    steps: [{ to: 'SUBMITTED', actor: 'researcher', day: 1 }],
    thread: [],
  },
  {
    institution: 'int',
    researcher: 'researcher.int@tt.demo',
    ageDays: 25,
    title: 'Peptide vaccine targeting SS18-SSX fusion junction in synovial sarcoma',
    inventors: [
      { name: 'Stefano Villa', affiliation: int, contributionShare: 60 },
      { name: 'Federico Neri', affiliation: int, contributionShare: 40 },
    ],
    abstract:
      'Long peptides spanning the SS18-SSX fusion junction, presented by common HLA class I and II alleles, as a therapeutic vaccine for synovial sarcoma.',
    problem:
      'Synovial sarcoma responds poorly to checkpoint inhibitors and its only shared neoantigen, the fusion junction, is not yet targeted by any vaccine.',
    solution:
      'Three 25-mer peptides covering the junction variants, formulated with a TLR3 agonist, elicit CD4 and CD8 responses in HLA-transgenic mice.',
    novelty: 'The peptide sequences and their coverage of HLA alleles representing 85 % of European patients.',
    priorArt:
      'Short 9-mer junction peptides were tested in 2008 (Kawaguchi) with weak responses; long peptides and the adjuvant combination are new.',
    publicDisclosures: [
      { kind: 'PLANNED', inDays: 20, venue: 'CTOS annual meeting', description: 'Oral presentation of the mouse data' },
    ],
    fundingSources: [
      { funder: 'Fondazione Cariplo', grantNumber: '2023-1130', obligations: 'Acknowledge the funder.' },
    ],
    commercialApplications:
      'Licence or co-development with a cancer-vaccine company; orphan-drug designation is likely.',
    trl: 3,
    assignee: 'officer-int',
    assessment: {
      patentability: Patentability.HIGH,
      marketPotential: MarketPotential.MEDIUM,
      recommendation: DisclosureRecommendation.FILE_PATENT,
      notes: 'File before CTOS: the talk would destroy novelty. Drafting with Studio Torta this week.',
    },
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 1 },
      { to: 'UNDER_REVIEW', actor: 'office', officer: 'officer-int', day: 2 },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-int',
        day: 3,
        body: 'The CTOS talk is close: please do not share slides or an abstract with the sequences until we have filed. We aim to file within two weeks.',
      },
      {
        side: 'researcher',
        day: 3,
        body: 'Understood — the abstract we submitted has no sequences, and I will keep them out of the talk.',
      },
    ],
  },
  {
    institution: 'int',
    researcher: 'researcher.int@tt.demo',
    ageDays: 40,
    title: 'Deep-learning triage of digital cytology slides from thyroid nodules',
    inventors: [
      { name: 'Stefano Villa', affiliation: int, contributionShare: 50 },
      { name: 'Beatrice Lombardi', affiliation: int, contributionShare: 50 },
    ],
    abstract:
      'A neural network that flags suspicious thyroid fine-needle aspiration slides so cytopathologists read them first and indeterminate cases get molecular testing.',
    problem:
      'Cytopathology services have long backlogs and 20–30 % of thyroid aspirates are indeterminate, leading to unnecessary surgery.',
    solution:
      'A model trained on 9 000 annotated whole-slide images ranks slides by malignancy risk and estimates the Bethesda category.',
    novelty: 'Training on whole slides with weak labels from surgical outcome rather than pathologist annotation.',
    priorArt:
      'Several academic models exist (Elliott Range 2020); none uses outcome labels or has been validated on two scanners.',
    publicDisclosures: [],
    fundingSources: [
      {
        funder: 'PNRR – Ministero della Salute',
        grantNumber: 'PNRR-MAD-2022-12376',
        obligations: 'Results must be open to public health services in Italy at no cost.',
      },
    ],
    commercialApplications:
      'Software licence to a digital pathology vendor, respecting the free use by Italian public services.',
    trl: 5,
    assignee: 'officer-int-2',
    assessment: {
      patentability: Patentability.MEDIUM,
      marketPotential: MarketPotential.HIGH,
      recommendation: DisclosureRecommendation.PROTECT_AS_KNOW_HOW,
      notes: 'Software and trained weights: protect as know-how and copyright, license non-exclusively.',
    },
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 1 },
      { to: 'UNDER_REVIEW', actor: 'office', officer: 'officer-int-2', day: 3 },
      {
        to: 'INFO_REQUESTED',
        actor: 'office',
        officer: 'officer-int-2',
        day: 10,
        reason:
          'Which datasets were used for training, and under which data-sharing agreements? We need them to know what we can license.',
      },
      { to: 'UNDER_REVIEW', actor: 'researcher', day: 14 },
      { to: 'ACCEPTED', actor: 'office', officer: 'officer-int-2', day: 30 },
    ],
    thread: [
      {
        side: 'researcher',
        day: 14,
        body: 'Training used INT slides only (internal ethics approval 112/21) plus 800 slides from the Niguarda biobank under an MTA that allows commercial use.',
      },
      {
        side: 'office',
        officer: 'officer-int-2',
        day: 30,
        body: 'Thank you — accepted. We will prepare a listing for a software licence.',
      },
    ],
  },
  {
    institution: 'int',
    researcher: 'researcher.int@tt.demo',
    ageDays: 90,
    title: 'Bispecific antibody reprogramming tumour-associated macrophages',
    inventors: [
      { name: 'Stefano Villa', affiliation: int, contributionShare: 40 },
      { name: 'Beatrice Lombardi', affiliation: int, contributionShare: 60 },
    ],
    abstract:
      'A bispecific antibody binding CD163 and CD40 on tumour-associated macrophages that switches them from a suppressive to an inflammatory state.',
    problem:
      'Systemic CD40 agonists cause liver toxicity; tumour-associated macrophages stay suppressive and block T-cell responses.',
    solution:
      'Engaging CD40 only on CD163-positive macrophages confines the agonist effect to the tumour, as shown in humanised mice.',
    novelty: 'The bispecific format and the CD163 arm, which restricts activation to tumour macrophages.',
    priorArt:
      'CD40 agonists (selicrelumab) and CD163-targeting antibodies are known separately; no combination in one molecule.',
    publicDisclosures: [],
    fundingSources: [
      {
        funder: 'AIRC – Fondazione per la Ricerca sul Cancro',
        grantNumber: 'MFAG 27211',
        obligations: 'Acknowledge AIRC.',
      },
    ],
    commercialApplications: 'Licence to a biotech company with a bispecific platform; co-development of the lead.',
    trl: 4,
    assignee: 'officer-int',
    assessment: {
      patentability: Patentability.HIGH,
      marketPotential: MarketPotential.HIGH,
      recommendation: DisclosureRecommendation.FILE_PATENT,
      notes: 'PCT filed; listing published.',
    },
    listing: 'int-bispecific-macrophage-reprogramming',
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 1 },
      { to: 'UNDER_REVIEW', actor: 'office', officer: 'officer-int', day: 2 },
      { to: 'ACCEPTED', actor: 'office', officer: 'officer-int', day: 15 },
      { to: 'PUBLISHED', actor: 'office', officer: 'officer-int', day: 70 },
    ],
    thread: [],
  },
  {
    institution: 'int',
    researcher: 'researcher.int@tt.demo',
    ageDays: 30,
    title: 'Cold-plasma device for sterilising biopsy needles',
    inventors: [{ name: 'Stefano Villa', affiliation: int, contributionShare: 100 }],
    abstract: 'A bench-top cold-atmospheric-plasma chamber that sterilises reusable biopsy needles in two minutes.',
    problem: 'Autoclaving reusable biopsy needles takes hours and dulls the cutting edge.',
    solution: 'A dielectric-barrier discharge chamber shaped for needles, with an ozone scrubber.',
    novelty: 'The chamber geometry for long thin instruments.',
    priorArt: 'Cold-plasma sterilisers exist for dental instruments; we found out a company sells one for needles.',
    publicDisclosures: [],
    fundingSources: [],
    commercialApplications: 'Device licence to a sterilisation-equipment maker.',
    trl: 3,
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 1 },
      { to: 'WITHDRAWN', actor: 'researcher', day: 8 },
    ],
    thread: [
      {
        side: 'researcher',
        day: 8,
        body: 'I am withdrawing this: a company already sells a cold-plasma steriliser for needles, so it is not new.',
      },
    ],
  },
  {
    institution: 'int',
    researcher: 'researcher.int@tt.demo',
    ageDays: 15,
    title: 'Saliva microRNA test for oral cavity cancer recurrence',
    inventors: [
      { name: 'Stefano Villa', affiliation: int, contributionShare: 70 },
      { name: 'Anna Gianni', affiliation: int, contributionShare: 30 },
    ],
    abstract:
      'A four-microRNA signature measured in saliva by RT-qPCR that detects recurrence of oral cavity squamous-cell carcinoma after surgery.',
    problem:
      'Recurrences of oral cancer are found by clinical examination and imaging, often when salvage surgery is no longer possible.',
    solution:
      'Patients rinse with saline monthly; four microRNAs normalised to a spike-in are measured and a score above 1.8 triggers imaging.',
    novelty: 'The four-microRNA combination and the spike-in normalisation for saliva.',
    priorArt:
      'Salivary microRNAs in oral cancer diagnosis (Park 2009); no study of recurrence monitoring with this signature.',
    publicDisclosures: [
      {
        kind: 'PAST',
        inDays: -20,
        venue: 'AIOCC national congress',
        description: 'Poster without the marker identities',
      },
    ],
    fundingSources: [],
    commercialApplications: 'Licence to a diagnostics company for a laboratory-developed test.',
    trl: 4,
    steps: [
      { to: 'SUBMITTED', actor: 'researcher', day: 1 },
      { to: 'UNDER_REVIEW', actor: 'office', officer: 'officer-int', day: 2 },
      {
        to: 'INFO_REQUESTED',
        actor: 'office',
        officer: 'officer-int',
        day: 12,
        reason:
          'The AIOCC poster is listed as past: please attach it so we can check that the markers were not disclosed.',
      },
    ],
    thread: [],
  },
];

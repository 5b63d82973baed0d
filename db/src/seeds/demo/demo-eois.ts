// Demo expressions of interest: every status on both institutes' listings, from many companies, with
// their history and threads (internal notes included), so that the officers' board and the companies'
// "My interests" are alive on the first start. Times are relative to the moment the demo data are loaded.
//
// The API tests pick listings without EoIs for their own, so this data can grow freely.
import type { DemoCompanyContact, DemoEoi } from './demo-data-types.js';

/** The people who sent the EoIs of companies without a demo account (they have no password). */
export const demoEoiContacts: DemoCompanyContact[] = [
  {
    company: 'biovera-therapeutics',
    name: 'Elena Marchetti',
    title: 'Chief Business Officer',
    email: 'bd@biovera-therapeutics.demo',
  },
  { company: 'rna-forge', name: 'Jonas Weber', title: 'Director, Business Development', email: 'bd@rna-forge.demo' },
  { company: 'radiant-medical', name: 'Paolo Ferrari', title: 'Innovation Manager', email: 'bd@radiant-medical.demo' },
  { company: 'pathomind', name: 'Priya Raman', title: 'Head of Data Partnerships', email: 'bd@pathomind.demo' },
  { company: 'genomica-italia', name: 'Luca Pavan', title: 'Scientific Director', email: 'bd@genomica-italia.demo' },
  {
    company: 'nanocarrier-labs',
    name: 'Camille Durand',
    title: 'Head of Partnerships',
    email: 'bd@nanocarrier-labs.demo',
  },
  {
    company: 'atlas-clinical',
    name: 'Rachel Kim',
    title: 'Director, Clinical Operations Europe',
    email: 'bd@atlas-clinical.demo',
  },
  { company: 'isotopica', name: 'Federico Sartori', title: 'Chief Executive Officer', email: 'bd@isotopica.demo' },
  { company: 'vitalwear', name: 'Sanne de Jong', title: 'Product Director, Oncology', email: 'bd@vitalwear.demo' },
  { company: 'cellgenix-bio', name: 'Tom Fletcher', title: 'VP Business Development', email: 'bd@cellgenix-bio.demo' },
  {
    company: 'precisia-oncology',
    name: 'Michael Chen',
    title: 'Senior Director, Translational Partnerships',
    email: 'bd@precisia-oncology.demo',
  },
  { company: 'lumen-imaging', name: 'Alessia Monti', title: 'CTO and co-founder', email: 'bd@lumen-imaging.demo' },
  {
    company: 'endotech-surgical',
    name: 'Katrin Hoffmann',
    title: 'Product Manager, Biopsy Systems',
    email: 'bd@endotech-surgical.demo',
  },
  {
    company: 'alpine-vivarium',
    name: 'Nicolas Favre',
    title: 'Business Development Manager',
    email: 'bd@alpine-vivarium.demo',
  },
  {
    company: 'medidata-romagna',
    name: 'Davide Ricci',
    title: 'Chief Executive Officer',
    email: 'bd@medidata-romagna.demo',
  },
  {
    company: 'farmaceutici-adriatici',
    name: 'Roberta Gentile',
    title: 'Licensing Manager',
    email: 'bd@farmaceutici-adriatici.demo',
  },
  {
    company: 'kinase-discovery',
    name: 'Lotte Peeters',
    title: 'Chief Scientific Officer',
    email: 'bd@kinase-discovery.demo',
  },
];

export const demoEois: DemoEoi[] = [
  // ——— IRST ———
  {
    // Overdue: nobody at the office has answered, and the company has chased.
    asset: 'irst-biobank-sample-access',
    company: 'biovera-therapeutics',
    interestType: 'SERVICE_REQUEST',
    message:
      'Biovera is validating a new tumour-associated antigen for a T-cell engaging bispecific antibody. We would like ' +
      'to source around 60 FFPE blocks with matched plasma from colorectal and gastric cancer patients, ideally with at ' +
      'least two years of follow-up, to confirm target expression before we nominate a clinical candidate.',
    intendedUse:
      'IHC and RNAscope staining for target expression and heterogeneity; plasma for soluble antigen levels. ' +
      'Research use only, no transfer of material or data to third parties.',
    timeline: 'Samples needed by the end of Q3 for our candidate-nomination milestone',
    ndaRequested: true,
    priority: 'NORMAL',
    ageDays: 13.2,
    steps: [],
    thread: [
      {
        side: 'company',
        daysAfterSubmission: 8.1,
        body:
          'Hello, just following up on our request of last week. Could you let us know whether a cohort of this size ' +
          'is feasible and what the ethics review involves on your side? Happy to set up a short call.',
      },
    ],
    unreadBy: ['office'],
  },
  {
    // Overdue although assigned: only an internal note so far, no reply to the company.
    asset: 'irst-fluorinated-hypoxia-pet-tracer',
    company: 'isotopica',
    interestType: 'LICENSE',
    message:
      'Isotopica runs two GMP radiopharmacies in northern Italy and is building a portfolio of 18F tracers beyond FDG. ' +
      'A nitroimidazole tracer with faster clearance than FMISO is of strong interest to us: we would like to discuss ' +
      'an exclusive licence for Italy with an option for the rest of Europe, with a view to a multicentre phase 2 study.',
    intendedUse:
      'GMP production on our automated synthesis modules, IMPD preparation and a phase 2 imaging study in head and ' +
      'neck cancer with three Italian nuclear medicine departments.',
    timeline: 'Term sheet within three months; first GMP validation batches early next year',
    ndaRequested: true,
    priority: 'HIGH',
    assignee: 'officer-irst',
    ageDays: 10.4,
    steps: [],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst',
        internal: true,
        daysAfterSubmission: 1.3,
        body:
          'Promising: Isotopica has the GMP capacity we lack. Before answering, check with Nuclear Medicine whether the ' +
          'precursor synthesis is covered by the patent application or is still know-how. Asking the inventors Monday.',
      },
    ],
  },
  {
    asset: 'irst-soluble-exhaustion-biomarker',
    company: 'oncopharm',
    interestType: 'LICENSE',
    message:
      'OncoPharm is preparing a phase 2 programme for a PD-1 combination in melanoma and NSCLC and needs an early ' +
      'on-treatment marker of progression. We are interested in an option on the soluble exhaustion assay, followed by ' +
      'a licence to develop it as a companion biomarker, and would welcome data on its performance in your cohorts.',
    intendedUse:
      'Retrospective testing on banked samples from our phase 1b study, then prospective use as an exploratory ' +
      'endpoint in the phase 2 trial.',
    timeline: 'Decision on the option by the end of next quarter',
    ndaRequested: true,
    priority: 'NORMAL',
    ageDays: 1.4,
    steps: [],
    thread: [],
  },
  {
    asset: 'irst-phase1-dose-finding-biostatistics',
    company: 'atlas-clinical',
    interestType: 'SERVICE_REQUEST',
    message:
      'Atlas Clinical Research is the CRO for a first-in-human study of an oral kinase inhibitor that will open at four ' +
      'European sites, IRST among the candidates. The sponsor wants a BOIN design with backfill cohorts and real-time ' +
      'dose-escalation support. Could you send us a quote for the design, the simulations and the cohort reviews?',
    intendedUse:
      'Statistical section of the protocol, simulation report for the ethics submission, and dose-escalation ' +
      'recommendations during the trial (about eight cohorts).',
    timeline: 'Protocol submission planned in ten weeks',
    ndaRequested: false,
    priority: 'NORMAL',
    ageDays: 0.3,
    steps: [],
    thread: [],
  },
  {
    asset: 'irst-neoantigen-prioritisation-mrna-vaccine',
    company: 'rna-forge',
    interestType: 'CO_DEVELOPMENT',
    message:
      'RNA Forge manufactures individualised mRNA cancer vaccines under GMP in Mainz. The ranking algorithm and string ' +
      'design in your listing would complement our pipeline, which today relies on a commercial predictor. We would ' +
      'like to explore co-development, starting with a benchmarking study on our existing patient datasets.',
    intendedUse:
      'Benchmark against our current neoantigen selection on 40 retrospective cases, then integrate the method into ' +
      'the design workflow of a planned phase 1 trial in melanoma.',
    timeline: 'Benchmarking this year; clinical integration in 12 to 18 months',
    ndaRequested: true,
    priority: 'HIGH',
    assignee: 'officer-irst-2',
    ageDays: 9.3,
    steps: [
      {
        actor: 'office',
        officer: 'officer-irst-2',
        to: 'IN_REVIEW',
        daysAfterSubmission: 1.2,
        reason: 'Strong fit: a GMP partner for the vaccine programme',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 1.2,
        body:
          'Dear Dr Weber, thank you for your interest. The inventors are keen to see the algorithm tested on an ' +
          'independent dataset. I have e-mailed you our standard mutual NDA; once it is signed we can share the ' +
          'validation report and the construct design rules.',
      },
      {
        side: 'company',
        daysAfterSubmission: 2.5,
        body:
          'Thank you, the NDA is with our legal team and should be signed by the end of the week. Could you also ' +
          'tell us whether the software is available as a container or only as source code?',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        internal: true,
        daysAfterSubmission: 3.1,
        body:
          'The code is on the group GitLab with no licence file yet. Confirm with the inventors that no GPL ' +
          'components are included before we offer a software licence.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 6.2,
        body:
          'The NDA is countersigned, thank you. The tool runs as a Docker image; the inventors are reviewing the ' +
          'third-party components and we will share the package and the validation report next week.',
      },
    ],
  },
  {
    asset: 'irst-wearable-fever-patch-neutropenia',
    company: 'vitalwear',
    interestType: 'CO_DEVELOPMENT',
    message:
      'VitalWear makes CE-marked skin sensors for remote monitoring and is extending its platform to oncology. Your ' +
      'temperature patch and the alert logic built with the IRST care team are what our home-monitoring offer lacks. ' +
      'We would like to discuss co-development towards a CE-marked device, including a usability study with patients.',
    intendedUse:
      'Integrate the patch design and alert algorithm into our sensor platform; usability and performance study with ' +
      '50 patients on chemotherapy at IRST.',
    timeline: 'Design freeze within 9 months; CE submission in about two years',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-irst-2',
    ageDays: 6.3,
    steps: [{ actor: 'office', officer: 'officer-irst-2', to: 'IN_REVIEW', daysAfterSubmission: 2.1 }],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 2.1,
        body:
          'Thank you for getting in touch. We have shared your request with the oncology nursing team and the ' +
          'engineers who built the prototype. Could you send a short description of your platform (sensors, data ' +
          'hosting, device class) so that they can judge the technical fit?',
      },
      {
        side: 'company',
        daysAfterSubmission: 3.4,
        body:
          'Of course: I have e-mailed our platform overview and the summary technical file of our current class IIa ' +
          'device. Data are hosted in the EU (Frankfurt) and we work under ISO 13485.',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        internal: true,
        daysAfterSubmission: 4.2,
        body:
          'The patch was funded by the regional POR-FESR call: check the obligations on exploitation outside ' +
          'Emilia-Romagna before we discuss terms with a Dutch company.',
      },
    ],
  },
  {
    asset: 'irst-in-vivo-efficacy-xenograft-studies',
    company: 'oncopharm',
    interestType: 'SERVICE_REQUEST',
    message:
      'We have a HER3-directed antibody-drug conjugate entering IND-enabling studies and need efficacy data in two ' +
      'colorectal and one gastric PDX model with different HER3 expression. Could the Animal Facility run a ' +
      'dose-response study with tolerability read-outs? Please share a quote and the earliest possible start date.',
    intendedUse:
      'Efficacy and tolerability data for the IND package: three PDX models, four arms each, including a comparator ADC.',
    timeline: 'Study start within two months; final report before the end of the year',
    ndaRequested: true,
    priority: 'HIGH',
    assignee: 'officer-irst',
    ageDays: 24.2,
    steps: [
      { actor: 'office', officer: 'officer-irst', to: 'IN_REVIEW', daysAfterSubmission: 0.8 },
      {
        actor: 'office',
        officer: 'officer-irst',
        to: 'IN_DISCUSSION',
        daysAfterSubmission: 6.1,
        reason: 'Study plan and quote sent at framework-agreement rates',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 0.8,
        body:
          'Dear Ms Lombardi, thank you for your request. The Animal Facility can host a study of this size. We are ' +
          'checking HER3 expression in our colorectal and gastric PDX panel and will come back with a shortlist.',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        internal: true,
        daysAfterSubmission: 3.2,
        body:
          'Facility confirms capacity from next month. Three models have RNA-seq data; HER3 IHC still needed on the ' +
          'gastric ones. OncoPharm is a key partner: apply the framework service agreement rates.',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 6.1,
        body:
          'We have three candidate models with high, medium and low HER3 expression. The draft study plan and a quote ' +
          'at our framework rates are in your inbox. Could we have a call with your pharmacology team next week to ' +
          'agree on doses and arms?',
      },
      {
        side: 'company',
        daysAfterSubmission: 8.3,
        body:
          'Thank you, the plan looks good. Our pharmacology lead would like to add a fourth arm at a lower dose. ' +
          'Would Wednesday at 10:00 work for a call?',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 22.9,
        body:
          'A fourth arm fits in the same timeline. The revised quote and plan are on their way by e-mail. The ' +
          'amendment to the animal protocol takes about three weeks, so please confirm by Friday to keep the start date.',
      },
    ],
    unreadBy: ['company'],
  },
  {
    asset: 'irst-microfluidic-extracellular-vesicle-chip',
    company: 'medisense',
    interestType: 'CO_DEVELOPMENT',
    message:
      'MediSense develops molecular kits for clinical laboratories and sees extracellular vesicles as a complement to ' +
      'cfDNA assays. We would like to evaluate the microfluidic chip on our own plasma samples and discuss ' +
      'co-development towards a manufacturable cartridge compatible with our digital PCR workflow.',
    intendedUse:
      'Feasibility on 30 plasma samples in our Bologna laboratory, then joint design of an injection-moulded ' +
      'cartridge for an IVDR-compliant kit.',
    timeline: 'Feasibility within six months',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-irst-2',
    ageDays: 35.1,
    steps: [
      { actor: 'office', officer: 'officer-irst-2', to: 'IN_REVIEW', daysAfterSubmission: 2 },
      {
        actor: 'office',
        officer: 'officer-irst-2',
        to: 'IN_DISCUSSION',
        daysAfterSubmission: 11,
        reason: 'MTA for evaluation signed',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 2,
        body:
          'Thank you for your interest. The chip is made in our laboratory, so we can provide about twenty devices ' +
          'for an evaluation. We suggest a material transfer agreement for the evaluation and a separate discussion ' +
          'on co-development.',
      },
      {
        side: 'company',
        daysAfterSubmission: 4.2,
        body:
          'That works for us. Please send the MTA draft; our quality team will also want to know which polymer is ' +
          'used and whether the capture antibodies are commercially available.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 11,
        body:
          'The MTA is signed on our side. The chips are made of COC and use commercial CD63 and EpCAM antibodies. ' +
          'The inventors offer to visit Bologna to set up the first runs with your team.',
      },
      {
        side: 'company',
        daysAfterSubmission: 27.3,
        body:
          'The first 12 samples are done and the recovery is encouraging. Could we meet in Meldola to discuss the ' +
          'cartridge design and how a co-development agreement could be structured?',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 28.1,
        body:
          'With pleasure. The inventors are available on the 14th or the 15th. I will prepare a term sheet outline ' +
          'covering background IP, joint development and an option for MediSense on the resulting cartridge.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        internal: true,
        daysAfterSubmission: 28.3,
        body:
          'Background IP: the chip design is in the Italian application; the antibody coating protocol is know-how. ' +
          'Propose an option plus royalty on the cartridge, not an assignment.',
      },
    ],
  },
  {
    asset: 'irst-voxel-dosimetry-radioligand-therapy',
    company: 'lumen-imaging',
    interestType: 'LICENSE',
    message:
      'Lumen Imaging develops quantitative PET/CT and SPECT/CT software for nuclear medicine departments. Single ' +
      'time-point voxel dosimetry for 177Lu therapies is the feature our customers ask for most. We would like to ' +
      'license the method and bring it to CE marking within our dosimetry module.',
    intendedUse:
      'Integration into our quantification software (class IIb under the MDR), clinical validation on IRST ' +
      'retrospective data, commercial release in the EU.',
    timeline: 'Licence this year; CE submission within 18 months',
    ndaRequested: true,
    priority: 'HIGH',
    assignee: 'officer-irst',
    ageDays: 70.2,
    steps: [
      { actor: 'office', officer: 'officer-irst', to: 'IN_REVIEW', daysAfterSubmission: 1.5 },
      {
        actor: 'office',
        officer: 'officer-irst',
        to: 'IN_DISCUSSION',
        daysAfterSubmission: 9,
        reason: 'NDA signed; demo with Medical Physics booked',
      },
      {
        actor: 'office',
        officer: 'officer-irst',
        to: 'NEGOTIATION',
        daysAfterSubmission: 38,
        reason: 'Term sheet sent: non-exclusive licence, upfront plus royalty on the module',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 1.5,
        body:
          'Thank you for your request. The method is offered on a non-exclusive basis, as several vendors have ' +
          'approached us. We can share the validation results under NDA and arrange a meeting with the medical ' +
          'physicists who developed it.',
      },
      {
        side: 'company',
        daysAfterSubmission: 3,
        body:
          'Non-exclusive is fine for us, provided we can use the IRST validation in our technical file. The NDA is ' +
          'signed and on its way back to you.',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 9,
        body:
          'Thank you. The meeting with Medical Physics is confirmed: they will present the phantom and patient ' +
          'validation and answer your questions on implementation.',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        internal: true,
        daysAfterSubmission: 36.5,
        body:
          'Royalty benchmark for imaging software: 3–5% of net sales of the module. Medical Physics also asks for ' +
          'free licences for IRST and a joint publication of the clinical validation.',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 38,
        body:
          'As discussed, we have sent you the term sheet: non-exclusive licence, an upfront fee, a royalty on the ' +
          'dosimetry module and free use of the software at IRST. We look forward to your comments.',
      },
      {
        side: 'company',
        daysAfterSubmission: 64.4,
        body:
          'Our board approved the main terms. We would propose a lower royalty for the first two years while the ' +
          'module is in limited release; our counsel will send a marked-up version this week.',
      },
    ],
    unreadBy: ['office'],
  },
  {
    asset: 'irst-atr-inhibitor-prodrug',
    company: 'oncopharm',
    interestType: 'LICENSE',
    message:
      'OncoPharm has a DNA-damage-response programme, and the bone-marrow toxicity of ATR inhibitors is its main ' +
      'limitation. A tumour-activated prodrug could solve this. We would like to discuss an option followed by an ' +
      'exclusive licence, with sponsored research at IRST to complete lead optimisation.',
    intendedUse:
      'Option period with sponsored research to select a development candidate, then an exclusive worldwide licence ' +
      'for development and commercialisation.',
    timeline: 'Option agreement within four months',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-irst-2',
    ageDays: 160.3,
    steps: [
      { actor: 'office', officer: 'officer-irst-2', to: 'IN_REVIEW', daysAfterSubmission: 1 },
      { actor: 'office', officer: 'officer-irst-2', to: 'IN_DISCUSSION', daysAfterSubmission: 10 },
      {
        actor: 'office',
        officer: 'officer-irst-2',
        to: 'NEGOTIATION',
        daysAfterSubmission: 45,
        reason: 'Draft option agreement sent',
      },
      {
        actor: 'office',
        officer: 'officer-irst-2',
        to: 'AGREED',
        daysAfterSubmission: 131,
        reason: 'Option and licence agreement signed by both parties',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 1,
        body:
          'Dear Ms Lombardi, thank you. The chemistry team welcomes a partner for lead optimisation. Our mutual NDA ' +
          'is in your mailbox; once it is signed we can share the in vivo tolerability data.',
      },
      {
        side: 'company',
        daysAfterSubmission: 8,
        body:
          'The NDA is signed. Our DDR team would like to meet the chemists to discuss the release kinetics of the ' +
          'prodrug under hypoxia.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 45,
        body:
          'Following our two meetings, we have sent the draft option agreement: a 12-month option, a sponsored ' +
          'research budget for two postdocs, and the licence terms as a schedule.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        internal: true,
        daysAfterSubmission: 100,
        body:
          'Legal review complete. Last open point was the publication delay: the inventors accept 90 days. Ready ' +
          'for signature.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 131,
        body:
          'The agreement is signed by both parties. Thank you for a constructive negotiation; the kick-off meeting ' +
          'of the research plan is scheduled for next month.',
      },
      {
        side: 'company',
        daysAfterSubmission: 132,
        body: 'Thank you to you and the whole team. We look forward to the kick-off.',
      },
    ],
  },
  {
    asset: 'irst-her2-low-quantitative-rna-assay',
    company: 'medisense',
    interestType: 'LICENSE',
    message:
      'MediSense would like to develop the HER2 RT-dPCR assay as a CE-IVD kit. With HER2-low now a treatment ' +
      'indication, pathology laboratories need a reproducible quantitative test, and our digital PCR kits are used in ' +
      'more than 100 laboratories. We are interested in an exclusive licence for the in vitro diagnostics field.',
    intendedUse:
      'Kit development on our dPCR platform, analytical validation, clinical performance study on IRST and external ' +
      'cohorts, IVDR certification.',
    timeline: 'Licence within six months; kit launch in about three years',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-irst',
    ageDays: 210.2,
    steps: [
      { actor: 'office', officer: 'officer-irst', to: 'IN_REVIEW', daysAfterSubmission: 2 },
      { actor: 'office', officer: 'officer-irst', to: 'IN_DISCUSSION', daysAfterSubmission: 15 },
      { actor: 'office', officer: 'officer-irst', to: 'NEGOTIATION', daysAfterSubmission: 70 },
      {
        actor: 'office',
        officer: 'officer-irst',
        to: 'AGREED',
        daysAfterSubmission: 180,
        reason: 'Exclusive IVD-field licence signed',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 2,
        body:
          'Thank you for your interest. The assay is available for an exclusive licence in the in vitro diagnostics ' +
          'field. We can share the concordance data with central IHC review under NDA.',
      },
      {
        side: 'company',
        daysAfterSubmission: 16,
        body:
          'Thank you for the data package: the concordance at the HER2-zero/HER2-low boundary is impressive. Could ' +
          'we discuss a clinical performance study using IRST archival samples?',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        internal: true,
        daysAfterSubmission: 60,
        body:
          'Pathology agrees to provide 400 archival cases under the licence, costs covered by MediSense. Tie the ' +
          'milestone payments to IVDR certification.',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 180,
        body:
          'The licence agreement is signed. Thank you for your patience during the discussion on the IVDR ' +
          'milestones; the inventors look forward to the clinical performance study.',
      },
    ],
  },
  {
    asset: 'irst-gold-nanoparticle-radiosensitiser-glioblastoma',
    company: 'nanocarrier-labs',
    interestType: 'LICENSE',
    message:
      'NanoCarrier Labs formulates polymeric and inorganic nanoparticles for tumour-targeted delivery. We would like ' +
      'an exclusive worldwide licence to the peptide-coated gold nanoparticles, and would take them through GMP ' +
      'scale-up and regulatory toxicology ourselves.',
    intendedUse: 'Scale-up of the synthesis, GLP toxicology and a first-in-human study in recurrent glioblastoma.',
    timeline: 'As soon as possible',
    ndaRequested: false,
    priority: 'LOW',
    assignee: 'officer-irst-2',
    ageDays: 50.3,
    steps: [
      { actor: 'office', officer: 'officer-irst-2', to: 'IN_REVIEW', daysAfterSubmission: 3 },
      {
        actor: 'office',
        officer: 'officer-irst-2',
        to: 'DECLINED',
        daysAfterSubmission: 12,
        reason: 'TRL 3: inventors want efficacy and biodistribution data before any exclusive licence',
      },
    ],
    declineReason: 'TOO_EARLY_STAGE',
    declineMessage:
      'Thank you for your interest. The nanoparticles have so far been tested in cell and animal models only, and the ' +
      'inventors want to complete the efficacy and biodistribution studies before any licence. We cannot offer an ' +
      'exclusive licence at this stage, but we would welcome a proposal for sponsored research or co-development, ' +
      'and we will contact you when new data are available.',
    thread: [
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 3,
        body: 'Thank you for your request. We are reviewing it with the inventors and will come back to you within two weeks.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        internal: true,
        daysAfterSubmission: 10.2,
        body:
          'Inventors against an exclusive licence now: the orthotopic efficacy study is running, results in six ' +
          'months. Decline politely and keep NanoCarrier in the CRM for co-development.',
      },
      {
        side: 'company',
        daysAfterSubmission: 14.1,
        body:
          'Understood, thank you for the clear answer. We would be glad to discuss a sponsored study on scaling up ' +
          'the synthesis; I will come back to you with a proposal.',
      },
    ],
  },
  {
    asset: 'irst-trovastudio-trial-matching',
    company: 'medidata-romagna',
    interestType: 'LICENSE',
    message:
      'MediData Romagna builds data platforms for hospitals in the region, and two hospital trusts have asked us for a ' +
      'trial-matching tool that works on Italian clinical notes. We would like to discuss a licence to integrate ' +
      'TrovaStudio into our platform and offer it to hospitals outside IRST.',
    intendedUse: 'A trial-matching module of our hospital data platform, piloted in two regional hospitals.',
    timeline: 'Pilot to start next spring',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-irst-2',
    ageDays: 60.2,
    steps: [
      { actor: 'office', officer: 'officer-irst-2', to: 'IN_REVIEW', daysAfterSubmission: 1 },
      {
        actor: 'office',
        officer: 'officer-irst-2',
        to: 'IN_DISCUSSION',
        daysAfterSubmission: 8,
        reason: 'Demo with the developers held',
      },
      { actor: 'company', to: 'WITHDRAWN', daysAfterSubmission: 41, reason: 'Regional tender postponed' },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 1,
        body:
          'Thank you for your interest in TrovaStudio. The developers would be happy to show you a demo on ' +
          'anonymised notes. Would next Thursday afternoon suit you?',
      },
      {
        side: 'company',
        daysAfterSubmission: 5,
        body: 'Thursday works well. I will come with our lead engineer, who would like to see how the model is deployed.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 8,
        body:
          'Thank you for the visit. As promised, the deployment notes and the list of supported trial criteria are ' +
          'in your inbox. Let us know how the hospitals would like to proceed.',
      },
      {
        side: 'company',
        daysAfterSubmission: 41,
        body:
          'Unfortunately the regional tender that would fund the pilot has been postponed to next year, so we have ' +
          'to withdraw for now. Thank you for the demo and your time; we hope to come back once the funding is confirmed.',
      },
      {
        side: 'office',
        officer: 'officer-irst-2',
        daysAfterSubmission: 42,
        body: 'Thank you for letting us know, and good luck with the tender. We will be glad to pick this up again.',
      },
    ],
  },
  {
    asset: 'irst-open-face-mask-surface-guided-rt',
    company: 'radiant-medical',
    interestType: 'LICENSE',
    message:
      'Radiant Medical Systems supplies thermoplastic masks and immobilisation systems to over 400 radiotherapy ' +
      'departments. Surface-guided radiotherapy is growing fast and an open-face mask designed for it would fill a gap ' +
      'in our range. We would like to discuss an exclusive licence and work with your physicists on the final design.',
    intendedUse:
      'Industrialisation in our Modena plant, comfort and reproducibility tests with IRST, CE marking as a class I ' +
      'accessory.',
    timeline: 'Launch at ESTRO in two years',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-irst',
    ageDays: 19.2,
    steps: [
      { actor: 'office', officer: 'officer-irst', to: 'IN_REVIEW', daysAfterSubmission: 1 },
      {
        actor: 'office',
        officer: 'officer-irst',
        to: 'IN_DISCUSSION',
        daysAfterSubmission: 7,
        reason: 'Site visit to the radiotherapy department agreed',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 1,
        body:
          'Thank you for your interest. Our medical physicists would welcome an industrial partner. Would you like ' +
          'to visit the radiotherapy department and see the mask in use on the surface-guidance system?',
      },
      {
        side: 'company',
        daysAfterSubmission: 2.5,
        body:
          'Yes, very much. Our R&D manager and a materials engineer could come any day in the next two weeks. Could ' +
          'you also tell us what protection the mask design has?',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        daysAfterSubmission: 7,
        body:
          'The visit is confirmed for Tuesday the 9th at 14:00 in the radiotherapy department. The design is ' +
          'protected by a registered EU design; we can go through the details after the visit.',
      },
      {
        side: 'office',
        officer: 'officer-irst',
        internal: true,
        daysAfterSubmission: 7.2,
        body:
          'Radiant already supplies our masks: a good route to market. Check whether the EU design registration ' +
          'covers the marker geometry before we talk about exclusivity.',
      },
    ],
  },

  // ——— INT ———
  {
    // Overdue: unanswered, and the company has chased.
    asset: 'int-rare-cancer-biobank-access',
    company: 'precisia-oncology',
    interestType: 'SERVICE_REQUEST',
    message:
      'Precisia Oncology is extending its tumour-informed MRD assay to sarcomas. We are looking for about 80 sarcoma ' +
      'cases with tumour tissue and serial plasma draws taken during follow-up, including patients who relapsed, for ' +
      'a retrospective clinical validation. Is such material available, and what is the access procedure?',
    intendedUse:
      'Exome sequencing of the tumour tissue to design personalised panels; cfDNA analysis of the serial plasma ' +
      'samples; results shared with INT investigators for a joint publication.',
    timeline: 'Samples needed within four months',
    ndaRequested: true,
    priority: 'HIGH',
    ageDays: 11.3,
    steps: [],
    thread: [
      {
        side: 'company',
        daysAfterSubmission: 7.4,
        body:
          'Following up on our request: we have now secured funding for the study and could also cover the costs of ' +
          'the clinical data extraction. Would a call next week be possible?',
      },
    ],
    unreadBy: ['office'],
  },
  {
    // Overdue although assigned: an internal note, no reply to the company.
    asset: 'int-urinary-rna-prostate-test',
    company: 'genomica-italia',
    interestType: 'LICENSE',
    message:
      'Genomica Italia runs ISO 15189 laboratories serving over thirty hospitals in the north-east and would like to ' +
      'offer the urinary RNA test as a laboratory-developed test. We are interested in a licence for Italy and could ' +
      'contribute a real-world performance study with our urology customers.',
    intendedUse: 'Laboratory-developed test in our Padua laboratory; performance study on 300 men referred for biopsy.',
    timeline: 'Service launch within 12 months',
    ndaRequested: false,
    priority: 'NORMAL',
    assignee: 'officer-int',
    ageDays: 9.2,
    steps: [],
    thread: [
      {
        side: 'office',
        officer: 'officer-int',
        internal: true,
        daysAfterSubmission: 2.2,
        body:
          'The listing offers an exclusive licence or an option only, but a service-laboratory licence for Italy could ' +
          'coexist with a kit licence. Ask the inventors before replying, and do not mention other parties.',
      },
    ],
  },
  {
    asset: 'int-sarcoma-pdx-collection',
    company: 'alpine-vivarium',
    interestType: 'OTHER',
    message:
      'Alpine Vivarium is a preclinical CRO in Switzerland, and several of our biotech clients ask for sarcoma models ' +
      'we do not have. We would like to discuss an agreement to host part of your PDX collection and offer studies ' +
      'on it to third parties, with revenue sharing and INT acknowledged as the source of the models.',
    intendedUse:
      'Expansion and characterisation of about 15 models in our facility, then efficacy studies for pharmaceutical ' +
      'clients.',
    timeline: 'Agreement in the coming months',
    ndaRequested: false,
    priority: 'NORMAL',
    ageDays: 2.1,
    steps: [],
    thread: [],
  },
  {
    asset: 'int-dual-cd19-cd22-car',
    company: 'cellgenix-bio',
    interestType: 'CO_DEVELOPMENT',
    message:
      'CellGenix Bio manufactures CAR-T products in a closed, automated process and is looking for a next-generation ' +
      'CD19 construct that prevents antigen-escape relapse. The low tonic signalling of your tandem CAR is very ' +
      'interesting. We propose co-development: GMP process development on our side and a phase 1 study at INT.',
    intendedUse:
      'Lentiviral vector production, process development, IMPD preparation and a phase 1 study in relapsed B-ALL and ' +
      'lymphoma.',
    timeline: 'Vector production within 12 months',
    ndaRequested: true,
    priority: 'HIGH',
    assignee: 'officer-int',
    ageDays: 8.2,
    steps: [{ actor: 'office', officer: 'officer-int', to: 'IN_REVIEW', daysAfterSubmission: 1.1 }],
    thread: [
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 1.1,
        body:
          'Thank you for your proposal. Our haematology team would like to know whether your process has already been ' +
          'used for tandem constructs and how many GMP batches you have released. We will then propose a first meeting.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        internal: true,
        daysAfterSubmission: 1.3,
        body:
          'Another company asked informally about this construct at ASH. Share no sequence data before an NDA, and ' +
          'keep the director informed.',
      },
      {
        side: 'company',
        daysAfterSubmission: 4.1,
        body:
          'We have released 34 GMP batches on the platform, including one bicistronic construct for a sponsor. I can ' +
          'share the batch summary under NDA; our team is available for a meeting in Milan at your convenience.',
      },
    ],
    unreadBy: ['office'],
  },
  {
    asset: 'int-plasma-mirna-lung-screening',
    company: 'medisense',
    interestType: 'LICENSE',
    message:
      'MediSense would like to evaluate the plasma microRNA classifier as a kit alongside low-dose CT screening, which ' +
      'several Italian regions are now piloting. We are interested in an exclusive licence for the IVD field and would ' +
      'like to see the analytical data on the 24 ratios.',
    intendedUse:
      'Transfer of the assay to our qPCR kit format, analytical validation, and a clinical performance study with ' +
      'screening centres.',
    timeline: 'Decision within six months',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-int',
    ageDays: 5.2,
    steps: [{ actor: 'office', officer: 'officer-int', to: 'IN_REVIEW', daysAfterSubmission: 1.5 }],
    thread: [
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 1.5,
        body:
          'Dear Mr Keller, thank you for your interest. We can share the analytical validation under NDA; I have ' +
          'e-mailed you our template, and the inventor would be glad to join a call once it is signed.',
      },
      {
        side: 'company',
        daysAfterSubmission: 2.2,
        body: 'Thank you, the NDA is signed and sent back. We are available for a call any morning next week.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 4.6,
        body:
          'The NDA is countersigned and the analytical report is on its way. The inventor proposes Tuesday at 9:30 ' +
          'for the call; please confirm and tell us who will attend from MediSense.',
      },
    ],
    unreadBy: ['company'],
  },
  {
    asset: 'int-deep-learning-til-scoring',
    company: 'pathomind',
    interestType: 'LICENSE',
    message:
      'PathoMind builds computational pathology models and is preparing a CE-marked breast cancer product. A ' +
      'guideline-conformant TIL score would be a strong addition. We would like to license the algorithm and, if ' +
      'possible, the annotated training slides, and to run a joint validation on an external cohort.',
    intendedUse:
      'Integration of the TIL score into our breast pathology product; regulatory validation under the IVDR with INT ' +
      'as a clinical site.',
    timeline: 'Licence within four months',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-int-2',
    ageDays: 30.1,
    steps: [
      { actor: 'office', officer: 'officer-int-2', to: 'IN_REVIEW', daysAfterSubmission: 2.3 },
      {
        actor: 'office',
        officer: 'officer-int-2',
        to: 'IN_DISCUSSION',
        daysAfterSubmission: 12,
        reason: 'NDA signed; technical call with Pathology done',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-int-2',
        daysAfterSubmission: 2.3,
        body:
          'Thank you for your request. The algorithm can be licensed non-exclusively. The training slides are patient ' +
          'data: any transfer needs ethics approval and a data processing agreement, so let us start with the model.',
      },
      {
        side: 'company',
        daysAfterSubmission: 5.1,
        body:
          'Understood. The model alone is a good start; we can run our validation on slides that stay at INT, using ' +
          'our on-premise deployment. Could we arrange a technical call with the pathologists?',
      },
      {
        side: 'office',
        officer: 'officer-int-2',
        daysAfterSubmission: 12,
        body:
          'Thank you for the call. The pathologists are happy with an on-premise validation. We will draft the licence ' +
          'together with a study agreement for the validation.',
      },
      {
        side: 'office',
        officer: 'officer-int-2',
        internal: true,
        daysAfterSubmission: 12.3,
        body: 'Involve the DPO early: even an on-premise validation needs a DPIA. Pathology wants co-authorship.',
      },
      {
        side: 'company',
        daysAfterSubmission: 26.2,
        body: 'Any news on the draft licence? Our regulatory team would like to plan the validation study this quarter.',
      },
    ],
    unreadBy: ['office'],
  },
  {
    asset: 'int-bispecific-macrophage-reprogramming',
    company: 'biovera-therapeutics',
    interestType: 'SPONSORED_RESEARCH',
    message:
      'Biovera engineers bispecific antibodies against solid tumours, and macrophage reprogramming is the next step ' +
      'of our pipeline. We would like to fund a research programme in your laboratory to test the format in our ' +
      'tumour models, with an option to license the results.',
    intendedUse:
      'Sponsored research for 18 months: in vitro phagocytosis assays and in vivo efficacy in two syngeneic models, ' +
      'followed by an option to license.',
    timeline: 'Research agreement within three months',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-int-2',
    ageDays: 42.2,
    steps: [
      { actor: 'office', officer: 'officer-int-2', to: 'IN_REVIEW', daysAfterSubmission: 3 },
      { actor: 'office', officer: 'officer-int-2', to: 'IN_DISCUSSION', daysAfterSubmission: 15 },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-int-2',
        daysAfterSubmission: 3,
        body:
          'Thank you for your interest. The group would welcome sponsored research with an option. Could you share a ' +
          'one-page outline of the work plan and the budget range you have in mind?',
      },
      {
        side: 'company',
        daysAfterSubmission: 9,
        body:
          'The outline and an indicative budget of 350,000 euro over 18 months are in your inbox. We would also like ' +
          'to second one of our scientists to your lab for three months.',
      },
      {
        side: 'office',
        officer: 'officer-int-2',
        daysAfterSubmission: 15,
        body:
          'The group likes the plan. The secondment is possible under a visiting-scientist agreement. We will send ' +
          'the draft research agreement, including the option terms, within two weeks.',
      },
      {
        side: 'office',
        officer: 'officer-int-2',
        internal: true,
        daysAfterSubmission: 30,
        body:
          'Draft research agreement is with the legal office. Overheads at 20%; option period 6 months from the ' +
          'final report.',
      },
    ],
  },
  {
    asset: 'int-adc-sarcoma-surface-antigen',
    company: 'oncopharm',
    interestType: 'LICENSE',
    message:
      'Antibody-drug conjugates are a priority of our oncology pipeline, and a sarcoma-selective target with a ' +
      'topoisomerase-I payload fits our manufacturing capabilities well. We would like to discuss an exclusive ' +
      'worldwide licence, with INT as the lead site of the first-in-human study.',
    intendedUse:
      'Cell-line development and GMP manufacturing in our Lombardy plant, GLP toxicology, and a phase 1 study in ' +
      'advanced soft-tissue sarcoma.',
    timeline: 'Licence this year; first patient within two years',
    ndaRequested: true,
    priority: 'URGENT',
    assignee: 'officer-int',
    ageDays: 85.3,
    steps: [
      { actor: 'office', officer: 'officer-int', to: 'IN_REVIEW', daysAfterSubmission: 0.9 },
      {
        actor: 'office',
        officer: 'officer-int',
        to: 'IN_DISCUSSION',
        daysAfterSubmission: 7,
        reason: 'Due diligence data room opened',
      },
      {
        actor: 'office',
        officer: 'officer-int',
        to: 'NEGOTIATION',
        daysAfterSubmission: 52,
        reason: 'Term sheet agreed in principle',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 0.9,
        body:
          'Dear Ms Lombardi, thank you for your interest. The inventors know OncoPharm well and welcome the idea of ' +
          'INT as the lead clinical site. We will open a data room for your due diligence as soon as the NDA is signed.',
      },
      {
        side: 'company',
        daysAfterSubmission: 6,
        body:
          'The NDA is signed. Our CMC team would like to see the conjugation process and the stability data first, ' +
          'then the toxicology plan.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 7,
        body:
          'The data room is open with the conjugation process, stability data and in vivo efficacy. The inventors are ' +
          'available for a question session next week.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        internal: true,
        daysAfterSubmission: 50,
        body:
          'OncoPharm accepts development milestones and a royalty tier in line with our benchmark. Open points: ' +
          'sublicensing revenue share and diligence obligations if the sarcoma indication is dropped.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 52,
        body:
          'Thank you for the constructive meeting. We have sent the draft licence agreement based on the agreed term ' +
          'sheet; the two open points are highlighted in the text.',
      },
      {
        side: 'company',
        daysAfterSubmission: 80.2,
        body:
          'Our comments on the draft are with your legal office. We can accept the diligence clause if the sarcoma ' +
          'indication stays first; the sublicensing share is the last point to settle.',
      },
    ],
  },
  {
    asset: 'int-dual-modality-biopsy-marker-clip',
    company: 'endotech-surgical',
    interestType: 'LICENSE',
    message:
      'EndoTech Surgical manufactures biopsy needles and single-use instruments sold in 30 countries. A marker clip ' +
      'that stays visible on ultrasound throughout neoadjuvant therapy would complete our breast biopsy range. We ' +
      'would like to negotiate an exclusive licence and a development agreement for the delivery device.',
    intendedUse:
      'Industrialisation of the clip and a pre-loaded applicator, biocompatibility testing, CE marking as a class ' +
      'IIb implant.',
    timeline: 'Licence within three months; CE marking in two years',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-int',
    ageDays: 55.2,
    steps: [
      { actor: 'office', officer: 'officer-int', to: 'IN_REVIEW', daysAfterSubmission: 2 },
      { actor: 'office', officer: 'officer-int', to: 'IN_DISCUSSION', daysAfterSubmission: 9 },
      {
        actor: 'office',
        officer: 'officer-int',
        to: 'NEGOTIATION',
        daysAfterSubmission: 33,
        reason: 'Prototype evaluation positive; licence terms under discussion',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 2,
        body:
          'Thank you for your request. The radiologists who designed the clip would like to understand your applicator ' +
          'platform. Could you bring a sample to a meeting in Milan?',
      },
      {
        side: 'company',
        daysAfterSubmission: 5,
        body:
          'Certainly. We will bring our current 14G and 16G applicators. Would it be possible to test them with your ' +
          'clip prototypes in a phantom?',
      },
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 9,
        body:
          'Yes, the phantom tests can be done in the radiology department on the day of the meeting. We will prepare ' +
          'twenty prototypes.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 33,
        body:
          'The phantom results were excellent. We have sent you our proposal for an exclusive licence with a ' +
          'development agreement for the pre-loaded applicator.',
      },
      {
        side: 'company',
        daysAfterSubmission: 47,
        body:
          'Thank you for the proposal. We accept the structure; we would ask for a longer period before the minimum ' +
          'annual royalties start, given the time needed for CE marking of an implant.',
      },
    ],
  },
  {
    asset: 'int-paediatric-oral-temozolomide-suspension',
    company: 'farmaceutici-adriatici',
    interestType: 'LICENSE',
    message:
      'Farmaceutici Adriatici specialises in paediatric formulations and already markets two oral liquids for ' +
      'children with cancer. A taste-masked temozolomide suspension fits our portfolio. We would like to license it ' +
      'for Europe and file a paediatric-use marketing authorisation.',
    intendedUse: 'Technology transfer to our Pescara plant, stability batches and a PUMA application to the EMA.',
    timeline: 'Licence within six months',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-int',
    ageDays: 190.2,
    steps: [
      { actor: 'office', officer: 'officer-int', to: 'IN_REVIEW', daysAfterSubmission: 1 },
      { actor: 'office', officer: 'officer-int', to: 'IN_DISCUSSION', daysAfterSubmission: 10 },
      { actor: 'office', officer: 'officer-int', to: 'NEGOTIATION', daysAfterSubmission: 60 },
      {
        actor: 'office',
        officer: 'officer-int',
        to: 'AGREED',
        daysAfterSubmission: 150,
        reason: 'Exclusive EU licence signed; technology transfer starts next quarter',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 1,
        body:
          'Thank you for your interest. The hospital pharmacy team that developed the suspension would be glad to ' +
          'meet your formulation scientists. Our NDA template is in your inbox.',
      },
      {
        side: 'company',
        daysAfterSubmission: 10,
        body:
          'NDA signed, thank you. Our team would like to review the stability data at 25 °C and the taste-masking ' +
          'results before the meeting.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        internal: true,
        daysAfterSubmission: 90,
        body:
          'Agreement on a royalty on net sales plus a payment at PUMA approval. The paediatric oncology unit asks for ' +
          'supply at cost for INT patients: accepted by the company.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 150,
        body:
          'The licence agreement is signed by both parties. Thank you; the pharmacy team is ready to start the ' +
          'technology transfer.',
      },
    ],
  },
  {
    asset: 'int-stapled-peptide-mesothelioma',
    company: 'oncopharm',
    interestType: 'LICENSE',
    message:
      'OncoPharm runs a small-molecule programme against the YAP–TEAD interaction. We would like to license the ' +
      'stapled peptides as tool compounds for target validation and assay development, and to discuss access to ' +
      'your mesothelioma models.',
    intendedUse: 'Research use in our discovery laboratories: biochemical assays, cell models and target validation.',
    timeline: 'Within the next two months',
    ndaRequested: false,
    priority: 'LOW',
    assignee: 'officer-int-2',
    ageDays: 75.1,
    steps: [
      { actor: 'office', officer: 'officer-int-2', to: 'IN_REVIEW', daysAfterSubmission: 2 },
      { actor: 'office', officer: 'officer-int-2', to: 'IN_DISCUSSION', daysAfterSubmission: 9 },
      {
        actor: 'office',
        officer: 'officer-int-2',
        to: 'DECLINED',
        daysAfterSubmission: 21,
        reason: 'Research-tool licence only; funder requires a development partner for the peptides',
      },
    ],
    declineReason: 'NO_FIT',
    declineMessage:
      'Thank you for the discussion. The peptides are offered for development as therapeutics, and the programme ' +
      'funder requires us to seek a partner that will develop them. A research-tool licence to support a competing ' +
      'small-molecule programme does not fit this offer, so we have to decline. We remain open to discussing your ' +
      'other interests in mesothelioma.',
    thread: [
      {
        side: 'office',
        officer: 'officer-int-2',
        daysAfterSubmission: 2,
        body:
          'Thank you for your request. Before we go further, could you tell us whether OncoPharm would consider ' +
          'developing the peptides themselves, or only using them as research tools?',
      },
      {
        side: 'company',
        daysAfterSubmission: 8,
        body:
          'For now only as research tools: our programme is built on small molecules and we do not have peptide ' +
          'development capabilities.',
      },
      {
        side: 'office',
        officer: 'officer-int-2',
        internal: true,
        daysAfterSubmission: 18,
        body:
          'The funder agreement requires a development partner for the peptides. A tool licence to a competing ' +
          'small-molecule programme could block that. Decline, and keep the door open on the mesothelioma models.',
      },
    ],
  },
  {
    // Declined straight from SUBMITTED: already handled through another channel.
    asset: 'int-protac-ss18-ssx-degrader',
    company: 'kinase-discovery',
    interestType: 'CO_DEVELOPMENT',
    message:
      'Kinase Discovery Partners would like to co-develop the SS18-SSX degraders. Our medicinal chemistry team has ' +
      'experience with heterobifunctional degraders and could take on lead optimisation and DMPK under a joint ' +
      'development plan.',
    intendedUse: 'Joint lead optimisation, DMPK and in vivo proof of concept in synovial sarcoma models.',
    timeline: 'Start within six months',
    ndaRequested: true,
    priority: 'NORMAL',
    ageDays: 20.3,
    steps: [
      {
        actor: 'office',
        officer: 'officer-int-2',
        to: 'DECLINED',
        daysAfterSubmission: 1.4,
        reason: 'Already handled by the director under the CDA signed in January',
      },
    ],
    declineReason: 'DUPLICATE',
    declineMessage:
      'Thank you for your interest. Your team is already discussing this programme with our director of technology ' +
      'transfer under the confidentiality agreement signed in January. To keep a single channel, we are closing this ' +
      'request and will continue the discussion there.',
    thread: [
      {
        side: 'company',
        daysAfterSubmission: 2,
        body: 'Of course, thank you. Our CEO had not realised that the discussion had already started; we will continue there.',
      },
    ],
  },
  {
    asset: 'int-cachexia-cytokine-antibody',
    company: 'oncopharm',
    interestType: 'CO_DEVELOPMENT',
    message:
      'Supportive care is a growing part of the OncoPharm portfolio, and cancer cachexia has no approved therapy in ' +
      'Europe. We would like to explore co-development of the neutralising antibody, from humanisation to a ' +
      'first-in-human study.',
    intendedUse: 'Humanisation and cell-line development, GLP toxicology, phase 1 in pancreatic cancer cachexia.',
    timeline: 'Decision after our portfolio review in the autumn',
    ndaRequested: true,
    priority: 'NORMAL',
    assignee: 'officer-int',
    ageDays: 40.2,
    steps: [
      { actor: 'office', officer: 'officer-int', to: 'IN_REVIEW', daysAfterSubmission: 1.2 },
      {
        actor: 'company',
        to: 'WITHDRAWN',
        daysAfterSubmission: 19,
        reason: 'Portfolio review: supportive care deprioritised',
      },
    ],
    thread: [
      {
        side: 'office',
        officer: 'officer-int',
        daysAfterSubmission: 1.2,
        body:
          'Thank you for your interest. The inventors are preparing an updated data package with the new lung cancer ' +
          'model results and will be glad to present it to your team.',
      },
      {
        side: 'company',
        daysAfterSubmission: 19,
        body:
          'After our portfolio review, supportive care has been deprioritised for the next two years, so we are ' +
          'withdrawing our interest. Thank you for your quick response; we may come back when priorities change.',
      },
      {
        side: 'office',
        officer: 'officer-int',
        internal: true,
        daysAfterSubmission: 19.3,
        body: 'Withdrawn for portfolio reasons, not for the science. Re-contact OncoPharm in a year with the phase 1 data.',
      },
    ],
  },
];

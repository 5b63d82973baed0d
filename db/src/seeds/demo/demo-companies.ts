// Demo industry partners: fictional companies (websites use the reserved .example domain).
// `oncopharm` and `medisense` receive demo company accounts.
import type { DemoCompany } from './demo-data-types.js';

export const demoCompanies: DemoCompany[] = [
  {
    slug: 'oncopharm',
    name: 'OncoPharm S.p.A.',
    country: 'IT',
    city: 'Milan',
    size: 'LARGE',
    sectors: ['therapeutics', 'small-molecules', 'biologics', 'oncology'],
    interests: [
      'Antibody-drug conjugates',
      'Targeted therapies for solid tumours',
      'Early-phase clinical collaborations',
    ],
    website: 'https://oncopharm.example',
    description:
      'Italian pharmaceutical group focused on oncology, with a portfolio of targeted agents and supportive-care ' +
      'products marketed across Europe. OncoPharm in-licenses preclinical and early clinical assets from academic ' +
      'centres and runs its own process chemistry and biologics development in Lombardy. The business development ' +
      'team looks for first-in-class mechanisms and companion biomarkers that can accompany them into the clinic.',
    partnershipLevel: 'PARTNER',
    listed: true,
  },
  {
    slug: 'medisense',
    name: 'MediSense Diagnostics',
    country: 'IT',
    city: 'Bologna',
    size: 'SME',
    sectors: ['diagnostics', 'liquid-biopsy', 'companion-diagnostics', 'oncology'],
    interests: ['Liquid biopsy assays', 'Methylation biomarkers', 'CE-IVD kit development'],
    website: 'https://medisense.example',
    description:
      'Diagnostics company developing and manufacturing molecular kits for clinical laboratories. MediSense holds ' +
      'an IVDR quality system and distributes digital PCR and targeted sequencing assays in twelve countries. It ' +
      'seeks validated biomarker signatures from cancer research institutes and partners on clinical validation ' +
      'studies with well-annotated sample collections.',
    partnershipLevel: 'PARTNER',
    listed: true,
  },
  {
    slug: 'biovera-therapeutics',
    name: 'Biovera Therapeutics',
    country: 'IT',
    city: 'Siena',
    size: 'STARTUP',
    sectors: ['therapeutics', 'biologics', 'immuno-oncology'],
    interests: ['Bispecific antibodies', 'Tumour microenvironment targets'],
    website: 'https://biovera.example',
    description:
      'Venture-backed start-up spun out of a Tuscan university, engineering bispecific antibodies that redirect ' +
      'T cells against solid tumours. Biovera has a small discovery team, outsources manufacturing and looks for ' +
      'novel tumour-associated antigens together with clinical samples to validate target expression.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'rna-forge',
    name: 'RNA Forge GmbH',
    country: 'DE',
    city: 'Mainz',
    size: 'SME',
    sectors: ['therapeutics', 'rna-therapeutics', 'drug-delivery', 'immuno-oncology'],
    interests: ['mRNA cancer vaccines', 'Lipid nanoparticle formulations', 'Neoantigen selection'],
    website: 'https://rnaforge.example',
    description:
      'German biotech company with a GMP-ready mRNA production line and proprietary ionisable lipids. RNA Forge ' +
      'co-develops individualised cancer vaccines with clinical centres and is interested in neoantigen prediction ' +
      'tools, immune-monitoring assays and access to patients in early-phase immunotherapy trials. ' +
      'Its team of forty scientists also offers formulation services to academic groups.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'radiant-medical',
    name: 'Radiant Medical Systems',
    country: 'IT',
    city: 'Modena',
    size: 'MID_CAP',
    sectors: ['medical-devices', 'radiotherapy', 'dosimetry'],
    interests: ['Patient positioning for radiotherapy', 'In vivo dosimetry', 'Quality assurance phantoms'],
    website: 'https://radiantmedical.example',
    description:
      'Manufacturer of accessories and quality-assurance equipment for radiotherapy departments, based in the ' +
      'Emilia-Romagna biomedical district. Radiant Medical supplies immobilisation devices, phantoms and detectors ' +
      'to over four hundred hospitals and co-develops new products with medical physicists working in clinical ' +
      'departments. ' +
      'The company has a dedicated innovation office that evaluates clinical ideas every quarter.',
    partnershipLevel: 'PARTNER',
    listed: true,
  },
  {
    slug: 'pathomind',
    name: 'PathoMind AI',
    country: 'GB',
    city: 'London',
    size: 'STARTUP',
    sectors: ['digital-health', 'ai-imaging', 'digital-pathology', 'oncology'],
    interests: ['Whole-slide image datasets', 'Computational pathology biomarkers', 'Regulatory-grade validation'],
    website: 'https://pathomind.example',
    description:
      'London start-up building deep-learning models for computational pathology. PathoMind licenses annotated ' +
      'whole-slide image collections and algorithms from hospitals, and runs retrospective validation studies to ' +
      'obtain CE marking. It looks for partners that can provide diverse, well-characterised cohorts with outcome ' +
      'data.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'helvetia-biologics',
    name: 'Helvetia Biologics AG',
    country: 'CH',
    city: 'Basel',
    size: 'LARGE',
    sectors: ['therapeutics', 'biologics', 'cell-therapy', 'haematological-malignancies'],
    interests: ['Next-generation CAR-T', 'Allogeneic cell therapy', 'Antibody engineering'],
    website: 'https://helvetiabiologics.example',
    description:
      'Swiss biopharmaceutical company with a pipeline of antibodies and cell therapies for blood cancers and ' +
      'solid tumours. Helvetia Biologics sponsors academic research programmes, acquires options on promising ' +
      'constructs and runs clinical trials through a European network of investigator sites, including several ' +
      'Italian cancer centres.',
    partnershipLevel: 'PARTNER',
    listed: true,
  },
  {
    slug: 'genomica-italia',
    name: 'Genomica Italia S.r.l.',
    country: 'IT',
    city: 'Padua',
    size: 'SME',
    sectors: ['diagnostics', 'genomic-testing', 'research-tools'],
    interests: ['Targeted NGS panels', 'Bioinformatics pipelines', 'Hereditary cancer testing'],
    website: 'https://genomicaitalia.example',
    description:
      'Laboratory services company offering clinical sequencing and bioinformatics to hospitals in north-east ' +
      'Italy. Genomica Italia designs custom targeted panels and reporting software and is interested in ' +
      'licensing gene signatures and analysis pipelines developed by research institutes for routine use. ' +
      'Its laboratories are accredited under ISO 15189 and serve over thirty hospitals.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'nanocarrier-labs',
    name: 'NanoCarrier Labs',
    country: 'FR',
    city: 'Lyon',
    size: 'STARTUP',
    sectors: ['therapeutics', 'drug-delivery', 'small-molecules'],
    interests: ['Polymeric nanoparticles', 'Tumour-targeted delivery', 'Formulation scale-up'],
    website: 'https://nanocarrier.example',
    description:
      'French start-up developing biodegradable polymeric nanoparticles for the targeted delivery of cytotoxic and ' +
      'kinase-inhibitor payloads. NanoCarrier Labs runs formulation and scale-up in house and seeks academic ' +
      'partners with validated targets, in vivo models and clinical insight into unmet needs. ' +
      'The company recently closed a seed round and plans its first clinical study within three years.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'curavita-health',
    name: 'CuraVita Health',
    country: 'IT',
    city: 'Turin',
    size: 'SME',
    sectors: ['digital-health', 'patient-reported-outcomes', 'supportive-care'],
    interests: ['Remote symptom monitoring', 'Patient apps for oncology', 'Real-world data'],
    website: 'https://curavita.example',
    description:
      'Digital-health company whose platform lets oncology patients report symptoms between visits and alerts care ' +
      'teams when toxicities escalate. CuraVita Health works with hospitals across Italy and looks for validated ' +
      'prediction algorithms and clinical protocols it can integrate into its certified medical software.',
    partnershipLevel: 'PARTNER',
    listed: true,
  },
  {
    slug: 'nordic-organoid',
    name: 'Nordic Organoid Technologies',
    country: 'DK',
    city: 'Copenhagen',
    size: 'STARTUP',
    sectors: ['research-tools', 'cell-lines', 'preclinical-models'],
    interests: ['Patient-derived organoid biobanks', 'High-throughput drug screening'],
    website: 'https://nordicorganoid.example',
    description:
      'Danish company providing organoid-based drug screening to pharma. Nordic Organoid Technologies expands its ' +
      'living biobank through agreements with hospitals and is interested in rare tumour types, matched clinical ' +
      'data and co-development of standardised culture media. ' +
      'Its automated screening platform processes several hundred organoid lines per year for pharmaceutical and biotech clients.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'atlas-clinical',
    name: 'Atlas Clinical Research',
    country: 'US',
    city: 'Boston',
    size: 'MID_CAP',
    sectors: ['clinical-trial-services', 'digital-health', 'oncology'],
    interests: ['Phase 1 oncology trial sites', 'Trial-matching software', 'Adaptive designs'],
    website: 'https://atlasclinical.example',
    description:
      'Contract research organisation specialised in early-phase oncology trials, headquartered in Boston with ' +
      'European operations. Atlas Clinical Research partners with experienced phase 1 units, licenses patient ' +
      'recruitment tools and buys statistical design services for dose-escalation studies. ' +
      'The company has run more than two hundred first-in-human studies and is expanding its network of academic sites in southern Europe.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'isotopica',
    name: 'Isotopica S.r.l.',
    country: 'IT',
    city: 'Pisa',
    size: 'SME',
    sectors: ['radiopharmaceuticals', 'molecular-imaging', 'prostate-cancer'],
    interests: ['Theranostic radioligands', 'PET tracers', 'Radiochemistry automation'],
    website: 'https://isotopica.example',
    description:
      'Radiopharmaceutical company producing PET tracers under GMP and developing theranostic radioligands for ' +
      'prostate and neuroendocrine tumours. Isotopica is looking for new molecular targets, dosimetry expertise ' +
      'and clinical partners with nuclear-medicine departments for first-in-human studies. ' +
      'Its production sites supply hospitals across central Italy, and a new cyclotron facility is under construction near Pisa.',
    partnershipLevel: 'PARTNER',
    listed: true,
  },
  {
    slug: 'vitalwear',
    name: 'VitalWear Technologies',
    country: 'NL',
    city: 'Eindhoven',
    size: 'SME',
    sectors: ['medical-devices', 'wearables', 'supportive-care'],
    interests: ['Wearable sensors', 'Home monitoring of chemotherapy patients', 'Cardio-oncology'],
    website: 'https://vitalwear.example',
    description:
      'Dutch medtech company designing medical-grade wearable patches that record ECG, temperature and activity. ' +
      'VitalWear seeks clinical partners in oncology to validate early-warning algorithms for febrile neutropenia ' +
      'and cardiotoxicity during systemic treatment. ' +
      'The company holds CE marking for its first patch in cardiology and is now building an oncology product line with hospitals in the Netherlands, Germany and Italy.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'farmaceutici-adriatici',
    name: 'Farmaceutici Adriatici S.p.A.',
    country: 'IT',
    city: 'Pescara',
    size: 'MID_CAP',
    sectors: ['therapeutics', 'small-molecules', 'drug-repurposing', 'supportive-care'],
    interests: ['Repurposed generics in oncology', 'Supportive-care formulations', 'Paediatric formulations'],
    website: 'https://farmadriatici.example',
    description:
      'Family-owned pharmaceutical manufacturer of generic and value-added medicines. Farmaceutici Adriatici ' +
      'has started an oncology business unit that develops new formulations and indications for off-patent drugs ' +
      'and seeks academic evidence, clinical protocols and know-how licences to support regulatory filings. ' +
      'Its plants in Abruzzo produce oral and injectable medicines for European markets.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'cellgenix-bio',
    name: 'CellGenix Bio Ltd',
    country: 'GB',
    city: 'Oxford',
    size: 'SME',
    sectors: ['cell-therapy', 'immuno-oncology', 'haematological-malignancies'],
    interests: ['CAR-T manufacturing', 'Gene-editing of T cells', 'Solid-tumour CAR targets'],
    website: 'https://cellgenix.example',
    description:
      'Oxford-based company developing automated, closed-system manufacturing for autologous and allogeneic CAR-T ' +
      'products. CellGenix Bio co-develops constructs with academic groups and licenses enhancements that improve ' +
      'T-cell persistence, safety switches and activity against solid tumours. ' +
      'Its platform has been adopted by several academic centres in the United Kingdom, and the company is now seeking partners in continental Europe.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'iberia-dx',
    name: 'IberiaDx S.L.',
    country: 'ES',
    city: 'Barcelona',
    size: 'SME',
    sectors: ['diagnostics', 'companion-diagnostics', 'genomic-testing'],
    interests: ['Immunohistochemistry assays', 'Companion diagnostics for targeted drugs'],
    website: 'https://iberiadx.example',
    description:
      'Spanish developer of immunohistochemistry and in situ hybridisation assays for pathology laboratories. ' +
      'IberiaDx partners with pharma on companion diagnostics and seeks antibodies, scoring algorithms and tissue ' +
      'cohorts with treatment response data. ' +
      'The company manufactures its reagents in Catalonia under an ISO 13485 quality system, and its assays are used in more than three hundred pathology laboratories.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'biostore-solutions',
    name: 'BioStore Solutions',
    country: 'IT',
    city: 'Rome',
    size: 'SME',
    sectors: ['biobanking', 'research-tools'],
    interests: ['Biobank information systems', 'Sample logistics', 'Cryopreservation'],
    website: 'https://biostore.example',
    description:
      'Supplier of biobank software, automated storage and cold-chain logistics. BioStore Solutions partners ' +
      'with research hospitals to improve sample traceability, and offers co-development of pre-analytical ' +
      'workflows for liquid-biopsy collections. ' +
      'Its software manages millions of samples in Italian and European biobanks, and the company takes part in national research infrastructure projects on sample quality and data interoperability.',
    partnershipLevel: 'PARTNER',
    listed: true,
  },
  {
    slug: 'precisia-oncology',
    name: 'Precisia Oncology Inc.',
    country: 'US',
    city: 'San Diego',
    size: 'MID_CAP',
    sectors: ['liquid-biopsy', 'genomic-testing', 'oncology'],
    interests: ['Minimal residual disease', 'Cell-free DNA fragmentomics', 'Early cancer detection'],
    website: 'https://precisia.example',
    description:
      'US diagnostics company commercialising blood-based tests for minimal residual disease and recurrence ' +
      'monitoring. Precisia Oncology in-licenses biomarker discoveries, sponsors prospective studies and builds ' +
      'European laboratory partnerships ahead of IVDR submissions. ' +
      'The company operates a CLIA-certified laboratory in California and is opening a European laboratory to serve hospitals and pharma clients.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'lumen-imaging',
    name: 'Lumen Imaging S.r.l.',
    country: 'IT',
    city: 'Genoa',
    size: 'STARTUP',
    sectors: ['ai-imaging', 'molecular-imaging', 'clinical-decision-support'],
    interests: ['Radiomics software', 'PET/CT quantification', 'Response assessment'],
    website: 'https://lumenimaging.example',
    description:
      'Start-up spun out of an Italian engineering university that develops radiomics and quantitative imaging ' +
      'software. Lumen Imaging integrates licensed predictive models into a cloud platform for radiology and ' +
      'nuclear-medicine departments and seeks multicentre imaging data for validation. ' +
      'Its first product, for lung nodule analysis, is already used in several hospitals in Liguria and Piedmont.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'endotech-surgical',
    name: 'EndoTech Surgical',
    country: 'DE',
    city: 'Tuttlingen',
    size: 'MID_CAP',
    sectors: ['medical-devices', 'surgical-devices'],
    interests: ['Biopsy needles', 'Minimally invasive oncology surgery', 'Single-use instruments'],
    website: 'https://endotech.example',
    description:
      'German manufacturer of endoscopic and biopsy instruments with a global distribution network. EndoTech ' +
      'Surgical licenses instrument designs from clinical inventors, takes them through design control and ' +
      'MDR certification, and pays royalties on sales. ' +
      'The company employs around nine hundred people and sells its instruments in more than sixty countries through subsidiaries and distributors.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'alpine-vivarium',
    name: 'Alpine Vivarium CRO',
    country: 'CH',
    city: 'Lausanne',
    size: 'SME',
    sectors: ['preclinical-models', 'research-tools', 'immuno-oncology'],
    interests: ['Humanised mouse models', 'PDX collections'],
    website: 'https://alpinevivarium.example',
    description:
      'Swiss preclinical contract research organisation offering in vivo pharmacology in oncology and immunology. ' +
      'Alpine Vivarium licenses patient-derived xenograft models from hospitals to broaden its catalogue and ' +
      'subcontracts specialised studies to academic facilities. ' +
      'Its facilities near Lausanne house several thousand animals, and its scientists have long experience with immuno-oncology studies for biotech sponsors.',
    partnershipLevel: 'PROSPECT',
    listed: false,
  },
  {
    slug: 'medidata-romagna',
    name: 'MediData Romagna',
    country: 'IT',
    city: 'Cesena',
    size: 'STARTUP',
    sectors: ['digital-health', 'clinical-decision-support', 'clinical-trial-services'],
    interests: ['Hospital data platforms', 'Trial-matching', 'Natural-language processing of clinical notes'],
    website: 'https://medidataromagna.example',
    description:
      'Young software company from Cesena building data-integration and natural-language-processing tools for ' +
      'hospitals. MediData Romagna works with regional health trusts and is interested in co-developing clinical ' +
      'decision-support and trial-matching tools with research institutes. ' +
      'The team combines software engineers and former hospital staff, and its first products are used by health trusts in Romagna to integrate laboratory and pathology data.',
    partnershipLevel: 'PROSPECT',
    listed: false,
  },
  {
    slug: 'kinase-discovery',
    name: 'Kinase Discovery Partners',
    country: 'BE',
    city: 'Leuven',
    size: 'STARTUP',
    sectors: ['small-molecules', 'therapeutics', 'oncology'],
    interests: ['Kinase inhibitors', 'Synthetic lethality', 'Target validation'],
    website: 'https://kinasediscovery.example',
    description:
      'Belgian drug-discovery start-up with a medicinal-chemistry platform for selective kinase and DNA-damage-' +
      'response inhibitors. Kinase Discovery Partners options early academic targets, funds validation work and ' +
      'brings in its own chemistry to generate development candidates. ' +
      'The company was founded by former pharma chemists and is backed by Belgian and Dutch investors.',
    partnershipLevel: 'PROSPECT',
    listed: true,
  },
  {
    slug: 'lombardia-biotech',
    name: 'Lombardia Biotech S.p.A.',
    country: 'IT',
    city: 'Monza',
    size: 'MID_CAP',
    sectors: ['biologics', 'therapeutics', 'sarcoma', 'rare-cancers'],
    interests: ['Orphan-drug designations', 'Rare cancer biologics', 'Antibody-drug conjugates'],
    website: 'https://lombardiabiotech.example',
    description:
      'Biotech company developing biologics for rare cancers, with an orphan-drug pipeline in sarcoma and ' +
      'mesothelioma. Lombardia Biotech works closely with referral centres for rare tumours and looks for ' +
      'targets, preclinical models and clinical expertise to support orphan designations. ' +
      'Its development team has brought two orphan biologics through European approval and runs its own pharmacovigilance and medical affairs.',
    partnershipLevel: 'PARTNER',
    listed: false,
  },
];

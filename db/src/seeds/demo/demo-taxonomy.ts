// Demo taxonomy: sectors and therapeutic areas, in English and Italian.
// Parents always precede their children.
import type { DemoSector } from './demo-data-types.js';

const sector = (slug: string, labelEn: string, labelIt: string, parent?: string): DemoSector =>
  parent ? { slug, kind: 'SECTOR', labelEn, labelIt, parent } : { slug, kind: 'SECTOR', labelEn, labelIt };

const area = (slug: string, labelEn: string, labelIt: string, parent?: string): DemoSector =>
  parent
    ? { slug, kind: 'THERAPEUTIC_AREA', labelEn, labelIt, parent }
    : { slug, kind: 'THERAPEUTIC_AREA', labelEn, labelIt };

export const demoSectors: DemoSector[] = [
  // ---- Sectors -------------------------------------------------------------
  sector('therapeutics', 'Therapeutics', 'Terapie'),
  sector('small-molecules', 'Small molecules', 'Piccole molecole', 'therapeutics'),
  sector('biologics', 'Biologics and antibodies', 'Farmaci biologici e anticorpi', 'therapeutics'),
  sector('cell-therapy', 'Cell and gene therapy', 'Terapia cellulare e genica', 'therapeutics'),
  sector('rna-therapeutics', 'RNA therapeutics and vaccines', 'Terapie a RNA e vaccini', 'therapeutics'),
  sector('drug-delivery', 'Drug delivery', 'Rilascio di farmaci', 'therapeutics'),
  sector('drug-repurposing', 'Drug repurposing', 'Riposizionamento di farmaci', 'therapeutics'),

  sector('diagnostics', 'Diagnostics', 'Diagnostica'),
  sector('liquid-biopsy', 'Liquid biopsy', 'Biopsia liquida', 'diagnostics'),
  sector('companion-diagnostics', 'Companion diagnostics', 'Diagnostica companion', 'diagnostics'),
  sector('molecular-imaging', 'Molecular imaging', 'Imaging molecolare', 'diagnostics'),
  sector('digital-pathology', 'Digital pathology', 'Patologia digitale', 'diagnostics'),
  sector('genomic-testing', 'Genomic testing', 'Test genomici', 'diagnostics'),

  sector('medical-devices', 'Medical devices', 'Dispositivi medici'),
  sector('surgical-devices', 'Surgical and biopsy devices', 'Dispositivi chirurgici e bioptici', 'medical-devices'),
  sector(
    'wearables',
    'Wearables and remote monitoring',
    'Dispositivi indossabili e monitoraggio remoto',
    'medical-devices',
  ),

  sector('digital-health', 'Digital health', 'Sanità digitale'),
  sector('ai-imaging', 'AI for medical imaging', "Intelligenza artificiale per l'imaging", 'digital-health'),
  sector(
    'clinical-decision-support',
    'Clinical decision support',
    'Supporto alle decisioni cliniche',
    'digital-health',
  ),
  sector('patient-reported-outcomes', 'Patient-reported outcomes', 'Esiti riferiti dai pazienti', 'digital-health'),
  sector(
    'clinical-trial-services',
    'Clinical trial services',
    'Servizi per sperimentazioni cliniche',
    'digital-health',
  ),

  sector('research-tools', 'Research tools', 'Strumenti per la ricerca'),
  sector('preclinical-models', 'Preclinical models', 'Modelli preclinici', 'research-tools'),
  sector('assays', 'Assays and reagents', 'Saggi e reagenti', 'research-tools'),
  sector('cell-lines', 'Cell lines and organoids', 'Linee cellulari e organoidi', 'research-tools'),

  sector('biobanking', 'Biobanking', 'Biobanche'),

  sector('radiotherapy', 'Radiotherapy', 'Radioterapia'),
  sector('radiopharmaceuticals', 'Radiopharmaceuticals', 'Radiofarmaci', 'radiotherapy'),
  sector('dosimetry', 'Dosimetry and medical physics', 'Dosimetria e fisica medica', 'radiotherapy'),

  // ---- Therapeutic areas ---------------------------------------------------
  area('oncology', 'Oncology', 'Oncologia'),
  area('breast-cancer', 'Breast cancer', 'Tumore della mammella', 'oncology'),
  area('colorectal-cancer', 'Colorectal cancer', 'Tumore del colon-retto', 'oncology'),
  area('lung-cancer', 'Lung cancer', 'Tumore del polmone', 'oncology'),
  area('melanoma', 'Melanoma', 'Melanoma', 'oncology'),
  area('sarcoma', 'Sarcoma', 'Sarcoma', 'oncology'),
  area('haematological-malignancies', 'Haematological malignancies', 'Neoplasie ematologiche', 'oncology'),
  area('pancreatic-cancer', 'Pancreatic cancer', 'Tumore del pancreas', 'oncology'),
  area('prostate-cancer', 'Prostate cancer', 'Tumore della prostata', 'oncology'),
  area('glioblastoma', 'Glioblastoma', 'Glioblastoma', 'oncology'),
  area('ovarian-cancer', 'Ovarian cancer', "Tumore dell'ovaio", 'oncology'),
  area('gastric-cancer', 'Gastric cancer', 'Tumore dello stomaco', 'oncology'),
  area('head-and-neck-cancer', 'Head and neck cancer', 'Tumori della testa e del collo', 'oncology'),
  area('mesothelioma', 'Mesothelioma', 'Mesotelioma', 'oncology'),
  area('immuno-oncology', 'Immuno-oncology', 'Immuno-oncologia'),
  area('supportive-care', 'Supportive care', 'Terapie di supporto'),
  area('cardio-oncology', 'Cardio-oncology', 'Cardio-oncologia', 'supportive-care'),
  area('rare-cancers', 'Rare cancers', 'Tumori rari'),
  area('paediatric-oncology', 'Paediatric oncology', 'Oncologia pediatrica', 'rare-cancers'),
  area('cancer-prevention', 'Cancer prevention and screening', 'Prevenzione e screening oncologico'),
];

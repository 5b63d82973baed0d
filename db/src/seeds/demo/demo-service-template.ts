// What a buyer of each demo service needs beside its description: what is delivered, the samples and throughput,
// and the accreditations (names, the same in both languages). In English and Italian, like the listings' texts.

export interface DemoServiceTemplate {
  deliverables: string;
  deliverablesIt: string;
  throughput: string;
  throughputIt: string;
  accreditations: string[];
}

export const demoServiceTemplates: Record<string, DemoServiceTemplate> = {
  'irst-tumour-exome-panel-sequencing': {
    deliverables:
      'FASTQ and BAM files, annotated somatic and germline variant calls (VCF), TMB and MSI values, and a PDF summary report with the pathology review of tumour content.',
    deliverablesIt:
      'File FASTQ e BAM, varianti somatiche e germinali annotate (VCF), valori di TMB e MSI e un rapporto riassuntivo in PDF con la revisione patologica della cellularità tumorale.',
    throughput: 'From 50 ng of DNA or one FFPE block; up to 96 samples per sequencing run',
    throughputIt: 'Da 50 ng di DNA o un blocchetto FFPE; fino a 96 campioni per corsa di sequenziamento',
    accreditations: ['ISO 15189', 'EMQN external quality assessment'],
  },
  'irst-ctdna-liquid-biopsy-sequencing': {
    deliverables:
      'Variant calls with allele fractions per time point, a longitudinal report per patient, raw data on request, and pre-analytical kits with shipping instructions for trial sites.',
    deliverablesIt:
      'Varianti con le frazioni alleliche per ogni prelievo, un rapporto longitudinale per paziente, i dati grezzi su richiesta e kit pre-analitici con le istruzioni di spedizione per i centri dello studio.',
    throughput: '4 mL of plasma per time point; up to 48 samples per week',
    throughputIt: '4 mL di plasma per prelievo; fino a 48 campioni alla settimana',
    accreditations: ['ISO 15189'],
  },
  'irst-dna-methylation-profiling': {
    deliverables:
      'Normalised methylation values (IDAT and beta-value matrices), differential methylation tables, copy-number plots and a methods description ready for publication.',
    deliverablesIt:
      'Valori di metilazione normalizzati (file IDAT e matrici beta), tabelle di metilazione differenziale, grafici del numero di copie e una descrizione dei metodi pronta per la pubblicazione.',
    throughput: 'From 20 ng of DNA (EM-seq) or 250 ng (arrays); 8 to 96 samples per batch',
    throughputIt: 'Da 20 ng di DNA (EM-seq) o 250 ng (array); da 8 a 96 campioni per lotto',
    accreditations: ['ISO 9001:2015'],
  },
  'irst-biobank-sample-access': {
    deliverables:
      'Aliquots of tissue, plasma, serum or nucleic acids shipped on dry ice with temperature logs, and a pseudonymised clinical data set for each sample.',
    deliverablesIt:
      'Aliquote di tessuto, plasma, siero o acidi nucleici spedite in ghiaccio secco con registrazione della temperatura e un insieme di dati clinici pseudonimizzati per ciascun campione.',
    throughput: 'Collections of over 40 000 samples; typical requests of 20 to 500 cases',
    throughputIt: 'Collezioni di oltre 40 000 campioni; richieste tipiche da 20 a 500 casi',
    accreditations: ['ISO 9001:2015', 'BBMRI-ERIC (BBMRI.it node)'],
  },
  'irst-prospective-sample-collection': {
    deliverables:
      'Samples collected and processed to the sponsor’s specifications, shipped with temperature logs, and monthly accrual reports against the agreed targets.',
    deliverablesIt:
      'Campioni raccolti e processati secondo le specifiche dello sponsor, spediti con la registrazione della temperatura, e rapporti mensili sull’arruolamento rispetto agli obiettivi concordati.',
    throughput: 'Up to 30 patients a month across the institute’s clinical units',
    throughputIt: 'Fino a 30 pazienti al mese nelle unità cliniche dell’istituto',
    accreditations: ['ISO 9001:2015', 'Good Clinical Practice (ICH E6)'],
  },
  'irst-phase1-dose-finding-biostatistics': {
    deliverables:
      'A statistical design with simulation report for the protocol, and a dose recommendation for each cohort with the updated model estimates.',
    deliverablesIt:
      'Un disegno statistico con il rapporto delle simulazioni per il protocollo e una raccomandazione di dose per ciascuna coorte con le stime aggiornate del modello.',
    throughput: 'Up to 4 concurrent trials; cohort reviews within 48 hours',
    throughputIt: 'Fino a 4 studi in parallelo; revisione di ogni coorte entro 48 ore',
    accreditations: ['Good Clinical Practice (ICH E6, E9)'],
  },
  'irst-real-world-evidence-analytics': {
    deliverables:
      'An analysis plan, the analysis data set with its documentation, survival and outcome analyses, and a study report suitable for regulators or payers.',
    deliverablesIt:
      'Un piano di analisi, il data set analitico con la sua documentazione, le analisi di sopravvivenza e di esito e un rapporto di studio adatto ad autorità regolatorie o enti pagatori.',
    throughput: 'Cohorts of up to 20 000 patients from institutional and regional registries',
    throughputIt: 'Coorti fino a 20 000 pazienti da registri istituzionali e regionali',
    accreditations: ['ENCePP registered research centre'],
  },
  'irst-in-vivo-efficacy-xenograft-studies': {
    deliverables:
      'Tumour growth curves, survival data and statistical analysis, with tissues collected for your biomarker studies and a final study report.',
    deliverablesIt:
      'Curve di crescita tumorale, dati di sopravvivenza e analisi statistica, con i tessuti raccolti per i Suoi studi sui biomarcatori e un rapporto finale di studio.',
    throughput: 'Up to 8 treatment arms of 8 to 10 animals per study',
    throughputIt: 'Fino a 8 bracci di trattamento da 8–10 animali per studio',
    accreditations: ['Authorised under Italian Legislative Decree 26/2014 (Directive 2010/63/EU)'],
  },
  'irst-organoid-drug-sensitivity-testing': {
    deliverables:
      'Dose–response curves and IC50 values for each compound and organoid line, images of treated cultures, and a comparative report.',
    deliverablesIt:
      'Curve dose-risposta e valori di IC50 per ciascun composto e linea di organoidi, immagini delle colture trattate e un rapporto comparativo.',
    throughput: '10 compounds at 8 concentrations on up to 12 organoid lines per panel',
    throughputIt: '10 composti a 8 concentrazioni su fino a 12 linee di organoidi per pannello',
    accreditations: [],
  },
  'irst-flow-cytometry-immunophenotyping': {
    deliverables:
      'FCS files, gated population frequencies and absolute counts in a spreadsheet, and a report with the gating strategy.',
    deliverablesIt:
      'File FCS, frequenze delle popolazioni e conte assolute in un foglio di calcolo e un rapporto con la strategia di gating.',
    throughput: 'From 100 µL of whole blood or 1 million cells; up to 60 samples a day',
    throughputIt: 'Da 100 µL di sangue intero o 1 milione di cellule; fino a 60 campioni al giorno',
    accreditations: ['ISO 9001:2015'],
  },
  'irst-radiotherapy-dosimetry-audit': {
    deliverables:
      'An audit report comparing measured and planned doses, with the phantom measurements and recommendations for the device or the planning system.',
    deliverablesIt:
      'Un rapporto di audit che confronta le dosi misurate e pianificate, con le misure sui fantocci e le raccomandazioni per l’apparecchiatura o il sistema di pianificazione.',
    throughput: 'One audit of up to 5 treatment plans per visit',
    throughputIt: 'Un audit fino a 5 piani di trattamento per visita',
    accreditations: ['ISO/IEC 17025 calibrated dosimetry equipment'],
  },
  'int-comprehensive-genomic-profiling': {
    deliverables:
      'A clinical-grade report of actionable alterations, TMB and MSI, the annotated variant files, and a discussion with a molecular pathologist on request.',
    deliverablesIt:
      'Un rapporto di livello clinico sulle alterazioni utilizzabili a fini terapeutici, TMB e MSI, i file delle varianti annotate e, su richiesta, un confronto con un patologo molecolare.',
    throughput: 'From 40 ng of DNA and RNA or 10 FFPE sections; up to 48 samples a week',
    throughputIt: 'Da 40 ng di DNA e RNA o 10 sezioni FFPE; fino a 48 campioni alla settimana',
    accreditations: ['ISO 15189', 'EMQN external quality assessment'],
  },
  'int-single-cell-spatial-transcriptomics': {
    deliverables:
      'Count matrices, quality-control metrics, cell-type annotation, spatial maps and an interactive analysis file, with a summary report.',
    deliverablesIt:
      'Matrici di conteggio, metriche di controllo qualità, annotazione dei tipi cellulari, mappe spaziali e un file di analisi interattivo, con un rapporto riassuntivo.',
    throughput: 'Up to 8 single-cell libraries or 4 spatial slides per run',
    throughputIt: 'Fino a 8 librerie single-cell o 4 vetrini spaziali per corsa',
    accreditations: [],
  },
  'int-rare-cancer-biobank-access': {
    deliverables:
      'Tissue sections, cores or nucleic acids from rare cancers with pseudonymised clinical and follow-up data, shipped under a material transfer agreement.',
    deliverablesIt:
      'Sezioni di tessuto, carote o acidi nucleici di tumori rari con dati clinici e di follow-up pseudonimizzati, spediti nell’ambito di un accordo di trasferimento di materiale.',
    throughput: 'Over 15 000 rare-cancer cases; feasibility answer in 5 working days',
    throughputIt: 'Oltre 15 000 casi di tumori rari; risposta di fattibilità in 5 giorni lavorativi',
    accreditations: ['ISO 9001:2015', 'BBMRI-ERIC (BBMRI.it node)'],
  },
  'int-tissue-microarray-construction': {
    deliverables:
      'Tissue microarray blocks and unstained sections, stained slides with digital scans, and scoring tables reviewed by a pathologist.',
    deliverablesIt:
      'Blocchetti di tissue microarray e sezioni non colorate, vetrini colorati con le scansioni digitali e tabelle di valutazione riviste da un patologo.',
    throughput: 'Arrays of up to 200 cases in triplicate cores',
    throughputIt: 'Array fino a 200 casi con carote in triplicato',
    accreditations: ['ISO 9001:2015'],
  },
  'int-immune-monitoring-trial-samples': {
    deliverables:
      'Immune cell frequencies, cytokine levels and functional assay results per patient and time point, in a validated data transfer format.',
    deliverablesIt:
      'Frequenze delle cellule immunitarie, livelli di citochine e risultati dei saggi funzionali per paziente e per prelievo, in un formato di trasferimento dati validato.',
    throughput: 'Up to 200 samples per batch, stored until the final time point',
    throughputIt: 'Fino a 200 campioni per lotto, conservati fino all’ultimo prelievo',
    accreditations: ['Good Clinical Laboratory Practice'],
  },
  'int-multiplex-immunofluorescence-spatial-profiling': {
    deliverables:
      'Multiplex images, cell phenotype and density tables, spatial interaction metrics and a report with representative fields.',
    deliverablesIt:
      'Immagini multiplex, tabelle dei fenotipi e delle densità cellulari, metriche di interazione spaziale e un rapporto con campi rappresentativi.',
    throughput: 'Panels of up to 7 markers; up to 100 sections per project',
    throughputIt: 'Pannelli fino a 7 marcatori; fino a 100 sezioni per progetto',
    accreditations: [],
  },
  'int-humanised-mouse-immunotherapy-studies': {
    deliverables:
      'Tumour growth and survival data, immune profiling of blood and tumours at the end of the study, and a final report with statistical analysis.',
    deliverablesIt:
      'Dati di crescita tumorale e di sopravvivenza, profilo immunitario di sangue e tumori al termine dello studio e un rapporto finale con l’analisi statistica.',
    throughput: 'Up to 6 treatment arms of 8 humanised animals per study',
    throughputIt: 'Fino a 6 bracci di trattamento da 8 animali umanizzati per studio',
    accreditations: ['Authorised under Italian Legislative Decree 26/2014 (Directive 2010/63/EU)'],
  },
  'int-radiobiology-clinical-linac': {
    deliverables:
      'Irradiation records with the delivered doses, survival or response data from your samples, and a dosimetry report.',
    deliverablesIt:
      'Registrazioni degli irraggiamenti con le dosi erogate, dati di sopravvivenza o di risposta dei Suoi campioni e un rapporto dosimetrico.',
    throughput: 'Half-day irradiation slots; cell cultures, organoids or small animals',
    throughputIt: 'Sessioni di irraggiamento di mezza giornata; colture cellulari, organoidi o piccoli animali',
    accreditations: [],
  },
  'int-adaptive-bayesian-trial-design': {
    deliverables:
      'A design report with operating characteristics from simulations, the statistical section of the protocol, and the code to run the interim analyses.',
    deliverablesIt:
      'Un rapporto di disegno con le caratteristiche operative ottenute dalle simulazioni, la sezione statistica del protocollo e il codice per le analisi ad interim.',
    throughput: 'One design per project; interim analyses run within 5 working days',
    throughputIt: 'Un disegno per progetto; analisi ad interim eseguite entro 5 giorni lavorativi',
    accreditations: ['Good Clinical Practice (ICH E6, E9)'],
  },
};

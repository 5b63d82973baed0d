// Italian text of the demo institutes and of their research platforms (by slug), as the institutes'
// technology-transfer offices would publish it; same facts and proper nouns as demo-institutions.ts.
import type { DemoInstitutionItalian } from './demo-data-types.js';

export const demoInstitutionsItalian: Record<string, DemoInstitutionItalian> = {
  irst: {
    description:
      'L\'IRST IRCCS – Istituto Romagnolo per lo Studio dei Tumori "Dino Amadori" di Meldola è un Istituto di ' +
      'Ricovero e Cura a Carattere Scientifico in cui assistenza e ricerca oncologica procedono fianco a fianco. ' +
      'Nel tempo la Direzione Scientifica ha progressivamente rafforzato una struttura tecnica che comprende il ' +
      "Grant Office, l'unità di Trasferimento Tecnologico, una Facility di Biostatistica con un supporto dedicato " +
      'agli studi di fase 1 e piattaforme di ricerca come il Laboratorio di Bioscienze, il Centro Risorse ' +
      "Biologiche, lo Stabulario e la Facility di Genomica. L'IRST collabora con università, altri IRCCS e i " +
      'principali centri oncologici nazionali e internazionali, e lavora con imprese sia del territorio sia estere.',
    mission:
      "I progressi nella lotta contro il cancro dipendono da un'integrazione sempre più stretta tra attività di " +
      "cura e ricerca traslazionale. Per questo l'IRST potenzia la ricerca di base, epidemiologica, preclinica, " +
      "clinica e organizzativa, e partecipa all'open innovation trasferendo conoscenze, prototipi e servizi dai " +
      'propri laboratori alle imprese e alla società, coerentemente con la propria missione di valorizzazione ' +
      'della ricerca.',
    platforms: {
      'irst-bioscience-laboratory': {
        description:
          'Laboratorio traslazionale di biologia cellulare e molecolare dedicato a modelli derivati da paziente e ' +
          "saggi di biomarcatori, che opera a stretto contatto con le unità cliniche dell'Istituto.",
        capabilities: [
          'Organoidi tumorali derivati da paziente e colture 3D di sferoidi',
          'Citometria a flusso e immunofenotipizzazione multiparametrica',
          'Imaging high-content e screening della sensibilità ai farmaci',
          'PCR digitale e saggi mirati di biomarcatori',
          'Autenticazione delle linee cellulari e test per micoplasmi',
        ],
      },
      'irst-biological-resource-centre': {
        description:
          'Biobanca istituzionale che raccoglie, processa e conserva campioni tumorali di tessuto, sangue e ' +
          'derivati donati da pazienti oncologici che hanno espresso il consenso, associati ad annotazioni ' +
          'cliniche accuratamente verificate.',
        capabilities: [
          'Campioni tumorali congelati a fresco e FFPE, con il corrispondente tessuto sano',
          'Plasma, siero e buffy coat raccolti secondo procedure operative standard (SOP)',
          'Estrazione automatizzata degli acidi nucleici e controllo di qualità',
          'Annotazioni cliniche e dati di follow-up raccolti previo parere favorevole del comitato etico',
          'Sistema di gestione della qualità in linea con le raccomandazioni di BBMRI-ERIC',
        ],
      },
      'irst-animal-facility': {
        description:
          'Stabulario autorizzato per studi oncologici in vivo, che ospita ceppi immunodeficienti e ' +
          'immunocompetenti in condizioni controllate.',
        capabilities: [
          'Modelli di xenotrapianto e singenici, sottocutanei e ortotopici',
          'Generazione ed espansione di xenotrapianti derivati da paziente (PDX)',
          'Imaging in vivo in bioluminescenza e fluorescenza',
          'Studi di farmacologia, efficacia e tollerabilità',
        ],
      },
      'irst-genomic-facility': {
        description:
          'Piattaforma di sequenziamento di nuova generazione (NGS) a supporto della diagnostica, delle ' +
          'sperimentazioni cliniche e dei progetti di ricerca, con un gruppo di bioinformatica interno.',
        capabilities: [
          "Sequenziamento dell'esoma completo e di pannelli mirati su piattaforme Illumina",
          'RNA-seq e rilevamento di fusioni geniche',
          'Sequenziamento del DNA libero circolante (cfDNA) per la biopsia liquida',
          'Analisi del profilo di metilazione con metodi basati su bisolfito e su array',
          'Pipeline bioinformatiche con annotazione delle varianti e refertazione',
        ],
      },
      'irst-biostatistics-facility': {
        description:
          'Unità di metodologia degli studi clinici e di analisi dei dati, che ha progressivamente esteso il ' +
          'proprio supporto agli studi di fase 1 e di fase precoce.',
        capabilities: [
          'Disegni di dose-finding per studi di fase 1 (BOIN, CRM, mTPI-2) e simulazioni',
          'Calcolo della numerosità campionaria e piani di analisi statistica',
          'Analisi ad interim e supporto ai comitati indipendenti di monitoraggio dei dati',
          'Real-world evidence e analisi di sopravvivenza',
        ],
      },
      'irst-radiotherapy': {
        description:
          'Unità di radioterapia con competenze di fisica medica nelle tecniche di trattamento avanzate, nella ' +
          'dosimetria e nella guida per immagini.',
        capabilities: [
          'Radioterapia a intensità modulata e arcoterapia volumetrica modulata (IMRT/VMAT)',
          'Radioterapia stereotassica corporea (SBRT) e radiochirurgia',
          'Verifiche dosimetriche indipendenti e misure su fantoccio',
          "Radioterapia guidata dalle immagini (IGRT) e gestione del movimento d'organo",
        ],
      },
    },
  },
  int: {
    description:
      'Fondata nel 1928, la Fondazione IRCCS Istituto Nazionale dei Tumori di Milano è uno dei più grandi ' +
      "Comprehensive Cancer Centre italiani, accreditato dall'Organisation of European Cancer Institutes (OECI), " +
      "e centro di riferimento nazionale e internazionale per la cura e la ricerca oncologica. L'INT coordina " +
      "numerose sperimentazioni cliniche, sia promosse dall'industria sia accademiche, compresi studi di fase " +
      'precoce, e sviluppa programmi di ricerca preclinica, traslazionale, clinica ed epidemiologica attraverso ' +
      'gruppi multidisciplinari. È capofila della Rete Oncologica Lombarda (ROL).',
    mission:
      "L'INT si propone non solo di offrire le migliori cure oggi disponibili, ma di porre le basi per quelle di " +
      'domani, attraverso una ricerca preclinica e clinica che si traduca rapidamente in una migliore prevenzione, ' +
      'diagnosi, terapia, riabilitazione e qualità della vita. La sua ricerca procede dal laboratorio al letto del ' +
      'paziente e viceversa, e promuove una medicina di precisione rivolta al tumore, al suo microambiente e al ' +
      'sistema immunitario.',
    platforms: {
      'int-bioscience-laboratory': {
        description:
          'Laboratori di immunologia dei tumori, farmacologia molecolare e microambiente tumorale, a supporto ' +
          "di studi spontanei e di studi promossi dall'industria.",
        capabilities: [
          'Immunofluorescenza multiplex e profilazione spaziale del microambiente tumorale',
          'Monitoraggio immunologico dei campioni delle sperimentazioni cliniche (citometria a flusso e di massa)',
          'Colture primarie e modelli di co-coltura con cellule immunitarie',
          'Saggi di biomarcatori farmacocinetici e farmacodinamici',
        ],
      },
      'int-biobank': {
        description:
          'Biobanca istituzionale con ampie collezioni di campioni tumorali di tessuto e di biopsia liquida, ' +
          'anche di tumori rari come i sarcomi, annotati con i dati di esito clinico.',
        capabilities: [
          'Tissue microarray (TMA) allestiti su richiesta a partire dagli archivi FFPE',
          'Raccolte seriali di plasma da pazienti in trattamento',
          'Collezioni di tumori rari (sarcomi, mesotelioma, tumori pediatrici)',
          'Accesso ai campioni regolato dal comitato etico e da accordi di trasferimento materiale (MTA)',
        ],
      },
      'int-genomics': {
        description:
          'Piattaforma di sequenziamento e bioinformatica che copre applicazioni germinali, somatiche e a ' +
          'singola cellula per la ricerca clinica.',
        capabilities: [
          'Profilazione genomica estesa (comprehensive genomic profiling) dei tumori solidi',
          'Trascrittomica a singola cellula e spaziale',
          'Test germinali per le sindromi di predisposizione ereditaria ai tumori',
          'Sequenziamento long-read per lo studio delle varianti strutturali',
          'Analisi bioinformatica e gestione dei dati in conformità al GDPR',
        ],
      },
      'int-radiotherapy': {
        description:
          'Struttura di radioterapia oncologica dotata di tecniche avanzate a fasci esterni e intraoperatorie, ' +
          'con un gruppo di fisica medica attivo nella ricerca.',
        capabilities: [
          'Radioterapia intraoperatoria (IORT)',
          'Pianificazione di radioterapia adattiva e guidata da risonanza magnetica',
          'Dosimetria dei campi piccoli e dosimetria in vivo',
          'Esperimenti di radiobiologia con acceleratori lineari clinici',
        ],
      },
      'int-animal-facility': {
        description:
          'Stabulario specializzato in modelli derivati da paziente e geneticamente modificati per la ricerca ' +
          'oncologica preclinica.',
        capabilities: [
          'Collezione di PDX di sarcoma, tumore del colon-retto e tumore della mammella',
          "Modelli murini umanizzati per l'immuno-oncologia",
          'Imaging micro-TC ed ecografico della crescita tumorale',
          'Studi di efficacia con documentazione ispirata ai principi GLP',
        ],
      },
      'int-clinical-biostatistics': {
        description:
          'Supporto metodologico a sperimentazioni cliniche e studi osservazionali, anche basati su registri ' +
          'tumori e dati real-world.',
        capabilities: [
          'Disegni di studio adattivi e bayesiani',
          'Analisi su registri tumori di popolazione',
          'Sviluppo e validazione di modelli prognostici',
        ],
      },
    },
  },
};

// Italian description of the demo partner companies (by slug): what an Italian visitor reads about them;
// same facts, figures and names as demo-companies.ts.
import type { DemoCompanyItalian } from './demo-data-types.js';

export const demoCompaniesItalian: Record<string, DemoCompanyItalian> = {
  oncopharm: {
    description:
      "Gruppo farmaceutico italiano focalizzato sull'oncologia, con un portafoglio di farmaci a bersaglio " +
      'molecolare e di prodotti per le terapie di supporto commercializzati in tutta Europa. OncoPharm acquisisce ' +
      'in licenza da centri accademici asset in fase preclinica e clinica precoce e dispone in Lombardia di ' +
      'proprie attività di chimica di processo e di sviluppo di farmaci biologici. Il team di business development ' +
      "ricerca meccanismi d'azione first-in-class e biomarcatori companion in grado di accompagnarli fino alla " +
      'clinica.',
  },
  medisense: {
    description:
      'Azienda diagnostica che sviluppa e produce kit molecolari per i laboratori clinici. MediSense dispone di un ' +
      "sistema qualità conforme all'IVDR e distribuisce in dodici Paesi saggi di PCR digitale e di sequenziamento " +
      'mirato. Cerca presso gli istituti di ricerca oncologica firme di biomarcatori già validate e collabora a ' +
      'studi di validazione clinica basati su collezioni di campioni ben annotate.',
  },
  'biovera-therapeutics': {
    description:
      "Start-up finanziata da venture capital e nata come spin-off di un'università toscana, che ingegnerizza " +
      'anticorpi bispecifici in grado di reindirizzare i linfociti T contro i tumori solidi. Biovera ha un piccolo ' +
      'team di discovery, esternalizza la produzione e cerca nuovi antigeni associati al tumore, insieme a ' +
      "campioni clinici con cui validare l'espressione dei bersagli.",
  },
  'rna-forge': {
    description:
      'Azienda biotecnologica tedesca con una linea di produzione di mRNA predisposta per la GMP e lipidi ' +
      'ionizzabili proprietari. RNA Forge co-sviluppa vaccini antitumorali personalizzati con centri clinici ed ' +
      'è interessata a strumenti di predizione dei neoantigeni, a saggi di monitoraggio immunologico e ' +
      "all'accesso a pazienti arruolati in studi di immunoterapia di fase precoce. Il suo team di quaranta " +
      'ricercatori offre anche servizi di formulazione a gruppi accademici.',
  },
  'radiant-medical': {
    description:
      'Produttore di accessori e apparecchiature per il controllo di qualità destinati ai reparti di ' +
      "radioterapia, con sede nel distretto biomedicale dell'Emilia-Romagna. Radiant Medical fornisce sistemi di " +
      'immobilizzazione, fantocci e rivelatori a oltre quattrocento ospedali e co-sviluppa nuovi prodotti con i ' +
      "fisici medici che operano nei reparti clinici. L'azienda dispone di un ufficio innovazione dedicato che " +
      'valuta ogni trimestre le idee provenienti dalla clinica.',
  },
  pathomind: {
    description:
      'Start-up londinese che sviluppa modelli di deep learning per la patologia computazionale. PathoMind ' +
      'acquisisce in licenza da ospedali algoritmi e collezioni annotate di immagini di vetrini digitalizzati ' +
      '(whole-slide image) e conduce studi di validazione retrospettivi per ottenere la marcatura CE. Cerca ' +
      'partner in grado di fornire coorti eterogenee e ben caratterizzate, corredate di dati di esito.',
  },
  'helvetia-biologics': {
    description:
      'Azienda biofarmaceutica svizzera con una pipeline di anticorpi e terapie cellulari per i tumori del ' +
      'sangue e i tumori solidi. Helvetia Biologics finanzia programmi di ricerca accademica, acquisisce opzioni ' +
      'su costrutti promettenti e conduce sperimentazioni cliniche attraverso una rete europea di centri ' +
      'sperimentali, tra cui diversi centri oncologici italiani.',
  },
  'genomica-italia': {
    description:
      'Società di servizi di laboratorio che offre sequenziamento clinico e analisi bioinformatiche agli ' +
      'ospedali del Nord-Est. Genomica Italia progetta pannelli mirati su misura e software di refertazione ed è ' +
      'interessata a prendere in licenza firme geniche e pipeline di analisi sviluppate dagli istituti di ' +
      'ricerca, per portarle nella pratica di routine. I suoi laboratori sono accreditati ISO 15189 e servono ' +
      'oltre trenta ospedali.',
  },
  'nanocarrier-labs': {
    description:
      'Start-up francese che sviluppa nanoparticelle polimeriche biodegradabili per il rilascio mirato di ' +
      'farmaci citotossici e inibitori delle chinasi. NanoCarrier Labs gestisce internamente la formulazione e ' +
      'lo scale-up e cerca partner accademici che dispongano di bersagli validati, modelli in vivo e di una ' +
      "conoscenza clinica dei bisogni insoddisfatti. L'azienda ha chiuso di recente un round seed e prevede di " +
      'avviare il primo studio clinico entro tre anni.',
  },
  'curavita-health': {
    description:
      'Azienda di sanità digitale la cui piattaforma consente ai pazienti oncologici di segnalare i sintomi tra ' +
      "una visita e l'altra e allerta l'équipe di cura quando le tossicità si aggravano. CuraVita Health " +
      'collabora con ospedali in tutta Italia e cerca algoritmi predittivi validati e protocolli clinici da ' +
      'integrare nel proprio software certificato come dispositivo medico.',
  },
  'nordic-organoid': {
    description:
      "Azienda danese che offre all'industria farmaceutica servizi di screening farmacologico basati su " +
      'organoidi. Nordic Organoid Technologies amplia la propria biobanca vivente attraverso accordi con ' +
      'ospedali ed è interessata a tipi tumorali rari, ai dati clinici associati e al co-sviluppo di terreni di ' +
      'coltura standardizzati. La sua piattaforma di screening automatizzata elabora ogni anno diverse centinaia ' +
      'di linee di organoidi per clienti farmaceutici e biotecnologici.',
  },
  'atlas-clinical': {
    description:
      'Organizzazione di ricerca a contratto (CRO) specializzata in studi oncologici di fase precoce, con sede a ' +
      'Boston e attività operative in Europa. Atlas Clinical Research collabora con unità di fase 1 di comprovata ' +
      'esperienza, acquisisce in licenza strumenti per il reclutamento dei pazienti e acquista servizi di disegno ' +
      "statistico per studi di dose-escalation. L'azienda ha condotto oltre duecento studi first-in-human e sta " +
      "ampliando la propria rete di centri accademici nell'Europa meridionale.",
  },
  isotopica: {
    description:
      'Azienda radiofarmaceutica che produce traccianti PET in regime GMP e sviluppa radioligandi teranostici ' +
      'per i tumori della prostata e i tumori neuroendocrini. Isotopica cerca nuovi bersagli molecolari, ' +
      'competenze di dosimetria e partner clinici dotati di reparti di medicina nucleare per studi ' +
      'first-in-human. I suoi siti produttivi riforniscono ospedali in tutto il Centro Italia ed è in costruzione ' +
      'un nuovo impianto con ciclotrone nei pressi di Pisa.',
  },
  vitalwear: {
    description:
      'Azienda medtech olandese che progetta cerotti indossabili di grado medicale in grado di registrare ECG, ' +
      'temperatura e attività fisica. VitalWear cerca partner clinici in ambito oncologico per validare ' +
      'algoritmi di allerta precoce della neutropenia febbrile e della cardiotossicità durante i trattamenti ' +
      "sistemici. L'azienda ha ottenuto la marcatura CE per il suo primo cerotto in cardiologia e sta ora " +
      'sviluppando una linea di prodotti oncologici con ospedali nei Paesi Bassi, in Germania e in Italia.',
  },
  'farmaceutici-adriatici': {
    description:
      'Azienda farmaceutica a conduzione familiare che produce farmaci generici e a valore aggiunto. ' +
      'Farmaceutici Adriatici ha avviato una business unit oncologica che sviluppa nuove formulazioni e nuove ' +
      'indicazioni per farmaci a brevetto scaduto, e cerca evidenze scientifiche accademiche, protocolli clinici ' +
      'e licenze di know-how a supporto delle domande regolatorie. I suoi stabilimenti in Abruzzo producono ' +
      'farmaci orali e iniettabili per i mercati europei.',
  },
  'cellgenix-bio': {
    description:
      'Azienda con sede a Oxford che sviluppa sistemi di produzione automatizzati e a circuito chiuso per ' +
      'prodotti CAR-T autologhi e allogenici. CellGenix Bio co-sviluppa costrutti con gruppi accademici e ' +
      'acquisisce in licenza soluzioni che migliorano la persistenza dei linfociti T, introducono interruttori ' +
      "di sicurezza (safety switch) e ne potenziano l'attività contro i tumori solidi. La sua piattaforma è " +
      "stata adottata da diversi centri accademici nel Regno Unito e l'azienda cerca ora partner nell'Europa " +
      'continentale.',
  },
  'iberia-dx': {
    description:
      'Azienda spagnola che sviluppa saggi di immunoistochimica e di ibridazione in situ per i laboratori di ' +
      "anatomia patologica. IberiaDx collabora con l'industria farmaceutica su test diagnostici companion e " +
      'cerca anticorpi, algoritmi di scoring e coorti di tessuto corredate di dati di risposta al trattamento. ' +
      "L'azienda produce i propri reagenti in Catalogna con un sistema qualità ISO 13485 e i suoi saggi sono " +
      'impiegati in oltre trecento laboratori di anatomia patologica.',
  },
  'biostore-solutions': {
    description:
      'Fornitore di software per biobanche, sistemi di stoccaggio automatizzato e logistica della catena del ' +
      'freddo. BioStore Solutions collabora con ospedali di ricerca per migliorare la tracciabilità dei campioni ' +
      'e propone il co-sviluppo di flussi di lavoro preanalitici per le collezioni di biopsia liquida. Il suo ' +
      "software gestisce milioni di campioni in biobanche italiane ed europee e l'azienda partecipa a progetti " +
      "nazionali di infrastruttura di ricerca sulla qualità dei campioni e sull'interoperabilità dei dati.",
  },
  'precisia-oncology': {
    description:
      'Azienda diagnostica statunitense che commercializza test su sangue per la malattia minima residua e il ' +
      'monitoraggio delle recidive. Precisia Oncology acquisisce in licenza scoperte di biomarcatori, promuove ' +
      'studi prospettici e avvia partnership con laboratori europei in vista delle domande di certificazione ' +
      "IVDR. L'azienda gestisce un laboratorio certificato CLIA in California e sta aprendo un laboratorio " +
      'europeo al servizio di ospedali e clienti farmaceutici.',
  },
  'lumen-imaging': {
    description:
      'Start-up nata come spin-off di un politecnico italiano, che sviluppa software di radiomica e di imaging ' +
      'quantitativo. Lumen Imaging integra modelli predittivi acquisiti in licenza in una piattaforma cloud per i ' +
      'reparti di radiologia e medicina nucleare e cerca dati di imaging multicentrici per la validazione. Il ' +
      "suo primo prodotto, dedicato all'analisi dei noduli polmonari, è già in uso in diversi ospedali di " +
      'Liguria e Piemonte.',
  },
  'endotech-surgical': {
    description:
      'Produttore tedesco di strumenti endoscopici e bioptici con una rete di distribuzione globale. EndoTech ' +
      'Surgical acquisisce in licenza da inventori clinici progetti di strumenti, li porta attraverso il ' +
      'controllo della progettazione (design control) e la certificazione MDR e corrisponde royalty sulle ' +
      "vendite. L'azienda conta circa novecento dipendenti e vende i propri strumenti in oltre sessanta Paesi " +
      'tramite filiali e distributori.',
  },
  'alpine-vivarium': {
    description:
      'Organizzazione di ricerca a contratto (CRO) preclinica svizzera che offre servizi di farmacologia in vivo ' +
      'in oncologia e immunologia. Alpine Vivarium acquisisce in licenza da ospedali modelli di xenotrapianto ' +
      'derivati da paziente (PDX) per ampliare il proprio catalogo e affida in subappalto studi specialistici a ' +
      'strutture accademiche. I suoi stabulari nei pressi di Losanna ospitano diverse migliaia di animali e i ' +
      'suoi ricercatori vantano una lunga esperienza in studi di immuno-oncologia per sponsor biotecnologici.',
  },
  'medidata-romagna': {
    description:
      'Giovane software house cesenate che sviluppa strumenti di integrazione dei dati e di elaborazione del ' +
      'linguaggio naturale (NLP) per gli ospedali. MediData Romagna collabora con le aziende sanitarie della ' +
      'regione ed è interessata a co-sviluppare con gli istituti di ricerca strumenti di supporto alle decisioni ' +
      'cliniche e di abbinamento dei pazienti alle sperimentazioni (trial matching). Il team riunisce ingegneri ' +
      'del software ed ex personale ospedaliero, e i suoi primi prodotti sono utilizzati dalle aziende sanitarie ' +
      'romagnole per integrare i dati di laboratorio e di anatomia patologica.',
  },
  'kinase-discovery': {
    description:
      'Start-up belga di drug discovery con una piattaforma di chimica farmaceutica per inibitori selettivi ' +
      'delle chinasi e della risposta al danno del DNA (DDR). Kinase Discovery Partners acquisisce opzioni su ' +
      'bersagli accademici in fase precoce, finanzia le attività di validazione e mette a disposizione la ' +
      "propria chimica per generare candidati allo sviluppo. L'azienda è stata fondata da ex chimici " +
      "dell'industria farmaceutica ed è sostenuta da investitori belgi e olandesi.",
  },
  'lombardia-biotech': {
    description:
      'Azienda biotecnologica che sviluppa farmaci biologici per i tumori rari, con una pipeline di farmaci ' +
      'orfani per sarcoma e mesotelioma. Lombardia Biotech collabora strettamente con i centri di riferimento ' +
      'per i tumori rari e cerca bersagli, modelli preclinici e competenze cliniche a supporto delle ' +
      'designazioni di farmaco orfano. Il suo team di sviluppo ha portato due farmaci biologici orfani ' +
      "all'approvazione europea e gestisce internamente farmacovigilanza e medical affairs.",
  },
};

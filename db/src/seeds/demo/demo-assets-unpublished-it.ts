// Italian text of the demo drafts and archived listings (by slug), as the technology-transfer offices would write it.
import type { DemoAssetItalian } from './demo-data-types.js';

export const demoUnpublishedItalian: Record<string, DemoAssetItalian> = {
  // ---- Drafts --------------------------------------------------------------
  'irst-spatial-proteomics-gastric-subtypes': {
    title: 'Classificatore proteomico spaziale dei sottotipi di tumore gastrico',
    summary:
      "Firma basata sull'imaging mass cytometry che distingue sottotipi di tumore gastrico con diversa sensibilità alla chemio-immunoterapia.",
    description:
      "Il tumore gastrico è eterogeneo sul piano molecolare, e l'attuale classificazione in sottotipi basata sulla genomica è troppo lenta e costosa per la pratica di routine. I ricercatori dell'IRST hanno applicato l'imaging mass cytometry, con un pannello di 35 marcatori, a biopsie di pazienti trattati in prima linea con chemioterapia associata a inibitori dei checkpoint, individuando pattern spaziali di espressione proteica che distinguono quattro sottotipi con esiti clinici diversi. È in corso la definizione di un pannello ridotto, trasferibile all'immunofluorescenza multiplex. La scheda in bozza sarà completata dopo il deposito della domanda di brevetto e l'analisi della coorte di validazione. I dati sono al momento riservati e vengono qui descritti solo a grandi linee, per la revisione interna da parte dell'ufficio di trasferimento tecnologico.",
    problem:
      'I sottotipi di tumore gastrico rilevanti per la scelta del trattamento non possono essere identificati rapidamente a partire dalle biopsie di routine.',
    benefits:
      "Possibile classificazione rapida in sottotipi da una singola sezione bioptica, per orientare l'impiego della chemio-immunoterapia.",
    applications: [
      'Scelta del trattamento di prima linea nel tumore gastrico',
      'Stratificazione negli studi clinici sul tumore gastrico',
    ],
    keywords: ['imaging mass cytometry', 'proteomica spaziale', 'tumore gastrico', 'classificazione in sottotipi'],
  },
  'irst-long-read-fusion-sequencing': {
    title: 'Sequenziamento long-read di varianti strutturali complesse e fusioni geniche',
    summary:
      'Servizio in preparazione presso la Genomic Facility, basato sul sequenziamento long-read per risolvere in un unico saggio varianti strutturali, fusioni e metilazione.',
    description:
      "La Genomic Facility dell'IRST sta validando il sequenziamento a lettura lunga (long-read) per caratterizzare riarrangiamenti complessi, espansioni di sequenze ripetute e fusioni geniche che sfuggono ai metodi short-read, leggendo al tempo stesso la metilazione nativa del DNA. Il servizio previsto accetterà DNA ad alto peso molecolare da tessuto congelato a fresco, linee cellulari o organoidi e fornirà varianti con fase ricostruita (phasing), punti di rottura delle fusioni e tracce di metilazione. Tariffe, tempi di consegna e requisiti minimi dei campioni sono ancora in corso di definizione durante la fase di validazione, che confronta i risultati con metodi ortogonali su campioni di riferimento. Questa bozza è in preparazione a cura dell'ufficio di trasferimento tecnologico insieme alla facility e sarà pubblicata al termine della validazione.",
    problem:
      'Le varianti strutturali complesse e le fusioni sono risolte male dal sequenziamento short-read, il che lascia lacune nella caratterizzazione dei tumori.',
    benefits: 'Un unico saggio per varianti strutturali, fusioni e metilazione a partire dal DNA nativo.',
    applications: [
      'Caratterizzazione di linee cellulari e organoidi',
      'Riarrangiamenti complessi nei sarcomi e nelle leucemie',
    ],
    keywords: ['sequenziamento long-read', 'varianti strutturali', 'fusioni geniche', 'nanopore'],
    turnaround: 'Da definire (previste 3 settimane)',
  },
  'int-oncolytic-hsv-sarcoma': {
    title: 'Herpesvirus oncolitico armato per il trattamento intratumorale dei sarcomi',
    summary:
      "Vettore HSV-1 attenuato che esprime un payload immunostimolante, progettato per l'iniezione nei sarcomi dei tessuti molli non operabili.",
    description:
      "Alcuni sarcomi dei tessuti molli, come l'angiosarcoma e il sarcoma pleomorfo indifferenziato, rispondono all'immunoterapia, ma la maggior parte è immunologicamente fredda. I ricercatori dell'INT stanno ingegnerizzando un virus herpes simplex attenuato che si replica selettivamente nelle cellule tumorali ed esprime una citochina in grado di richiamare le cellule dendritiche. I primi dati in vitro mostrano un'uccisione selettiva delle cellule di sarcoma e l'attivazione delle cellule immunitarie in co-coltura. Sono in corso studi in vivo su modelli singenici e umanizzati. Questa bozza si basa su una comunicazione di invenzione all'esame dell'ufficio di trasferimento tecnologico; prima di qualsiasi divulgazione pubblica si sta valutando il deposito di una domanda di brevetto, per cui i dettagli sono volutamente limitati.",
    problem:
      'La maggior parte dei sarcomi non risponde agli inibitori dei checkpoint perché è priva di infiltrato immunitario.',
    benefits: 'Potrebbe rendere responsivi, con un trattamento locale, sarcomi immunologicamente freddi.',
    applications: ['Sarcoma dei tessuti molli non operabile', 'Combinazione con inibitori dei checkpoint'],
    keywords: ['virus oncolitico', 'HSV-1', 'intratumorale', 'sarcoma'],
  },
  'int-mammographic-density-ai-risk': {
    title:
      'Modello di intelligenza artificiale su tessitura e densità mammografica per il rischio di tumore della mammella',
    summary:
      'Modello di deep learning che stima il rischio di tumore della mammella a cinque anni da una mammografia di screening, per uno screening stratificato per rischio.',
    description:
      "I programmi di screening mammografico invitano tutte le donne con la stessa periodicità, indipendentemente dal rischio individuale. Il prototipo dell'INT analizza la mammografia digitale full-field con una rete neurale convoluzionale che coglie la densità e la tessitura del parenchima, e ne combina il risultato con l'età e la familiarità per stimare il rischio a cinque anni. I risultati retrospettivi su una coorte di screening lombarda sono promettenti e sono in fase di revisione prima della pubblicazione. La scheda è in preparazione: dati di prestazione, requisiti software e proposta di partnership saranno definiti dopo la validazione esterna su immagini di un altro produttore e dopo la registrazione del diritto d'autore sul software.",
    problem: 'Intervalli di screening uniformi non tengono conto del rischio individuale di tumore della mammella.',
    benefits:
      'Stime di rischio ricavate dalle immagini di screening già disponibili, che consentono intervalli di screening personalizzati.',
    applications: [
      'Screening mammografico stratificato per rischio',
      'Selezione per la risonanza magnetica integrativa',
    ],
    keywords: ['mammografia', 'densità mammaria', 'predizione del rischio', 'deep learning'],
  },
  // ---- Archived ------------------------------------------------------------
  'irst-kras-ddpcr-multiplex-assay': {
    title: 'Saggio multiplex in PCR digitale per le mutazioni di KRAS e NRAS nel plasma',
    summary:
      'Saggio in PCR digitale in un unico pozzetto che rileva le principali mutazioni hotspot di KRAS e NRAS nel plasma dei pazienti con tumore del colon-retto.',
    description:
      "Gli anticorpi anti-EGFR sono efficaci solo nei tumori del colon-retto privi di mutazioni di RAS, e lo stato di RAS può cambiare nel corso del trattamento. L'IRST ha sviluppato un saggio multiplex in PCR digitale che rileva in un unico pozzetto le mutazioni hotspot più frequenti di KRAS e NRAS a partire dal DNA libero circolante plasmatico, con un limite di rilevabilità intorno allo 0,1% di frazione allelica mutata. Il saggio è stato validato rispetto al test su tessuto e utilizzato per monitorare la comparsa di resistenza durante la terapia anti-EGFR e per selezionare i pazienti candidati al rechallenge. La tecnologia è stata concessa in licenza esclusiva a un partner industriale e non è più disponibile; la scheda è archiviata come riferimento per l'ufficio di trasferimento tecnologico.",
    problem:
      'Ripetere biopsie tissutali per verificare lo stato di RAS durante la terapia anti-EGFR non è praticabile.',
    benefits: "Test di RAS su plasma rapido, sensibile ed economico, in un'unica reazione.",
    applications: [
      'Selezione dei pazienti per il rechallenge con anti-EGFR',
      'Monitoraggio della resistenza nel tumore del colon-retto',
    ],
    keywords: ['KRAS', 'NRAS', 'PCR digitale', 'anti-EGFR', 'ctDNA'],
  },
  'irst-sanger-sequencing-service': {
    title: 'Sequenziamento Sanger e analisi dei frammenti',
    summary:
      "Sequenziamento capillare e analisi dei frammenti per la conferma delle mutazioni e l'autenticazione delle linee cellulari (servizio non più attivo).",
    description:
      "Per molti anni la Genomic Facility dell'IRST ha offerto il sequenziamento capillare Sanger per la conferma delle varianti individuate con il sequenziamento di nuova generazione, oltre all'analisi dei frammenti per il test di instabilità dei microsatelliti e per la profilazione delle linee cellulari mediante short tandem repeat (STR). Lo strumento è stato dismesso e le attività sono confluite nei flussi di lavoro di sequenziamento di nuova generazione e, per l'autenticazione delle linee cellulari, nel Bioscience Laboratory. Il servizio non è quindi più offerto e la scheda è stata archiviata. I partner che hanno ancora esigenze di conferma delle varianti o di autenticazione di linee cellulari sono invitati a contattare l'ufficio di trasferimento tecnologico, che li indirizzerà ai servizi attualmente offerti dalla facility.",
    problem:
      "La conferma delle varianti e la verifica dell'identità delle linee cellulari richiedevano il sequenziamento capillare.",
    benefits: 'Oggi sostituito dalla conferma basata su NGS e dalla profilazione STR presso il Bioscience Laboratory.',
    applications: ['Conferma delle varianti', 'Autenticazione delle linee cellulari'],
    keywords: ['sequenziamento Sanger', 'analisi dei frammenti', 'profilazione STR'],
    turnaround: '3 giorni lavorativi',
  },
  'int-hpv-oral-rinse-test': {
    title: "Test del DNA di HPV16 su sciacquo orale per la sorveglianza del tumore dell'orofaringe",
    summary:
      "Test su sciacquo orale che misura il DNA di HPV16 per individuare le recidive del tumore dell'orofaringe HPV-correlato dopo il trattamento.",
    description:
      "I tumori dell'orofaringe HPV-correlati hanno una buona prognosi, ma le recidive devono essere individuate precocemente. I ricercatori dell'INT hanno sviluppato un test quantitativo del DNA di HPV16 su un semplice sciacquo orale, associato a misurazioni su plasma, per monitorare i pazienti dopo la radiochemioterapia. In una coorte prospettica, la persistenza del DNA di HPV16 a tre mesi dal trattamento ha identificato la maggior parte dei pazienti che sarebbero poi andati incontro a recidiva. La domanda di brevetto europeo è stata ritirata dopo una ricerca di anteriorità e nel frattempo i test HPV su plasma si sono ampiamente diffusi: l'ufficio ha quindi deciso di archiviare la scheda. Il know-how resta disponibile su richiesta per collaborazioni accademiche, ma non è più proposto attivamente alle aziende.",
    problem:
      "Le recidive del tumore dell'orofaringe HPV-correlato vengono spesso individuate tardi con l'esame clinico e l'imaging.",
    benefits: 'Campione non invasivo, raccolto dal paziente stesso, per la sorveglianza dopo il trattamento.',
    applications: ["Sorveglianza del tumore dell'orofaringe dopo il trattamento", 'Studi sulla clearance di HPV'],
    keywords: ['HPV16', 'sciacquo orale', "tumore dell'orofaringe", 'sorveglianza'],
  },
};

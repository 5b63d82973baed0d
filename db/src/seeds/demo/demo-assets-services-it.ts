// Italian text of the demo services (by slug), as the institutes' technology-transfer offices would publish it.
import type { DemoAssetItalian } from './demo-data-types.js';

export const demoServicesItalian: Record<string, DemoAssetItalian> = {
  // ===== IRST ================================================================
  'irst-tumour-exome-panel-sequencing': {
    title: "Profilazione genomica dei tumori mediante sequenziamento dell'esoma e pannelli NGS mirati",
    summary:
      "Sequenziamento somatico e germinale del tessuto tumorale, dall'estrazione del DNA al referto con le varianti annotate, a cura della Genomic Facility dell'IRST.",
    description:
      "La Genomic Facility dell'IRST esegue il sequenziamento di campioni tumorali e dei corrispondenti campioni di tessuto normale per aziende farmaceutiche e biotecnologiche, consorzi accademici e studi clinici. I progetti possono basarsi sul sequenziamento dell'intero esoma oppure su pannelli mirati validati, che comprendono i geni clinicamente rilevanti e bersagliabili, il carico mutazionale tumorale (TMB) e l'instabilità dei microsatelliti (MSI). Il flusso di lavoro parte da blocchetti FFPE, tessuto congelato o DNA già estratto e comprende la revisione anatomopatologica della cellularità tumorale, la preparazione delle librerie, il sequenziamento su strumenti Illumina e l'analisi con una pipeline bioinformatica documentata. Vengono consegnati i file FASTQ grezzi, le letture allineate, le varianti annotate e un report di sintesi. Le procedure di tracciabilità dei campioni e di trasferimento dei dati sono conformi al GDPR e la facility partecipa a programmi di valutazione esterna di qualità.",
    problem:
      'I promotori di studi oncologici hanno bisogno di un sequenziamento tumorale affidabile, accompagnato da una revisione anatomopatologica esperta, che molti laboratori conto terzi non sono in grado di garantire sui campioni più difficili.',
    benefits:
      'Un servizio completo, dal campione al referto, a stretto contatto con la clinica, con grande esperienza su campioni FFPE scarsi o di qualità non ottimale e accesso diretto ai patologi molecolari.',
    applications: [
      'Analisi di biomarcatori negli studi clinici',
      'Caratterizzazione genomica di modelli preclinici',
      'Coorti di ricerca traslazionale',
    ],
    keywords: [
      'NGS',
      "sequenziamento dell'esoma",
      'profilazione genomica dei tumori',
      'TMB',
      'MSI',
      'campioni tumorali',
    ],
    turnaround: '3–4 settimane dal ricevimento dei campioni',
  },
  'irst-ctdna-liquid-biopsy-sequencing': {
    title: 'Sequenziamento del DNA tumorale circolante per gli studi clinici',
    summary:
      'Sequenziamento ultra-profondo con correzione degli errori del DNA libero circolante nel plasma, per seguire mutazioni e meccanismi di resistenza durante il trattamento.',
    description:
      "La biopsia liquida consente di campionare ripetutamente il genoma del tumore nel corso del trattamento, in modo mininvasivo. La Genomic Facility dell'IRST offre l'estrazione del DNA libero circolante (cfDNA) da plasma raccolto in provette stabilizzanti, la preparazione di librerie con identificatori molecolari unici (UMI) e il sequenziamento con pannelli a cattura ibrida disegnati per i tumori solidi. La pipeline rileva varianti a singolo nucleotide e piccole inserzioni fino a una frequenza allelica dello 0,1%, variazioni del numero di copie in geni selezionati e le fusioni più frequenti. I report longitudinali mostrano l'andamento delle frazioni alleliche delle varianti nei diversi punti temporali. Il servizio è a supporto di studi di farmacodinamica, del monitoraggio della resistenza e di progetti sulla malattia minima residua. Ai centri sperimentali esterni possono essere forniti kit preanalitici e istruzioni per la spedizione.",
    problem:
      "Seguire l'evoluzione del tumore con biopsie tissutali ripetute è invasivo e spesso impossibile nei pazienti arruolati negli studi clinici.",
    benefits:
      'Genotipizzazione su plasma sensibile e standardizzata, con report longitudinali e supporto preanalitico per gli studi multicentrici.',
    applications: [
      'Monitoraggio della resistenza negli studi con terapie a bersaglio molecolare',
      'Studi di biomarcatori farmacodinamici',
      'Ricerca sulla malattia minima residua',
    ],
    keywords: ['ctDNA', 'cfDNA', 'biopsia liquida', 'UMI', 'monitoraggio della resistenza'],
    turnaround: '10 giorni lavorativi dal ricevimento del plasma',
  },
  'irst-dna-methylation-profiling': {
    title: 'Profilazione della metilazione del DNA su scala genomica e mirata',
    summary:
      'Array di metilazione, sequenziamento enzimatico della metilazione (EM-seq) e pannelli mirati con bisolfito su tessuti, cellule e DNA libero circolante.',
    description:
      "I profili di metilazione del DNA sono stabili, specifici di tessuto e si alterano precocemente nel processo tumorale: per questo sono utili per la classificazione, la diagnosi precoce e lo studio della risposta ai farmaci. La Genomic Facility dell'IRST esegue array di metilazione su scala genomica, sequenziamento enzimatico della metilazione per campioni con poco materiale di partenza e pannelli mirati con bisolfito, disegnati su misura per la validazione. Si possono analizzare tessuto fresco o FFPE, popolazioni cellulari separate per sorting, organoidi o DNA libero circolante da plasma. L'analisi comprende normalizzazione, metilazione differenziale, stima delle variazioni del numero di copie dai dati di array e deconvoluzione della composizione cellulare. I ricercatori della facility possono contribuire al disegno di studi per l'identificazione di biomarcatori e alla conversione delle firme in saggi mirati. I risultati sono consegnati con le metriche di qualità e una descrizione dei metodi utilizzabile per la pubblicazione.",
    problem:
      'Gli studi di metilazione richiedono competenze specialistiche di laboratorio e di bioinformatica che le piccole aziende raramente hanno al proprio interno.',
    benefits:
      "Un unico partner dagli array esplorativi fino ai saggi mirati di validazione, con un'esperienza specifica su DNA libero circolante e materiale FFPE.",
    applications: [
      'Identificazione di biomarcatori di metilazione',
      'Studi di classificazione dei tumori',
      'Farmacodinamica di farmaci epigenetici',
    ],
    keywords: ['metilazione', 'epigenetica', 'sequenziamento con bisolfito', 'EM-seq', 'scoperta di biomarcatori'],
    turnaround: '4–6 settimane a seconda del metodo',
  },
  'irst-biobank-sample-access': {
    title: "Accesso ai campioni oncologici annotati della biobanca dell'IRST",
    summary:
      "Tessuto tumorale, plasma e siero di pazienti dell'IRST che hanno prestato il consenso, con annotazione clinica e follow-up, per la ricerca e la validazione di saggi.",
    description:
      "Il Biological Resource Centre, la biobanca dell'IRST, conserva campioni di tessuto e derivati dal sangue di migliaia di pazienti curati presso l'Istituto, raccolti previo consenso informato secondo procedure operative standard. Le collezioni comprendono tessuto tumorale congelato a fresco e FFPE con il corrispondente tessuto sano, plasma e siero prelevati alla diagnosi e durante il trattamento, e acidi nucleici estratti con sistemi automatizzati. I campioni sono collegati a dati clinici pseudonimizzati, quali istologia, stadio, trattamento ed esito. Le aziende possono richiedere campioni tumorali per l'identificazione di biomarcatori, la verifica di saggi o studi di validazione a fini regolatori. Ogni richiesta è valutata da un comitato scientifico e dal comitato etico; l'accesso è regolato da un accordo di trasferimento materiale (MTA) coerente con i principi di BBMRI-ERIC.",
    problem:
      'Chi sviluppa farmaci e test diagnostici fatica a reperire campioni umani ben annotati e di qualità preanalitica affidabile.',
    benefits:
      'Campioni di alta qualità, con annotazione clinica e condizioni preanalitiche documentate, e un processo di accesso trasparente e conforme ai requisiti etici.',
    applications: [
      "Studi delle prestazioni cliniche ai sensi dell'IVDR",
      'Identificazione e verifica di biomarcatori',
      'Materiale di riferimento per lo sviluppo di saggi',
    ],
    keywords: ['biobanca', 'campioni tumorali', 'FFPE', 'plasma', 'annotazione clinica'],
    turnaround: '6–8 settimane, inclusa la valutazione del comitato etico',
  },
  'irst-prospective-sample-collection': {
    title: 'Raccolta prospettica di sangue e tessuti secondo i protocolli del promotore',
    summary:
      "Raccolte prospettiche su misura, con tempi, provette e processazione definiti, coordinate dal Biological Resource Centre insieme alle unità cliniche dell'IRST.",
    description:
      "Alcuni studi richiedono campioni che non si trovano in alcuna biobanca: punti temporali specifici durante il trattamento, provette di raccolta particolari o processazione entro pochi minuti dall'intervento chirurgico. Il Biological Resource Centre coordina le raccolte prospettiche con i reparti clinici, gli infermieri di ricerca e i patologi dell'IRST. Il servizio comprende la revisione del protocollo, la sottomissione al comitato etico, l'acquisizione del consenso dei pazienti, la raccolta e la processazione secondo le specifiche del promotore, la conservazione alla temperatura richiesta e la spedizione con registrazione continua della temperatura. Report periodici confrontano l'arruolamento con gli obiettivi. Tra i progetti tipici: raccolte seriali di plasma per lo sviluppo di test di biopsia liquida, tessuto tumorale fresco per la derivazione di organoidi e cellule mononucleate del sangue periferico (PBMC) per il monitoraggio immunologico.",
    problem:
      'I promotori hanno bisogno di campioni raccolti secondo specifiche precise, che le collezioni retrospettive delle biobanche non possono offrire.',
    benefits:
      "L'integrazione diretta con i percorsi clinici garantisce aderenza al protocollo, processazione rapida e un arruolamento affidabile.",
    applications: [
      'Sviluppo di test di biopsia liquida',
      'Tessuto fresco per la derivazione di organoidi e linee cellulari',
      'Studi di monitoraggio immunologico',
    ],
    keywords: ['raccolta prospettica', 'logistica dei campioni', 'PBMC', 'fase preanalitica'],
    turnaround:
      "Piano di arruolamento concordato per ciascun protocollo; primi campioni entro 8 settimane dall'approvazione",
  },
  'irst-phase1-dose-finding-biostatistics': {
    title: 'Biostatistica per studi di fase 1 di definizione della dose',
    summary:
      "Disegno, simulazioni e supporto in tempo reale all'escalation di dose per studi oncologici first-in-human e di fase precoce.",
    description:
      "La Biostatistics Facility dell'IRST si è progressivamente specializzata nel supporto agli studi di fase 1 condotti dall'Istituto e dai partner industriali. Gli statistici aiutano a scegliere tra disegni basati su regole e disegni basati su modelli, come BOIN, CRM e mTPI-2, conducono studi di simulazione per documentarne le caratteristiche operative alle autorità regolatorie e ai comitati etici e redigono le sezioni statistiche dei protocolli. Durante lo studio il gruppo formula le raccomandazioni sull'escalation di dose dopo ogni coorte, prepara il materiale per le riunioni di revisione della sicurezza ed esegue le analisi finali di tossicità, farmacocinetica e attività preliminare. Sono supportati anche coorti di espansione, la definizione della dose per le combinazioni e i disegni con backfill. Il lavoro segue le linee guida ICH E9 e le GCP e si avvale di software validati.",
    problem:
      'I piccoli promotori ricorrono spesso al disegno 3+3 perché non dispongono di statistici esperti nei metodi di definizione della dose basati su modelli.',
    benefits:
      'Identificazione più accurata della dose raccomandata, con meno pazienti esposti a dosi subterapeutiche e una documentazione accettata dalle autorità regolatorie.',
    applications: [
      'Studi oncologici first-in-human',
      'Definizione della dose di combinazioni di farmaci',
      'Ottimizzazione della dose secondo il Project Optimus',
    ],
    keywords: ['fase 1', 'escalation di dose', 'BOIN', 'CRM', 'biostatistica'],
    turnaround: 'Disegno e simulazioni in 3 settimane; raccomandazioni per ciascuna coorte entro 48 ore',
  },
  'irst-real-world-evidence-analytics': {
    title: 'Real-world evidence e analisi di sopravvivenza su dati oncologici',
    summary:
      'Disegno e analisi di studi osservazionali su dati istituzionali e regionali, dal protocollo fino a risultati pronti per la pubblicazione.',
    description:
      "Autorità regolatorie e payer chiedono sempre più spesso evidenze su come i trattamenti funzionano al di fuori degli studi clinici. La Biostatistics Facility dell'IRST disegna e analizza studi osservazionali basati su cartelle cliniche ospedaliere, database di anatomia patologica e dati sanitari regionali della Romagna, nel rispetto della governance dell'Istituto e previa approvazione del comitato etico. I metodi comprendono l'emulazione del target trial, la ponderazione con propensity score, modelli di sopravvivenza a rischi competitivi e multistato, e l'analisi dei percorsi terapeutici e dei costi. Il gruppo redige protocolli e piani di analisi statistica, gestisce l'estrazione dei dati con l'ufficio dati dell'Istituto e consegna tabelle, figure e la descrizione dei metodi. I dati restano all'interno dei sistemi dell'IRST e vengono condivisi solo risultati aggregati.",
    problem:
      'Le aziende hanno bisogno di dati real-world credibili su pazienti italiani, ma non hanno accesso diretto ai dati ospedalieri né le competenze metodologiche locali.',
    benefits:
      "Metodi rigorosi applicati a dati istituzionali ricchi, senza che i dati escano dall'ospedale e con il coinvolgimento dei clinici nell'interpretazione.",
    applications: [
      'Studi di efficacia post-marketing',
      'Bracci di controllo esterni',
      'Dossier di Health Technology Assessment (HTA)',
    ],
    keywords: ['real-world evidence', 'analisi di sopravvivenza', 'emulazione del target trial', 'propensity score'],
    turnaround: "2–4 mesi a seconda dell'estrazione dei dati",
  },
  'irst-in-vivo-efficacy-xenograft-studies': {
    title: 'Studi di efficacia in vivo su modelli di xenotrapianto e PDX',
    summary:
      "Studi su xenotrapianti sottocutanei, ortotopici e derivati da paziente, con imaging, somministrazione e valutazione della tollerabilità, presso l'Animal Facility dell'IRST.",
    description:
      "L'Animal Facility dell'IRST conduce studi oncologici preclinici in regime di autorizzazione nazionale e con valutazione etica di ogni progetto. I modelli disponibili comprendono xenotrapianti sottocutanei e ortotopici di linee cellulari consolidate, modelli singenici in topi immunocompetenti e xenotrapianti derivati da paziente (PDX) provenienti dalle collezioni dell'Istituto. Il gruppo si occupa del disegno dello studio, della randomizzazione, della somministrazione per le principali vie, delle misurazioni tumorali, dell'imaging in bioluminescenza, del monitoraggio del peso corporeo e delle condizioni cliniche, del prelievo di sangue e tessuti e dell'istologia a fine studio. I dati sono riportati con le misure grezze e l'analisi statistica. Gli studi possono essere combinati con la radioterapia erogata da un irradiatore per piccoli animali e con analisi di biomarcatori a cura del Bioscience Laboratory.",
    problem:
      'Le aziende biotech hanno bisogno di dati di efficacia in vivo affidabili su modelli clinicamente rilevanti, senza dover allestire un proprio stabulario.',
    benefits:
      'Accesso a modelli derivati da paziente e alla combinazione con la radioterapia, con ricercatori che conoscono il contesto clinico di ciascun tipo di tumore.',
    applications: [
      "Valutazione dell'efficacia di nuovi candidati farmaci",
      'Studi di combinazione farmaco–radioterapia',
      'Studi di biomarcatori in vivo',
    ],
    keywords: ['xenotrapianto', 'PDX', 'farmacologia in vivo', 'bioluminescenza', 'stabulario'],
    turnaround: "8–12 settimane per studio dopo l'approvazione del protocollo",
  },
  'irst-organoid-drug-sensitivity-testing': {
    title: 'Test di sensibilità ai farmaci su organoidi tumorali derivati da paziente',
    summary:
      'Screening a media produttività di composti e combinazioni su organoidi 3D, con letture di vitalità, di imaging e molecolari.',
    description:
      "Il Bioscience Laboratory dell'IRST testa composti su organoidi derivati da paziente provenienti dalla propria biobanca vivente o su organoidi ottenuti da materiale fornito dal partner. I saggi sono eseguiti in piastre da 384 pozzetti con dispensazione automatizzata; le letture comprendono la vitalità basata sull'ATP, l'imaging high-content delle dimensioni e della morfologia degli organoidi e marcatori di apoptosi o di danno al DNA. Curve dose-risposta, punteggi di sinergia delle combinazioni e metriche di qualità sono consegnati in un report strutturato. Su richiesta, le risposte possono essere correlate alle annotazioni genomiche e cliniche di ciascuna linea di organoidi per suggerire biomarcatori predittivi. Il laboratorio offre inoltre lo sviluppo di saggi per nuovi tipi di tumore e la formazione dei ricercatori dei partner.",
    problem:
      "I candidati farmaci vengono spesso testati solo su linee cellulari convenzionali in 2D, che predicono male l'attività nei pazienti.",
    benefits:
      'Modelli più rilevanti dal punto di vista clinico, con annotazione genomica e clinica, accessibili con un unico contratto di servizio.',
    applications: [
      'Selezione dei composti lead e individuazione delle indicazioni',
      'Screening di combinazioni',
      'Ipotesi di biomarcatori predittivi',
    ],
    keywords: ['organoidi', 'screening farmacologico', 'imaging high-content', 'coltura 3D'],
    turnaround: '4–6 settimane per un pannello standard di 10 composti',
  },
  'irst-flow-cytometry-immunophenotyping': {
    title: 'Citometria a flusso multiparametrica e immunofenotipizzazione',
    summary:
      'Pannelli validati fino a 20 colori per il monitoraggio immunologico di campioni tumorali e di sangue provenienti da studi clinici e preclinici.',
    description:
      "Il monitoraggio immunologico è essenziale per lo sviluppo delle immunoterapie, ma i risultati dipendono molto dal disegno dei pannelli e dalla gestione dei campioni. Il Bioscience Laboratory dell'IRST offre citometria a flusso spettrale e convenzionale con pannelli validati per le sottopopolazioni di linfociti T, i marcatori di esaurimento, le cellule soppressorie di derivazione mieloide (MDSC), le cellule NK e i linfociti B, oltre a pannelli su misura. Si possono analizzare sangue intero fresco, PBMC crioconservate, tumori dissociati o tessuti murini. Il laboratorio segue procedure armonizzate per la processazione dei campioni e la standardizzazione degli strumenti, così da rendere confrontabili i risultati tra punti temporali e studi diversi. L'analisi comprende gating manuale e clustering non supervisionato; al partner vengono consegnati i report e i file FCS.",
    problem:
      'La disomogeneità dei metodi di monitoraggio immunologico rende difficile confrontare i risultati tra pazienti, punti temporali e studi.',
    benefits:
      'Profilazione immunologica standardizzata e ad alta dimensionalità, con esperienza sia su campioni clinici sia su campioni preclinici.',
    applications: [
      'Monitoraggio immunologico negli studi di immunoterapia',
      "Monitoraggio dell'espansione e della persistenza delle CAR-T",
      "Studi sul meccanismo d'azione nel topo",
    ],
    keywords: ['citometria a flusso', 'immunofenotipizzazione', 'monitoraggio immunologico', 'citometria spettrale'],
    turnaround: "Risultati entro 2 settimane dall'ultimo campione",
  },
  'irst-radiotherapy-dosimetry-audit': {
    title: 'Audit dosimetrici indipendenti e test su fantocci per dispositivi di radioterapia',
    summary:
      'Misure di fisica medica, test end-to-end su fantocci e confronti tra sistemi di pianificazione per produttori di dispositivi e promotori di studi clinici.',
    description:
      "I produttori di apparecchiature per radioterapia e i promotori di studi clinici in radioterapia hanno bisogno di evidenze dosimetriche indipendenti. L'équipe di Fisica Medica dell'IRST esegue test end-to-end con fantocci antropomorfi e personalizzati sugli acceleratori lineari clinici, anche con tecniche IMRT, VMAT e stereotassiche, e confronta le dosi misurate con quelle calcolate dal sistema di pianificazione del trattamento. I rivelatori vanno dalle camere a ionizzazione e dalle matrici di diodi fino alle pellicole radiocromiche. Il servizio comprende anche l'accreditamento dei centri per gli studi multicentrici, il benchmarking di nuovi rivelatori o dispositivi di immobilizzazione e la valutazione di software di pianificazione su casi di riferimento. Le misure seguono i codici di pratica internazionali e sono documentate in report idonei ai fascicoli regolatori.",
    problem:
      "Produttori di dispositivi e promotori di studi hanno bisogno di misure dosimetriche indipendenti e clinicamente realistiche, difficili da ottenere al di fuori dell'ambiente ospedaliero.",
    benefits:
      "Misure eseguite su macchine cliniche da fisici medici esperti, con una documentazione idonea al fascicolo tecnico per la marcatura CE e all'accreditamento dei centri sperimentali.",
    applications: [
      'Verifica di nuovi accessori per radioterapia',
      'Accreditamento dei centri per studi di radioterapia',
      'Benchmarking di algoritmi di pianificazione del trattamento',
    ],
    keywords: ['dosimetria', 'fantoccio', 'VMAT', 'controllo di qualità', 'fisica medica'],
    turnaround: '2–3 settimane per un audit standard',
  },

  // ===== INT =================================================================
  'int-comprehensive-genomic-profiling': {
    title: 'Profilazione genomica completa dei tumori solidi',
    summary:
      'Sequenziamento con pannelli DNA e RNA di oltre 500 geni, con fusioni, TMB e MSI e interpretazione sul modello del molecular tumour board.',
    description:
      "La Genomics and Bioinformatics Platform dell'INT offre la profilazione genomica completa dei tumori solidi per progetti di ricerca e studi clinici. Un pannello DNA a cattura ibrida copre oltre 500 geni oncologici e fornisce i punteggi di carico mutazionale tumorale, instabilità dei microsatelliti e deficit della ricombinazione omologa; un pannello RNA rileva le fusioni geniche e le varianti di splicing. Prima dell'estrazione i patologi valutano la cellularità tumorale. I referti comprendono la classificazione delle varianti secondo le linee guida internazionali e, su richiesta, l'interpretazione da parte di oncologi molecolari con esperienza nei molecular tumour board. La piattaforma può processare sia coorti di campioni FFPE d'archivio sia campioni prospettici di studi clinici e fornisce i dati in formati standard per i database del promotore.",
    problem:
      'Le coorti di ricerca e gli studi clinici richiedono dati genomici estesi e interpretati in modo coerente, che i test su singolo gene o i pannelli di base non possono fornire.',
    benefits:
      'Profilazione estesa di DNA e RNA con interpretazione esperta da parte di un comprehensive cancer centre, in formati pronti per i sistemi del promotore.',
    applications: [
      'Screening molecolare per studi con terapie a bersaglio molecolare',
      'Caratterizzazione retrospettiva di coorti',
      'Sviluppo di farmaci guidato da biomarcatori',
    ],
    keywords: [
      'profilazione genomica completa',
      'sequenziamento NGS',
      'fusioni geniche',
      'HRD',
      'molecular tumour board',
    ],
    turnaround: '15 giorni lavorativi dal ricevimento del campione',
  },
  'int-single-cell-spatial-transcriptomics': {
    title: 'Trascrittomica single-cell e spaziale di campioni tumorali',
    summary:
      'RNA-seq single-cell su tumori freschi e trascrittomica spaziale su sezioni FFPE, con analisi bioinformatica del microambiente tumorale.',
    description:
      "Sapere quali cellule esprimono un bersaglio terapeutico, e in quale sede, è sempre più centrale nello sviluppo dei farmaci oncologici. La Genomics and Bioinformatics Platform dell'INT offre il sequenziamento dell'RNA a singola cellula su piattaforma a goccioline (droplet) da tumori appena dissociati, con profilazione opzionale delle proteine di superficie e dei recettori immunitari, e la trascrittomica spaziale su sezioni FFPE o congelate. Lo stretto collegamento con i reparti chirurgici consente al tessuto tumorale fresco di arrivare in laboratorio entro un'ora dalla resezione. I bioinformatici forniscono annotazione dei tipi cellulari, espressione differenziale, analisi delle interazioni cellula-cellula e integrazione dei dati spaziali e single-cell. I progetti spaziano dalla mappatura dell'espressione dei bersagli alla caratterizzazione dei meccanismi di resistenza su biopsie prelevate in corso di trattamento.",
    problem:
      'La profilazione bulk nasconde i tipi cellulari e le nicchie spaziali che determinano la risposta e la resistenza alle nuove terapie.',
    benefits:
      "Accesso al tessuto fresco, piattaforme single-cell e spaziali all'avanguardia e analisti esperti di dati sul microambiente tumorale.",
    applications: [
      "Mappatura dell'espressione del bersaglio per nuovi candidati farmaci",
      "Meccanismi di resistenza all'immunoterapia",
      'Progetti di atlante cellulare nei tumori rari',
    ],
    keywords: ['RNA-seq single-cell', 'trascrittomica spaziale', 'microambiente tumorale', 'bioinformatica'],
    turnaround: '6–8 settimane, analisi inclusa',
  },
  'int-rare-cancer-biobank-access': {
    title: "Accesso alle collezioni di tumori rari della biobanca dell'INT",
    summary:
      "Campioni di tessuto e di biopsia liquida di sarcomi, mesoteliomi e tumori pediatrici, tra le collezioni più ampie d'Europa.",
    description:
      "Nel loro insieme i tumori rari rappresentano circa un quinto di tutte le diagnosi oncologiche, ma i campioni disponibili per la ricerca sono dispersi tra molti ospedali. In qualità di centro di riferimento nazionale, l'INT ha costituito ampie collezioni di sarcomi, mesoteliomi, tumori della testa e del collo e tumori pediatrici, accanto a quelle dei tumori più frequenti. La INT Biobank fornisce tessuto FFPE e congelato, plasma e DNA germinale, con revisione anatomopatologica da parte di patologi dedicati e dati clinici pseudonimizzati, compresi trattamento ed esito. Le richieste sono valutate da un comitato scientifico per l'accesso e dal comitato etico, e i campioni sono ceduti nell'ambito di accordi di trasferimento materiale (MTA). Prima di una richiesta formale, la biobanca risponde anche a quesiti di fattibilità sulla numerosità dei campioni disponibili.",
    problem:
      'Le aziende che sviluppano farmaci o test diagnostici per i tumori rari non riescono a reperire abbastanza campioni ben caratterizzati per validare i propri prodotti.',
    benefits:
      'Una numerosità unica di campioni di tumori rari, revisionati da esperti e corredati di dati di esito, e risposte rapide sulla fattibilità prima di impegnarsi in uno studio.',
    applications: [
      'Validazione di bersagli nei tumori rari',
      'Validazione di saggi diagnostici',
      'Programmi di sviluppo di farmaci orfani',
    ],
    keywords: ['biobanca', 'tumori rari', 'sarcoma', 'campioni tumorali', 'accesso ai campioni'],
    turnaround: "Fattibilità in 5 giorni lavorativi; campioni 6–10 settimane dopo l'approvazione",
  },
  'int-tissue-microarray-construction': {
    title: 'Tissue microarray su misura e validazione in immunoistochimica',
    summary:
      "Disegno e costruzione di tissue microarray da tumori d'archivio annotati, con colorazione immunoistochimica e scoring digitale.",
    description:
      "I tissue microarray consentono di analizzare centinaia di tumori su un unico vetrino e sono quindi ideali per validare anticorpi e biomarcatori. La biobanca dell'INT (INT Biobank) progetta e costruisce array su misura a partire dal proprio archivio, selezionando i casi per tipo di tumore, stadio, trattamento o esito e prelevando più carote tissutali per caso per rappresentarne l'eterogeneità. Il servizio comprende la selezione delle regioni di interesse da parte del patologo, l'immunoistochimica o l'ibridazione in situ con reagenti commerciali o forniti dal partner, la scansione dei vetrini interi e l'analisi digitale delle immagini. Sono disponibili anche array già pronti per tumori frequenti e rari. I dati sono consegnati con le annotazioni cliniche di ciascun caso, in forma pseudonimizzata.",
    problem:
      'Validare un anticorpo o un biomarcatore tissutale su molti tumori è lento e consuma tessuto prezioso quando si lavora su sezioni intere.',
    benefits:
      "Validazione efficiente e a basso consumo di tessuto su coorti selezionate con dati di esito, dal disegno dell'array allo scoring digitale.",
    applications: [
      'Studi di specificità degli anticorpi e di prevalenza del bersaglio',
      'Validazione di biomarcatori prognostici',
      'Fattibilità di test diagnostici di accompagnamento (companion diagnostic)',
    ],
    keywords: ['tissue microarray', 'TMA', 'immunoistochimica', 'prevalenza del bersaglio', 'validazione di anticorpi'],
    turnaround: '4–5 settimane per un array di 200 casi con una colorazione',
  },
  'int-immune-monitoring-trial-samples': {
    title: 'Monitoraggio immunologico dei campioni di studi clinici',
    summary:
      'Citometria di massa e spettrale, profilazione delle citochine e saggi funzionali sui linfociti T su campioni tumorali e di sangue di studi di immunoterapia.',
    description:
      "I Translational Research Laboratories dell'INT hanno monitorato la risposta immunitaria dei pazienti in numerosi studi di immunoterapia, sia accademici sia sponsorizzati dall'industria. Il servizio comprende la processazione e la crioconservazione centralizzate delle PBMC, la fenotipizzazione ad alta dimensionalità mediante citometria di massa e spettrale, il dosaggio multiplex delle citochine, saggi sui linfociti T antigene-specifici e l'analisi del repertorio del recettore dei linfociti T (TCR) in collaborazione con la Genomics Platform. La gestione dei campioni segue procedure armonizzate, pensate per ridurre al minimo la variabilità preanalitica tra punti temporali e centri. L'analisi statistica e computazionale mette in relazione i parametri immunologici con la risposta clinica, e i risultati possono essere presentati ai gruppi di lavoro del promotore e ai comitati di monitoraggio dei dati.",
    problem:
      'Per capire come agiscono le immunoterapie, i promotori hanno bisogno di un monitoraggio immunologico di alta qualità e omogeneo tra centri sperimentali e punti temporali.',
    benefits:
      'Profilazione immunologica approfondita da parte di un laboratorio inserito in un centro di fase 1, con fase preanalitica armonizzata e analisi orientata dalla clinica.',
    applications: [
      'Endpoint farmacodinamici negli studi di immunoterapia',
      "Studi sul meccanismo d'azione",
      'Identificazione di biomarcatori di risposta e di tossicità',
    ],
    keywords: ['monitoraggio immunologico', 'citometria di massa', 'PBMC', 'repertorio TCR', 'immunoterapia'],
    turnaround: "Analisi in batch entro 4 settimane dall'ultimo punto temporale",
  },
  'int-multiplex-immunofluorescence-spatial-profiling': {
    title: 'Immunofluorescenza multiplex e profilazione spaziale del microambiente tumorale',
    summary:
      "Immunofluorescenza multiplex a sette colori su sezioni FFPE, con analisi d'immagine di densità cellulari, fenotipi e relazioni spaziali.",
    description:
      "Le relazioni spaziali tra cellule tumorali e cellule immunitarie predicono spesso la risposta all'immunoterapia meglio della presenza di un singolo marcatore. I Translational Research Laboratories dell'INT eseguono pannelli validati di immunofluorescenza multiplex a sette colori su sezioni FFPE, che comprendono sottopopolazioni di linfociti T, macrofagi, ligandi dei checkpoint e marcatori tumorali, e sviluppano pannelli su misura per i bersagli dei partner. I vetrini sono acquisiti ad alta risoluzione e analizzati con classificazione cellulare supervisionata, quantificando densità, coespressione e distanze tra tipi cellulari nei compartimenti tumorale e stromale. Ogni caso è revisionato da un patologo. Il servizio si fonda sull'esperienza maturata dall'INT nella ricerca di biomarcatori spaziali nel melanoma e nel tumore del polmone.",
    problem:
      "L'immunoistochimica a singolo marcatore non coglie la complessa organizzazione spaziale delle cellule immunitarie da cui dipende la risposta all'immunoterapia.",
    benefits:
      'Pannelli multiplex validati, supervisione del patologo e metriche spaziali quantitative, forniti da un gruppo che sviluppa a sua volta biomarcatori spaziali.',
    applications: [
      'Biomarcatori esplorativi negli studi di immunoterapia',
      'Studi di coespressione dei bersagli',
      'Caratterizzazione del microambiente tumorale in modelli preclinici',
    ],
    keywords: ['immunofluorescenza multiplex', 'biologia spaziale', 'microambiente tumorale', "analisi d'immagine"],
    turnaround: '5–6 settimane fino a 100 sezioni',
  },
  'int-humanised-mouse-immunotherapy-studies': {
    title: 'Studi di efficacia di immunoterapie in modelli murini umanizzati e PDX',
    summary:
      'Valutazione in vivo di anticorpi, anticorpi bispecifici e terapie cellulari in topi umanizzati portatori di tumori derivati da paziente.',
    description:
      "Le immunoterapie dirette contro bersagli esclusivamente umani non possono essere valutate nei comuni topi di laboratorio. La Preclinical Models Facility dell'INT offre studi di efficacia in topi immunodeficienti ricostituiti con cellule staminali ematopoietiche umane o con linfociti del sangue periferico e trapiantati con tumori da linee cellulari o derivati da paziente, compresa la collezione di PDX di sarcoma. I pacchetti di studio comprendono il monitoraggio della crescita tumorale con calibro, ecografia o micro-CT, prelievi di sangue per la farmacocinetica e la verifica della ricostituzione immunitaria, e l'analisi a fine studio delle cellule immunitarie infiltranti il tumore mediante citometria a flusso e immunofluorescenza multiplex. I disegni sperimentali sono discussi con il partner e valutati dall'organismo preposto al benessere animale dell'Istituto e dall'autorità nazionale competente.",
    problem:
      'Le evidenze precliniche per le immunoterapie dirette contro bersagli umani richiedono modelli umanizzati complessi, che pochi laboratori conto terzi sanno gestire.',
    benefits:
      "Modelli umanizzati combinati con tumori derivati da paziente e letture immunologiche integrate, in una facility collegata alla ricerca clinica sull'immunoterapia.",
    applications: [
      'Efficacia di anticorpi bispecifici e T-cell engager',
      'Valutazione di terapie con CAR-T e cellule NK',
      'Studi di combinazione con inibitori dei checkpoint immunitari',
    ],
    keywords: ['topi umanizzati', 'PDX', 'efficacia in vivo', 'micro-CT', 'anticorpi bispecifici'],
    turnaround: '10–14 settimane per studio, umanizzazione inclusa',
  },
  'int-radiobiology-clinical-linac': {
    title: 'Esperimenti di radiobiologia e dosimetria su acceleratori lineari clinici',
    summary:
      'Irradiazione di cellule, organoidi e piccoli animali con fasci clinici e dosimetria di riferimento, per studi su radiosensibilizzanti e dispositivi.',
    description:
      "Per valutare radiosensibilizzanti, radioprotettori o nuovi dispositivi dosimetrici occorrono l'accesso a fasci di radiazioni clinici e un'erogazione accurata della dose, di cui la maggior parte dei laboratori non dispone. Il dipartimento di Radioterapia Oncologica e Fisica Medica dell'INT mette a disposizione i propri acceleratori lineari, al di fuori dell'orario clinico, per irradiazioni sperimentali di colture cellulari, organoidi e piccoli animali. I fisici medici progettano set-up e fantocci dedicati, eseguono la dosimetria di riferimento e rilasciano i report di dose. Le letture biologiche, come la sopravvivenza clonogenica, i foci di danno al DNA e il ritardo di crescita tumorale, possono essere eseguite insieme ai Translational Research Laboratories e alla Preclinical Models Facility. Sono disponibili anche i fasci di elettroni impiegati nella radioterapia intraoperatoria.",
    problem:
      "Le aziende che sviluppano farmaci o dispositivi in grado di modulare l'effetto delle radiazioni non hanno accesso a fasci clinici con dosimetria tracciabile per i propri esperimenti.",
    benefits:
      'Fasci identici a quelli clinici, supporto di fisica medica e letture biologiche integrate in un unico istituto.',
    applications: [
      'Valutazione di radiosensibilizzanti e radioprotettori',
      'Caratterizzazione di rivelatori e accessori',
      'Combinazione di radioterapia e immunoterapia in vivo',
    ],
    keywords: ['radiobiologia', 'acceleratore lineare', 'saggio clonogenico', 'radiosensibilizzanti', 'radioterapia'],
    turnaround: 'Sessioni di irradiazione entro 3 settimane dalla definizione del set-up',
  },
  'int-adaptive-bayesian-trial-design': {
    title: 'Disegno adattivo e bayesiano di studi oncologici, anche nei tumori rari',
    summary:
      "Disegno statistico, simulazione e analisi di studi adattivi, basket e su popolazioni ridotte, a cura della Clinical Epidemiology and Biostatistics Unit dell'INT.",
    description:
      "Gli studi nei tumori rari e nei sottogruppi definiti da biomarcatori non possono basarsi su disegni convenzionali con ampie numerosità campionarie. La Clinical Epidemiology and Biostatistics Unit dell'INT aiuta i promotori a disegnare studi adattivi, bayesiani, basket e umbrella, ricorrendo, quando appropriato, al borrowing di informazione tra sottogruppi o da dati storici. I servizi comprendono la simulazione delle caratteristiche operative, la preparazione delle sezioni statistiche dei protocolli e della documentazione per le riunioni di consulenza scientifica, le analisi ad interim per i comitati di monitoraggio dei dati e il report finale. L'unità sviluppa e valida inoltre modelli prognostici e analizza dati di registri di popolazione a supporto della fattibilità e dei confronti esterni. I suoi statistici hanno una lunga esperienza negli studi sul sarcoma e su altri tumori rari.",
    problem:
      'I promotori che sviluppano farmaci per i tumori rari faticano a disegnare studi che siano al tempo stesso fattibili e convincenti per le autorità regolatorie.',
    benefits:
      'Disegni calibrati su popolazioni ridotte e supportati da simulazioni, a cura di statistici che conoscono la realtà clinica dei tumori rari.',
    applications: [
      'Studi di fase 2 nei tumori rari',
      'Basket trial di farmaci a bersaglio molecolare',
      'Preparazione della consulenza scientifica regolatoria',
    ],
    keywords: ['disegno bayesiano', 'studi adattivi', 'basket trial', 'tumori rari', 'biostatistica'],
    turnaround: 'Proposta di disegno in 4 settimane',
  },
};

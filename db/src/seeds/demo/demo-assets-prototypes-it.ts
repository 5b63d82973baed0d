// Italian text of the demo prototypes (by slug), as the institutes' technology-transfer offices would publish it.
import type { DemoAssetItalian } from './demo-data-types.js';

export const demoPrototypesItalian: Record<string, DemoAssetItalian> = {
  // ===== IRST ================================================================
  'irst-oncotox-chemotherapy-toxicity-predictor': {
    title: 'OncoTox – modello di machine learning per predire la tossicità grave da chemioterapia',
    summary:
      'Software che stima, prima di ogni ciclo, il rischio di tossicità di grado 3–4 a partire dagli esami ematici di routine, dal regime terapeutico e dalla storia clinica del paziente.',
    description:
      "OncoTox è un modello di gradient boosting addestrato su oltre 9.000 cicli di chemioterapia somministrati all'IRST, che utilizza esclusivamente dati già disponibili di routine nel sistema informativo ospedaliero: emocromo, funzionalità epatica e renale, età, performance status, tossicità pregresse e regime programmato. Prima di ogni ciclo restituisce la probabilità di neutropenia grave, diarrea, mucosite o ricovero ospedaliero nelle tre settimane successive, insieme a una spiegazione dei principali fattori che vi contribuiscono. In una validazione temporale il modello ha raggiunto un'area sotto la curva di 0,79 per qualsiasi tossicità grave. Un prototipo funzionante con interfaccia HL7 FHIR è in uso in modalità shadow, cioè senza incidere sulle decisioni cliniche, nel day hospital. L'IRST cerca un partner del settore software per portarlo alla certificazione ai sensi del regolamento MDR.",
    problem:
      "Gli oncologi modulano le dosi di chemioterapia soprattutto in base all'esperienza, e le tossicità gravi causano ancora ricoveri non programmati e ritardi nei trattamenti.",
    benefits:
      "Porta una stima individuale del rischio in ogni prescrizione a partire da dati già esistenti, così da indirizzare in modo mirato gli aggiustamenti di dose, l'uso dei fattori di crescita o un monitoraggio più stretto.",
    applications: [
      'Supporto alla prescrizione della chemioterapia',
      'Triage dei pazienti per il telemonitoraggio infermieristico',
      'Aggiustamento per il rischio negli studi real-world',
    ],
    keywords: [
      'machine learning',
      'predizione della tossicità',
      'chemioterapia',
      'FHIR',
      'intelligenza artificiale spiegabile',
    ],
  },
  'irst-microfluidic-extracellular-vesicle-chip': {
    title: "Chip microfluidico per la cattura e l'analisi on-chip delle vescicole extracellulari tumorali",
    summary:
      'Chip polimerico monouso che isola le vescicole di origine tumorale da 1 mL di plasma in 30 minuti e ne misura i marcatori di superficie direttamente sul dispositivo.',
    description:
      "Le vescicole extracellulari rilasciate dai tumori trasportano proteine e RNA che rispecchiano la cellula di origine, ma i metodi basati su ultracentrifugazione e precipitazione sono lenti, dipendenti dall'operatore e co-isolano contaminanti. Il chip prototipale, progettato con ingegneri del Politecnico di Milano, cattura le vescicole mediante miscelatori a spina di pesce (herringbone) rivestiti con anticorpi diretti contro marcatori epiteliali e associati al tumore; un secondo marcatore viene poi rilevato in fluorescenza nello stesso canale. Il plasma scorre nel chip spinto da una pompa a basso costo e un lettore basato su smartphone quantifica il segnale. In uno studio pilota su 80 pazienti con tumore della mammella e controlli, il chip ha distinto la malattia metastatica. Gli stampi per la produzione dei chip per stampaggio a iniezione e il progetto del lettore sono disponibili per un co-sviluppo.",
    problem:
      "L'isolamento delle vescicole extracellulari tumorali è troppo lento e variabile per i laboratori clinici, e questo ne impedisce l'impiego come biomarcatori.",
    benefits:
      'Cattura e lettura rapide e standardizzate in un unico dispositivo monouso, adatto ai test decentralizzati.',
    applications: [
      'Test di biopsia liquida basati sulle vescicole',
      'Monitoraggio del tumore della mammella metastatico',
      'Strumento di ricerca per la biologia delle vescicole extracellulari',
    ],
    keywords: ['microfluidica', 'vescicole extracellulari', 'point-of-care', 'lab-on-chip', 'biopsia liquida'],
  },
  'irst-open-face-mask-surface-guided-rt': {
    title:
      'Maschera di immobilizzazione a viso aperto per la radioterapia guidata dalla superficie dei tumori testa-collo',
    summary:
      'Maschera termoplastica con finestra facciale aperta e marcatori di riferimento, progettata per il tracciamento ottico della superficie durante i trattamenti del distretto testa-collo.',
    description:
      "Le maschere termoplastiche chiuse mantengono immobile la testa durante la radioterapia, ma causano claustrofobia e reazioni cutanee e nascondono il volto ai sistemi ottici di guida sulla superficie. I tecnici di radioterapia e i fisici medici dell'IRST hanno progettato una maschera a viso aperto con telaio rinforzato, un sistema di fissaggio al lettino modificato e tre marcatori di riferimento integrati, che consentono il tracciamento continuo della superficie del paziente. In un confronto su 40 pazienti, l'accuratezza del posizionamento misurata con la cone-beam CT è risultata equivalente a quella delle maschere chiuse, i movimenti intrafrazione sono stati rilevati in tempo reale e l'ansia riferita dai pazienti è risultata nettamente inferiore. I prototipi sono realizzati per termoformatura su stampi già esistenti. L'Istituto cerca un produttore di accessori per radioterapia che industrializzi e certifichi la maschera.",
    problem:
      'Le maschere chiuse sono mal tollerate da molti pazienti e impediscono di usare la guida sulla superficie per monitorare i movimenti durante il trattamento.',
    benefits:
      "Unisce l'accuratezza di una maschera al comfort del paziente e al monitoraggio dei movimenti in tempo reale, senza dose aggiuntiva da imaging.",
    applications: [
      'Radioterapia dei tumori testa-collo',
      'Radioterapia stereotassica encefalica',
      "Radioterapia pediatrica quando si vuole evitare l'anestesia",
    ],
    keywords: [
      'immobilizzazione',
      'radioterapia guidata dalla superficie',
      'SGRT',
      'posizionamento del paziente',
      'maschera termoplastica',
    ],
  },
  'irst-organoidi-romagnoli-living-biobank': {
    title: 'Organoidi Romagnoli – biobanca vivente di organoidi di tumori gastrointestinali',
    summary:
      'Collezione di oltre 150 organoidi di tumore del colon-retto, dello stomaco e del pancreas, con i relativi dati genomici e clinici, disponibile per attività di screening.',
    description:
      "Gli organoidi derivati da paziente conservano l'eterogeneità genetica e fenotipica dei tumori da cui provengono e sono quindi preziosi per la scoperta di farmaci e per gli studi sui biomarcatori. Il Bioscience Laboratory dell'IRST ha costituito una biobanca vivente di organoidi di tumori gastrointestinali a partire da materiale chirurgico e bioptico raccolto con consenso ampio. Ogni linea è caratterizzata mediante sequenziamento dell'esoma, RNA-seq e istologia ed è collegata alla storia dei trattamenti e all'esito clinico. Protocolli di coltura standardizzati consentono l'espansione fino ai formati di screening a 384 pozzetti, con una crescita riproducibile. Le aziende possono accedere alla collezione tramite accordi di trasferimento materiale (MTA) per screening interni oppure attraverso progetti collaborativi condotti dal personale dell'IRST. Ogni mese si aggiungono nuove linee.",
    problem:
      'Le linee cellulari convenzionali rappresentano male la diversità dei tumori gastrointestinali, per cui i candidati farmaci spesso falliscono quando arrivano ai pazienti.',
    benefits:
      'Un pannello di organoidi con annotazione clinica e caratterizzazione genomica, proveniente da un unico istituto, con protocolli armonizzati e un flusso continuo di nuovi modelli.',
    applications: [
      'Screening farmacologico e validazione dei bersagli',
      'Identificazione di biomarcatori di risposta ai farmaci',
      'Studi co-clinici in parallelo agli studi di fase precoce',
    ],
    keywords: [
      'organoidi',
      'biobanca vivente',
      'screening farmacologico',
      'organoidi tumorali',
      'modelli derivati da paziente',
    ],
  },
  'irst-wearable-fever-patch-neutropenia': {
    title: 'Cerotto indossabile per riconoscere precocemente a domicilio la neutropenia febbrile',
    summary:
      "Cerotto cutaneo che registra l'andamento della temperatura corporea interna e la frequenza cardiaca durante la chemioterapia e allerta l'équipe curante tramite un'app.",
    description:
      "La neutropenia febbrile è un'emergenza medica nei pazienti in chemioterapia, eppure la maggior parte degli episodi inizia a domicilio e i pazienti si misurano la temperatura solo quando già non si sentono bene. Il prototipo è un cerotto adesivo flessibile, da indossare sulla parte superiore del braccio per sette giorni dopo ogni ciclo, che combina due termistori con un modello di flusso termico per stimare la temperatura corporea interna, oltre a un sensore ottico della frequenza cardiaca. I dati sono trasmessi via Bluetooth a un'app per smartphone che applica un algoritmo di allerta e avvisa la linea infermieristica oncologica. In uno studio di fattibilità su 60 pazienti, il cerotto ha rilevato la febbre in media 3,5 ore prima che i pazienti la segnalassero, con una buona indossabilità. L'IRST cerca un partner medtech per il design industriale e per uno studio pivotale.",
    problem:
      'A domicilio la febbre durante la chemioterapia viene spesso riconosciuta in ritardo, il che ritarda la terapia antibiotica e aumenta il rischio di sepsi.',
    benefits:
      'Monitoraggio continuo e discreto che rileva la febbre con ore di anticipo e supporta il triage a distanza gestito dal personale infermieristico.',
    applications: [
      'Monitoraggio domiciliare dopo chemioterapia mielosoppressiva',
      'Monitoraggio da remoto negli studi di fase precoce',
      'Sorveglianza postoperatoria',
    ],
    keywords: ['dispositivo indossabile', 'neutropenia febbrile', 'monitoraggio da remoto', 'sensore di temperatura'],
  },
  'irst-trovastudio-trial-matching': {
    title:
      'TrovaStudio – assistente per la selezione dei pazienti negli studi clinici che legge le note cliniche in italiano',
    summary:
      'Strumento di elaborazione del linguaggio naturale che confronta le cartelle cliniche elettroniche in italiano con i criteri di eleggibilità degli studi oncologici aperti.',
    description:
      "Il reclutamento è la principale causa di ritardo negli studi oncologici, e la verifica dell'eleggibilità si basa ancora sulla lettura manuale delle cartelle da parte degli infermieri di ricerca. TrovaStudio estrae diagnosi, stadio, biomarcatori, linee di terapia precedenti e valori di laboratorio dalle note cliniche e dai referti di anatomia patologica in lingua italiana, grazie a un modello transformer sottoposto a fine-tuning su documenti dell'IRST. Abbina quindi ciascun paziente ai criteri strutturati degli studi aperti e presenta un elenco ordinato con le evidenze a supporto di ogni abbinamento. In una valutazione retrospettiva su 25 studi di fase 1 e di fase 2, lo strumento ha individuato il 92% dei pazienti effettivamente arruolati e ha dimezzato i tempi di screening. Il prototipo è installato on-premise. I partner possono co-sviluppare l'integrazione con i sistemi commerciali di cartella clinica elettronica (EHR) e di gestione degli studi clinici (CTMS).",
    problem:
      "Lo screening manuale dell'eleggibilità è lento e non individua tutti i pazienti idonei, per cui gli studi di fase precoce reclutano troppo lentamente o chiudono in anticipo.",
    benefits:
      "Automatizza il pre-screening in italiano, una lingua poco supportata dagli strumenti esistenti, e mantiene i dati all'interno dell'ospedale.",
    applications: [
      'Pre-screening dei pazienti per gli studi clinici',
      'Valutazioni di fattibilità per i promotori',
      'Identificazione di coorti per studi real-world',
    ],
    keywords: ['elaborazione del linguaggio naturale', 'trial matching', 'eleggibilità', 'sperimentazioni cliniche'],
  },
  'irst-hypoxia-nfkb-reporter-cell-panel': {
    title: "Pannello di linee cellulari a doppio reporter luciferasi per le vie dell'ipossia e di NF-κB",
    summary:
      'Dodici linee cellulari tumorali con reporter per HIF e NF-κB, per lo screening di composti che modulano le vie di stress del tumore.',
    description:
      "L'ipossia e la segnalazione infiammatoria di NF-κB favoriscono la resistenza alla radioterapia e alla chemioterapia, e i composti in grado di modularle sono di interesse per le terapie di combinazione. Il pannello dell'IRST comprende dodici linee cellulari tumorali autenticate, derivate da tumori della mammella, del polmone, del colon-retto, del pancreas e cerebrali, ciascuna delle quali esprime stabilmente un reporter luciferasi di lucciola sotto il controllo di un elemento di risposta a HIF e un reporter NanoLuc sotto un promotore responsivo a NF-κB. La doppia lettura funziona in piastre da 384 pozzetti e in sferoidi tridimensionali ed è stata validata con inibitori di riferimento. Sono forniti dati di validazione, procedure operative standard e valori di Z-prime. Le linee sono disponibili tramite accordi di trasferimento materiale (MTA) per uso di ricerca oppure con licenze commerciali non esclusive.",
    problem:
      "I saggi reporter per le vie di stress tumorale vengono di solito allestiti ad hoc in un'unica linea cellulare, il che limita la confrontabilità tra tipi di tumore.",
    benefits:
      "Un pannello pronto all'uso e validato con composti di riferimento, che copre diversi tipi di tumore e legge due vie di segnalazione nello stesso pozzetto.",
    applications: [
      'Screening di composti radiosensibilizzanti',
      "Studi sul meccanismo d'azione",
      'Kit di saggio per le organizzazioni di ricerca a contratto (CRO)',
    ],
    keywords: ['saggio reporter', 'luciferasi', 'ipossia', 'NF-κB', 'sferoidi'],
  },
  'irst-radiomics-liver-metastases-response': {
    title: 'Modello radiomico per predire la risposta delle metastasi epatiche alla terapia sistemica',
    summary:
      "Strumento di radiomica su TC che predice, dall'esame basale, quali metastasi epatiche da tumore del colon-retto risponderanno alla chemioterapia di prima linea associata a farmaci biologici.",
    description:
      "La risposta delle metastasi epatiche varia da lesione a lesione nello stesso paziente, e i criteri attuali la valutano solo dopo diversi cicli. Il prototipo dell'IRST segmenta in modo semiautomatico ogni lesione epatica sulla TC in fase portale, estrae caratteristiche di tessitura e di forma con una pipeline standardizzata conforme alla Image Biomarker Standardisation Initiative e applica un modello addestrato su 1.100 lesioni di 260 pazienti. Predice la risposta della singola lesione a otto settimane con un'area sotto la curva di 0,80 in una coorte esterna di un altro centro italiano. Il software è distribuito come plug-in compatibile DICOM, con un'interfaccia di revisione per i radiologi. L'IRST propone il co-sviluppo ad aziende di software per l'imaging e l'accesso a ulteriori dati multicentrici.",
    problem:
      "I radiologi non sono in grado di prevedere la risposta delle singole lesioni prima dell'inizio della terapia, e ciò ritarda le decisioni sulla chirurgia o sui trattamenti locoregionali.",
    benefits:
      'Predizione precoce, lesione per lesione, dalla TC di routine, a supporto delle decisioni su resezione epatica o ablazione e di strategie terapeutiche più adattive.',
    applications: [
      'Gestione delle metastasi epatiche da tumore del colon-retto',
      'Supporto al gruppo oncologico multidisciplinare',
      'Biomarcatori di imaging negli studi clinici',
    ],
    keywords: ['radiomica', 'TC', 'metastasi epatiche', 'risposta al trattamento', 'IBSI'],
  },

  // ===== INT =================================================================
  'int-deep-learning-til-scoring': {
    title: 'Valutazione con deep learning dei linfociti infiltranti il tumore su vetrini in ematossilina-eosina',
    summary:
      'Algoritmo su immagini di vetrini interi che quantifica i TIL stromali nel tumore della mammella secondo le linee guida internazionali, in modo riproducibile e in pochi minuti.',
    description:
      "I linfociti infiltranti il tumore (TIL) sono un biomarcatore prognostico solido nel tumore della mammella triplo negativo e HER2-positivo, ma la valutazione visiva da parte dei patologi risente della variabilità tra osservatori. Patologi e data scientist dell'INT hanno addestrato una rete di segmentazione su 1.400 immagini annotate di vetrini interi per riconoscere tumore, stroma e linfociti e calcolare la percentuale di TIL stromali come raccomandato dall'International Immuno-Oncology Biomarker Working Group. La concordanza con un panel di patologi esperti ha superato quella tra i singoli esperti, e il punteggio si è dimostrato prognostico in due coorti indipendenti. Il prototipo funziona su workstation standard dotate di GPU e legge i formati dei più diffusi scanner. L'INT cerca un'azienda di patologia digitale per integrare l'algoritmo e ottenere la certificazione CE-IVD.",
    problem:
      "La valutazione manuale dei TIL richiede tempo ed è poco riproducibile, il che ne limita l'adozione nelle decisioni cliniche.",
    benefits:
      "Punteggi TIL oggettivi e conformi alle linee guida, coerenti tra laboratori diversi e abbastanza rapidi per l'uso di routine.",
    applications: [
      'Valutazione prognostica del tumore della mammella triplo negativo',
      'Stratificazione dei pazienti negli studi di immunoterapia',
      'Controllo di qualità nei laboratori di anatomia patologica',
    ],
    keywords: ['patologia computazionale', 'TIL', 'whole-slide imaging', 'deep learning', 'biomarcatore'],
  },
  'int-iort-adjustable-breast-applicator': {
    title: 'Applicatore regolabile per la radioterapia intraoperatoria con elettroni della mammella',
    summary:
      'Applicatore telescopico con smusso regolabile e disco di schermatura integrato, che adatta i campi IORT al letto tumorale durante la chirurgia mammaria.',
    description:
      "La radioterapia intraoperatoria con elettroni eroga una singola dose elevata sul letto tumorale durante la chirurgia conservativa della mammella, risparmiando alle pazienti settimane di trattamento a fasci esterni. Gli applicatori attuali sono disponibili in dimensioni e angoli di smusso fissi, per cui chirurghi e fisici devono trovare un compromesso tra copertura del bersaglio e protezione della cute e della parete toracica. Il prototipo dell'INT ha un tubo telescopico con lunghezza e angolo di smusso regolabili in continuo, un disco di schermatura integrato in piombo e alluminio e un indicatore a campo luminoso. Le misure dosimetriche in acqua e in fantocci antropomorfi hanno mostrato una copertura omogenea in tutte le configurazioni, e l'applicatore è stato impiegato su 30 pazienti nell'ambito di un protocollo approvato dal comitato etico. Il brevetto europeo è stato concesso. L'INT offre una licenza esclusiva a un produttore di sistemi IORT.",
    problem:
      'Gli applicatori IORT a dimensione fissa si adattano spesso male alla cavità chirurgica, con il rischio di una copertura insufficiente o di dose non necessaria ai tessuti sani.',
    benefits:
      'Un unico applicatore riutilizzabile che si adatta a ogni letto tumorale, migliora la conformazione della dose e riduce i tempi di preparazione in sala operatoria.',
    applications: [
      'Radioterapia intraoperatoria del tumore della mammella in fase iniziale',
      'Boost IORT nei sarcomi e nel tumore del pancreas',
      'Accessori per acceleratori mobili di elettroni',
    ],
    keywords: ['IORT', 'radioterapia intraoperatoria', 'applicatore', 'chirurgia conservativa della mammella'],
  },
  'int-sarcoma-pdx-collection': {
    title: 'Collezione annotata di xenotrapianti di sarcoma derivati da paziente',
    summary:
      'Oltre 70 modelli PDX di sottotipi rari di sarcoma, con profili genomici e storia terapeutica dei donatori, per studi di efficacia.',
    description:
      "Lo sviluppo di farmaci nei sarcomi è ostacolato dalla rarità di ciascun sottotipo e dalla scarsità di modelli fedeli. Forte del proprio ruolo di centro di riferimento nazionale, l'INT ha ottenuto xenotrapianti derivati da paziente di leiomiosarcoma, liposarcoma, sarcoma sinoviale, tumore fibroso solitario, tumore desmoplastico a piccole cellule rotonde e altre entità rare. Ogni modello è stato propagato per almeno tre passaggi, verificato istologicamente rispetto al tumore originale e profilato mediante sequenziamento dell'esoma e dell'RNA; per molti sono disponibili anche i dati di risposta del paziente donatore. Le cinetiche di crescita e le risposte ai trattamenti standard sono documentate. I modelli sono accessibili tramite accordi di trasferimento materiale (MTA) oppure attraverso studi di efficacia condotti dal gruppo preclinico dell'INT.",
    problem:
      'Esistono pochi modelli preclinici per i sottotipi rari di sarcoma, per cui i nuovi farmaci vengono raramente testati proprio nei tumori a cui sono destinati.',
    benefits:
      "Un'ampia collezione di PDX di sarcomi rari, ben caratterizzata e corredata di dati clinici, curata da un centro di riferimento.",
    applications: [
      'Studi preclinici di efficacia nel sarcoma',
      'Identificazione di biomarcatori e validazione dei bersagli',
      'Studi co-clinici nei tumori rari',
    ],
    keywords: ['PDX', 'xenotrapianti derivati da paziente', 'sarcoma', 'tumori rari'],
  },
  'int-dual-modality-biopsy-marker-clip': {
    title: 'Clip di marcatura bioptica visibile in ecografia, risonanza magnetica e mammografia',
    summary:
      'Clip in titanio con rivestimento bioriassorbibile e superficie microstrutturata, che resta visibile in ecografia per tutta la durata della terapia neoadiuvante.',
    description:
      "Le clip di marcatura vengono posizionate nei tumori della mammella al momento della biopsia, per poter ritrovare la sede originaria all'intervento dopo la chemioterapia neoadiuvante, quando il tumore può essere scomparso. Molte clip diventano difficili da vedere in ecografia e rendono necessaria una localizzazione aggiuntiva con repere metallico. Il prototipo dell'INT combina un nucleo in titanio sagomato per evitarne la migrazione con un rivestimento polimerico bioriassorbibile e microstrutturato, che genera una firma acustica caratteristica nei mesi di trattamento e produce artefatti minimi in risonanza magnetica. Le prove ex vivo e sull'animale hanno mostrato una visibilità ecografica superiore rispetto a tre clip commerciali, e una prima casistica clinica ha confermato la visibilità al momento dell'intervento. L'INT cerca un'azienda di dispositivi chirurgici per completare la verifica e la marcatura CE.",
    problem:
      'Dopo la terapia neoadiuvante le clip convenzionali sono spesso poco visibili in ecografia, e ciò complica la localizzazione chirurgica del letto tumorale.',
    benefits:
      'Localizzazione ecoguidata affidabile senza reperi metallici aggiuntivi né semi radioattivi, con artefatti ridotti in risonanza magnetica per la valutazione della risposta.',
    applications: [
      'Percorsi di terapia neoadiuvante del tumore della mammella',
      'Marcatura dei linfonodi ascellari',
      'Marcatura bioptica dei tumori dei tessuti molli',
    ],
    keywords: ['clip bioptica', 'marcatore mammario', 'ecografia', 'terapia neoadiuvante'],
  },
  'int-epro-head-neck-radiotherapy-app': {
    title: 'App ePRO per il monitoraggio dei sintomi durante la radioterapia dei tumori testa-collo',
    summary:
      'App per i pazienti con questionari validati e allerte nutrizionali, a supporto del monitoraggio settimanale a distanza durante la radiochemioterapia.',
    description:
      "I pazienti trattati con radiochemioterapia per un tumore del distretto testa-collo vanno incontro a mucosite, dolore, disfagia e calo ponderale, che possono portare a interruzioni del trattamento. L'app dell'INT raccoglie ogni settimana gli esiti riferiti dai pazienti in formato elettronico (ePRO) tramite questionari validati, insieme al peso corporeo e all'assunzione di cibo per via orale, e allerta l'équipe di radioterapia e di nutrizione clinica quando vengono superate soglie predefinite. I clinici visualizzano l'andamento su una dashboard web integrata con il sistema informativo di radioterapia. In uno studio pilota su 120 pazienti, i ricoveri non programmati sono diminuiti rispetto a una coorte storica e i tassi di compilazione hanno superato l'85%. L'app è disponibile in italiano e in inglese; contenuti e algoritmi sono offerti in licenza alle aziende di sanità digitale.",
    problem:
      'Le tossicità durante la radioterapia dei tumori testa-collo vengono spesso individuate in ritardo, con conseguente calo ponderale, accessi in pronto soccorso e interruzioni del trattamento.',
    benefits:
      'Un monitoraggio a distanza strutturato, che favorisce interventi precoci di terapia di supporto e riduce i ricoveri non programmati.',
    applications: [
      'Terapia di supporto durante la radioterapia dei tumori testa-collo',
      'Monitoraggio da remoto negli studi clinici',
      'Gestione nutrizionale in oncologia',
    ],
    keywords: ['ePRO', 'esiti riferiti dal paziente', 'mucosite', 'app mobile', 'telemonitoraggio'],
  },
  'int-scintillating-fibre-in-vivo-dosimeter': {
    title: 'Dosimetro a fibra scintillante per misure in vivo e ad altissimo rateo di dose (FLASH)',
    summary:
      "Sonda a scintillatore plastico submillimetrica con lettura in tempo reale, adatta ai campi piccoli, all'uso endocavitario e ai fasci ad altissimo rateo di dose.",
    description:
      "Le camere a ionizzazione e i diodi saturano o perturbano il fascio ad altissimi ratei di dose e sono troppo ingombranti per molte misure in vivo. Il gruppo di fisica medica dell'INT ha realizzato una sonda costituita da una fibra scintillante plastica da 0,5 mm accoppiata a una fibra ottica e a un sistema di lettura a conteggio di fotoni, con un metodo spettrale che elimina la luce Cherenkov prodotta nella fibra. La sonda è acqua-equivalente, ha una risposta lineare fino ai ratei di dose della radioterapia FLASH e può essere inserita nei cateteri standard. Il confronto con la dosimetria di riferimento su acceleratori lineari clinici e di ricerca ha mostrato un accordo entro il 2%. Disegni tecnici, firmware e procedure di calibrazione sono a disposizione di un partner interessato a co-sviluppare un prodotto commerciale.",
    problem:
      "I rivelatori esistenti non consentono di misurare la dose in modo affidabile nei campi piccoli, all'interno del corpo o ai ratei di dose FLASH.",
    benefits:
      'Un rivelatore minuscolo, tessuto-equivalente e a lettura in tempo reale, che funziona sia nei regimi convenzionali sia ad altissimo rateo di dose.',
    applications: [
      'Ricerca e commissioning per la radioterapia FLASH',
      'Dosimetria in vivo in brachiterapia e IORT',
      'Controllo di qualità dei campi piccoli',
    ],
    keywords: ['scintillatore', 'radioterapia FLASH', 'dosimetria in vivo', 'Cherenkov'],
  },
  'int-autologous-humanised-mouse-model': {
    title: 'Topi con tumore e sistema immunitario umani autologhi per la valutazione delle immunoterapie',
    summary:
      'Modello che co-trapianta il tumore di un paziente e le cellule immunitarie dello stesso donatore, per valutare le immunoterapie senza artefatti allogenici.',
    description:
      "I topi umanizzati standard combinano il tumore di una persona con il sistema immunitario di un'altra: ne derivano reazioni allogeniche che confondono la valutazione delle immunoterapie. Il protocollo dell'INT genera modelli in cui frammenti di tumore derivati dal paziente e linfociti del sangue periferico o infiltranti il tumore dello stesso donatore vengono trapiantati in un ceppo immunodeficiente che esprime citochine umane. L'attecchimento è riuscito per melanoma, tumore del polmone e tumori testa-collo, e nella maggior parte dei casi esaminati i modelli hanno riprodotto la risposta del donatore alla terapia anti-PD-1. Il flusso di lavoro, le procedure di crioconservazione e i criteri di controllo qualità sono documentati. Il modello è offerto come servizio di studio o con una licenza di know-how alle organizzazioni di ricerca a contratto (CRO) precliniche.",
    problem:
      'La sperimentazione delle immunoterapie nel topo è falsata dalla mancata corrispondenza tra sistema immunitario umano e tumore, che riduce il valore predittivo degli studi preclinici.',
    benefits:
      "Coppie autologhe tumore–sistema immunitario che riproducono meglio in vivo la risposta dei pazienti all'immunoterapia.",
    applications: [
      'Valutazione preclinica di inibitori dei checkpoint e anticorpi bispecifici',
      'Studi di immunoterapia personalizzata',
      'Cataloghi di modelli per le organizzazioni di ricerca a contratto (CRO)',
    ],
    keywords: ['topi umanizzati', 'autologo', 'immunoterapia', 'TIL'],
  },
};

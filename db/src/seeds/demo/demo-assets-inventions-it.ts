// Italian text of the demo inventions (by slug, in the order of demo-assets-inventions.ts), written as the
// institutes' technology-transfer offices would publish it: same facts, figures and names as the English one.
import type { DemoAssetItalian } from './demo-data-types.js';

export const demoInventionsItalian: Record<string, DemoAssetItalian> = {
  // ===== IRST ================================================================
  'irst-plasma-methylation-panel-colorectal-recurrence': {
    title: 'Pannello di metilazione plasmatica per la diagnosi precoce delle recidive del tumore del colon-retto',
    summary:
      "Un pannello di sei marcatori di metilazione del DNA libero circolante che segnala la recidiva del tumore del colon-retto con mesi di anticipo rispetto all'imaging, senza richiedere il sequenziamento preliminare del tumore.",
    description:
      "L'invenzione consiste in un insieme di sei regioni CpG ipermetilate nel DNA del tumore del colon-retto e sostanzialmente silenti nelle cellule del sangue, associato a una lettura in PCR digitale multiplex e a un algoritmo di punteggio. Poiché i marcatori non dipendono dal profilo del singolo tumore, il test non richiede il sequenziamento del tumore primitivo, a differenza dei test di malattia minima residua personalizzati sul tumore (tumour-informed). In una casistica retrospettiva di 212 pazienti con malattia in stadio II–III seguiti dopo l'intervento chirurgico, la positività del test su plasma ha preceduto la recidiva radiologica con un anticipo mediano di 5,1 mesi e una specificità superiore al 95%. È in corso uno studio prospettico di sorveglianza nell'ambito della rete oncologica della Romagna. L'Istituto può mettere a disposizione la lista definitiva dei marcatori, i protocolli del test, il dataset retrospettivo e l'accesso a campioni di plasma conservati in biobanca per studi di bridging.",
    problem:
      'La sorveglianza dopo la chirurgia del tumore del colon-retto si basa sul dosaggio del CEA e su TC periodiche, che rilevano la recidiva tardivamente e non intercettano in tempo molti pazienti ancora candidabili a una resezione con intento curativo.',
    benefits:
      "Rileva la recidiva molecolare prima del CEA e dell'imaging, con un costo compatibile con il follow-up di routine; non servono tessuto tumorale né la messa a punto di un test dedicato per ciascun paziente.",
    applications: [
      'Sorveglianza post-chirurgica del tumore del colon-retto in stadio II–III',
      'Monitoraggio della risposta alla chemioterapia adiuvante',
      'Arruolamento mirato di pazienti con recidiva molecolare negli studi adiuvanti',
    ],
    keywords: [
      'cfDNA',
      'metilazione del DNA',
      'malattia minima residua',
      'PCR digitale',
      'biopsia liquida',
      'tumore del colon-retto',
    ],
  },
  'irst-circulating-mirna-immunotherapy-response-nsclc': {
    title: "Firma di microRNA circolanti predittiva del beneficio dell'immunoterapia nel tumore del polmone",
    summary:
      'Un esame del sangue basato su cinque microRNA circolanti che distingue, nel carcinoma polmonare non a piccole cellule (NSCLC), i pazienti che rispondono agli inibitori dei checkpoint immunitari in prima linea da quelli che non rispondono.',
    description:
      "L'espressione di PD-L1 predice in modo imperfetto la risposta agli inibitori dei checkpoint immunitari, e molti pazienti con carcinoma polmonare non a piccole cellule in stadio avanzato ricevono per mesi trattamenti costosi senza trarne beneficio. Il gruppo dell'IRST ha identificato nel plasma basale cinque microRNA il cui punteggio combinato è associato alla sopravvivenza libera da progressione e alla sopravvivenza globale durante il trattamento con pembrolizumab, in monoterapia o in associazione alla chemioterapia. La firma, individuata in una prima coorte e confermata in una coorte multicentrica indipendente, fornisce un'informazione predittiva aggiuntiva rispetto a PD-L1 e al carico mutazionale del tumore. Il test si esegue in RT-qPCR standard su 200 µL di plasma e fornisce il risultato entro due giorni. L'Istituto offre la firma in licenza ed è interessato a partner disposti a condurre una validazione prospettica o a svilupparla come test diagnostico di accompagnamento (companion diagnostic).",
    problem:
      'I clinici non dispongono di un biomarcatore mininvasivo per stabilire quali pazienti con tumore del polmone trarranno beneficio dagli inibitori dei checkpoint, e chi non risponde resta così esposto a tossicità e ritardi terapeutici.',
    benefits:
      'Aggiunge valore predittivo rispetto a PD-L1 partendo da un semplice prelievo di sangue, con una lettura in RT-qPCR rapida ed economica che qualsiasi laboratorio di biologia molecolare può eseguire.',
    applications: [
      'Scelta del trattamento nel NSCLC avanzato',
      'Stratificazione dei pazienti negli studi clinici di immunoterapia',
      'Identificazione precoce della resistenza primaria',
    ],
    keywords: [
      'microRNA',
      'inibitori dei checkpoint immunitari',
      'biomarcatore predittivo',
      'RT-qPCR',
      'tumore del polmone',
      'immunoterapia',
    ],
  },
  'irst-hypoxia-switch-car-t': {
    title: "Cellule CAR-T attivate dall'ipossia per i tumori solidi",
    summary:
      "Costrutto CAR la cui espressione è regolata da un dominio sensibile all'ossigeno, così da limitare l'attività dei linfociti T al nucleo ipossico del tumore.",
    description:
      "La tossicità on-target/off-tumour limita l'impiego delle terapie CAR-T contro antigeni presenti, sia pure a bassi livelli, anche nei tessuti sani. L'invenzione associa il recettore chimerico per l'antigene a un dominio di degradazione ossigeno-dipendente e a un promotore che risponde all'ipossia, in modo che il recettore si accumuli sulla superficie del linfocita T solo all'interno delle regioni tumorali scarsamente ossigenate. In modelli di xenotrapianto di sarcoma e di tumore del pancreas, le cellule CAR-T condizionate hanno controllato la crescita tumorale quanto le CAR-T convenzionali, risparmiando i tessuti normali che esprimono l'antigene. Il disegno è modulare e può essere combinato con diversi domini di legame e domini costimolatori. Il pacchetto di dati comprende le mappe dei vettori, i saggi di citotossicità in vitro e gli studi di biodistribuzione in vivo. L'IRST cerca un partner con capacità produttive nella terapia cellulare per condurre gli studi preclinici propedeutici alla richiesta di IND.",
    problem:
      'Molti antigeni dei tumori solidi, pur interessanti come bersagli, non possono essere aggrediti con cellule CAR-T perché sono espressi anche dai tessuti sani, con una tossicità che limita la dose.',
    benefits:
      "Confina l'attività del CAR al microambiente tumorale ipossico, amplia la finestra terapeutica e rende aggredibili antigeni oggi fuori portata.",
    applications: [
      'Terapia CAR-T del sarcoma e del tumore del pancreas',
      'Modulo di sicurezza per costrutti CAR esistenti',
      'Terapie cellulari «armate» per tumori ipossici',
    ],
    keywords: ['CAR-T', 'ipossia', 'interruttore di sicurezza', 'tumori solidi', 'terapia cellulare'],
  },
  'irst-ferroptosis-inducers-kras-pancreatic': {
    title: 'Piccole molecole induttrici di ferroptosi per il tumore del pancreas con mutazione di KRAS',
    summary:
      'Una nuova serie chimica che induce selettivamente la ferroptosi nelle cellule tumorali pancreatiche con mutazione di KRAS, con biodisponibilità orale nel topo.',
    description:
      "L'adenocarcinoma duttale del pancreas è molto resistente alle chemioterapie che inducono apoptosi, ma rimane vulnerabile alla ferroptosi, una forma di morte cellulare ferro-dipendente innescata dalla perossidazione lipidica. Chimici farmaceutici dell'Università di Bologna e biologi dell'IRST hanno progettato una serie di modulatori covalenti di GPX4 dotati di una stabilità metabolica migliore rispetto ai composti di riferimento usati come strumenti sperimentali. Il composto lead uccide a concentrazioni nanomolari gli organoidi derivati da pazienti con mutazione di KRAS, risparmia gli organoidi pancreatici normali e mostra sinergia con la gemcitabina. Nel topo la somministrazione orale ha raggiunto esposizioni superiori all'IC50 misurata in vitro, senza calo ponderale. Il pacchetto comprende dati di struttura–attività su circa 90 analoghi, le vie di sintesi e i risultati ADME in vitro. L'Istituto è disponibile a concedere la serie in licenza o ad avviare un programma hit-to-lead in regime di ricerca commissionata.",
    problem:
      'Il tumore del pancreas dispone di poche terapie efficaci, e gli induttori di ferroptosi oggi noti sono chimicamente instabili e non utilizzabili nei pazienti.',
    benefits:
      "Induttori di ferroptosi con proprietà drug-like e attivi per via orale, selettivi per il tumore nei modelli derivati da pazienti e con un chiaro razionale per l'associazione con la chemioterapia standard.",
    applications: [
      'Adenocarcinoma duttale del pancreas',
      'Altri tumori solidi guidati da KRAS',
      'Associazione con regimi a base di gemcitabina',
    ],
    keywords: ['ferroptosi', 'GPX4', 'KRAS', 'organoidi', 'chimica farmaceutica', 'tumore del pancreas'],
  },
  'irst-voxel-dosimetry-radioligand-therapy': {
    title: 'Metodo di dosimetria a livello di voxel per la terapia con radioligandi marcati con 177Lu',
    summary:
      "Metodo che stima la dose assorbita dai tumori e dagli organi a rischio a partire da un'unica SPECT/TC post-trattamento, senza ricorrere all'imaging a più punti temporali.",
    description:
      "Una dosimetria personalizzata potrebbe rendere la terapia con radioligandi più sicura ed efficace, ma i protocolli attuali richiedono tre o quattro SPECT/TC dopo ogni ciclo, con un onere rilevante per i pazienti e per i reparti di medicina nucleare. Il metodo dell'IRST combina una sola SPECT/TC quantitativa, acquisita in un unico punto temporale, con un modello farmacocinetico di popolazione e un kernel applicato voxel per voxel, per ricostruire l'attività integrata nel tempo nelle lesioni, nei reni e nelle ghiandole salivari. Nei pazienti trattati con 177Lu-PSMA e 177Lu-DOTATATE, le dosi stimate si sono discostate meno del 10% dal riferimento completo a più punti temporali. Il metodo è implementato come modulo software di ricerca, integrabile nelle piattaforme commerciali di dosimetria. È stato concesso un brevetto europeo e l'impiego clinico è in via di estensione a un registro multicentrico.",
    problem:
      "L'imaging a più punti temporali per la dosimetria dei radioligandi è costoso e poco tollerato, per cui la maggior parte dei pazienti riceve attività fisse senza che si conosca la dose effettivamente erogata ai tumori o ai reni.",
    benefits:
      "Riduce l'imaging a una sola acquisizione per ciclo mantenendo l'accuratezza dosimetrica e rende praticabile, nella pratica clinica corrente, una terapia con radioligandi personalizzata.",
    applications: [
      'Terapia con 177Lu-PSMA del carcinoma prostatico metastatico',
      'Terapia radiorecettoriale con peptidi (PRRT) dei tumori neuroendocrini',
      'Integrazione in prodotti software per la dosimetria',
    ],
    keywords: ['terapia con radioligandi', 'dosimetria', 'SPECT/TC', 'Lutezio-177', 'teranostica'],
  },
  'irst-exosome-sirna-delivery-breast': {
    title: 'Esosomi ingegnerizzati per il rilascio di siRNA nel carcinoma mammario triplo negativo',
    summary:
      'Vescicole extracellulari di origine cellulare che espongono un peptide di homing tumorale e veicolano un siRNA diretto contro un gene di sopravvivenza del carcinoma mammario.',
    description:
      "I piccoli RNA interferenti (siRNA) possono silenziare driver oncogenici difficili da colpire con i farmaci, ma il loro rilascio ai tumori situati al di fuori del fegato resta poco efficiente. L'invenzione descrive esosomi prodotti da una linea di cellule stromali mesenchimali di grado clinico, ingegnerizzati per esporre un peptide che lega un recettore sovraespresso dalle cellule di carcinoma mammario triplo negativo e caricati con siRNA mediante un protocollo di elettroporazione delicato, che preserva l'integrità delle vescicole. In modelli murini ortotopici le vescicole si sono accumulate nel tessuto tumorale in misura quattro volte superiore rispetto agli esosomi non modificati e hanno ridotto la crescita del tumore senza tossicità epatica rilevabile. La piattaforma può essere adattata ad altri carichi di RNA e ad altri peptidi di homing. L'IRST cerca un partner di sviluppo con esperienza nella produzione di vescicole extracellulari.",
    problem:
      "Le nanoparticelle lipidiche veicolano l'RNA soprattutto al fegato, e tumori come il carcinoma mammario triplo negativo restano privi di un sistema efficiente di rilascio dell'RNA.",
    benefits:
      'Vettori biocompatibili e poco immunogenici, con targeting tumorale attivo e un metodo di caricamento compatibile con lo scale-up.',
    applications: [
      'Terapie a RNA per il carcinoma mammario triplo negativo',
      'Rilascio mirato di molecole per il silenziamento genico',
      'Piattaforma di ingegnerizzazione degli esosomi per altri tumori',
    ],
    keywords: ['esosomi', 'vescicole extracellulari', 'siRNA', 'triplo negativo', 'homing tumorale'],
  },
  'irst-parp-metronomic-combination-ovarian': {
    title: 'Inibitore di PARP associato a ciclofosfamide metronomica nel carcinoma ovarico BRCA wild-type',
    summary:
      'Uno schema posologico che associa un inibitore di PARP a ciclofosfamide orale a basse dosi ed estende il beneficio alle pazienti senza mutazioni di BRCA.',
    description:
      "Gli inibitori di PARP offrono il massimo beneficio alle pazienti con carcinoma ovarico portatrici di mutazioni di BRCA o con deficit della ricombinazione omologa, mentre la maggioranza delle pazienti ne trae un vantaggio limitato. I ricercatori dell'IRST hanno osservato che la ciclofosfamide somministrata in continuo a basse dosi induce un difetto transitorio della ricombinazione omologa e rimodella l'infiltrato immunitario, rendendo i tumori BRCA wild-type sensibili all'inibizione di PARP. Lo schema rivendicato definisce la sequenza di somministrazione e il rapporto tra le dosi che hanno massimizzato la sinergia negli xenotrapianti derivati da pazienti, ed è risultato ben tollerato in uno studio di fase 2 a braccio singolo. Entrambi i farmaci si assumono per via orale, il che favorisce il trattamento ambulatoriale. L'invenzione è proposta alle aziende che commercializzano un inibitore di PARP e intendono estenderne le indicazioni, oppure ai produttori di farmaci generici interessati a un prodotto di associazione differenziato.",
    problem:
      'La maggior parte delle donne con carcinoma ovarico recidivato non presenta mutazioni di BRCA e trae quindi scarso beneficio dalla terapia di mantenimento con inibitori di PARP.',
    benefits:
      'Impiega due farmaci orali ben noti per ampliare la popolazione che beneficia degli inibitori di PARP, con un profilo di tossicità favorevole e bassi costi di produzione.',
    applications: [
      'Terapia di mantenimento nel carcinoma ovarico platino-sensibile',
      'Estensione delle indicazioni di inibitori di PARP già in commercio',
      'Regimi di associazione in altri tumori con ricombinazione omologa funzionante',
    ],
    keywords: ['inibitore di PARP', 'chemioterapia metronomica', 'ricombinazione omologa', 'carcinoma ovarico'],
  },
  'irst-gastric-peritoneal-relapse-classifier': {
    title: 'Classificatore a quattro geni del rischio di recidiva peritoneale nel tumore dello stomaco',
    summary:
      "Classificatore basato sull'espressione dell'RNA nel pezzo operatorio, che identifica i pazienti con tumore gastrico ad alto rischio di metastasi peritoneali.",
    description:
      "La disseminazione peritoneale è la forma di recidiva più frequente e più letale dopo gastrectomia, eppure nessuno strumento validato consente di individuare i pazienti che trarrebbero beneficio da trattamenti locoregionali intensificati, come la chemioterapia intraperitoneale ipertermica. L'invenzione è un punteggio di espressione di quattro geni, misurato mediante RT-qPCR o NanoString su tessuto fissato in formalina. In due casistiche chirurgiche italiane, per un totale di 340 pazienti, i soggetti ad alto rischio hanno mostrato un'incidenza di recidiva peritoneale a tre anni cinque volte superiore, indipendentemente dallo stadio e dall'istotipo secondo Lauren. I geni riflettono la transizione epitelio-mesenchimale e l'attivazione dello stroma, il che conferisce al punteggio plausibilità biologica. L'IRST può fornire cut-off definitivi, procedure operative standard e tessuto delle coorti di validazione per gli studi di bridging regolatorio.",
    problem:
      'Chirurghi e oncologi non sono in grado di prevedere quali pazienti con tumore gastrico svilupperanno metastasi peritoneali, e i trattamenti profilattici finiscono così per essere usati troppo o troppo poco.',
    benefits:
      'Stratificazione del rischio su tessuto FFPE di routine, indipendente dallo stadio, che consente una profilassi mirata e studi clinici meglio disegnati.',
    applications: [
      'Selezione dei pazienti per HIPEC profilattica',
      'Stratificazione negli studi adiuvanti sul tumore gastrico',
      'Test prognostico sviluppato in laboratorio (LDT)',
    ],
    keywords: ['espressione genica', 'metastasi peritoneali', 'HIPEC', 'FFPE', 'punteggio prognostico'],
  },
  'irst-uveal-melanoma-serum-protein-panel': {
    title: 'Pannello di proteine sieriche per la diagnosi precoce delle metastasi epatiche nel melanoma uveale',
    summary:
      "Immunodosaggio su tre proteine che, durante il follow-up, rileva la diffusione epatica del melanoma uveale prima dell'ecografia.",
    description:
      "La metà dei pazienti con melanoma uveale sviluppa metastasi epatiche, spesso a distanza di anni dal trattamento oculare, e la sopravvivenza dipende dalla possibilità di individuarle quando sono ancora poche e di piccole dimensioni. I ricercatori dell'IRST hanno identificato tre proteine sieriche rilasciate dalle cellule di melanoma uveale metastatico e dalle cellule stellate epatiche attivate. Un punteggio combinato, misurato su una piattaforma ELISA standard, ha rilevato l'interessamento epatico con una sensibilità dell'88% e una specificità del 92% e, nei campioni longitudinali, è aumentato in media quattro mesi prima dei reperti ecografici. È stato concesso un brevetto italiano ed è in corso l'esame della domanda di brevetto europeo. L'Istituto cerca un'azienda diagnostica per sviluppare un kit CE-IVD e condurre uno studio prospettico di follow-up con centri europei di oncologia oculare.",
    problem:
      'Il follow-up del melanoma uveale si basa su un imaging epatico ripetuto ogni pochi mesi, costoso e che comunque rileva le metastasi in ritardo.',
    benefits:
      "Un esame del sangue a basso costo che permette di ricorrere all'imaging solo quando serve e individua prima la diffusione epatica, quando i trattamenti mirati al fegato sono più efficaci.",
    applications: [
      'Sorveglianza dopo il trattamento del melanoma uveale',
      'Selezione dei pazienti per terapie mirate al fegato',
      'Monitoraggio negli studi clinici adiuvanti',
    ],
    keywords: ['melanoma uveale', 'biomarcatore sierico', 'ELISA', 'metastasi epatiche'],
  },
  'irst-gold-nanoparticle-radiosensitiser-glioblastoma': {
    title: "Nanoparticelle d'oro rivestite di peptidi come radiosensibilizzanti per il glioblastoma",
    summary:
      "Nanoparticelle d'oro ultrapiccole che attraversano la barriera emato-encefalica e potenziano l'effetto della radioterapia in modelli di glioblastoma.",
    description:
      "Il glioblastoma recidiva quasi sempre all'interno del volume irradiato, e l'incremento della dose è limitato dalla tossicità sul tessuto cerebrale circostante. L'invenzione riguarda nanoparticelle d'oro di diametro inferiore a 5 nm, rivestite con un peptide che si lega a un recettore di trasporto dell'endotelio cerebrale e con un secondo ligando che riconosce le cellule di glioma. Dopo iniezione endovenosa in modelli murini ortotopici, le particelle si sono accumulate nel tumore, hanno aumentato le rotture a doppio filamento del DNA dopo irradiazione e prolungato la sopravvivenza rispetto alla sola radioterapia, per poi essere eliminate per via renale nell'arco di pochi giorni. I chimici dell'Università di Ferrara hanno messo a punto una sintesi one-pot riproducibile. L'IRST cerca un'azienda attiva nella nanomedicina o nella radioterapia per co-sviluppare le particelle fino alla produzione GMP e agli studi tossicologici.",
    problem:
      'La radioterapia non può essere intensificata a sufficienza per controllare il glioblastoma senza danneggiare il tessuto cerebrale sano.',
    benefits:
      "Aumenta l'effetto biologico locale della dose prescritta all'interno del tumore, mentre l'eliminazione renale evita l'accumulo del metallo nell'organismo a lungo termine.",
    applications: [
      'Radiosensibilizzazione nel glioblastoma',
      'Metastasi cerebrali trattate con radioterapia stereotassica',
      'Aumento del contrasto per la pianificazione su immagini TC',
    ],
    keywords: ["nanoparticelle d'oro", 'radiosensibilizzante', 'barriera emato-encefalica', 'nanomedicina'],
  },
  'irst-circulating-tumour-cell-expansion': {
    title: 'Metodo di espansione a breve termine delle cellule tumorali circolanti dal sangue',
    summary:
      'Metodo di coltura che, in tre settimane, espande le rare cellule tumorali circolanti presenti in un campione di 10 mL di sangue fino a ottenere materiale sufficiente per i test farmacologici.',
    description:
      "Le cellule tumorali circolanti (CTC) offrono una finestra sulla malattia metastatica, ma sono così rare da consentire solo di rado studi funzionali. Il metodo brevettato combina una fase di arricchimento label-free con un terreno definito privo di siero e una coltura tridimensionale in bassa tensione di ossigeno su idrogel sintetico. L'espansione è riuscita nel 61% dei campioni di pazienti con carcinoma metastatico della mammella, della prostata e del colon-retto, e le cellule espanse hanno conservato le mutazioni riscontrate nel tessuto tumorale corrispondente. Le colture possono servire a valutare la sensibilità ai farmaci, a studiare i meccanismi di resistenza o a ottenere xenotrapianti. Il brevetto europeo è stato concesso. L'Istituto concede il metodo in licenza non esclusiva a produttori di kit e a organizzazioni di ricerca a contratto (CRO) e può fornire la relativa formazione.",
    problem:
      'Le cellule tumorali circolanti presenti in un prelievo di sangue sono troppo poche per eseguire test farmacologici o studi molecolari che vadano oltre il semplice conteggio.',
    benefits:
      'Trasforma un normale prelievo di sangue in cellule tumorali vitali per saggi funzionali, evitando ai pazienti metastatici nuove biopsie invasive.',
    applications: [
      'Test funzionali di sensibilità ai farmaci nella malattia metastatica',
      'Ricerca sui meccanismi di resistenza',
      'Terreni di coltura e kit per la ricerca sulle CTC',
    ],
    keywords: ['cellule tumorali circolanti', 'coltura di CTC', 'idrogel', 'test funzionali', 'biopsia liquida'],
  },
  'irst-neoantigen-prioritisation-mrna-vaccine': {
    title: 'Algoritmo di selezione dei neoantigeni e progettazione di costrutti a mRNA per vaccini personalizzati',
    summary:
      "Metodo che ordina i neoantigeni tumorali in base all'immunogenicità e alla clonalità previste e li assembla in una sequenza vaccinale a mRNA ottimizzata.",
    description:
      "I vaccini a mRNA personalizzati richiedono di scegliere, tra centinaia di mutazioni del tumore, le poche in grado di indurre una risposta dei linfociti T. Per ordinare i candidati, l'invenzione combina le predizioni di legame peptide–HLA con caratteristiche apprese dai dati di monitoraggio immunologico degli studi clinici dell'IRST, tra cui la clonalità, l'abbondanza del trascritto e la somiglianza con epitopi di patogeni. Un secondo modulo dispone in sequenza gli epitopi selezionati e i linker in modo da ridurre al minimo i neoepitopi giunzionali e ottimizzare l'uso dei codoni e la struttura secondaria dell'mRNA. Sui dati retrospettivi, i neoantigeni ai primi posti della graduatoria sono risultati immunogenici con una probabilità tre volte superiore rispetto a quelli scelti in base alla sola affinità di legame. L'invenzione è offerta insieme al software, alla descrizione dei dati di addestramento e a un piano di validazione prospettica.",
    problem:
      "La maggior parte dei neoantigeni selezionati dagli strumenti predittivi attuali non induce risposte dei linfociti T, il che spreca la capacità del vaccino e ne limita l'efficacia.",
    benefits:
      "Una quota più alta di neoantigeni immunogenici e un disegno dell'mRNA che ne migliora l'espressione, accorciando il percorso verso un vaccino personalizzato efficace.",
    applications: [
      'Vaccini antitumorali a mRNA personalizzati',
      'Terapie con linfociti T dirette contro neoantigeni',
      'Monitoraggio immunologico negli studi di immunoterapia',
    ],
    keywords: ['neoantigeni', 'vaccino a mRNA', 'legame HLA', 'bioinformatica', 'immunogenicità', 'immunoterapia'],
  },
  'irst-fluorinated-hypoxia-pet-tracer': {
    title: "Tracciante PET nitroimidazolico fluorurato per l'imaging dell'ipossia tumorale",
    summary:
      "Un tracciante dell'ipossia marcato con 18F, eliminato più rapidamente del FMISO, che fornisce immagini ad alto contrasto già un'ora dopo l'iniezione.",
    description:
      "Le regioni tumorali ipossiche resistono alla radioterapia e a molti farmaci, e visualizzarle potrebbe guidare il dose painting e la selezione dei pazienti. I traccianti esistenti, come il FMISO, vengono eliminati lentamente e offrono un contrasto modesto, che impone acquisizioni tardive. Il tracciante dell'IRST è un derivato nitroimidazolico con una catena laterale idrofila che accelera l'eliminazione renale senza compromettere la ritenzione nelle cellule ipossiche. Una radiosintesi completamente automatizzata garantisce rese riproducibili sui comuni moduli a cassette. In uno studio first-in-human su tumori della testa e del collo e del polmone, i rapporti tumore/muscolo a 60 minuti hanno superato quelli ottenuti con il FMISO a 4 ore. Sono stati concessi brevetti negli Stati Uniti e in Europa. L'Istituto offre una licenza esclusiva per campo d'uso o per area geografica, insieme al proprio know-how radiochimico.",
    problem:
      "L'imaging PET dell'ipossia è poco utilizzato perché i traccianti disponibili richiedono lunghi tempi di attesa e offrono uno scarso contrasto.",
    benefits:
      "Protocollo più breve e contrasto migliore, che consentono di eseguire l'imaging dell'ipossia in una normale sessione PET e di supportare una radioterapia guidata dall'ipossia.",
    applications: [
      "Dose painting radioterapico guidato dall'ipossia",
      "Selezione dei pazienti per farmaci attivati dall'ipossia",
      'Valutazione della risposta negli studi clinici',
    ],
    keywords: ['tracciante PET', 'ipossia', 'nitroimidazolo', 'radiochimica', 'dose painting'],
  },
  'irst-soluble-exhaustion-biomarker': {
    title:
      "Biomarcatore solubile dell'esaurimento dei linfociti T per il monitoraggio della terapia con inibitori dei checkpoint",
    summary:
      'Dosaggio sierico delle forme solubili di due recettori inibitori che predice la progressione precoce in corso di terapia anti-PD-1 nel melanoma e nel NSCLC.',
    description:
      "Quando vanno incontro a esaurimento all'interno del tumore, i linfociti T rilasciano in circolo frammenti di recettori inibitori. I ricercatori dell'IRST hanno sviluppato un immunodosaggio sandwich che quantifica due di questi recettori solubili con anticorpi prodotti internamente, e un rapporto che riflette l'equilibrio tra linfociti T effettori ed esauriti. Nei pazienti con melanoma e con tumore del polmone, l'aumento del rapporto dopo la seconda infusione ha predetto la progressione con un'area sotto la curva di 0,81, prima ancora della prima TC di rivalutazione. Gli anticorpi, gli ibridomi e i protocolli del test fanno parte dell'offerta, insieme ai campioni della coorte di scoperta. I partner possono acquisire in licenza il test oppure, separatamente, gli anticorpi.",
    problem:
      'La progressione precoce in corso di immunoterapia viene rilevata solo alla prima TC, spesso dopo due o tre mesi di trattamento inefficace.',
    benefits:
      "Fornisce, con un prelievo di sangue, un segnale precoce del fallimento dell'immunoterapia, così da poter modificare prima il trattamento, e si basa su reagenti anticorpali proprietari.",
    applications: [
      'Monitoraggio in corso di trattamento con inibitori dei checkpoint',
      'Biomarcatore farmacodinamico negli studi di immunoterapia',
      "Reagenti di ricerca per lo studio dell'esaurimento dei linfociti T",
    ],
    keywords: [
      'esaurimento dei linfociti T',
      'immunodosaggio',
      'anti-PD-1',
      'ibridoma',
      'biomarcatore',
      'immunoterapia',
    ],
  },
  'irst-her2-low-quantitative-rna-assay': {
    title: 'Test quantitativo su RNA per la classificazione del carcinoma mammario HER2-low',
    summary:
      "Test di PCR digitale con retrotrascrizione che attribuisce lo stato HER2-zero, HER2-low o HER2-positivo in modo più riproducibile dell'immunoistochimica.",
    description:
      "L'arrivo di anticorpi coniugati a farmaci (ADC) attivi nel carcinoma mammario HER2-low ha reso clinicamente rilevante il confine tra HER2-zero e HER2-low, ma a questi livelli i punteggi immunoistochimici variano da un patologo all'altro. L'invenzione misura i trascritti di ERBB2 rispetto a due geni di riferimento mediante PCR digitale con retrotrascrizione su sezioni FFPE, con soglie calibrate sulla revisione centralizzata e sull'esito del trattamento. Su 480 carcinomi mammari la concordanza tra laboratori ha superato il 95%, contro circa il 70% dell'immunoistochimica nell'intervallo HER2-zero/1+. Il test si esegue sugli strumenti di PCR digitale già in uso e richiede una giornata lavorativa. L'IRST cerca un partner del settore diagnostico per sviluppare un kit e proporlo alle aziende farmaceutiche come test diagnostico di accompagnamento (companion diagnostic).",
    problem:
      "L'immunoistochimica non distingue in modo affidabile i tumori HER2-zero da quelli HER2-low, e le pazienti rischiano di essere escluse a torto da una terapia efficace con ADC.",
    benefits:
      "Quantificazione oggettiva e riproducibile dell'espressione di HER2 su tessuto di routine, adatta allo sviluppo di un companion diagnostic.",
    applications: [
      'Selezione delle pazienti per anticorpi coniugati a farmaci diretti contro HER2',
      'Test centralizzati negli studi clinici',
      "Controllo di qualità dell'immunoistochimica per HER2",
    ],
    keywords: ['HER2-low', 'PCR digitale', 'companion diagnostic', 'anticorpo coniugato a farmaco', 'FFPE'],
  },
  'irst-anthracycline-cardiotoxicity-biomarkers': {
    title: 'Pannello di biomarcatori ematici per la diagnosi precoce della cardiotossicità da antracicline',
    summary:
      'Combinazione di un microRNA cardiaco e di due proteine che rileva il danno cardiaco subclinico a poche settimane dai primi cicli di antracicline.',
    description:
      "Le antracicline restano centrali nel trattamento del carcinoma mammario, dei linfomi e dei sarcomi, ma possono causare uno scompenso cardiaco irreversibile. La troponina e l'ecocardiografia spesso rilevano il danno solo quando è già conclamato. In una coorte di cardio-oncologia seguita all'IRST, la combinazione di un microRNA arricchito nei cardiomiociti con due proteine circolanti associate al danno endoteliale ha identificato i pazienti che avrebbero poi mostrato un calo della frazione di eiezione, con un valore predittivo negativo del 97% dopo due cicli. Il pannello può essere eseguito sui comuni analizzatori di laboratorio, con un unico passaggio di RT-qPCR. L'invenzione si rivolge alle aziende diagnostiche attive in cardiologia o in oncologia e a chi sviluppa farmaci cardioprotettivi e ha bisogno di uno strumento per selezionare i pazienti.",
    problem:
      'La cardiotossicità da antracicline viene rilevata tardi, quando la funzione cardiaca è già compromessa e la terapia cardioprotettiva è meno efficace.',
    benefits:
      "L'identificazione precoce dei pazienti a rischio permette di avviare tempestivamente la cardioprotezione o di modificare il trattamento, rassicurando al tempo stesso la maggioranza dei pazienti, che non è a rischio.",
    applications: [
      'Monitoraggio cardio-oncologico durante la chemioterapia',
      'Selezione dei pazienti per studi sulla cardioprotezione',
      'Programmi di follow-up dei lungosopravviventi',
    ],
    keywords: ['cardiotossicità', 'antracicline', 'microRNA', 'cardio-oncologia'],
  },
  'irst-atr-inhibitor-prodrug': {
    title: 'Profarmaco di un inibitore di ATR attivato nel tumore',
    summary:
      "Profarmaco scindibile in ipossia che libera un inibitore della chinasi ATR all'interno del tumore, riducendo la tossicità midollare osservata con l'inibizione sistemica di ATR.",
    description:
      "Gli inibitori di ATR, chinasi chiave della risposta al danno del DNA, sono promettenti in associazione con radioterapia e chemioterapia, ma anemia e neutropenia ne limitano le dosi. L'invenzione maschera un potente inibitore di ATR con un gruppo nitroaromatico che viene ridotto e scisso solo alla bassa tensione di ossigeno tipica dei tumori solidi. Il profarmaco è stabile nel plasma, mostra in vitro un'attività cento volte inferiore sui progenitori midollari e, in xenotrapianti di tumori della testa e del collo e del colon-retto, ha potenziato l'effetto della radioterapia frazionata senza alcun calo dell'emoglobina. La sintesi è stata portata alla scala dei grammi. L'Istituto cerca un accordo di opzione o di licenza con un'azienda attiva nei farmaci che agiscono sulla risposta al danno del DNA.",
    problem:
      'La tossicità ematologica impedisce agli inibitori di ATR di raggiungere dosi efficaci quando sono associati a radioterapia o chemioterapia.',
    benefits:
      "Concentra l'inibizione di ATR nel tumore e amplia la finestra terapeutica delle associazioni con la radioterapia.",
    applications: [
      'Radiosensibilizzazione dei tumori della testa e del collo',
      'Associazione con chemioterapici che danneggiano il DNA',
      "Progettazione di farmaci mirati all'ipossia",
    ],
    keywords: ['inibitore di ATR', 'profarmaco', 'ipossia', 'risposta al danno del DNA', 'radiosensibilizzazione'],
  },
  'irst-germline-variant-functional-assay': {
    title: 'Saggio funzionale di saturazione per riclassificare le varianti di BRCA1 di significato incerto',
    summary:
      'Saggio su cellule aploidi che valuta migliaia di varianti di BRCA1 in un solo esperimento, trasformando i referti di VUS in risultati utilizzabili nella pratica clinica.',
    description:
      "Fino a un test su cinque per predisposizione ereditaria ai tumori restituisce una variante di significato incerto (VUS), lasciando le famiglie senza indicazioni chiare sulla sorveglianza o sulla chirurgia di riduzione del rischio. Il metodo dell'IRST impiega il prime editing in una linea cellulare umana aploide in cui la funzione di BRCA1 è indispensabile per la crescita: ogni possibile variante a singolo nucleotide negli esoni chiave può così essere introdotta e valutata in un unico esperimento in pool. I punteggi ottenuti per oltre 4.000 varianti concordano con la classificazione clinica per tutte le varianti patogenetiche e benigne note. L'invenzione comprende la linea cellulare ingegnerizzata, il disegno della libreria di editing e il modello di punteggio, ed è estendibile a PALB2 e ad altri geni. I licenziatari hanno accesso a un database di consultazione.",
    problem:
      'Le varianti di significato incerto in BRCA1 e nei geni correlati non possono orientare le decisioni cliniche e vengono riclassificate solo lentamente.',
    benefits:
      'Fornisce evidenze funzionali su migliaia di varianti contemporaneamente, favorendo nei laboratori diagnostici una classificazione più rapida e uniforme.',
    applications: [
      "Test genetici per i tumori ereditari della mammella e dell'ovaio",
      "Database per l'interpretazione delle varianti",
      'Servizi di genomica funzionale',
    ],
    keywords: ['BRCA1', 'VUS', 'prime editing', 'genomica funzionale', 'tumori ereditari'],
  },
  // ===== INT =================================================================
  'int-adc-sarcoma-surface-antigen': {
    title: 'Anticorpo coniugato a farmaco contro un nuovo antigene di superficie dei sarcomi',
    summary:
      'Anticorpo umanizzato diretto contro una glicoproteina di membrana sovraespressa nei sarcomi dei tessuti molli, coniugato a un payload inibitore della topoisomerasi I.',
    description:
      "I sarcomi dei tessuti molli comprendono decine di sottotipi rari e, dopo il fallimento delle antracicline, le opzioni terapeutiche sono poche. Con analisi di proteomica di superficie su modelli derivati da pazienti della collezione di sarcomi dell'INT, il gruppo di ricerca ha identificato una glicoproteina presente nella maggior parte dei leiomiosarcomi, dei sarcomi sinoviali e dei sarcomi pleomorfi indifferenziati, con un'espressione minima nei tessuti normali dell'adulto. Sono stati generati anticorpi umanizzati a rapida internalizzazione, coniugati tramite linker scindibile a un inibitore della topoisomerasi I con un rapporto farmaco/anticorpo pari a otto. L'ADC lead ha indotto regressioni durature in diversi modelli PDX a dosi ben tollerate, ed è in programma uno studio di tollerabilità nella scimmia, specie in cui l'anticorpo presenta reattività crociata. L'offerta comprende le sequenze degli anticorpi, i dati di espressione su 600 campioni tumorali e il pacchetto preclinico.",
    problem:
      'I pazienti con sarcoma dei tessuti molli in fase avanzata dispongono di pochi trattamenti efficaci dopo la chemioterapia di prima linea e, per la maggior parte dei sottotipi, di nessuna terapia a bersaglio molecolare.',
    benefits:
      'Un bersaglio selettivo per il tumore, condiviso da diversi sottotipi di sarcoma, con una classe di payload già validata in clinica e una spiccata efficacia nei modelli derivati da pazienti.',
    applications: [
      'Trattamento di seconda linea dei sarcomi dei tessuti molli',
      "Altri tumori che esprimono l'antigene (mesotelioma, carcinoma ovarico)",
      'Programmi di sviluppo di farmaci orfani',
    ],
    keywords: ['anticorpo coniugato a farmaco', 'ADC', 'sarcoma', 'topoisomerasi I', 'PDX', 'anticorpo umanizzato'],
  },
  'int-bispecific-macrophage-reprogramming': {
    title: 'Anticorpo bispecifico che riprogramma i macrofagi associati al tumore',
    summary:
      "Un formato bispecifico che blocca un segnale «don't eat me» e attiva un recettore dei macrofagi solo quando è legato alle cellule tumorali.",
    description:
      "I macrofagi associati al tumore sono abbondanti in molti carcinomi e di norma sopprimono l'immunità antitumorale. Il blocco sistemico del segnale CD47 provoca anemia, perché anche i globuli rossi esprimono questa molecola. L'invenzione dell'INT è un anticorpo bispecifico che lega con alta affinità un antigene associato al tumore e blocca con bassa affinità il checkpoint della fagocitosi, così che l'attività resti limitata alle cellule tumorali; un terzo dominio ingegnerizzato ingaggia un recettore attivatorio dei macrofagi. In modelli murini umanizzati l'anticorpo ha orientato i macrofagi verso un fenotipo infiammatorio, ha aumentato l'infiltrazione di linfociti T e ha mostrato sinergia con gli anti-PD-1. Non è stata osservata emolisi. L'invenzione è in una fase iniziale di sviluppo ed è proposta per accordi di opzione o di ricerca commissionata.",
    problem:
      'Il blocco dei checkpoint dei macrofagi è limitato dalla tossicità on-target sui globuli rossi e dallo stato immunosoppressivo dei macrofagi associati al tumore.',
    benefits:
      "Un'attivazione dei macrofagi circoscritta al tumore, che evita l'anemia e trasforma un infiltrato immunosoppressivo in un alleato degli inibitori dei checkpoint.",
    applications: [
      'Tumori solidi con denso infiltrato macrofagico',
      'Associazione con il blocco di PD-1/PD-L1',
      "Carcinoma del colon-retto e dell'ovaio",
    ],
    keywords: ['anticorpo bispecifico', 'macrofagi', 'CD47', 'microambiente tumorale', 'immunoterapia'],
  },
  'int-plasma-mirna-lung-screening': {
    title:
      'Classificatore di microRNA plasmatici a supporto dello screening del tumore del polmone con TC a basse dosi',
    summary:
      'Esame del sangue basato su 24 rapporti tra microRNA che riduce i falsi positivi dello screening con TC a basse dosi e individua i tumori polmonari aggressivi.',
    description:
      "Lo screening con TC a basse dosi riduce la mortalità per tumore del polmone nei forti fumatori, ma genera molti noduli indeterminati e controlli TC non necessari. Il classificatore dell'INT misura nel plasma 24 rapporti tra microRNA circolanti e attribuisce un rischio basso, intermedio o alto. In uno studio di screening su diverse migliaia di volontari, l'associazione del classificatore alla TC ha ridotto i falsi positivi di circa cinque volte mantenendo la sensibilità, e un esito ad alto rischio si è associato a tumori più aggressivi. Il test si esegue su card qPCR standard ed è stato validato in una seconda coorte prospettica. Brevetti concessi tutelano la firma in Europa e negli Stati Uniti. Sono disponibili licenze per specifiche aree geografiche o per la produzione di kit.",
    problem:
      'Lo screening con TC a basse dosi produce molti reperti falsamente positivi, con ansia per i partecipanti, ulteriore esposizione a radiazioni e procedure invasive.',
    benefits:
      'Migliora la specificità dello screening TC con un semplice esame del sangue e aiuta a concentrare le risorse sulle persone a rischio più elevato.',
    applications: [
      'Programmi di screening del tumore del polmone',
      'Gestione dei noduli polmonari indeterminati',
      'Intervalli di screening basati sul rischio',
    ],
    keywords: ['screening del tumore del polmone', 'microRNA', 'TC a basse dosi', 'noduli polmonari', 'biomarcatore'],
  },
  'int-stapled-peptide-mesothelioma': {
    title: "Peptidi stapled inibitori dell'interazione YAP–TEAD per il mesotelioma",
    summary:
      'Peptidi stapled permeabili alle cellule, che interrompono la trascrizione mediata da YAP–TEAD, principale effettore oncogenico del mesotelioma con deficit di NF2.',
    description:
      "Il mesotelioma pleurico maligno perde frequentemente NF2 o altri componenti della via di Hippo, per cui il coattivatore trascrizionale YAP resta costitutivamente attivo. Le piccole molecole che legano la tasca del palmitato di TEAD bloccano questa interazione solo in parte. I ricercatori dell'INT hanno progettato peptidi stabilizzati da ponti idrocarburici (stapled) che mimano l'interfaccia di YAP con TEAD, con migliori elicità, resistenza alle proteasi e captazione cellulare. I peptidi più attivi sopprimono i geni bersaglio di YAP e la crescita di cellule e organoidi di mesotelioma con deficit di NF2 a concentrazioni submicromolari, con effetti minimi sulle cellule NF2 wild-type. È allo studio una formulazione per la somministrazione intrapleurica. Il gruppo è interessato a partner con competenze in chimica dei peptidi e in drug delivery per portare la serie agli studi di farmacologia in vivo.",
    problem:
      'Il mesotelioma ha opzioni terapeutiche molto limitate, e la via YAP–TEAD che lo sostiene si è dimostrata difficile da colpire con piccole molecole.',
    benefits:
      "Inibizione diretta e selettiva dell'interfaccia YAP–TEAD con una modalità terapeutica adatta alla somministrazione locale intrapleurica.",
    applications: [
      'Mesotelioma pleurico',
      'Altri tumori con alterazioni della via di Hippo',
      'Composti strumento per lo studio della biologia di YAP',
    ],
    keywords: ['peptidi stapled', 'YAP', 'TEAD', 'via di Hippo', 'mesotelioma'],
  },
  'int-dual-cd19-cd22-car': {
    title: "CAR doppio anti-CD19/CD22 a basso segnale tonico per prevenire le recidive da perdita dell'antigene",
    summary:
      "CAR in tandem che riconosce CD19 e CD22, con una regione cerniera ottimizzata che riduce il segnale tonico e l'esaurimento dei linfociti T nelle neoplasie a cellule B.",
    description:
      "La recidiva dopo terapia CAR-T anti-CD19 comporta spesso la perdita di CD19 sulle cellule leucemiche o linfomatose. Sono stati sviluppati recettori in tandem diretti contro due antigeni, ma molti risentono di un segnale tonico che porta a un esaurimento precoce. Il disegno dell'INT accoppia i domini di legame per CD19 e CD22 secondo un orientamento specifico, con una regione cerniera accorciata e un dominio costimolatorio modificato, riducendo l'attivazione indipendente dall'antigene. In vitro le cellule CAR-T hanno ucciso bersagli CD19-negativi e CD22-low, si sono espanse maggiormente durante stimolazioni ripetute e hanno mantenuto un fenotipo di tipo memoria. In modelli murini di leucemia linfoblastica acuta a cellule B hanno prevenuto le recidive da perdita dell'antigene. Sono disponibili i costrutti vettoriali e i dati di produzione ottenuti in condizioni di grado ricerca.",
    problem:
      "Fino alla metà dei pazienti recidiva dopo terapia CAR-T anti-CD19, spesso perché le cellule tumorali perdono CD19 o ne riducono l'espressione.",
    benefits:
      'Un doppio bersaglio che impedisce la fuga antigenica preservando la persistenza delle CAR-T, superando così un limite fondamentale dei prodotti esistenti.',
    applications: [
      'Leucemia linfoblastica acuta a cellule B',
      'Linfoma a grandi cellule B recidivato',
      'Piattaforme CAR allogeniche',
    ],
    keywords: ['CAR-T', 'CD19', 'CD22', 'fuga antigenica', 'leucemia'],
  },
  'int-protac-ss18-ssx-degrader': {
    title: 'Degradatori PROTAC del complesso di fusione SS18-SSX nel sarcoma sinoviale',
    summary:
      'Degradatori eterobifunzionali che eliminano una subunità del complesso BAF indispensabile al sarcoma sinoviale guidato da SS18-SSX.',
    description:
      "Il sarcoma sinoviale è guidato dall'oncoproteina di fusione SS18-SSX, che si appropria del complesso di rimodellamento della cromatina BAF. Anziché colpire direttamente la fusione, chimici e biologi dell'INT hanno sviluppato molecole PROTAC che reclutano la E3 ligasi cereblon su una subunità di BAF necessaria al complesso oncogenico. In linee cellulari e modelli derivati da pazienti di sarcoma sinoviale, i degradatori hanno ottenuto una perdita quasi completa del bersaglio a concentrazioni nanomolari basse, determinando arresto della crescita e differenziamento, mentre i fibroblasti normali sono rimasti in gran parte indenni. I primi dati di farmacocinetica nel topo supportano una somministrazione intermittente. La serie è tutelata da una domanda di brevetto che rivendica sia i composti in quanto tali sia il loro uso. L'INT cerca un licenziatario o un partner di co-sviluppo attivo nella degradazione mirata delle proteine.",
    problem:
      'Il sarcoma sinoviale, tumore che colpisce adolescenti e giovani adulti, non dispone di terapie a bersaglio molecolare e, una volta metastatico, risponde poco alla chemioterapia.',
    benefits:
      "Colpisce la dipendenza creata dall'oncoproteina di fusione con una modalità di degradazione catalitica, mostrando selettività per le cellule tumorali.",
    applications: [
      'Sarcoma sinoviale',
      'Altri tumori dipendenti da BAF',
      'Piattaforme di degradazione mirata delle proteine',
    ],
    keywords: ['PROTAC', 'degradazione mirata delle proteine', 'sarcoma sinoviale', 'complesso BAF', 'SS18-SSX'],
  },
  'int-paediatric-oral-temozolomide-suspension': {
    title: 'Sospensione orale pediatrica di temozolomide a sapore mascherato',
    summary:
      'Sospensione orale di temozolomide stabile e dal sapore mascherato, che consente un dosaggio in base al peso nei bambini piccoli con tumori cerebrali.',
    description:
      "I bambini con tumori cerebrali che non riescono a deglutire le capsule ricevono oggi temozolomide preparata aprendo le capsule, una pratica che espone chi li assiste a una polvere citotossica e porta a dosi imprecise. La farmacia pediatrica dell'INT ha sviluppato una sospensione orale pronta all'uso, con un sistema polimerico che maschera il sapore e un sistema tampone che mantiene il farmaco stabile per 60 giorni a temperatura ambiente dopo l'apertura. In uno studio di farmacocinetica nei bambini la biodisponibilità è risultata equivalente a quella delle capsule, con punteggi di palatabilità elevati. Il brevetto italiano è stato concesso ed è pendente una domanda di brevetto europeo. La formulazione si presta a un'autorizzazione all'immissione in commercio per uso pediatrico (PUMA) e potrebbe essere estesa ad altri citotossici orali impiegati in età pediatrica.",
    problem:
      'Non esiste una formulazione di temozolomide adatta ai bambini, il che costringe a manipolare le capsule a domicilio in condizioni poco sicure e con dosaggi imprecisi.',
    benefits:
      "Dosaggio accurato in base al peso, manipolazione più sicura per le famiglie e migliore aderenza alla terapia grazie al sapore mascherato e alla lunga stabilità dopo l'apertura.",
    applications: [
      'Gliomi di alto grado e medulloblastoma in età pediatrica',
      'Pazienti adulti con difficoltà di deglutizione',
      "Autorizzazione all'immissione in commercio per uso pediatrico (PUMA)",
    ],
    keywords: ['formulazione pediatrica', 'temozolomide', 'sospensione orale', 'oncologia pediatrica'],
  },
  'int-spatial-immune-signature-melanoma': {
    title: "Firma immunitaria spaziale predittiva del beneficio dell'anti-PD-1 adiuvante nel melanoma",
    summary:
      "Punteggio di immunofluorescenza multiplex basato sulle distanze tra linfociti T CD8 e cellule tumorali, che predice la sopravvivenza libera da recidiva con l'immunoterapia adiuvante.",
    description:
      "La terapia adiuvante con anti-PD-1 riduce le recidive dopo resezione del melanoma in stadio III, ma molti pazienti resterebbero liberi da malattia anche senza trattamento e alcuni recidivano nonostante la terapia. I ricercatori dell'INT hanno dimostrato che la disposizione spaziale delle cellule immunitarie nel linfonodo asportato contiene un'informazione predittiva che la sola densità cellulare non coglie. L'invenzione è un punteggio calcolato a partire da un pannello di immunofluorescenza multiplex a sei marcatori, che misura quanto i linfociti T citotossici si avvicinano alle cellule tumorali e quanti sono a contatto con macrofagi PD-L1-positivi. In due coorti trattate con nivolumab o pembrolizumab adiuvante, un punteggio basso ha identificato pazienti con un tasso di recidiva tre volte più alto. Il pannello e la pipeline di analisi sono disponibili in licenza.",
    problem:
      'Gli oncologi non sono in grado di stabilire quali pazienti operati per melanoma trarranno beneficio da un anno di immunoterapia adiuvante, con le tossicità che comporta.',
    benefits:
      'Aggiunge informazioni spaziali, ricavate da tessuto FFPE standard, per orientare le decisioni sulla terapia adiuvante e il disegno degli studi, al di là di PD-L1 e della conta dei linfociti T.',
    applications: [
      'Decisioni sul trattamento adiuvante nel melanoma in stadio III',
      'Arricchimento della popolazione negli studi neoadiuvanti',
      "Servizi di biomarcatori spaziali per l'industria farmaceutica",
    ],
    keywords: ['biologia spaziale', 'immunofluorescenza multiplex', 'immunoterapia adiuvante', 'CD8', 'melanoma'],
  },
  'int-urinary-rna-prostate-test': {
    title: 'Test su RNA urinario per il carcinoma prostatico clinicamente significativo',
    summary:
      'Test non invasivo sulle urine di primo getto che misura tre trascritti e riduce le biopsie prostatiche non necessarie negli uomini con PSA elevato.',
    description:
      "Un PSA elevato porta a molte biopsie prostatiche che non rilevano alcun tumore o solo una malattia indolente. Il test dell'INT misura tre trascritti associati al tumore nelle vescicole extracellulari isolate dalle urine di primo getto, senza massaggio prostatico preliminare, e li combina con la densità del PSA in un modello logistico. In una coorte prospettica di 620 uomini inviati a biopsia, il test avrebbe evitato il 38% delle biopsie, mancando meno del 4% dei tumori con Gleason Grade Group 2 o superiore. Può essere impiegato prima della risonanza magnetica multiparametrica o insieme a essa. Un semplice kit di raccolta mantiene l'RNA stabile per una settimana a temperatura ambiente, consentendo di spedire i campioni per posta a un laboratorio centralizzato.",
    problem:
      'Il dosaggio del PSA non è specifico, per cui molti uomini vengono sottoposti a biopsie invasive e i tumori prostatici a basso rischio sono spesso sovradiagnosticati.',
    benefits:
      'Evita gran parte delle biopsie con un campione di urine non invasivo e senza esplorazione rettale, a complemento dei percorsi diagnostici basati sulla risonanza magnetica.',
    applications: [
      'Triage degli uomini con PSA elevato',
      'Monitoraggio in sorveglianza attiva',
      'Servizio di analisi presso un laboratorio centralizzato',
    ],
    keywords: ['test urinario', 'vescicole extracellulari', 'PSA', 'biopsia prostatica', 'sovradiagnosi'],
  },
  'int-brain-shuttle-peptide-glioblastoma': {
    title: 'Peptide navetta per il trasporto di anticorpi attraverso la barriera emato-encefalica',
    summary:
      "Peptide corto che lega un trasportatore dell'endotelio cerebrale e, nel topo, aumenta di dieci volte la captazione cerebrale degli anticorpi a cui è fuso.",
    description:
      "A causa della barriera emato-encefalica, gli anticorpi terapeutici raggiungono i tumori cerebrali a concentrazioni inferiori allo 0,1% di quelle plasmatiche. I ricercatori dell'INT hanno impiegato il phage display in vivo in topi portatori di glioblastoma per selezionare un peptide di 12 amminoacidi che si lega a un trasportatore di nutrienti dei capillari cerebrali, innescando la transcitosi. La fusione del peptide all'estremità C-terminale di una IgG ha aumentato l'esposizione cerebrale di circa dieci volte, senza alterare la funzione Fc né l'emivita plasmatica. Il peptide è piccolo, non immunogenico secondo le analisi in silico e compatibile con i processi standard di produzione degli anticorpi. In modelli di glioblastoma, un anticorpo antiangiogenico veicolato dalla navetta ha prolungato la sopravvivenza rispetto all'anticorpo di partenza. L'invenzione è disponibile in licenza, per singoli bersagli o come piattaforma.",
    problem:
      'I farmaci biologici contro il glioblastoma e le metastasi cerebrali attraversano a fatica la barriera emato-encefalica, e la loro efficacia ne risulta limitata.',
    benefits:
      "Una navetta compatta e modulare che aumenta l'esposizione cerebrale degli anticorpi senza modificarne il processo produttivo.",
    applications: [
      'Terapie anticorpali per il glioblastoma',
      'Metastasi cerebrali da carcinoma mammario e da tumore del polmone',
      "Farmaci biologici per la neurologia, oltre l'oncologia",
    ],
    keywords: [
      'barriera emato-encefalica',
      'phage display',
      'transcitosi',
      'navetta cerebrale',
      'brain shuttle',
      'anticorpi',
    ],
  },
  'int-trispecific-nk-engager-aml': {
    title: 'NK-cell engager trispecifico per la leucemia mieloide acuta',
    summary:
      "Frammento anticorpale che ingaggia NKp46, CD16a e un antigene delle cellule staminali leucemiche, con un dominio IL-15 a sostegno dell'espansione delle cellule NK.",
    description:
      "La leucemia mieloide acuta recidiva a partire da cellule staminali leucemiche resistenti, e in questa malattia gli engager dei linfociti T sono stati limitati dalla sindrome da rilascio di citochine e dalla disfunzione dei linfociti T. L'engager dell'INT recluta invece le cellule natural killer attraverso due recettori attivatori e colpisce un antigene arricchito sulle cellule staminali leucemiche ma assente dalle cellule staminali ematopoietiche normali. Un dominio IL-15 integrato sostiene la proliferazione delle cellule NK. In co-colture con campioni primari di LMA la molecola ha ucciso le cellule leucemiche a concentrazioni picomolari e, in topi umanizzati, ha ridotto il carico leucemico con un rilascio di citochine minimo. Il formato è prodotto in cellule CHO con processi standard. L'INT cerca un partner biotecnologico per le attività CMC e gli studi propedeutici alla richiesta di IND.",
    problem:
      'La leucemia mieloide acuta recidivata ha una prognosi sfavorevole, e in questo contesto le terapie che reindirizzano i linfociti T causano una tossicità rilevante.',
    benefits:
      'Sfrutta le cellule NK con un profilo di sicurezza favorevole e colpisce il compartimento delle cellule staminali leucemiche responsabile delle recidive.',
    applications: [
      'LMA recidivata o refrattaria',
      'Terapia di mantenimento dopo trapianto allogenico',
      'Sindromi mielodisplastiche',
    ],
    keywords: [
      'NK cell engager',
      'leucemia mieloide acuta',
      'IL-15',
      'anticorpo trispecifico',
      'cellule staminali leucemiche',
    ],
  },
  'int-lnp-lung-targeted-mrna': {
    title: 'Nanoparticelle lipidiche a tropismo polmonare per il rilascio endovenoso di mRNA nei tumori toracici',
    summary:
      'Miscela di lipidi ionizzabili che dirotta le mRNA-LNP somministrate per via endovenosa dal fegato al tessuto polmonare e ai tumori del polmone.',
    description:
      "Dopo iniezione endovenosa, la maggior parte delle nanoparticelle lipidiche rilascia il proprio carico di mRNA al fegato. I ricercatori dell'INT e del Politecnico di Milano hanno esaminato una libreria di lipidi ionizzabili e di rapporti con i lipidi ausiliari, individuando una composizione che sposta l'espressione proteica prevalentemente al polmone, compresi i noduli tumorali polmonari e l'endotelio associato al tumore. In modelli ortotopici di tumore del polmone, il rilascio di un mRNA codificante una citochina immunostimolante ha ridotto il carico tumorale e aumentato l'infiltrazione di linfociti T, senza variazioni degli enzimi epatici. Le particelle sono prodotte per miscelazione microfluidica con eccipienti standard, a eccezione di un nuovo lipide. La domanda di brevetto rivendica la struttura del lipide e le formulazioni. I partner possono acquisire la piattaforma in licenza per payload specifici.",
    problem:
      'Le terapie sistemiche a mRNA per il tumore del polmone e il mesotelioma sono limitate dalla captazione preferenziale delle nanoparticelle attuali da parte del fegato.',
    benefits:
      "Un rilascio selettivo per organo che aumenta l'esposizione del tumore e riduce la tossicità epatica, con un processo produttivo scalabile.",
    applications: [
      'Immunoterapia a mRNA per il tumore del polmone',
      'Terapia genica del mesotelioma pleurico',
      'Rilascio mirato al polmone per indicazioni non oncologiche',
    ],
    keywords: [
      'nanoparticelle lipidiche',
      'mRNA',
      'lipidi ionizzabili',
      'rilascio organo-selettivo',
      'tumore del polmone',
    ],
  },
  'int-childhood-survivor-risk-score': {
    title: 'Punteggio di rischio genetico e terapeutico dei secondi tumori nei sopravvissuti a un tumore pediatrico',
    summary:
      "Modello che combina varianti germinali e mappe di dose della radioterapia per stimare il rischio di nuove neoplasie nei sopravvissuti a un tumore dell'età pediatrica.",
    description:
      "Chi è sopravvissuto a un tumore pediatrico ha un rischio aumentato, nell'arco della vita, di sviluppare secondi tumori, in particolare carcinoma mammario e sarcomi dopo radioterapia, ma le linee guida di sorveglianza tengono conto soltanto delle esposizioni ai trattamenti. Il punteggio dell'INT integra le dosi di radioterapia per organo, ricostruite dai piani di trattamento storici, l'esposizione cumulativa alla chemioterapia e una componente poligenica, insieme alle varianti patogenetiche rare individuate con il sequenziamento germinale. In una coorte di 1.900 sopravvissuti seguiti per decenni, il modello combinato ha migliorato la capacità discriminante rispetto ai modelli basati sulle sole esposizioni e ha riclassificato circa un quarto delle donne in una diversa categoria di screening mammografico. Il modello è fornito come software validato e documentato ed è offerto in licenza d'uso, tutelata dal diritto d'autore, agli ambulatori di follow-up dei lungosopravviventi e ai produttori di software.",
    problem:
      'Il follow-up a lungo termine dei sopravvissuti a un tumore pediatrico non riesce a distinguere bene chi ha un rischio elevato di secondi tumori da chi ha un rischio nella media.',
    benefits:
      'Calendari di sorveglianza personalizzati, che concentrano lo screening sui sopravvissuti a rischio più alto e rassicurano gli altri.',
    applications: [
      'Ambulatori per lungosopravviventi e programmi di follow-up a lungo termine',
      'Screening mammario personalizzato dopo radioterapia toracica',
      'Ricerca sugli effetti tardivi dei trattamenti oncologici',
    ],
    keywords: ['sopravvissuti a tumore pediatrico', 'rischio poligenico', 'secondi tumori', 'dose di radioterapia'],
  },
  'int-sarcoma-fusion-rna-panel': {
    title: 'Pannello RNA mirato per la diagnosi molecolare dei geni di fusione nei sarcomi',
    summary:
      "Pannello di sequenziamento dell'RNA basato su anchored multiplex PCR che copre oltre 120 geni di fusione e risolve, anche su piccole biopsie, le diagnosi di sarcoma più difficili.",
    description:
      "I sarcomi sono tumori di diagnosi complessa: molti sottotipi sono definiti da specifiche fusioni geniche, e nei centri non specializzati i tassi di errore diagnostico restano elevati. Forti di una delle più ampie casistiche di sarcomi in Europa, i patologi e i biologi molecolari dell'INT hanno disegnato un pannello RNA che rileva le fusioni note e i nuovi partner di oltre 120 geni e che funziona su biopsie con ago tranciante fissate in formalina e incluse in paraffina (FFPE), a partire da appena 20 ng di RNA. Una pipeline bioinformatica dedicata riporta nel referto le fusioni, con un'interpretazione per sottotipo curata da esperti. Su 450 casi d'archivio, il pannello ha confermato o modificato la diagnosi in un quinto dei casi inviati per second opinion. Il disegno del pannello e il database interpretativo costituiscono know-how riservato e sono disponibili in licenza.",
    problem:
      'I sottotipi rari di sarcoma vengono spesso diagnosticati in modo errato perché la ricerca delle fusioni è frammentata e richiede diversi test su singoli geni.',
    benefits:
      "Un unico test copre su piccole biopsie le principali fusioni di interesse diagnostico, con un'interpretazione curata dagli esperti di un centro di riferimento.",
    applications: [
      'Diagnosi dei sarcomi e second opinion',
      'Eleggibilità alle terapie mirate contro le fusioni (NTRK, ALK, ROS1)',
      'Screening per studi clinici nei tumori rari',
    ],
    keywords: ['fusioni geniche', "sequenziamento dell'RNA", 'diagnosi dei sarcomi', 'NTRK', 'FFPE'],
  },
  'int-cachexia-cytokine-antibody': {
    title: 'Anticorpo contro un nuovo mediatore della cachessia per il calo ponderale associato al tumore',
    summary:
      'Anticorpo monoclonale neutralizzante che previene la perdita di massa muscolare in modelli murini di cachessia da tumore del pancreas e del polmone.',
    description:
      "La cachessia neoplastica, ossia la perdita progressiva di massa muscolare e adiposa, colpisce la maggior parte dei pazienti con tumore del pancreas e del polmone, riduce la tolleranza ai trattamenti e accorcia la sopravvivenza. I ricercatori dell'INT hanno identificato una citochina secreta dal tumore, distinta da GDF15, che risulta elevata nel siero dei pazienti cachettici e agisce sul muscolo attraverso un recettore espresso dalle cellule satelliti. Un anticorpo monoclonale che blocca questa citochina ha preservato la massa muscolare e la forza di presa in due modelli murini, con un effetto additivo rispetto a un inibitore della via di GDF15. I livelli sierici della citochina fungono inoltre da biomarcatore del rischio di cachessia. Le sequenze dell'anticorpo, il test di dosaggio e i dati ottenuti nel topo sono offerti in licenza o per un co-sviluppo.",
    problem:
      'In Europa non esiste alcun farmaco approvato che tratti efficacemente la cachessia neoplastica, causa importante di scadimento della qualità di vita e di morte.',
    benefits:
      'Un nuovo bersaglio con potenziale sia terapeutico sia come biomarcatore, che contrasta la perdita muscolare con un meccanismo complementare a quello di GDF15.',
    applications: [
      'Cachessia neoplastica nel tumore del pancreas e del polmone',
      'Terapie di supporto durante la chemioterapia',
      'Biomarcatore del rischio di cachessia',
    ],
    keywords: ['cachessia', 'perdita di massa muscolare', 'anticorpo monoclonale', 'citochina'],
  },
  'int-colorectal-liver-metastasis-organoid-predictor': {
    title:
      'Predittore basato su organoidi della risposta alla chemioterapia nelle metastasi epatiche da tumore del colon-retto',
    summary:
      'Test farmacologico rapido su organoidi, con una soglia di risposta, che predice il beneficio di FOLFOX o FOLFIRI prima della chirurgia epatica.',
    description:
      "I pazienti con metastasi epatiche da tumore del colon-retto ricevono spesso una chemioterapia prima della resezione, ma la scelta del regime è empirica. Chirurghi e ricercatori di laboratorio dell'INT hanno ottenuto in due settimane organoidi da biopsie con ago e li hanno esposti a combinazioni di farmaci di rilevanza clinica. Una metrica dose–risposta con soglia fissa, definita su una coorte di addestramento, ha predetto in una coorte di validazione la risposta radiologica al regime effettivamente somministrato con un'accuratezza dell'84%. L'invenzione comprende le condizioni di coltura e del saggio miniaturizzato, oltre al metodo di punteggio che rende i risultati confrontabili tra laboratori diversi. L'Istituto cerca un partner per industrializzare il test come servizio o come kit e per condurre uno studio interventistico.",
    problem:
      'La chemioterapia che precede la chirurgia epatica viene scelta senza biomarcatori predittivi, e molti pazienti ricevono così un regime che non riduce le loro metastasi.',
    benefits:
      'Un test funzionale che riflette il tumore del singolo paziente, con risultati disponibili in tempo utile per orientare la scelta della chemioterapia preoperatoria.',
    applications: [
      'Scelta personalizzata della chemioterapia nel tumore del colon-retto',
      'Servizi di oncologia di precisione funzionale',
      'Sviluppo di farmaci con studi co-clinici su organoidi',
    ],
    keywords: [
      'organoidi',
      'oncologia di precisione funzionale',
      'metastasi epatiche',
      'FOLFOX',
      'sensibilità ai farmaci',
    ],
  },
};

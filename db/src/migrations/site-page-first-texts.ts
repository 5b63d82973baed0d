// The first version of each of the network's pages, in English and Italian, written into site_page_version by
// the migration that made the table (so a fresh install has them). Administrators edit them afterwards in the
// app; these are not read again. Facts stated here follow the code: what the tables hold (db/src/entities),
// how long (api/src/jobs/housekeeping.job.ts, api/src/auth/session-policy.ts), the one cookie
// (api/src/auth/session-cookie.ts) and the one local-storage entry (web/src/i18n/locale-choice.ts).

export const FIRST_SITE_PAGE_TEXTS: Record<'ABOUT' | 'PRIVACY' | 'TERMS' | 'COOKIES', { en: string; it: string }> = {
  ABOUT: {
    en: `# About the TT Marketplace

The TT Marketplace is where a network of research institutes offers its inventions, prototypes and research services to industry. The first members are Italian cancer-research hospitals (IRCCS), whose technology-transfer offices publish what their laboratories and research platforms can license, co-develop or deliver.

## The network

Each institute keeps its own listings and its own relationships with companies. Its **technology-transfer office** writes and publishes listings, answers the companies that get in touch and negotiates agreements on the institute's behalf. Researchers disclose their inventions to their own office through the marketplace; nothing of a disclosure is public until the office has published a listing made from it.

The network's administrators look after the marketplace as a whole: the institutes, the accounts and the texts of these pages.

## What is listed

- **Inventions**: patented or patentable results, offered for licensing or co-development.
- **Prototypes**: working devices, assays, software and models that can be tested and developed further.
- **Services**: what the institutes' research platforms offer to companies, such as genomic profiling, biobank samples, biostatistics or preclinical models.

Each listing states its technology readiness level, its intellectual-property position and the partnering models the institute is open to.

## How an expression of interest is handled

1. A company member signs in and sends an **expression of interest** on a published listing: what the company would like to do, how it intends to use the result and on what timeline.
2. The institute's technology-transfer office receives it and reviews it. The office aims to answer within **five working days**; the marketplace reminds the office when an answer is overdue.
3. If there is a fit, the office moves the request to **discussion** (for instance a confidentiality agreement, meetings or samples) and then to **negotiation**.
4. The request ends in an **agreement** or is **declined**; a decline always comes with a reason and a message to the company. The company may withdraw its request at any time while it is open.

The company follows every step and exchanges messages with the office in the request's thread. Notes the office writes for itself are never shown to the company.

## Contact

For a listing, use its contact officer or send an expression of interest. For anything else, write to the technology-transfer office of the institute concerned: its contact details are on the institute's page in the marketplace.
`,
    it: `# Chi siamo

Il TT Marketplace è lo spazio in cui una rete di istituti di ricerca propone alle imprese le proprie invenzioni, i propri prototipi e i propri servizi di ricerca. I primi aderenti sono Istituti di Ricovero e Cura a Carattere Scientifico (IRCCS) oncologici italiani, i cui uffici di trasferimento tecnologico pubblicano ciò che i laboratori e le piattaforme di ricerca possono concedere in licenza, sviluppare in collaborazione o erogare come servizio.

## La rete

Ciascun istituto gestisce le proprie offerte e i propri rapporti con le imprese. Il suo **ufficio di trasferimento tecnologico** redige e pubblica le offerte, risponde alle imprese che lo contattano e negozia gli accordi per conto dell'istituto. I ricercatori comunicano le proprie invenzioni al rispettivo ufficio attraverso il marketplace; nessun contenuto di una comunicazione d'invenzione diventa pubblico finché l'ufficio non ne ha pubblicato l'offerta corrispondente.

Gli amministratori della rete curano il marketplace nel suo insieme: gli istituti, gli account e i testi di queste pagine.

## Che cosa viene offerto

- **Invenzioni**: risultati brevettati o brevettabili, offerti in licenza o in co-sviluppo.
- **Prototipi**: dispositivi, saggi, software e modelli funzionanti, che possono essere sperimentati e sviluppati ulteriormente.
- **Servizi**: le prestazioni che le piattaforme di ricerca degli istituti offrono alle imprese, quali profilazione genomica, campioni di biobanca, biostatistica o modelli preclinici.

Ogni offerta indica il livello di maturità tecnologica (TRL), la situazione della proprietà intellettuale e le forme di collaborazione che l'istituto è disposto a considerare.

## Come viene gestita una manifestazione di interesse

1. Un rappresentante dell'impresa accede al marketplace e invia una **manifestazione di interesse** relativa a un'offerta pubblicata, indicando che cosa l'impresa intende fare, l'uso previsto del risultato e i tempi.
2. L'ufficio di trasferimento tecnologico dell'istituto la riceve e la esamina. L'ufficio si impegna a rispondere entro **cinque giorni lavorativi**; il marketplace gli invia un promemoria quando la risposta è in ritardo.
3. Se vi sono i presupposti, l'ufficio porta la richiesta alla fase di **approfondimento** (ad esempio un accordo di riservatezza, incontri o invio di campioni) e quindi alla **negoziazione**.
4. La richiesta si conclude con un **accordo** oppure viene **respinta**; un rifiuto è sempre accompagnato da una motivazione e da un messaggio all'impresa. Finché la richiesta è aperta, l'impresa può ritirarla in qualsiasi momento.

L'impresa segue ogni passaggio e scambia messaggi con l'ufficio nella conversazione della richiesta. Le note che l'ufficio redige per uso interno non sono mai visibili all'impresa.

## Contatti

Per un'offerta, si rivolga al referente indicato o invii una manifestazione di interesse. Per ogni altra esigenza, scriva all'ufficio di trasferimento tecnologico dell'istituto interessato: i recapiti sono riportati nella pagina dell'istituto sul marketplace.
`,
  },
  PRIVACY: {
    en: `# Privacy notice

This notice explains how personal data are processed in the TT Marketplace, in accordance with Articles 13 and 14 of Regulation (EU) 2016/679 (General Data Protection Regulation, "GDPR") and with Italian Legislative Decree 196/2003 as amended.

## Who the controllers are

The marketplace is operated by the research institutes of the network. Each institute is the **controller** of the personal data processed in connection with its own activities: its listings, the expressions of interest addressed to it, its invention disclosures, its agreements, its service requests and its partner records. Where data serve the marketplace as a whole (accounts, sign-in, security), the institutes of the network act as **joint controllers** under Article 26 GDPR; the essence of their arrangement is available on request.

The contact details of each institute, and of its Data Protection Officer, are published on the institute's own website; the institute's page in the marketplace links to it.

## What we process, and why

| Data | Purpose | Legal basis |
| --- | --- | --- |
| Account: e-mail address, name, job title, work telephone number (if given), role, institute or company, preferred language, password (stored only as an Argon2 hash), dates of creation, e-mail verification and last sign-in, the version of the terms of use accepted and when | Providing the account and the services requested | Art. 6(1)(b) GDPR (contract) |
| Sessions: a session identifier, the browser's user-agent string, the IP address, when the session started and was last used | Keeping you signed in; letting you see and end your sessions; security | Art. 6(1)(b) and (f) GDPR (legitimate interest in protecting accounts) |
| Addresses you signed in from, and counters of failed attempts | Protecting accounts against password guessing without locking out their owners | Art. 6(1)(f) GDPR |
| Expressions of interest, their messages and history; service requests, quotes and delivery records; files attached to them | Handling the company's request with the institute's office and, where relevant, preparing and managing an agreement | Art. 6(1)(b) GDPR (steps prior to a contract and its performance) |
| Invention disclosures: researchers' names, affiliations, contribution shares, messages and attached files | Assessing and protecting the institute's inventions | Art. 6(1)(c) and (e) GDPR (the institute's legal obligations and tasks in the public interest as a research body) |
| Partner records kept by an office: company contacts' names, roles, e-mail addresses, telephone numbers and notes | Managing the institute's relationships with companies | Art. 6(1)(f) GDPR (legitimate interest in managing business relationships) |
| Saved searches, alerts, watched listings and feedback on listings | Sending the alerts you asked for; improving the offer | Art. 6(1)(b) GDPR; for feedback, Art. 6(1)(f) |
| Invitations: the invitee's e-mail address and who sent the invitation | Creating the account of the person invited | Art. 6(1)(f) GDPR |
| Copies of the e-mails the marketplace sends (recipient, content, delivery status) | Delivering them and answering "was it sent?" | Art. 6(1)(b) and (f) GDPR |

The marketplace does not use personal data for advertising or profiling and does not take decisions based solely on automated processing. Suggestions of listings that may interest a company are computed from the company's declared sectors and interests and can be dismissed.

## Who sees your data

- The **technology-transfer office** of the institute concerned, and the network's **administrators**, see what is needed to handle a request.
- **Members of your company** see the company's expressions of interest and their shared messages.
- **Visitors** see only what is published: listings, the names and affiliations of inventors, the contact officer's name and title, and the profiles of companies that chose to be listed in the partner directory.
- The institutes' IT and hosting providers process data on their behalf as **processors** under Article 28 GDPR. Should personal data ever be transferred outside the European Economic Area, this will happen only with the safeguards required by Chapter V GDPR.

## How long we keep data

| Data | Retention |
| --- | --- |
| Sessions | Until you sign out; at the latest after 7 days without activity or 30 days after sign-in |
| Addresses you signed in from | 90 days after their last use |
| One-time links (e-mail verification, password reset) | 7 days after use or expiry |
| Copies of e-mails sent | 30 days after delivery; 90 days if delivery failed |
| Invitations never accepted | 30 days after they expire |
| Sign-ups never verified nor used again | Deleted after 14 days, together with the company profile created, when nothing else refers to it |
| Accounts, expressions of interest, disclosures, agreements and partner records | For as long as the account or the relationship lasts, and afterwards for the time the institutes must keep records of their contracts and intellectual property under applicable law (in general ten years, Art. 2220 of the Italian Civil Code) |

## Your rights

You have the right to access your personal data, to have them rectified or erased, to restrict or object to their processing, and to data portability (Articles 15–21 GDPR). Much of your account can be consulted and corrected on your account page. To exercise your rights, write to the technology-transfer office or the Data Protection Officer of the institute concerned. You will receive an answer within one month.

You also have the right to lodge a complaint with the Italian supervisory authority, the **Garante per la protezione dei dati personali** (www.garanteprivacy.it), or with the supervisory authority of the Member State where you live or work.

## Changes to this notice

We may update this notice; the date of the latest version is shown below the page.
`,
    it: `# Informativa sul trattamento dei dati personali

La presente informativa descrive il trattamento dei dati personali effettuato nell'ambito del TT Marketplace, ai sensi degli articoli 13 e 14 del Regolamento (UE) 2016/679 (Regolamento generale sulla protezione dei dati, "GDPR") e del D.Lgs. 196/2003 e successive modificazioni.

## Titolari del trattamento

Il marketplace è gestito dagli istituti di ricerca della rete. Ciascun istituto è **titolare del trattamento** dei dati personali trattati in relazione alle proprie attività: le proprie offerte, le manifestazioni di interesse a esso rivolte, le comunicazioni d'invenzione, gli accordi, le richieste di servizio e le schede dei partner. Per i trattamenti che riguardano il marketplace nel suo complesso (account, accesso, sicurezza), gli istituti della rete operano in qualità di **contitolari** ai sensi dell'articolo 26 del GDPR; il contenuto essenziale dell'accordo di contitolarità è disponibile su richiesta.

I recapiti di ciascun istituto e del relativo Responsabile della protezione dei dati (RPD/DPO) sono pubblicati sul sito web dell'istituto, raggiungibile dalla pagina dell'istituto sul marketplace.

## Dati trattati e finalità

| Dati | Finalità | Base giuridica |
| --- | --- | --- |
| Account: indirizzo e-mail, nome, qualifica, numero di telefono di lavoro (se indicato), ruolo, istituto o impresa di appartenenza, lingua preferita, password (conservata esclusivamente come hash Argon2), date di creazione, di verifica dell'indirizzo e-mail e dell'ultimo accesso, versione delle condizioni d'uso accettata e data di accettazione | Fornire l'account e i servizi richiesti | Art. 6, par. 1, lett. b) GDPR (esecuzione di un contratto) |
| Sessioni: identificativo di sessione, stringa user-agent del browser, indirizzo IP, data di inizio e di ultimo utilizzo | Mantenere l'accesso; consentire all'utente di consultare e chiudere le proprie sessioni; sicurezza | Art. 6, par. 1, lett. b) e f) GDPR (legittimo interesse alla protezione degli account) |
| Indirizzi IP da cui è stato effettuato l'accesso e conteggi dei tentativi non riusciti | Proteggere gli account da tentativi di individuazione della password senza bloccarne i titolari | Art. 6, par. 1, lett. f) GDPR |
| Manifestazioni di interesse, relativi messaggi e cronologia; richieste di servizio, preventivi e registrazioni di erogazione; file allegati | Gestire la richiesta dell'impresa con l'ufficio dell'istituto e, ove pertinente, predisporre e gestire un accordo | Art. 6, par. 1, lett. b) GDPR (misure precontrattuali ed esecuzione del contratto) |
| Comunicazioni d'invenzione: nomi, affiliazioni e quote di contributo dei ricercatori, messaggi e file allegati | Valutare e tutelare le invenzioni dell'istituto | Art. 6, par. 1, lett. c) ed e) GDPR (obblighi di legge e compiti di interesse pubblico dell'istituto quale ente di ricerca) |
| Schede dei partner tenute dall'ufficio: nomi, ruoli, indirizzi e-mail, numeri di telefono e note relativi ai referenti delle imprese | Gestire i rapporti dell'istituto con le imprese | Art. 6, par. 1, lett. f) GDPR (legittimo interesse alla gestione dei rapporti commerciali) |
| Ricerche salvate, avvisi, offerte seguite e valutazioni sulle offerte | Inviare gli avvisi richiesti; migliorare l'offerta | Art. 6, par. 1, lett. b) GDPR; per le valutazioni, art. 6, par. 1, lett. f) |
| Inviti: indirizzo e-mail della persona invitata e autore dell'invito | Creare l'account della persona invitata | Art. 6, par. 1, lett. f) GDPR |
| Copie delle e-mail inviate dal marketplace (destinatario, contenuto, esito dell'invio) | Recapitarle e verificarne l'invio | Art. 6, par. 1, lett. b) e f) GDPR |

Il marketplace non utilizza i dati personali per finalità pubblicitarie o di profilazione e non adotta decisioni basate unicamente su un trattamento automatizzato. I suggerimenti di offerte potenzialmente d'interesse per un'impresa sono calcolati sulla base dei settori e degli interessi dichiarati dall'impresa stessa e possono essere ignorati.

## Destinatari dei dati

- L'**ufficio di trasferimento tecnologico** dell'istituto interessato e gli **amministratori** della rete accedono ai dati necessari alla gestione di una richiesta.
- I **membri della Sua impresa** vedono le manifestazioni di interesse dell'impresa e i relativi messaggi condivisi.
- I **visitatori** vedono soltanto quanto pubblicato: le offerte, i nomi e le affiliazioni degli inventori, nome e qualifica del referente e i profili delle imprese che hanno scelto di comparire nell'elenco dei partner.
- I fornitori di servizi informatici e di hosting degli istituti trattano i dati per loro conto in qualità di **responsabili del trattamento** ai sensi dell'articolo 28 del GDPR. Qualora i dati personali dovessero essere trasferiti al di fuori dello Spazio economico europeo, ciò avverrà esclusivamente con le garanzie previste dal Capo V del GDPR.

## Periodo di conservazione

| Dati | Conservazione |
| --- | --- |
| Sessioni | Fino all'uscita; al più tardi dopo 7 giorni di inattività o 30 giorni dall'accesso |
| Indirizzi IP da cui è stato effettuato l'accesso | 90 giorni dall'ultimo utilizzo |
| Link monouso (verifica dell'indirizzo e-mail, reimpostazione della password) | 7 giorni dall'utilizzo o dalla scadenza |
| Copie delle e-mail inviate | 30 giorni dal recapito; 90 giorni in caso di mancato recapito |
| Inviti non accettati | 30 giorni dalla scadenza |
| Registrazioni mai verificate né più utilizzate | Cancellate dopo 14 giorni, insieme al profilo d'impresa creato, se nessun altro dato vi fa riferimento |
| Account, manifestazioni di interesse, comunicazioni d'invenzione, accordi e schede dei partner | Per la durata dell'account o del rapporto e, successivamente, per il periodo in cui gli istituti sono tenuti per legge a conservare la documentazione relativa ai contratti e alla proprietà intellettuale (di norma dieci anni, art. 2220 del Codice civile) |

## Diritti dell'interessato

Lei ha il diritto di accedere ai propri dati personali, di ottenerne la rettifica o la cancellazione, la limitazione del trattamento, di opporsi al trattamento e di ricevere i dati in un formato strutturato (portabilità), ai sensi degli articoli da 15 a 21 del GDPR. Buona parte dei dati dell'account può essere consultata e corretta nella pagina del Suo account. Per esercitare i Suoi diritti può rivolgersi all'ufficio di trasferimento tecnologico o al Responsabile della protezione dei dati dell'istituto interessato; riceverà riscontro entro un mese.

Ha inoltre il diritto di proporre reclamo al **Garante per la protezione dei dati personali** (www.garanteprivacy.it) o all'autorità di controllo dello Stato membro in cui risiede o lavora.

## Modifiche alla presente informativa

La presente informativa può essere aggiornata; la data dell'ultima versione è indicata in calce alla pagina.
`,
  },
  TERMS: {
    en: `# Terms of use

These terms govern the use of the TT Marketplace, operated by the research institutes of the network. By creating an account you accept them.

## 1. The service

The marketplace lets institutes publish inventions, prototypes and research services, and lets companies express their interest in them and exchange messages with the institutes' technology-transfer offices. Listings are information, not offers capable of acceptance: any licence, collaboration or service is governed only by a written agreement signed by the institute.

## 2. Accounts

- You must give accurate information and keep it up to date. A company account must be created by a person authorised to act for the company.
- Your account is personal. Keep your password confidential and tell the institute's office at once if you suspect that someone else has used your account.
- Administrators may suspend or close an account that breaches these terms or is used to harm the marketplace, its users or the institutes.

## 3. Acceptable use

You agree not to:

- send unlawful, misleading, offensive or unsolicited promotional content;
- submit confidential information of third parties without their authorisation;
- attempt to access data you are not entitled to see, or to interfere with the operation or security of the marketplace;
- collect data from the marketplace by automated means, except through the public feeds offered for that purpose.

## 4. Confidential information

Do not include confidential information in an expression of interest or message unless a confidentiality agreement is in place with the institute. Messages the office marks as internal are never shown to companies; everything else in a request's thread is visible to both sides.

## 5. Intellectual property

The listings' content belongs to the institutes or is used with permission. Publication of a listing grants no rights over the technology described. The marketplace's software is open source, released under the MIT licence.

## 6. Liability

The institutes take care that the information published is accurate but give no warranty as to its completeness or fitness for a particular purpose. To the extent permitted by law, the institutes are not liable for indirect damage arising from the use of the marketplace or from its temporary unavailability.

## 7. Personal data

Personal data are processed as described in the privacy notice.

## 8. Changes

The institutes may amend these terms. The version you accepted is recorded with your account; amended terms are published on this page with their date.

## 9. Governing law

These terms are governed by Italian law. Any dispute is subject to the jurisdiction of the courts of the place where the institute concerned has its registered office, without prejudice to the mandatory rights of consumers.
`,
    it: `# Condizioni d'uso

Le presenti condizioni disciplinano l'utilizzo del TT Marketplace, gestito dagli istituti di ricerca della rete. Con la creazione di un account, l'utente le accetta.

## 1. Il servizio

Il marketplace consente agli istituti di pubblicare invenzioni, prototipi e servizi di ricerca e alle imprese di manifestare il proprio interesse e di comunicare con gli uffici di trasferimento tecnologico degli istituti. Le offerte hanno carattere informativo e non costituiscono proposte contrattuali: qualsiasi licenza, collaborazione o prestazione di servizi è disciplinata esclusivamente da un accordo scritto sottoscritto dall'istituto.

## 2. Account

- L'utente è tenuto a fornire informazioni veritiere e a mantenerle aggiornate. L'account di un'impresa deve essere creato da una persona autorizzata ad agire per conto dell'impresa stessa.
- L'account è personale. L'utente è tenuto a custodire la password con riservatezza e a informare senza indugio l'ufficio dell'istituto qualora sospetti un utilizzo non autorizzato del proprio account.
- Gli amministratori possono sospendere o chiudere un account che violi le presenti condizioni o che sia utilizzato per arrecare danno al marketplace, ai suoi utenti o agli istituti.

## 3. Utilizzo consentito

L'utente si impegna a non:

- inviare contenuti illeciti, ingannevoli, offensivi o promozionali non richiesti;
- trasmettere informazioni riservate di terzi senza la loro autorizzazione;
- tentare di accedere a dati che non è autorizzato a consultare o di interferire con il funzionamento o la sicurezza del marketplace;
- raccogliere dati dal marketplace con strumenti automatizzati, fatta eccezione per i feed pubblici messi a disposizione a tale scopo.

## 4. Informazioni riservate

L'utente non deve inserire informazioni riservate in una manifestazione di interesse o in un messaggio, salvo che con l'istituto sia in essere un accordo di riservatezza. I messaggi che l'ufficio contrassegna come interni non sono mai visibili alle imprese; ogni altro contenuto della conversazione di una richiesta è visibile a entrambe le parti.

## 5. Proprietà intellettuale

I contenuti delle offerte appartengono agli istituti o sono utilizzati con autorizzazione. La pubblicazione di un'offerta non attribuisce alcun diritto sulla tecnologia descritta. Il software del marketplace è open source, distribuito con licenza MIT.

## 6. Responsabilità

Gli istituti si adoperano affinché le informazioni pubblicate siano accurate, ma non ne garantiscono la completezza né l'idoneità a uno scopo specifico. Nei limiti consentiti dalla legge, gli istituti non rispondono dei danni indiretti derivanti dall'utilizzo del marketplace o dalla sua temporanea indisponibilità.

## 7. Dati personali

I dati personali sono trattati come descritto nell'informativa sul trattamento dei dati personali.

## 8. Modifiche

Gli istituti possono modificare le presenti condizioni. La versione accettata dall'utente è registrata con il suo account; le condizioni modificate sono pubblicate in questa pagina con la relativa data.

## 9. Legge applicabile e foro competente

Le presenti condizioni sono regolate dalla legge italiana. Per ogni controversia è competente il foro del luogo in cui ha sede l'istituto interessato, fatti salvi i diritti inderogabili riconosciuti ai consumatori.
`,
  },
  COOKIES: {
    en: `# Cookie notice

The TT Marketplace uses **only strictly necessary cookies**: those without which the service you ask for cannot work. It uses no analytics, advertising or profiling cookies and no third-party cookies, so it does not ask for your consent (Article 122 of Italian Legislative Decree 196/2003 and the Garante's guidelines on cookies of 10 June 2021).

## Cookies

| Name | Purpose | Duration |
| --- | --- | --- |
| \`tt_session\` | Keeps you signed in after you sign in. It holds a random identifier only; it cannot be read by the page's scripts (HttpOnly), is not sent with requests from other sites (SameSite=Lax) and travels only over an encrypted connection. | Until you sign out; at the latest 30 days. The session ends earlier, on our side, after 7 days without activity. |

Visitors who do not sign in receive no cookie.

## Other storage in your browser

| Name | Purpose | Duration |
| --- | --- | --- |
| \`tt-locale\` (local storage) | Remembers the language you chose, English or Italian. It is never sent to us. | Until you clear your browser's site data. |

## Managing cookies

You can delete cookies and site data in your browser's settings at any time. Blocking the \`tt_session\` cookie prevents signing in, but not browsing the public catalogue.
`,
    it: `# Informativa sui cookie

Il TT Marketplace utilizza **esclusivamente cookie tecnici strettamente necessari**, ossia quelli senza i quali il servizio richiesto non potrebbe essere erogato. Non sono utilizzati cookie analitici, pubblicitari o di profilazione né cookie di terze parti; pertanto non è richiesto il consenso dell'utente (articolo 122 del D.Lgs. 196/2003 e Linee guida del Garante in materia di cookie del 10 giugno 2021).

## Cookie

| Nome | Finalità | Durata |
| --- | --- | --- |
| \`tt_session\` | Mantiene l'accesso dopo l'autenticazione. Contiene esclusivamente un identificativo casuale; non è leggibile dagli script della pagina (HttpOnly), non viene inviato con le richieste provenienti da altri siti (SameSite=Lax) e viene trasmesso solo tramite connessione cifrata. | Fino all'uscita; al massimo 30 giorni. La sessione termina prima, lato server, dopo 7 giorni di inattività. |

Ai visitatori che non effettuano l'accesso non viene impostato alcun cookie.

## Altri dati memorizzati nel browser

| Nome | Finalità | Durata |
| --- | --- | --- |
| \`tt-locale\` (local storage) | Memorizza la lingua scelta, italiano o inglese. Non viene mai trasmesso ai nostri server. | Fino alla cancellazione dei dati del sito dal browser. |

## Gestione dei cookie

È possibile cancellare in qualsiasi momento i cookie e i dati dei siti dalle impostazioni del browser. Il blocco del cookie \`tt_session\` impedisce l'accesso all'area riservata, ma non la consultazione del catalogo pubblico.
`,
  },
};

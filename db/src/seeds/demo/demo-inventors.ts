// Demo inventors: fictional researchers (public name and affiliation only).
// `researcher-irst` and `researcher-int` are the demo researcher accounts.
import type { DemoInventor } from './demo-data-types.js';

export const demoInventors: DemoInventor[] = [
  // ---- IRST ----------------------------------------------------------------
  { key: 'researcher-irst', name: 'Giulia Zanetti', affiliation: 'IRST IRCCS, Bioscience Laboratory' },
  { key: 'lorenzo-fabbri', name: 'Lorenzo Fabbri', affiliation: 'IRST IRCCS, Genomic Facility' },
  { key: 'elisa-montanari', name: 'Elisa Montanari', affiliation: 'IRST IRCCS, Bioscience Laboratory' },
  { key: 'davide-gardini', name: 'Davide Gardini', affiliation: 'IRST IRCCS, Radiotherapy Unit' },
  { key: 'silvia-mercatali', name: 'Silvia Mercatali', affiliation: 'IRST IRCCS, Biological Resource Centre' },
  { key: 'marco-ravaioli', name: 'Marco Ravaioli', affiliation: 'IRST IRCCS, Medical Physics' },
  { key: 'francesca-pirini', name: 'Francesca Pirini', affiliation: 'IRST IRCCS, Biostatistics Facility' },
  { key: 'alessandro-bandini', name: 'Alessandro Bandini', affiliation: 'IRST IRCCS, Medical Oncology' },
  { key: 'valentina-tedaldi', name: 'Valentina Tedaldi', affiliation: 'IRST IRCCS, Animal Facility' },
  { key: 'nicola-guidi', name: 'Nicola Guidi', affiliation: 'IRST IRCCS, Immunotherapy and Cell Therapy' },
  { key: 'martina-foschi', name: 'Martina Foschi', affiliation: 'IRST IRCCS, Nuclear Medicine' },
  { key: 'paolo-severi', name: 'Paolo Severi', affiliation: 'IRST IRCCS, Clinical Pharmacy' },
  { key: 'sara-ulivi', name: 'Sara Ulivi', affiliation: 'IRST IRCCS, Genomic Facility' },
  { key: 'tommaso-amadio', name: 'Tommaso Amadio', affiliation: 'IRST IRCCS, Psycho-oncology and Supportive Care' },
  { key: 'roberta-calistri', name: 'Roberta Calistri', affiliation: 'IRST IRCCS, Pathology Unit' },
  // ---- INT -----------------------------------------------------------------
  {
    key: 'researcher-int',
    name: 'Stefano Villa',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Department of Experimental Oncology',
  },
  {
    key: 'laura-sozzi',
    name: 'Laura Sozzi',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Tumour Genomics Unit',
  },
  {
    key: 'giorgio-pastorino',
    name: 'Giorgio Pastorino',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Thoracic Surgery',
  },
  {
    key: 'anna-gianni',
    name: 'Anna Gianni',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Sarcoma Unit',
  },
  {
    key: 'riccardo-vitali',
    name: 'Riccardo Vitali',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Molecular Pharmacology',
  },
  {
    key: 'beatrice-lombardi',
    name: 'Beatrice Lombardi',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Tumour Immunology',
  },
  {
    key: 'emanuele-ferrario',
    name: 'Emanuele Ferrario',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Radiation Oncology',
  },
  {
    key: 'chiara-mariani',
    name: 'Chiara Mariani',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Medical Physics',
  },
  {
    key: 'fabio-cattaneo',
    name: 'Fabio Cattaneo',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Haematology',
  },
  {
    key: 'ilaria-bernasconi',
    name: 'Ilaria Bernasconi',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Biobank',
  },
  {
    key: 'simone-galli',
    name: 'Simone Galli',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Pathology and Digital Pathology',
  },
  {
    key: 'marta-rinaldi',
    name: 'Marta Rinaldi',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Clinical Epidemiology',
  },
  {
    key: 'luca-tagliabue',
    name: 'Luca Tagliabue',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Paediatric Oncology',
  },
  {
    key: 'valeria-crippa',
    name: 'Valeria Crippa',
    affiliation: 'Fondazione IRCCS Istituto Nazionale dei Tumori, Preclinical Models Facility',
  },
  // ---- Academic and international collaborators ----------------------------
  {
    key: 'giovanni-bellini',
    name: 'Giovanni Bellini',
    affiliation: 'Università di Bologna, Department of Pharmacy and Biotechnology',
  },
  {
    key: 'elena-martelli',
    name: 'Elena Martelli',
    affiliation: 'Politecnico di Milano, Department of Electronics, Information and Bioengineering',
  },
  {
    key: 'federico-neri',
    name: 'Federico Neri',
    affiliation: 'Università degli Studi di Milano, Department of Oncology and Haemato-Oncology',
  },
  {
    key: 'camilla-ricci',
    name: 'Camilla Ricci',
    affiliation: 'Università di Ferrara, Department of Chemical, Pharmaceutical and Agricultural Sciences',
  },
  { key: 'hannah-keller', name: 'Hannah Keller', affiliation: 'German Cancer Research Center (DKFZ), Heidelberg' },
  { key: 'pieter-de-vries', name: 'Pieter de Vries', affiliation: 'Erasmus MC, Rotterdam' },
  {
    key: 'maria-lopez-garcia',
    name: 'María López García',
    affiliation: "Vall d'Hebron Institute of Oncology, Barcelona",
  },
  {
    key: 'james-whitfield',
    name: 'James Whitfield',
    affiliation: 'University of Cambridge, Cancer Research UK Cambridge Institute',
  },
];

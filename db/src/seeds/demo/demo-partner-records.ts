// Demo partner records: each institute's own view of some companies (status in its words, owner, contacts, notes),
// so that the office's Partners page tells a story on the first start. Days are relative to the loading moment.
import type { PartnerStatus } from '@tt/shared/partner-rules';

export interface DemoPartnerContact {
  name: string;
  role: string;
  email: string;
  phone: string;
  notes: string;
}

export interface DemoPartnerRecord {
  /** slug of the institute */
  institution: string;
  /** slug of the company */
  company: string;
  status: PartnerStatus;
  /** key of an officer of the institute (demo-institutions.ts) */
  owner: string;
  notes: string;
  contacts: DemoPartnerContact[];
  /** Last changed this many days ago. */
  updatedDaysAgo: number;
}

export const demoPartnerRecords: DemoPartnerRecord[] = [
  // ——— IRST ———
  {
    institution: 'irst',
    company: 'oncopharm',
    status: 'PARTNER',
    owner: 'officer-irst',
    notes:
      'Long-standing licensee for our oncology portfolio. Business development reviews our new listings every quarter; prefers a short call before any formal EoI.',
    contacts: [
      {
        name: 'Dr. Laura Bianchi',
        role: 'Head of External Innovation',
        email: 'l.bianchi@oncopharm.demo',
        phone: '+39 02 5550 1234',
        notes: 'Decision maker for licences up to phase I.',
      },
      {
        name: 'Marco De Santis',
        role: 'Licensing Manager',
        email: 'm.desantis@oncopharm.demo',
        phone: '',
        notes: 'Handles CDAs and term sheets.',
      },
    ],
    updatedDaysAgo: 6,
  },
  {
    institution: 'irst',
    company: 'medisense',
    status: 'IN_CONTACT',
    owner: 'officer-irst-2',
    notes: 'Met at BIO-Europe; interested in liquid-biopsy assays. Waiting for their technical team after the CDA.',
    contacts: [
      {
        name: 'Anna Keller',
        role: 'Scouting Manager, Diagnostics',
        email: 'a.keller@medisense.demo',
        phone: '+49 89 5550 2211',
        notes: '',
      },
    ],
    updatedDaysAgo: 12,
  },
  {
    institution: 'irst',
    company: 'lumen-imaging',
    status: 'PARTNER',
    owner: 'officer-irst',
    notes: 'Imaging-software licence signed; royalty reports due every half year.',
    contacts: [
      {
        name: 'Giorgio Ferri',
        role: 'CEO',
        email: 'g.ferri@lumen-imaging.demo',
        phone: '+39 051 555 0199',
        notes: 'Prefers e-mail.',
      },
    ],
    updatedDaysAgo: 20,
  },
  {
    institution: 'irst',
    company: 'biovera-therapeutics',
    status: 'PROSPECT',
    owner: 'officer-irst-2',
    notes: 'Fits our CAR-T listings; no contact yet. Introduce at the next partnering event.',
    contacts: [],
    updatedDaysAgo: 35,
  },
  // ——— INT ———
  {
    institution: 'int',
    company: 'oncopharm',
    status: 'PARTNER',
    owner: 'officer-int',
    notes: 'Sponsored-research partner for the biomarker platform; annual steering meeting in March.',
    contacts: [
      {
        name: 'Dr. Laura Bianchi',
        role: 'Head of External Innovation',
        email: 'l.bianchi@oncopharm.demo',
        phone: '+39 02 5550 1234',
        notes: '',
      },
    ],
    updatedDaysAgo: 9,
  },
  {
    institution: 'int',
    company: 'pathomind',
    status: 'IN_CONTACT',
    owner: 'officer-int-2',
    notes: 'Digital-pathology start-up; discussing a data-access agreement for the slide archive.',
    contacts: [
      {
        name: 'Sofia Marchetti',
        role: 'CTO',
        email: 's.marchetti@pathomind.demo',
        phone: '',
        notes: 'Technical questions only.',
      },
    ],
    updatedDaysAgo: 4,
  },
  {
    institution: 'int',
    company: 'helvetia-biologics',
    status: 'PROSPECT',
    owner: 'officer-int',
    notes: 'Antibody developer; could take our early-stage targets. First approach planned.',
    contacts: [],
    updatedDaysAgo: 28,
  },
  {
    institution: 'int',
    company: 'genomica-italia',
    status: 'FORMER_PARTNER',
    owner: 'officer-int-2',
    notes: 'Service agreement for sequencing ended last year; on good terms.',
    contacts: [
      {
        name: 'Paolo Rinaldi',
        role: 'Business Development',
        email: 'p.rinaldi@genomica-italia.demo',
        phone: '+39 06 555 0147',
        notes: '',
      },
    ],
    updatedDaysAgo: 60,
  },
];

/** What the demo companies say about being contacted by institutes: a note, and who may be contacted and how. */
export const demoCompanyContactPreferences: {
  company: string;
  note: string;
  people: { email: string; byEmail: boolean; phone: string }[];
}[] = [
  {
    company: 'oncopharm',
    note: 'Write to our external-innovation team first; we answer within five working days.',
    people: [{ email: 'buyer@oncopharm.demo', byEmail: true, phone: '+39 02 5550 1000' }],
  },
];

import { UserRole } from '@tt/shared/company-enums';

// The demo accounts listed in the README (the two officers come with the institutes' data).
export const demoAccounts: {
  email: string;
  name: string;
  title?: string;
  /** A work phone, shown to the office on the person's EoIs. */
  phone?: string;
  role: UserRole;
  institution?: string;
  company?: string;
  /** The inventor record of the demo data that is this person. */
  inventor?: string;
}[] = [
  { email: 'admin@tt.demo', name: 'Paola Ferrante', title: 'Network administrator', role: UserRole.ADMIN },
  {
    email: 'researcher.irst@tt.demo',
    name: 'Giulia Zanetti',
    title: 'Researcher, Bioscience Laboratory',
    role: UserRole.RESEARCHER,
    institution: 'irst',
    inventor: 'researcher-irst',
  },
  {
    email: 'researcher.int@tt.demo',
    name: 'Stefano Villa',
    title: 'Researcher, Department of Experimental Oncology',
    role: UserRole.RESEARCHER,
    institution: 'int',
    inventor: 'researcher-int',
  },
  {
    email: 'buyer@oncopharm.demo',
    name: 'Chiara Lombardi',
    title: 'Business Development Director',
    phone: '+39 02 8716 4420',
    role: UserRole.COMPANY_MEMBER,
    company: 'oncopharm',
  },
  {
    email: 'buyer@medisense.demo',
    name: 'David Keller',
    title: 'Head of Partnerships',
    phone: '+49 89 2180 7731',
    role: UserRole.COMPANY_MEMBER,
    company: 'medisense',
  },
];

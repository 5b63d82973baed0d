import type { UserRole } from '../generated/graphql';
import type { MessageKey } from '../i18n/i18n';

// Where each role works, defined once: the header's main navigation puts the role's own work first, the user menu
// and the footer list all of its pages, and sign-in lands on its home.

export interface NavItem {
  to: string;
  label: MessageKey;
  testId: string;
  /** Where the footer says more than the header. */
  footerLabel?: MessageKey;
}

const CATALOGUE: NavItem = { to: '/', label: 'layout.nav.catalogue', testId: 'catalogue-link' };
const PARTNERS: NavItem = {
  to: '/partners',
  label: 'layout.nav.partners',
  testId: 'partners-link',
  footerLabel: 'layout.footer.partnerDirectory',
};
const INSTITUTES: NavItem = { to: '/institutes', label: 'layout.nav.institutes', testId: 'institutes-link' };
const REQUESTS: NavItem = { to: '/requests', label: 'requests.nav', testId: 'requests-link' };

/** The network's own pages (about, privacy, terms, cookies): in every footer, for everyone (path and message key). */
export const NETWORK_PAGES = ['about', 'privacy', 'terms', 'cookies'] as const;

/** The public pages, in the header for visitors and in every footer. */
export const PUBLIC_NAVIGATION: readonly NavItem[] = [CATALOGUE, PARTNERS, INSTITUTES, REQUESTS];

/** The header's main navigation: the role's own work first (short labels), then what it browses. */
export function mainNavigation(role: UserRole | null): readonly NavItem[] {
  switch (role) {
    case 'COMPANY_MEMBER':
      return [
        CATALOGUE,
        { to: '/interests', label: 'layout.work.interests', testId: 'work-interests' },
        REQUESTS,
        PARTNERS,
        INSTITUTES,
      ];
    case 'RESEARCHER':
      return [
        { to: '/disclosures', label: 'layout.work.myDisclosures', testId: 'work-disclosures' },
        CATALOGUE,
        REQUESTS,
        PARTNERS,
        INSTITUTES,
      ];
    case 'TT_OFFICER':
      return [
        { to: '/triage', label: 'layout.work.triage', testId: 'work-triage' },
        { to: '/office/disclosures', label: 'layout.work.disclosures', testId: 'work-disclosures' },
        { to: '/office/listings', label: 'layout.work.listings', testId: 'work-listings' },
        { to: '/office/agreements', label: 'layout.work.agreements', testId: 'work-agreements' },
        { to: '/office/partners', label: 'layout.work.partners', testId: 'work-partners' },
        { to: '/office/dashboard', label: 'layout.work.dashboard', testId: 'work-dashboard' },
        CATALOGUE,
      ];
    case 'PLATFORM_MANAGER':
      // Their platforms' service requests (the triage desk shows them those only), and the catalogue.
      return [{ to: '/triage', label: 'layout.work.serviceRequests', testId: 'work-triage' }, CATALOGUE];
    case 'ADMIN':
      return [
        { to: '/admin', label: 'layout.work.admin', testId: 'work-admin' },
        { to: '/triage', label: 'layout.work.triage', testId: 'work-triage' },
        { to: '/office/listings', label: 'layout.work.listings', testId: 'work-listings' },
        { to: '/office/dashboard', label: 'layout.work.dashboard', testId: 'work-dashboard' },
        CATALOGUE,
      ];
    default:
      return PUBLIC_NAVIGATION;
  }
}

/** The quotes of service requests: a company's, or the office's institute's. */
const QUOTES: NavItem = { to: '/quotes', label: 'layout.menu.quotes', testId: 'nav-quotes' };

/** Every page of the role's own (the user menu and the footer list them, beside the account's settings). */
export function rolePages(role: UserRole): readonly NavItem[] {
  const office: NavItem[] = [
    { to: '/triage', label: 'layout.menu.triage', testId: 'nav-triage' },
    { to: '/office/disclosures', label: 'layout.menu.disclosures', testId: 'nav-pipeline' },
    { to: '/office/listings', label: 'layout.menu.listings', testId: 'nav-listings' },
    { to: '/office/dashboard', label: 'layout.menu.dashboard', testId: 'nav-dashboard' },
    { to: '/office/agreements', label: 'layout.menu.agreements', testId: 'nav-agreements' },
    { to: '/office/partners', label: 'layout.menu.partnerRecords', testId: 'nav-partner-records' },
    QUOTES,
  ];
  switch (role) {
    case 'COMPANY_MEMBER':
      return [
        { to: '/company', label: 'layout.menu.company', testId: 'nav-company' },
        { to: '/interests', label: 'layout.menu.interests', testId: 'nav-interests' },
        QUOTES,
      ];
    case 'TT_OFFICER':
      return [...office, { to: '/people', label: 'layout.menu.people', testId: 'nav-people' }];
    case 'ADMIN':
      return [...office, { to: '/admin', label: 'layout.menu.admin', testId: 'nav-admin' }];
    case 'RESEARCHER':
      return [{ to: '/disclosures', label: 'layout.menu.myDisclosures', testId: 'nav-disclosures' }];
    case 'PLATFORM_MANAGER':
      return [{ to: '/triage', label: 'layout.menu.serviceRequests', testId: 'nav-triage' }];
    default:
      return [];
  }
}

/**
 * Where a user starts after signing in when no page asked for it: a company member in the catalogue (with its
 * recommendations), a researcher at their disclosures and listings, an officer (and a platform manager, for their
 * platforms' service requests) at the triage desk, an
 * administrator in the administration.
 */
export function homeFor(role: UserRole): string {
  switch (role) {
    case 'ADMIN':
      return '/admin';
    case 'TT_OFFICER':
    case 'PLATFORM_MANAGER':
      return '/triage';
    case 'RESEARCHER':
      return '/disclosures';
    default:
      return '/';
  }
}

/** Where a new member arrives from an invitation: a company member meets the company (its welcome), others home. */
export function welcomePathFor(role: UserRole): string {
  return role === 'COMPANY_MEMBER' ? '/company' : homeFor(role);
}

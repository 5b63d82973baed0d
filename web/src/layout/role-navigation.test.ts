import { describe, expect, it } from 'vitest';
import { homeFor, mainNavigation, rolePages, welcomePathFor } from './role-navigation';

describe('where each role lands and works', () => {
  it('lands each role on its own work after sign-in', () => {
    expect(homeFor('COMPANY_MEMBER')).toBe('/');
    expect(homeFor('RESEARCHER')).toBe('/disclosures');
    expect(homeFor('TT_OFFICER')).toBe('/triage');
    expect(homeFor('ADMIN')).toBe('/admin');
    // An invited company member meets the company first; everyone else goes home.
    expect(welcomePathFor('COMPANY_MEMBER')).toBe('/company');
    expect(welcomePathFor('TT_OFFICER')).toBe('/triage');
  });

  it('starts each role’s main navigation with its home, and its home is one of its pages', () => {
    for (const role of ['COMPANY_MEMBER', 'RESEARCHER', 'TT_OFFICER', 'ADMIN'] as const) {
      expect(mainNavigation(role)[0]!.to).toBe(homeFor(role));
      const reachable = [...mainNavigation(role), ...rolePages(role)].map((item) => item.to);
      expect(reachable).toContain(homeFor(role));
    }
  });
});

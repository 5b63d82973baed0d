import { describe, expect, it } from 'vitest';
import {
  ASSET_ROUTE,
  acceptInvitationPath,
  assetPath,
  COMPANY_EOI_ROUTE,
  companyEoiPath,
  DISCLOSURE_WIZARD_ROUTE,
  disclosureWizardPath,
  EDIT_AGREEMENT_ROUTE,
  EDIT_REQUEST_ROUTE,
  EXPRESS_INTEREST_ROUTE,
  editAgreementPath,
  editRequestPath,
  expressInterestPath,
  INSTITUTE_ROUTE,
  institutePath,
  languagePath,
  listingEditorPath,
  NEW_AGREEMENT_ROUTE,
  newAgreementPath,
  OFFICE_AGREEMENT_ROUTE,
  OFFICE_DISCLOSURE_ROUTE,
  OFFICE_EOI_ROUTE,
  OFFICE_LISTING_EDITOR_ROUTE,
  officeAgreementPath,
  officeDisclosurePath,
  officeEoiPath,
  PARTNER_ROUTE,
  partnerPath,
  REQUEST_ROUTE,
  RESEARCHER_DISCLOSURE_ROUTE,
  requestPath,
  researcherDisclosurePath,
  resetPasswordPath,
  verifyEmailPath,
} from './web-routes.js';

/** A route pattern as the router reads it: `:name` one segment, `:name?` an optional one. */
function match(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      const param = /^:(\w+)(\?)?$/.exec(segment);
      if (!param) return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      names.push(param[1] ?? '');
      return param[2] ? '(?:/([^/]+))?' : '/([^/]+)';
    })
    .join('');
  const found = new RegExp(`^${source}$`).exec(path);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
}

describe('web routes', () => {
  const id = 'RXhwcmVzc2lvbk9mSW50ZXJlc3Q6NDI';

  it('builds paths the router matches back to the same parameters', () => {
    expect(match(ASSET_ROUTE, assetPath('liquid-biopsy-panel'))).toEqual({ slug: 'liquid-biopsy-panel' });
    expect(match(EXPRESS_INTEREST_ROUTE, expressInterestPath('a/b c'))).toEqual({ slug: 'a/b c' });
    expect(match(ASSET_ROUTE, expressInterestPath('panel'))).toBeNull();
    expect(match(COMPANY_EOI_ROUTE, companyEoiPath(id))).toEqual({ id });
    expect(match(OFFICE_EOI_ROUTE, officeEoiPath(id))).toEqual({ id });
    expect(match(RESEARCHER_DISCLOSURE_ROUTE, researcherDisclosurePath(id))).toEqual({ id });
    expect(match(OFFICE_DISCLOSURE_ROUTE, officeDisclosurePath(id))).toEqual({ id });
    expect(match(DISCLOSURE_WIZARD_ROUTE, '/disclosures/x1/edit')).toEqual({ id: 'x1', step: '' });
    expect(match(DISCLOSURE_WIZARD_ROUTE, disclosureWizardPath(id))).toEqual({ id, step: '' });
    expect(match(OFFICE_LISTING_EDITOR_ROUTE, listingEditorPath(id))).toEqual({ id });
    expect(match(OFFICE_AGREEMENT_ROUTE, officeAgreementPath(id))).toEqual({ id });
    expect(match(EDIT_AGREEMENT_ROUTE, editAgreementPath(id))).toEqual({ id });
    expect(match(NEW_AGREEMENT_ROUTE, newAgreementPath())).toEqual({});
    expect(newAgreementPath(id)).toBe(`/office/agreements/new?eoi=${id}`);
    expect(match(PARTNER_ROUTE, partnerPath('oncopharm'))).toEqual({ slug: 'oncopharm' });
    expect(match(INSTITUTE_ROUTE, institutePath('irst'))).toEqual({ slug: 'irst' });
    expect(match(REQUEST_ROUTE, requestPath('liquid-biopsy-assay'))).toEqual({ slug: 'liquid-biopsy-assay' });
    expect(match(EDIT_REQUEST_ROUTE, editRequestPath('liquid-biopsy-assay'))).toEqual({ slug: 'liquid-biopsy-assay' });
    expect(match(OFFICE_AGREEMENT_ROUTE, officeAgreementPath(id))).toEqual({ id });
  });

  it('keeps an odd parameter inside its segment', () => {
    expect(assetPath('a/b c')).toBe('/assets/a%2Fb%20c');
    expect(match(ASSET_ROUTE, assetPath('a/b c'))).toEqual({ slug: 'a/b c' });
    expect(match(OFFICE_EOI_ROUTE, companyEoiPath(id))).toBeNull();
  });

  it('spells the addresses the e-mails have always linked to', () => {
    expect(companyEoiPath('x1')).toBe('/interests/x1');
    expect(officeEoiPath('x1')).toBe('/triage/x1');
    expect(researcherDisclosurePath('x5')).toBe('/disclosures/x5');
    expect(officeDisclosurePath('x5')).toBe('/office/disclosures/x5');
    expect(resetPasswordPath('t-_1')).toBe('/reset-password?token=t-_1');
    expect(verifyEmailPath('t-_1')).toBe('/verify-email?token=t-_1');
    expect(acceptInvitationPath('t-_1')).toBe('/invitations/accept?token=t-_1');
    expect(new URLSearchParams(resetPasswordPath('a+b/c=').split('?')[1]).get('token')).toBe('a+b/c=');
  });
});

describe('pages in a language', () => {
  it('keeps English at the root and puts Italian under /it', () => {
    expect(languagePath('en', '/assets/x')).toBe('/assets/x');
    expect(languagePath('it', '/assets/x')).toBe('/it/assets/x');
    expect(languagePath('it', '/')).toBe('/it');
    expect(languagePath('it', verifyEmailPath('a b'))).toBe('/it/verify-email?token=a%20b');
  });
});

import {
  ABOUT_ROUTE,
  ACCEPT_INVITATION_ROUTE,
  ACCOUNT_ROUTE,
  ADMIN_ROUTE,
  ADMIN_SECTION_ROUTE,
  ASSET_ROUTE,
  COMPANY_EOI_ROUTE,
  COMPANY_EOIS_ROUTE,
  COMPANY_ROUTE,
  COOKIES_ROUTE,
  DISCLOSURE_WIZARD_ROUTE,
  EDIT_AGREEMENT_ROUTE,
  EDIT_REQUEST_ROUTE,
  EXPRESS_INTEREST_ROUTE,
  FORGOT_PASSWORD_ROUTE,
  INSTITUTE_ROUTE,
  INSTITUTES_ROUTE,
  NEW_AGREEMENT_ROUTE,
  NEW_DISCLOSURE_ROUTE,
  NEW_REQUEST_ROUTE,
  OFFICE_AGREEMENT_ROUTE,
  OFFICE_AGREEMENTS_ROUTE,
  OFFICE_DASHBOARD_ROUTE,
  OFFICE_DISCLOSURE_ROUTE,
  OFFICE_DISCLOSURES_ROUTE,
  OFFICE_EOI_ROUTE,
  OFFICE_EOIS_ROUTE,
  OFFICE_LISTING_EDITOR_ROUTE,
  OFFICE_LISTINGS_ROUTE,
  OFFICE_PARTNER_ROUTE,
  OFFICE_PARTNERS_ROUTE,
  PARTNER_ROUTE,
  PARTNERS_ROUTE,
  PEOPLE_ROUTE,
  PIPELINE_ROUTE,
  PRIVACY_ROUTE,
  QUOTES_ROUTE,
  REQUEST_ROUTE,
  REQUESTS_ROUTE,
  RESEARCHER_DISCLOSURE_ROUTE,
  RESEARCHER_DISCLOSURES_ROUTE,
  RESET_PASSWORD_ROUTE,
  SAVED_SEARCHES_ROUTE,
  SIGN_IN_ROUTE,
  SIGN_UP_ROUTE,
  TERMS_ROUTE,
  UNSUBSCRIBE_ROUTE,
  VERIFY_EMAIL_ROUTE,
} from '@tt/shared/web-routes';

// The web app's routes as the API needs them to answer a path before the app runs: a path no route takes is a
// 404 (the app shows its not-found page there), every other one is the app's. The names are those of
// web/src/app-routes.tsx's `<Route path={…}>` (app-route-table.test.ts reads that file: a route added there and
// not here fails it).

/** The route constants of shared/web-routes.ts that the web's router declares, by name. */
export const APP_ROUTE_PATTERNS: Readonly<Record<string, string>> = {
  ASSET_ROUTE,
  EXPRESS_INTEREST_ROUTE,
  ABOUT_ROUTE,
  PRIVACY_ROUTE,
  TERMS_ROUTE,
  COOKIES_ROUTE,
  PARTNERS_ROUTE,
  PARTNER_ROUTE,
  INSTITUTES_ROUTE,
  INSTITUTE_ROUTE,
  SIGN_IN_ROUTE,
  SIGN_UP_ROUTE,
  FORGOT_PASSWORD_ROUTE,
  RESET_PASSWORD_ROUTE,
  VERIFY_EMAIL_ROUTE,
  ACCEPT_INVITATION_ROUTE,
  UNSUBSCRIBE_ROUTE,
  ACCOUNT_ROUTE,
  SAVED_SEARCHES_ROUTE,
  COMPANY_ROUTE,
  PEOPLE_ROUTE,
  COMPANY_EOIS_ROUTE,
  COMPANY_EOI_ROUTE,
  OFFICE_EOIS_ROUTE,
  OFFICE_EOI_ROUTE,
  OFFICE_DISCLOSURES_ROUTE,
  OFFICE_DISCLOSURE_ROUTE,
  OFFICE_LISTINGS_ROUTE,
  OFFICE_LISTING_EDITOR_ROUTE,
  OFFICE_DASHBOARD_ROUTE,
  OFFICE_PARTNERS_ROUTE,
  OFFICE_PARTNER_ROUTE,
  QUOTES_ROUTE,
  OFFICE_AGREEMENTS_ROUTE,
  NEW_AGREEMENT_ROUTE,
  OFFICE_AGREEMENT_ROUTE,
  EDIT_AGREEMENT_ROUTE,
  PIPELINE_ROUTE,
  RESEARCHER_DISCLOSURES_ROUTE,
  NEW_DISCLOSURE_ROUTE,
  RESEARCHER_DISCLOSURE_ROUTE,
  DISCLOSURE_WIZARD_ROUTE,
  REQUESTS_ROUTE,
  REQUEST_ROUTE,
  NEW_REQUEST_ROUTE,
  EDIT_REQUEST_ROUTE,
  ADMIN_ROUTE,
  ADMIN_SECTION_ROUTE,
};

/** A route pattern (`assets/:slug`, `pipeline/:id?`) as a regular expression over a path without its language prefix. */
function patternExpression(pattern: string): RegExp {
  const segments = pattern.split('/').map((segment) => {
    if (segment.startsWith(':')) return segment.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+';
    return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  });
  // React Router matches without regard to case, with or without a trailing slash.
  return new RegExp(`^${segments.join('')}/?$`, 'i');
}

const APP_ROUTES = Object.values(APP_ROUTE_PATTERNS).map(patternExpression);

/** Whether the web app has a page at this path (without its `/it` prefix): the catalogue at `/`, or a route. */
export function isAppPath(path: string): boolean {
  return path === '/' || path === '' || APP_ROUTES.some((route) => route.test(path));
}

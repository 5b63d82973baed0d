// The web app's addresses, defined once: the web's router declares the patterns, the web's links and
// the API's e-mails build paths with the functions below, so a renamed page moves both.
import { DEFAULT_LANGUAGE, type Language } from './languages.js';

// Route patterns as the web's router takes them (relative to the app's root). Plain string constants,
// not an object, so the bundler inlines them and the web's first load carries no table.
export const ASSET_ROUTE = 'assets/:slug';
/** A company member's expression of interest in a listing: a page of its own, with room for the message. */
export const EXPRESS_INTEREST_ROUTE = 'assets/:slug/interest';
export const PARTNERS_ROUTE = 'partners';
export const PARTNER_ROUTE = 'partners/:slug';
export const INSTITUTES_ROUTE = 'institutes';
export const INSTITUTE_ROUTE = 'institutes/:slug';
export const SIGN_IN_ROUTE = 'sign-in';
export const SIGN_UP_ROUTE = 'sign-up';
export const FORGOT_PASSWORD_ROUTE = 'forgot-password';
export const RESET_PASSWORD_ROUTE = 'reset-password';
export const VERIFY_EMAIL_ROUTE = 'verify-email';
export const ACCEPT_INVITATION_ROUTE = 'invitations/accept';
export const ACCOUNT_ROUTE = 'account';
export const COMPANY_ROUTE = 'company';
export const PEOPLE_ROUTE = 'people';
export const COMPANY_EOIS_ROUTE = 'interests';
export const COMPANY_EOI_ROUTE = 'interests/:id';
export const OFFICE_EOIS_ROUTE = 'triage';
export const OFFICE_EOI_ROUTE = 'triage/:id';
export const OFFICE_DISCLOSURES_ROUTE = 'office/disclosures';
export const OFFICE_DISCLOSURE_ROUTE = 'office/disclosures/:id';
export const OFFICE_LISTINGS_ROUTE = 'office/listings';
export const OFFICE_LISTING_EDITOR_ROUTE = 'office/listings/:id/edit';
export const OFFICE_DASHBOARD_ROUTE = 'office/dashboard';
export const PIPELINE_ROUTE = 'pipeline/:id?';
export const RESEARCHER_DISCLOSURES_ROUTE = 'disclosures';
export const NEW_DISCLOSURE_ROUTE = 'disclosures/new';
export const RESEARCHER_DISCLOSURE_ROUTE = 'disclosures/:id';
export const DISCLOSURE_WIZARD_ROUTE = 'disclosures/:id/edit/:step?';
export const ADMIN_ROUTE = 'admin';
export const ADMIN_SECTION_ROUTE = 'admin/:section';
export const SAVED_SEARCHES_ROUTE = 'searches';
export const UNSUBSCRIBE_ROUTE = 'unsubscribe';
export const REQUESTS_ROUTE = 'requests';
export const NEW_REQUEST_ROUTE = 'requests/new';
export const REQUEST_ROUTE = 'requests/:slug';
export const EDIT_REQUEST_ROUTE = 'requests/:slug/edit';
export const OFFICE_AGREEMENTS_ROUTE = 'office/agreements';
export const OFFICE_AGREEMENT_ROUTE = 'office/agreements/:id';
export const NEW_AGREEMENT_ROUTE = 'office/agreements/new';
export const EDIT_AGREEMENT_ROUTE = 'office/agreements/:id/edit';
/** Quotes of service requests: a company's members see theirs, the office its institute's. */
export const QUOTES_ROUTE = 'quotes';

// The paths below are checked against the patterns above (web-routes.test.ts: each matches back).
const part = encodeURIComponent;

/** A page in a language: English at the root, every other language under its code (`/it/assets/…`). */
export const languagePath = (language: Language, path: string) =>
  language === DEFAULT_LANGUAGE ? path : `/${language}${path === '/' ? '' : path}`;

/** A published listing's public page. */
export const assetPath = (slug: string) => `/${ASSET_ROUTE.replace(':slug', part(slug))}`;
/** The form a company member expresses interest in a listing with. */
export const expressInterestPath = (slug: string) => `/${EXPRESS_INTEREST_ROUTE.replace(':slug', part(slug))}`;
/** The company's side of an EoI. */
export const companyEoiPath = (id: string) => `/${COMPANY_EOIS_ROUTE}/${part(id)}`;
/** The office's side of an EoI. */
export const officeEoiPath = (id: string) => `/${OFFICE_EOIS_ROUTE}/${part(id)}`;
/** An agreement's page, for its office. */
export const officeAgreementPath = (id: string) => `/${OFFICE_AGREEMENT_ROUTE.replace(':id', part(id))}`;
/** The form of a new agreement: on its own, or from one of the office's EoIs (prefilled from it). */
export const newAgreementPath = (fromEoiId?: string) =>
  `/${NEW_AGREEMENT_ROUTE}${fromEoiId ? `?eoi=${part(fromEoiId)}` : ''}`;
/** An agreement's form, for its office. */
export const editAgreementPath = (id: string) => `/${EDIT_AGREEMENT_ROUTE.replace(':id', part(id))}`;
/** A listing's editor, for its office. */
export const listingEditorPath = (id: string) => `/${OFFICE_LISTING_EDITOR_ROUTE.replace(':id', part(id))}`;
/** A partner's public page. */
export const partnerPath = (slug: string) => `/${PARTNERS_ROUTE}/${part(slug)}`;
/** An institute's public page. */
export const institutePath = (slug: string) => `/${INSTITUTES_ROUTE}/${part(slug)}`;
/** A disclosure's wizard, at its first step. */
export const disclosureWizardPath = (id: string) => `/${RESEARCHER_DISCLOSURES_ROUTE}/${part(id)}/edit`;
/** The researchers' side of a disclosure. */
export const researcherDisclosurePath = (id: string) => `/${RESEARCHER_DISCLOSURES_ROUTE}/${part(id)}`;
/** The office's side of a disclosure. */
export const officeDisclosurePath = (id: string) => `/${OFFICE_DISCLOSURES_ROUTE}/${part(id)}`;
/** A technology request's page (its responses for the company and the responding offices). */
export const requestPath = (slug: string) => `/${REQUEST_ROUTE.replace(':slug', part(slug))}`;
/** A technology request's form, for its company. */
export const editRequestPath = (slug: string) => `/${EDIT_REQUEST_ROUTE.replace(':slug', part(slug))}`;
export const resetPasswordPath = (token: string) => `/${RESET_PASSWORD_ROUTE}?token=${part(token)}`;
export const verifyEmailPath = (token: string) => `/${VERIFY_EMAIL_ROUTE}?token=${part(token)}`;
export const acceptInvitationPath = (token: string) => `/${ACCEPT_INVITATION_ROUTE}?token=${part(token)}`;
/** The signed-in person's saved searches and their alerts. */
export const savedSearchesPath = () => `/${SAVED_SEARCHES_ROUTE}`;
/** The page an alert's "unsubscribe" link opens (a GET changes nothing: its button POSTs); also the one-click POST. */
export const unsubscribePath = (token: string) => `/${UNSUBSCRIBE_ROUTE}?token=${part(token)}`;

/** A catalogue search as the catalogue page's URL holds it (web/src/catalogue/search-state.ts reads it back). */
export interface CatalogueSearchLink {
  query?: string | null;
  filter?: {
    kinds?: readonly string[];
    sectors?: readonly string[];
    trlMin?: number | null;
    trlMax?: number | null;
    ipStatuses?: readonly string[];
    institutions?: readonly string[];
    partneringModels?: readonly string[];
    availabilities?: readonly string[];
  } | null;
}

/** The catalogue page showing a search: `/?q=…&kind=…&sector=…` (the search-state parameters). */
export function catalogueSearchPath(search: CatalogueSearchLink): string {
  const params = new URLSearchParams();
  const query = search.query?.trim();
  if (query) params.set('q', query);
  const filter = search.filter ?? {};
  for (const value of filter.kinds ?? []) params.append('kind', value);
  for (const value of filter.sectors ?? []) params.append('sector', value);
  if (filter.trlMin != null) params.set('trlMin', String(filter.trlMin));
  if (filter.trlMax != null) params.set('trlMax', String(filter.trlMax));
  for (const value of filter.ipStatuses ?? []) params.append('ip', value);
  for (const value of filter.institutions ?? []) params.append('inst', value);
  for (const value of filter.partneringModels ?? []) params.append('pm', value);
  for (const value of filter.availabilities ?? []) params.append('avail', value);
  const text = params.toString();
  return text ? `/?${text}` : '/';
}

/** A Requests-directory search as its page's URL holds it (web/src/requests/request-search-state.ts reads it back). */
export interface RequestSearchLink {
  query?: string | null;
  filter?: {
    sectors?: readonly string[];
    trlMin?: number | null;
    trlMax?: number | null;
    partneringModels?: readonly string[];
    statuses?: readonly string[];
  } | null;
}

/** The Requests directory showing a search: `/requests?q=…&sector=…&status=…`. */
export function requestsSearchPath(search: RequestSearchLink): string {
  const params = new URLSearchParams();
  const query = search.query?.trim();
  if (query) params.set('q', query);
  const filter = search.filter ?? {};
  for (const value of filter.sectors ?? []) params.append('sector', value);
  if (filter.trlMin != null) params.set('trlMin', String(filter.trlMin));
  if (filter.trlMax != null) params.set('trlMax', String(filter.trlMax));
  for (const value of filter.partneringModels ?? []) params.append('pm', value);
  for (const value of filter.statuses ?? []) params.append('status', value);
  const text = params.toString();
  return text ? `/${REQUESTS_ROUTE}?${text}` : `/${REQUESTS_ROUTE}`;
}

// Atom feeds, served by the API (Italian under /it/, as pages are): anyone may follow them, no account needed.
/** The newest listings of the whole catalogue. */
export const catalogueFeedPath = () => '/feeds/catalogue.atom';
/** The newest listings of one institute. */
export const instituteFeedPath = (slug: string) => `/feeds/institutes/${part(slug)}.atom`;
/** The newest listings matching a saved search, by the signed token its owner shares. */
export const savedSearchFeedPath = (token: string) => `/feeds/searches/${part(token)}.atom`;

// The office's partner records (its institute's record of each company): the list, and one company's record
// (`?institute=<id>` names the institute for administrators, who keep every institute's).
export const OFFICE_PARTNERS_ROUTE = 'office/partners';
export const OFFICE_PARTNER_ROUTE = 'office/partners/:companyId';
/** A company's record, for the office (an administrator names the institute). */
export const officePartnerPath = (companyId: string, institutionId?: string) =>
  `/${OFFICE_PARTNER_ROUTE.replace(':companyId', part(companyId))}${institutionId ? `?institute=${part(institutionId)}` : ''}`;

// Served by the API for crawlers and link previews (api/src/http/crawler-routes.ts, preview-image-routes.ts).
/** The sitemap index (robots.txt names it by its absolute address). */
export const sitemapIndexPath = () => '/sitemap.xml';
/** A listing's preview image (1200×630 PNG) for og:image and twitter:image; in Italian as `/it/og/listings/…`. */
export const listingPreviewImagePath = (slug: string) => `/og/listings/${part(slug)}.png`;
// A listing's print material (api/src/http/listing-pdf-routes.ts); in Italian under `/it` as the pages are.
/** A listing's one-page PDF, a download. */
export const listingPdfPath = (slug: string) => `/pdf/listings/${part(slug)}.pdf`;
/** The QR code (SVG) to a listing's page, for its print stylesheet. */
export const listingQrCodePath = (slug: string) => `/qr/listings/${part(slug)}.svg`;
// The network's own pages (shared/src/site-pages.ts): public, in every language, linked from every footer.
export const ABOUT_ROUTE = 'about';
export const PRIVACY_ROUTE = 'privacy';
export const TERMS_ROUTE = 'terms';
export const COOKIES_ROUTE = 'cookies';
/** The terms of use (sign-up and invitation forms link them). */
export const termsPath = () => `/${TERMS_ROUTE}`;
/** The privacy notice. */
export const privacyPath = () => `/${PRIVACY_ROUTE}`;

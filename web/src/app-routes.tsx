import type { AppRoutePattern } from '@tt/shared/app-route-table';
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
import { type ComponentType, lazy, type ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireRole } from './account/require-role';
import { CataloguePage } from './catalogue/catalogue-page';
import { loadMemberMessages } from './i18n/i18n';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';

/**
 * A signed-in page: its chunk and the signed-in pages' messages (i18n.ts) are fetched together, so
 * it never renders before its texts are there, and the catalogue's first load carries neither.
 */
function memberPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() => Promise.all([load(), loadMemberMessages()]).then(([page]) => page));
}

// React Router in declarative ("library") mode: the data router would add ~17 KB gzipped to the
// first load for features this app does not use (loaders, actions, fetchers).
// The catalogue is the landing page and ships in the main bundle; every other page is its own
// chunk, fetched on first visit.
const AssetPage = lazy(() => import('./catalogue/asset-page').then((m) => ({ default: m.AssetPage })));
const PartnersPage = lazy(() => import('./partners/partners-page').then((m) => ({ default: m.PartnersPage })));
const PartnerPage = lazy(() => import('./partners/partner-page').then((m) => ({ default: m.PartnerPage })));
const InstitutionsPage = lazy(() =>
  import('./institutions/institutions-page').then((m) => ({ default: m.InstitutionsPage })),
);
const InstitutionPage = lazy(() =>
  import('./institutions/institution-page').then((m) => ({ default: m.InstitutionPage })),
);
const SignInPage = lazy(() => import('./account/sign-in-page').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('./account/sign-up-page').then((m) => ({ default: m.SignUpPage })));
const ForgotPasswordPage = lazy(() =>
  import('./account/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('./account/reset-password-page').then((m) => ({ default: m.ResetPasswordPage })),
);
const VerifyEmailPage = lazy(() => import('./account/verify-email-page').then((m) => ({ default: m.VerifyEmailPage })));
const AcceptInvitationPage = lazy(() =>
  import('./account/accept-invitation-page').then((m) => ({ default: m.AcceptInvitationPage })),
);
const AccountPage = memberPage(() => import('./account/account-page').then((m) => ({ default: m.AccountPage })));
const CompanyPage = memberPage(() => import('./company/company-page').then((m) => ({ default: m.CompanyPage })));
const PeoplePage = memberPage(() => import('./admin/people-page').then((m) => ({ default: m.PeoplePage })));
const MyInterestsPage = memberPage(() =>
  import('./interest/my-interests-page').then((m) => ({ default: m.MyInterestsPage })),
);
const ExpressInterestPage = memberPage(() =>
  import('./interest/express-interest-page').then((m) => ({ default: m.ExpressInterestPage })),
);
const InterestPage = memberPage(() => import('./interest/interest-page').then((m) => ({ default: m.InterestPage })));
const TriagePage = memberPage(() => import('./interest/triage-page').then((m) => ({ default: m.TriagePage })));
const EoiOfficePage = memberPage(() =>
  import('./interest/eoi-office-page').then((m) => ({ default: m.EoiOfficePage })),
);
const AdminPage = memberPage(() => import('./admin/admin-page').then((m) => ({ default: m.AdminPage })));
const MyDisclosuresPage = memberPage(() =>
  import('./disclosures/my-disclosures-page').then((m) => ({ default: m.MyDisclosuresPage })),
);
const NewDisclosurePage = memberPage(() =>
  import('./disclosures/new-disclosure-page').then((m) => ({ default: m.NewDisclosurePage })),
);
const DisclosureWizardPage = memberPage(() =>
  import('./disclosures/disclosure-wizard-page').then((m) => ({ default: m.DisclosureWizardPage })),
);
const DisclosurePage = memberPage(() =>
  import('./disclosures/disclosure-page').then((m) => ({ default: m.DisclosurePage })),
);
const PipelinePage = memberPage(() => import('./disclosures/pipeline-page').then((m) => ({ default: m.PipelinePage })));
const DisclosureOfficePage = memberPage(() =>
  import('./disclosures/disclosure-office-page').then((m) => ({ default: m.DisclosureOfficePage })),
);
const PipelineRedirect = memberPage(() =>
  import('./disclosures/pipeline-redirect').then((m) => ({ default: m.PipelineRedirect })),
);
const ListingsPage = memberPage(() => import('./listings/listings-page').then((m) => ({ default: m.ListingsPage })));
const ListingEditorPage = memberPage(() =>
  import('./listings/listing-editor-page').then((m) => ({ default: m.ListingEditorPage })),
);
const OfficeDashboardPage = memberPage(() =>
  import('./office-dashboard/office-dashboard-page').then((m) => ({ default: m.OfficeDashboardPage })),
);
const PartnerRecordsPage = memberPage(() =>
  import('./partner-records/partner-records-page').then((m) => ({ default: m.PartnerRecordsPage })),
);
const PartnerRecordPage = memberPage(() =>
  import('./partner-records/partner-record-page').then((m) => ({ default: m.PartnerRecordPage })),
);
const AgreementsPage = memberPage(() =>
  import('./agreements/agreements-page').then((m) => ({ default: m.AgreementsPage })),
);
const AgreementPage = memberPage(() =>
  import('./agreements/agreement-page').then((m) => ({ default: m.AgreementPage })),
);
const QuotesPage = memberPage(() => import('./services/quotes-page').then((m) => ({ default: m.QuotesPage })));
const AgreementFormPage = memberPage(() =>
  import('./agreements/agreement-form-page').then((m) => ({ default: m.AgreementFormPage })),
);
const SavedSearchesPage = memberPage(() =>
  import('./saved-searches/saved-searches-page').then((m) => ({ default: m.SavedSearchesPage })),
);
// Public (an alert's link works signed out), with the signed-in pages' messages: its words live there.
const UnsubscribePage = memberPage(() =>
  import('./saved-searches/unsubscribe-page').then((m) => ({ default: m.UnsubscribePage })),
);
// Technology requests: public pages, loaded with the signed-in part of the messages (it holds theirs).
const RequestsPage = memberPage(() => import('./requests/requests-page').then((m) => ({ default: m.RequestsPage })));
const RequestPage = memberPage(() => import('./requests/request-page').then((m) => ({ default: m.RequestPage })));
const RequestFormPage = memberPage(() =>
  import('./requests/request-form-page').then((m) => ({ default: m.RequestFormPage })),
);

// The network's pages (about, privacy, terms, cookies): public, one chunk for the four, with the signed-in part
// of the messages and operations (they hold theirs), like the technology requests: none in the first load.
const AboutPage = memberPage(() => import('./site-pages/site-page').then((m) => ({ default: m.AboutPage })));
const PrivacyPage = memberPage(() => import('./site-pages/site-page').then((m) => ({ default: m.PrivacyPage })));
const TermsPage = memberPage(() => import('./site-pages/site-page').then((m) => ({ default: m.TermsPage })));
const CookiesPage = memberPage(() => import('./site-pages/site-page').then((m) => ({ default: m.CookiesPage })));

/**
 * The page of each route of shared/app-route-table.ts, the signed-in ones behind their guard (the guard is in the main
 * bundle, the pages load on first visit). Typed by the table: a route missing here, or one it does not list, does
 * not compile (app-routes.test.tsx checks the guards against its access).
 */
export const APP_PAGES: Record<AppRoutePattern, ReactElement> = {
  [ASSET_ROUTE]: <AssetPage />,
  [EXPRESS_INTEREST_ROUTE]: (
    <RequireRole roles={['COMPANY_MEMBER']}>
      <ExpressInterestPage />
    </RequireRole>
  ),
  [PARTNERS_ROUTE]: <PartnersPage />,
  [PARTNER_ROUTE]: <PartnerPage />,
  [INSTITUTES_ROUTE]: <InstitutionsPage />,
  [INSTITUTE_ROUTE]: <InstitutionPage />,
  [SIGN_IN_ROUTE]: <SignInPage />,
  [SIGN_UP_ROUTE]: <SignUpPage />,
  [FORGOT_PASSWORD_ROUTE]: <ForgotPasswordPage />,
  [RESET_PASSWORD_ROUTE]: <ResetPasswordPage />,
  [VERIFY_EMAIL_ROUTE]: <VerifyEmailPage />,
  [ACCEPT_INVITATION_ROUTE]: <AcceptInvitationPage />,
  [UNSUBSCRIBE_ROUTE]: <UnsubscribePage />,
  [ABOUT_ROUTE]: <AboutPage />,
  [PRIVACY_ROUTE]: <PrivacyPage />,
  [TERMS_ROUTE]: <TermsPage />,
  [COOKIES_ROUTE]: <CookiesPage />,
  [ACCOUNT_ROUTE]: (
    <RequireRole>
      <AccountPage />
    </RequireRole>
  ),
  [SAVED_SEARCHES_ROUTE]: (
    <RequireRole>
      <SavedSearchesPage />
    </RequireRole>
  ),
  [COMPANY_ROUTE]: (
    <RequireRole roles={['COMPANY_MEMBER']}>
      <CompanyPage />
    </RequireRole>
  ),
  [PEOPLE_ROUTE]: (
    <RequireRole roles={['TT_OFFICER']}>
      <PeoplePage />
    </RequireRole>
  ),
  [COMPANY_EOIS_ROUTE]: (
    <RequireRole roles={['COMPANY_MEMBER']}>
      <MyInterestsPage />
    </RequireRole>
  ),
  [COMPANY_EOI_ROUTE]: (
    <RequireRole roles={['COMPANY_MEMBER']}>
      <InterestPage />
    </RequireRole>
  ),
  [OFFICE_EOIS_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN', 'PLATFORM_MANAGER']}>
      <TriagePage />
    </RequireRole>
  ),
  [OFFICE_EOI_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN', 'PLATFORM_MANAGER']}>
      <EoiOfficePage />
    </RequireRole>
  ),
  [OFFICE_DISCLOSURES_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <PipelinePage />
    </RequireRole>
  ),
  [OFFICE_DISCLOSURE_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <DisclosureOfficePage />
    </RequireRole>
  ),
  [OFFICE_LISTINGS_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <ListingsPage />
    </RequireRole>
  ),
  [OFFICE_LISTING_EDITOR_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <ListingEditorPage />
    </RequireRole>
  ),
  [OFFICE_DASHBOARD_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <OfficeDashboardPage />
    </RequireRole>
  ),
  [OFFICE_PARTNERS_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <PartnerRecordsPage />
    </RequireRole>
  ),
  [OFFICE_PARTNER_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <PartnerRecordPage />
    </RequireRole>
  ),
  [QUOTES_ROUTE]: (
    <RequireRole roles={['COMPANY_MEMBER', 'TT_OFFICER', 'ADMIN']}>
      <QuotesPage />
    </RequireRole>
  ),
  [OFFICE_AGREEMENTS_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <AgreementsPage />
    </RequireRole>
  ),
  [NEW_AGREEMENT_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <AgreementFormPage />
    </RequireRole>
  ),
  [OFFICE_AGREEMENT_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <AgreementPage />
    </RequireRole>
  ),
  [EDIT_AGREEMENT_ROUTE]: (
    <RequireRole roles={['TT_OFFICER', 'ADMIN']}>
      <AgreementFormPage />
    </RequireRole>
  ),
  // The office's e-mails link to /pipeline/<id>.
  [PIPELINE_ROUTE]: <PipelineRedirect />,
  // The researcher's invention disclosures: the list, a new draft, one disclosure, its wizard.
  [RESEARCHER_DISCLOSURES_ROUTE]: (
    <RequireRole roles={['RESEARCHER']}>
      <MyDisclosuresPage />
    </RequireRole>
  ),
  [NEW_DISCLOSURE_ROUTE]: (
    <RequireRole roles={['RESEARCHER']}>
      <NewDisclosurePage />
    </RequireRole>
  ),
  [RESEARCHER_DISCLOSURE_ROUTE]: (
    <RequireRole roles={['RESEARCHER']}>
      <DisclosurePage />
    </RequireRole>
  ),
  [DISCLOSURE_WIZARD_ROUTE]: (
    <RequireRole roles={['RESEARCHER']}>
      <DisclosureWizardPage />
    </RequireRole>
  ),
  [REQUESTS_ROUTE]: <RequestsPage />,
  [REQUEST_ROUTE]: <RequestPage />,
  [NEW_REQUEST_ROUTE]: (
    <RequireRole roles={['COMPANY_MEMBER']}>
      <RequestFormPage />
    </RequireRole>
  ),
  [EDIT_REQUEST_ROUTE]: (
    <RequireRole roles={['COMPANY_MEMBER']}>
      <RequestFormPage />
    </RequireRole>
  ),
  [ADMIN_ROUTE]: <Navigate replace to="/admin/users" />,
  [ADMIN_SECTION_ROUTE]: (
    <RequireRole roles={['ADMIN']}>
      <AdminPage />
    </RequireRole>
  ),
};

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<CataloguePage />} />
        {Object.entries(APP_PAGES).map(([path, element]) => (
          <Route key={path} path={path} element={element} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { CataloguePage } from './catalogue/catalogue-page';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';

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

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<CataloguePage />} />
        <Route path="assets/:slug" element={<AssetPage />} />
        <Route path="partners" element={<PartnersPage />} />
        <Route path="partners/:slug" element={<PartnerPage />} />
        <Route path="institutes" element={<InstitutionsPage />} />
        <Route path="institutes/:slug" element={<InstitutionPage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { Link } from 'react-router';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { LogoMark } from '../ui/icons';
import { NETWORK_PAGES, PUBLIC_NAVIGATION, rolePages } from './role-navigation';

export function SiteFooter() {
  const { viewer } = useViewer();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__about">
          <p className="site-footer__brand">
            <LogoMark />
            {t('app.name')}
          </p>
          <p>{t('layout.footer.about')}</p>
        </div>
        <nav className="site-footer__nav" aria-labelledby="footer-explore">
          <h2 id="footer-explore" className="site-footer__title">
            {t('layout.footer.explore')}
          </h2>
          <ul>
            {PUBLIC_NAVIGATION.map((item) => (
              <li key={item.to}>
                <Link to={item.to}>{t(item.footerLabel ?? item.label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav className="site-footer__nav" aria-labelledby="footer-network">
          <h2 id="footer-network" className="site-footer__title">
            {t('layout.footer.network')}
          </h2>
          <ul>
            {NETWORK_PAGES.map((page) => (
              <li key={page}>
                <Link to={`/${page}`}>{t(`sitePages.${page}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {viewer ? (
          <nav className="site-footer__nav" aria-labelledby="footer-account">
            <h2 id="footer-account" className="site-footer__title">
              {t('layout.footer.account')}
            </h2>
            <ul>
              {rolePages(viewer.role).map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>{t(item.label)}</Link>
                </li>
              ))}
              <li>
                <Link to="/searches">{t('alerts.menu')}</Link>
              </li>
              <li>
                <Link to="/account">{t('layout.footer.settings')}</Link>
              </li>
            </ul>
          </nav>
        ) : (
          <nav className="site-footer__nav" aria-labelledby="footer-companies">
            <h2 id="footer-companies" className="site-footer__title">
              {t('layout.footer.companies')}
            </h2>
            <ul>
              <li>
                <Link to="/sign-up">{t('layout.footer.createAccount')}</Link>
              </li>
              <li>
                <Link to="/sign-in">{t('layout.nav.signIn')}</Link>
              </li>
            </ul>
          </nav>
        )}
      </div>
      <div className="container site-footer__bottom">
        <p>{t('layout.footer.credit', { year: String(new Date().getFullYear()) })}</p>
      </div>
    </footer>
  );
}

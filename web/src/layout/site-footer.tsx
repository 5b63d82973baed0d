import { Link } from 'react-router';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { LogoMark } from '../ui/icons';

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
            <li>
              <Link to="/">{t('layout.nav.catalogue')}</Link>
            </li>
            <li>
              <Link to="/partners">{t('layout.footer.partnerDirectory')}</Link>
            </li>
            <li>
              <Link to="/institutes">{t('layout.nav.institutes')}</Link>
            </li>
            <li>
              <Link to="/requests">{t('requests.nav')}</Link>
            </li>
          </ul>
        </nav>
        {viewer ? (
          <nav className="site-footer__nav" aria-labelledby="footer-account">
            <h2 id="footer-account" className="site-footer__title">
              {t('layout.footer.account')}
            </h2>
            <ul>
              {viewer.role === 'COMPANY_MEMBER' && (
                <li>
                  <Link to="/company">{t('layout.menu.company')}</Link>
                </li>
              )}
              {viewer.role === 'TT_OFFICER' && (
                <li>
                  <Link to="/people">{t('layout.menu.people')}</Link>
                </li>
              )}
              {viewer.role === 'ADMIN' && (
                <li>
                  <Link to="/admin">{t('layout.menu.admin')}</Link>
                </li>
              )}
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
        <p>{t('layout.footer.copyright', { year: String(new Date().getFullYear()) })}</p>
        <p>{t('layout.footer.licence')}</p>
      </div>
    </footer>
  );
}

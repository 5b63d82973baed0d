import { Link, NavLink, useMatch } from 'react-router';
import { t } from '../i18n/i18n';
import { LogoMark } from '../ui/icons';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link is-active' : 'nav-link');

export function SiteHeader() {
  // A listing belongs to the catalogue: keep "Catalogue" marked as the current section there.
  const onAsset = useMatch('/assets/:slug') !== null;
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <LogoMark />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label={t('layout.nav.label')}>
          <ul className="site-nav__list">
            <li>
              <NavLink
                to="/"
                end
                className={({ isActive }) => navClass({ isActive: isActive || onAsset })}
                data-testid="catalogue-link"
              >
                {t('layout.nav.catalogue')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/partners" className={navClass} data-testid="partners-link">
                {t('layout.nav.partners')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/institutes" className={navClass} data-testid="institutes-link">
                {t('layout.nav.institutes')}
              </NavLink>
            </li>
            <li className="site-nav__sign-in">
              <NavLink
                to="/sign-in"
                className={({ isActive }) => `nav-link nav-link--button${isActive ? ' is-active' : ''}`}
                data-testid="sign-in-link"
              >
                {t('layout.nav.signIn')}
              </NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

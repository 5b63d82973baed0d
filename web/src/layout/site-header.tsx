import { useEffect } from 'react';
import { Link, NavLink, useLocation, useMatch } from 'react-router';
import { t } from '../i18n/i18n';
import { rememberRole, roleHint } from '../session/role-hint';
import { useAccountLanguage } from '../session/use-account-language';
import { useViewer } from '../session/use-viewer';
import { LogoMark } from '../ui/icons';
import { LanguageSwitch } from './language-switch';
import { mainNavigation } from './role-navigation';
import { UserMenu } from './user-menu';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link is-active' : 'nav-link');

/** The brand, the main navigation (the role's own work first: role-navigation.ts), the language and the account. */
export function SiteHeader() {
  // A listing belongs to the catalogue: keep "Catalogue" marked as the current section there.
  const onAsset = useMatch('/assets/:slug') !== null;
  // Until the session is known, the role this browser last signed in with (else the visitors' navigation): the
  // header keeps its layout when the answer comes.
  const { viewer, loading } = useViewer();
  const role = viewer?.role ?? (loading ? roleHint() : null);
  useEffect(() => {
    if (!loading) rememberRole(viewer?.role ?? null);
  }, [loading, viewer?.role]);
  return (
    <header className="site-header">
      <div className={`container site-header__inner${role ? ' site-header__inner--member' : ''}`}>
        <Link to="/" className="brand">
          <LogoMark />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label={t('layout.nav.label')}>
          <ul className="site-nav__list" data-testid="main-navigation">
            {mainNavigation(role).map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.to === '/'}
                  className={({ isActive }) => navClass({ isActive: isActive || (item.to === '/' && onAsset) })}
                  data-testid={item.testId}
                >
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
        <AccountNav />
      </div>
    </header>
  );
}

/** Sign in and Create account for visitors; the user menu once signed in. */
function AccountNav() {
  const { viewer, loading } = useViewer();
  const { pathname, search } = useLocation();
  useAccountLanguage(Boolean(viewer));
  if (loading && roleHint()) {
    // The room of the avatar button when this browser was signed in last time.
    return (
      <div className="site-account" aria-hidden="true">
        <span className="site-account__avatar-room" />
      </div>
    );
  }
  if (viewer) {
    return (
      <div className="site-account">
        <UserMenu viewer={viewer} />
      </div>
    );
  }
  // Signed out, or not known yet in a browser not signed in last time (most likely a visitor): the visitors' links
  // from the first paint, as the header around them is the visitors' (the header jumped when they came later).
  // Signing in from a page comes back to it (but not to the sign-in pages themselves).
  const here = `${pathname}${search}`;
  const comeBack = /^\/(sign-in|sign-up|forgot-password|reset-password|verify-email|invitations)/.test(pathname)
    ? ''
    : `?next=${encodeURIComponent(here)}`;
  return (
    <div className="site-account">
      <NavLink
        to={pathname === '/' ? '/sign-in' : `/sign-in${comeBack}`}
        className={({ isActive }) => `nav-link nav-link--button${isActive ? ' is-active' : ''}`}
        data-testid="sign-in-link"
      >
        {t('layout.nav.signIn')}
      </NavLink>
      <Link to="/sign-up" className="button button--primary site-account__create" data-testid="sign-up-link">
        {t('layout.nav.createAccount')}
      </Link>
    </div>
  );
}

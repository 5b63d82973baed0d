import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useLocation, useNavigate } from 'react-router';
import { LogOutDocument, UnreadInterestsDocument } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { roleLabel } from '../i18n/labels';
import { initials, type ViewerUser } from '../session/use-viewer';
import { ChevronDownIcon } from '../ui/icons';
import { useDismiss } from '../ui/use-dismiss';
import { rolePages } from './role-navigation';

/**
 * The signed-in user's menu (a disclosure: a button and a list of links): who they are, their
 * pages by role, and Log out. Closes on Escape, on a click elsewhere and on navigation.
 */
export function UserMenu({ viewer }: { viewer: ViewerUser }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [logOut, { loading: loggingOut }] = useMutation(LogOutDocument);
  // Replies the company has not read yet, on all its EoIs: a badge on "My interests".
  const { data: unreadData } = useQuery(UnreadInterestsDocument, {
    skip: viewer.role !== 'COMPANY_MEMBER',
    fetchPolicy: 'cache-and-network',
  });
  const unread = unreadData?.expressionsOfInterest.edges.reduce((sum, edge) => sum + edge.node.unreadCount, 0) ?? 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: closes when the page changes
  useEffect(() => setOpen(false), [pathname]);

  useDismiss(open, close, root, button);

  async function handleLogOut() {
    try {
      await logOut();
    } catch {
      // Already signed out on the server (an expired session): sign out here all the same.
    }
    setOpen(false);
    // Leave the page first (it may be for signed-in users only), then forget everything cached for
    // this session; what the catalogue shows is fetched again as a visitor.
    flushSync(() => navigate('/'));
    try {
      await client.resetStore();
    } catch {
      // A query cut short by the reset is fetched again by its page; nothing else to do here.
    }
  }

  const organisation = viewer.company?.name ?? viewer.institution?.shortName ?? null;
  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
        data-testid="user-menu-button"
      >
        <span className="avatar" aria-hidden="true">
          {initials(viewer.name)}
          {unread > 0 && <span className="avatar__dot" data-testid="unread-dot" />}
        </span>
        <span className="user-menu__who">
          <span className="user-menu__name">{viewer.name}</span>
          <span className="user-menu__role" data-testid="user-menu-role">
            {roleLabel(viewer.role)}
          </span>
        </span>
        <span className="visually-hidden">
          {t('layout.menu.label')}
          {unread > 0 && ` (${t('layout.menu.unread', { count: unread })})`}
        </span>
        <ChevronDownIcon className="icon user-menu__chevron" />
      </button>
      <div className="user-menu__panel" id={`${id}-menu`} hidden={!open} data-testid="user-menu">
        <div className="user-menu__header">
          <p className="user-menu__header-name">{viewer.name}</p>
          <p className="user-menu__header-email">{viewer.email}</p>
          <p className="user-menu__header-role">
            {roleLabel(viewer.role)}
            {organisation && ` · ${organisation}`}
          </p>
        </div>
        <ul className="user-menu__list">
          <li>
            <Link to="/account" className="user-menu__link" data-testid="nav-account" onClick={() => setOpen(false)}>
              {t('layout.menu.account')}
            </Link>
          </li>
          <li>
            <Link
              to="/searches"
              className="user-menu__link"
              data-testid="nav-saved-searches"
              onClick={() => setOpen(false)}
            >
              {t('alerts.menu')}
            </Link>
          </li>
          {rolePages(viewer.role).map((link) => (
            <li key={link.to}>
              <Link to={link.to} className="user-menu__link" data-testid={link.testId} onClick={() => setOpen(false)}>
                {t(link.label)}
                {link.to === '/interests' && unread > 0 && (
                  <span className="menu-badge" data-testid="unread-interests">
                    <span aria-hidden="true">{unread}</span>
                    <span className="visually-hidden"> ({t('layout.menu.unread', { count: unread })})</span>
                  </span>
                )}
              </Link>
            </li>
          ))}
          <li className="user-menu__separator">
            <button
              type="button"
              className="user-menu__link user-menu__log-out"
              onClick={() => void handleLogOut()}
              disabled={loggingOut}
              data-testid="log-out"
            >
              {t('layout.menu.logOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}

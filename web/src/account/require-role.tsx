import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import type { UserRole } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { roleLabel, rolePluralLabel } from '../i18n/labels';
import { useViewer, type ViewerUser } from '../session/use-viewer';
import { ShieldIcon } from '../ui/icons';
import { ErrorState, PageLoading } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';

/** The sign-in address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

/**
 * A page for signed-in users (of the given roles, when there are some). Anonymous visitors go to
 * the sign-in page, which brings them back here; other roles see why they cannot go on.
 */
export function RequireRole({ roles, children }: { roles?: readonly UserRole[]; children: ReactNode }) {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (loading) return <PageLoading />;
  if (error) {
    return (
      <div className="container page-section">
        <ErrorState onRetry={refetch} />
      </div>
    );
  }
  if (!viewer) return <Navigate replace to={signInPath(`${location.pathname}${location.search}`)} />;
  if (roles && !roles.includes(viewer.role)) return <NotAllowedPage viewer={viewer} roles={roles} />;
  return children;
}

function NotAllowedPage({ viewer, roles }: { viewer: ViewerUser; roles: readonly UserRole[] }) {
  usePageMeta(t('notAllowed.metaTitle'));
  return (
    <div className="container not-found not-allowed" data-testid="not-allowed">
      <p className="not-allowed__icon" aria-hidden="true">
        <ShieldIcon />
      </p>
      <h1>{t('notAllowed.heading')}</h1>
      <p className="lead">
        {t('notAllowed.body', {
          roles: roles.map(rolePluralLabel).join(t('notAllowed.or')),
          name: viewer.name,
          role: roleLabel(viewer.role),
        })}
      </p>
      <div className="not-found__actions">
        <Link className="button button--primary" to="/">
          {t('notFound.toCatalogue')}
        </Link>
        <Link className="button button--secondary" to="/account">
          {t('notAllowed.toAccount')}
        </Link>
      </div>
    </div>
  );
}

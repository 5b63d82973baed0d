import type { UserRole } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { usePageMeta } from '../ui/use-page-meta';
import { DirectoryRequestsSection } from './directory-requests-section';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';
import { PeopleList } from './people-list';
import './admin.css';

const ROLES: UserRole[] = ['RESEARCHER', 'TT_OFFICER'];

/**
 * A technology-transfer officer's people: who has an account at their institute, invitations for new
 * researchers and officers (always of their own institute: the API sees to it), and the companies asking
 * to join the partner directory, which the network's officers review with its administrators.
 */
export function PeoplePage() {
  const { viewer } = useViewer();
  const institute = viewer?.institution;
  usePageMeta(t('people.metaTitle'), t('people.metaDescription'));
  if (!viewer) return null;

  return (
    <div className="admin-page" data-testid="people-page">
      <div className="page-header">
        <div className="container">
          <p className="eyebrow">{institute?.shortName ?? t('people.eyebrow')}</p>
          <h1 className="page-header__title" data-testid="people-heading">
            {t('people.heading')}
          </h1>
          <p className="page-header__sub">{t('people.lead', { institute: institute?.name ?? '' })}</p>
        </div>
      </div>
      <div className="container admin-body">
        <div className="aside-layout aside-layout--start admin-columns">
          <section className="panel admin-columns__aside" aria-labelledby="invite-heading">
            <h2 id="invite-heading" className="panel__title">
              {t('people.inviteTitle')}
            </h2>
            <p className="panel__lead">{t('people.inviteLead')}</p>
            <InviteForm roles={ROLES} organisationName={institute?.name} />
          </section>
          <div className="admin-columns__main">
            <section aria-labelledby="users-heading">
              <h2 id="users-heading" className="section-title">
                {t('people.usersTitle')}
              </h2>
              <PeopleList roles={ROLES} viewerId={viewer.id} />
            </section>
            <section aria-labelledby="invitations-heading" className="admin-section">
              <h2 id="invitations-heading" className="section-title">
                {t('people.invitationsTitle')}
              </h2>
              <InvitationList />
            </section>
            <DirectoryRequestsSection withHeading />
          </div>
        </div>
      </div>
    </div>
  );
}

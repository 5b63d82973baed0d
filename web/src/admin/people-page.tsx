import type { UserRole } from '../generated/graphql';
import { t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { PageHeader } from '../ui/page-header';
import { Panel } from '../ui/panel';
import { usePageMeta } from '../ui/use-page-meta';
import { DirectoryRequestsSection } from './directory-requests-section';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';
import { PeopleList } from './people-list';
import { PlatformsSection } from './platforms-section';
import './admin.css';

const ROLES: UserRole[] = ['RESEARCHER', 'TT_OFFICER', 'PLATFORM_MANAGER'];

/**
 * A technology-transfer officer's people: who has an account at their institute, invitations for new
 * researchers and officers (always of their own institute: the API sees to it), and the companies asking
 * to join the partner directory, which the network's officers review with its administrators, and the institute's
 * research platforms.
 */
export function PeoplePage() {
  const { viewer } = useViewer();
  const institute = viewer?.institution;
  usePageMeta(t('people.metaTitle'), t('people.metaDescription'));
  if (!viewer) return null;

  return (
    <div className="admin-page" data-testid="people-page">
      <PageHeader
        eyebrow={institute?.shortName ?? t('people.eyebrow')}
        title={t('people.heading')}
        lead={t('people.lead', { institute: institute?.name ?? '' })}
        titleTestId="people-heading"
      />
      <div className="container admin-body">
        <div className="aside-layout aside-layout--start admin-columns">
          <Panel headingId="invite-heading" title={t('people.inviteTitle')} className="admin-columns__aside">
            <p className="panel__lead">{t('people.inviteLead')}</p>
            <InviteForm roles={ROLES} organisationName={institute?.name} />
          </Panel>
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
            {/* The office keeps its institute's research platforms (administrators: Administration › Research platforms). */}
            {institute && (
              <section aria-labelledby="platforms-heading" className="admin-section">
                <h2 id="platforms-heading" className="section-title">
                  {t('admin.platforms')}
                </h2>
                <PlatformsSection institutionId={institute.id} />
              </section>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

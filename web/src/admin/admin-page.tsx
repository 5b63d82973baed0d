import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Navigate, NavLink, useParams } from 'react-router';
import { type UserRole } from '../generated/graphql';
import { InstituteOptionsDocument } from '../generated/members-graphql';
import { type MessageKey, t } from '../i18n/i18n';
import { useViewer } from '../session/use-viewer';
import { FilterSelect } from '../ui/filter-select';
import { PageHeader } from '../ui/page-header';
import { usePageMeta } from '../ui/use-page-meta';
import { CompaniesSection } from './companies-section';
import { DirectoryRequestsSection } from './directory-requests-section';
import { InstitutesSection } from './institutes-section';
import { InvitationList } from './invitation-list';
import { InviteForm } from './invite-form';
import { PeopleList } from './people-list';
import { PlatformsSection } from './platforms-section';
import { SectorsSection } from './sectors-section';
import { SitePagesSection } from './site-pages-section';
import './admin.css';

const SECTIONS = [
  'users',
  'invitations',
  'institutes',
  'companies',
  'directory',
  'sectors',
  'platforms',
  'pages',
] as const;
type Section = (typeof SECTIONS)[number];

const SECTION_TITLES: Record<Section, MessageKey> = {
  users: 'admin.users',
  invitations: 'admin.invitations',
  institutes: 'admin.institutes',
  companies: 'admin.companies',
  directory: 'admin.directory',
  sectors: 'admin.sectors',
  platforms: 'admin.platforms',
  pages: 'admin.pages',
};

const ALL_ROLES: UserRole[] = ['ADMIN', 'TT_OFFICER', 'PLATFORM_MANAGER', 'RESEARCHER', 'COMPANY_MEMBER'];
const INVITABLE: UserRole[] = ['TT_OFFICER', 'PLATFORM_MANAGER', 'RESEARCHER', 'ADMIN'];

/** The network administrators' page: users and roles, invitations, institutes, directory requests (a tab each). */
export function AdminPage() {
  const { section = 'users' } = useParams();
  const current = SECTIONS.find((value) => value === section);
  const { viewer } = useViewer();
  const { data: instituteData } = useQuery(InstituteOptionsDocument);
  const institutes = instituteData?.institutions ?? [];
  const tabs = useRef<HTMLElement>(null);
  // On a narrow screen the tabs scroll sideways: keep the open one in sight.
  useEffect(() => {
    if (current) tabs.current?.querySelector('.is-active')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  usePageMeta(
    current ? `${t(SECTION_TITLES[current])} · ${t('admin.metaTitle')}` : t('admin.metaTitle'),
    t('admin.metaDescription'),
  );

  if (!current) return <Navigate replace to="/admin/users" />;

  return (
    <div className="admin-page" data-testid="admin-page">
      <PageHeader
        eyebrow={t('admin.eyebrow')}
        title={t('admin.heading')}
        lead={t('admin.lead')}
        titleTestId="admin-heading"
        tabs
      >
        <nav className="tabs" aria-label={t('admin.sections')} ref={tabs}>
          <ul className="tabs__list">
            {SECTIONS.map((value) => (
              <li key={value}>
                <NavLink
                  to={`/admin/${value}`}
                  className={({ isActive }) => `tabs__link${isActive ? ' is-active' : ''}`}
                  data-testid={`admin-tab-${value}`}
                >
                  {t(SECTION_TITLES[value])}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      <div className="container admin-body">
        <h2 className="visually-hidden">{t(SECTION_TITLES[current])}</h2>
        {current === 'users' && viewer && (
          <PeopleList roles={ALL_ROLES} manage institutes={institutes} viewerId={viewer.id} />
        )}
        {current === 'invitations' && (
          <div className="aside-layout aside-layout--start admin-columns">
            <section className="panel admin-columns__aside" aria-labelledby="invite-heading">
              <h3 id="invite-heading" className="panel__title">
                {t('admin.inviteTitle')}
              </h3>
              <p className="panel__lead">{t('admin.inviteLead')}</p>
              <InviteForm roles={INVITABLE} institutes={institutes} />
            </section>
            <div className="admin-columns__main">
              <section aria-labelledby="invitations-heading" className="admin-section">
                <h3 id="invitations-heading" className="section-title">
                  {t('admin.sentInvitations')}
                </h3>
                <InvitationList showOrganisation />
              </section>
            </div>
          </div>
        )}
        {current === 'institutes' && <InstitutesSection />}
        {current === 'companies' && <CompaniesSection />}
        {current === 'directory' && <DirectoryRequestsSection />}
        {current === 'sectors' && <SectorsSection />}
        {current === 'platforms' && <AdminPlatforms institutes={institutes} />}
        {current === 'pages' && <SitePagesSection />}
      </div>
    </div>
  );
}

/** The research platforms of the institute the administrator chooses (an office keeps its own). */
function AdminPlatforms({ institutes }: { institutes: readonly { id: string; shortName: string }[] }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const institutionId = chosen ?? institutes[0]?.id ?? null;
  return (
    <section className="admin-section" data-testid="admin-platforms">
      <div className="list-toolbar">
        <FilterSelect
          label={t('platforms.institute')}
          value={institutionId ?? ''}
          onChange={setChosen}
          options={institutes.map((institute) => ({ value: institute.id, label: institute.shortName }))}
          testId="platforms-institute"
          layout="inline"
        />
      </div>
      {institutionId && <PlatformsSection key={institutionId} institutionId={institutionId} />}
    </section>
  );
}

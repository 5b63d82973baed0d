import { useQuery } from '@apollo/client/react';
import { disclosureExportParams } from '@tt/shared/office-exports';
import { officeDisclosurePath } from '@tt/shared/web-routes';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type DisclosureStatus } from '../generated/graphql';
import {
  InstituteOfficersDocument,
  OfficeDisclosuresDocument,
  type PipelineDisclosureFieldsFragment,
} from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { disclosureStatusLabel } from '../i18n/labels';
import { langOfText } from '../i18n/written-language';
import { useViewer } from '../session/use-viewer';
import { DeskTable } from '../ui/desk-table';
import { ExportCsvLink } from '../ui/export-csv-link';
import { InstituteFilter } from '../ui/institute-filter';
import { FirstLoad } from '../ui/list-state';
import { LoadMoreButton } from '../ui/load-more-button';
import { OfficeStatusTabs } from '../ui/office-tabs';
import { DeskHeader } from '../ui/page-header';
import { EmptyState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { DisclosureStatusBadge } from './disclosure-badges';
import { OfficerName } from './officer-name';
import {
  daysWaiting,
  isStale,
  OFFICE_STATUSES,
  OPEN_STATUSES,
  type PipelineState,
  type PipelineTab,
  readPipelineState,
  tabStatuses,
  writePipelineState,
} from './pipeline-filters';
import { plannedDisclosureWarningText } from './planned-disclosure-warning';
import '../ui/office.css';
import '../ui/office-records.css';

const PAGE_SIZE = 100;
type Disclosure = PipelineDisclosureFieldsFragment;
type Counts = readonly { status: DisclosureStatus; count: number }[];

/**
 * The office's disclosure pipeline: its institute's disclosures (every institute's for
 * administrators) by status, with counts, researchers, assignee and how long each has waited.
 */
export function PipelinePage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const state = readPipelineState(params);
  usePageMeta(t('pipeline.metaTitle'));
  // The assignee and institute filters are the API's (server side): every page, the count and the tabs follow them.
  const filter = {
    statuses: tabStatuses(state.tab),
    assigneeId: state.assignee || null,
    institutionId: state.institute || null,
  };
  const isAdmin = viewer?.role === 'ADMIN';
  const query = useQuery(OfficeDisclosuresDocument, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const update = (changes: Partial<PipelineState>) => setParams(writePipelineState({ ...state, ...changes }));
  const { data, loading, error, refetch, fetchMore } = query;
  const connection = data?.disclosures;
  const items = connection?.edges.map((edge) => edge.node) ?? [];
  const institute = viewer?.institution;

  return (
    <div className="pipeline-page" data-testid="pipeline-page">
      <DeskHeader desk="pipeline" institute={institute?.shortName}>
        <Link className="button button--secondary" to="/office/listings" data-testid="to-listings">
          {t('listings.heading')}
        </Link>
      </DeskHeader>
      <div className="container office-body">
        {connection && <StatusTabs tab={state.tab} counts={connection.statusCounts} update={update} />}
        <div className="split-row office-toolbar">
          <p className="office-count" data-testid="pipeline-count" aria-live="polite">
            {connection ? t('pipeline.count', { count: connection.totalCount }) : t('common.loading')}
          </p>
          <div className="office-toolbar__end">
            {isAdmin && <InstituteFilter value={state.institute} onChange={(institute) => update({ institute })} />}
            <AssigneeFilter value={state.assignee} onChange={(assignee) => update({ assignee })} />
            <ExportCsvLink
              list="disclosures"
              filters={disclosureExportParams({
                statuses: filter.statuses,
                assignee: state.assignee || null,
                institutionId: filter.institutionId,
              })}
            />
          </div>
        </div>
        <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
        {connection &&
          (items.length === 0 ? (
            <EmptyState title={t('pipeline.emptyTitle')}>
              <p>{state.assignee || state.institute ? t('pipeline.emptyFiltered') : t('pipeline.emptyBody')}</p>
            </EmptyState>
          ) : (
            <PipelineTable
              items={items}
              showStatus={state.tab === 'open' || state.tab === 'all'}
              // An administrator's pipeline mixes the institutes: each row says whose it is.
              showInstitute={isAdmin}
            />
          ))}
        {connection && (
          <LoadMoreButton
            shown={items.length}
            total={connection.totalCount}
            pageInfo={connection.pageInfo}
            loading={loading}
            fetchMore={fetchMore}
            first={PAGE_SIZE}
            label={t('pipeline.showMore')}
          />
        )}
      </div>
    </div>
  );
}

function countOf(counts: Counts, statuses: readonly DisclosureStatus[]): number {
  return counts.filter((entry) => statuses.includes(entry.status)).reduce((sum, entry) => sum + entry.count, 0);
}

function StatusTabs({
  tab,
  counts,
  update,
}: {
  tab: PipelineTab;
  counts: Counts;
  update: (changes: Partial<PipelineState>) => void;
}) {
  const tabs: { value: PipelineTab; label: string; count: number }[] = [
    { value: 'open', label: t('pipeline.open'), count: countOf(counts, OPEN_STATUSES) },
    ...OFFICE_STATUSES.map((status) => ({
      value: status,
      label: disclosureStatusLabel(status),
      count: countOf(counts, [status]),
    })),
    { value: 'all', label: t('pipeline.all'), count: countOf(counts, OFFICE_STATUSES) },
  ];
  return (
    <OfficeStatusTabs
      label={t('pipeline.byStatus')}
      tabs={tabs}
      selected={tab}
      onSelect={(value) => update({ tab: value })}
    />
  );
}

function AssigneeFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  const { viewer } = useViewer();
  const { data } = useQuery(InstituteOfficersDocument, { fetchPolicy: 'cache-first' });
  const others = (data?.users.edges.map((edge) => edge.node) ?? []).filter((officer) => officer.id !== viewer?.id);
  return (
    <div className="office-filter">
      <label htmlFor={`${id}-assignee`} className="office-filter__label">
        {t('pipeline.assignee')}
      </label>
      <select
        id={`${id}-assignee`}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid="filter-assignee"
      >
        <option value="">{t('pipeline.anyone')}</option>
        {viewer?.role === 'TT_OFFICER' && <option value="mine">{t('pipeline.mine')}</option>}
        <option value="none">{t('eoi.unassigned')}</option>
        {others.map((officer) => (
          <option key={officer.id} value={officer.id}>
            {officer.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The researchers on the disclosure (the inventors as entered, when no account is on it). */
function Researchers({ disclosure }: { disclosure: Disclosure }) {
  const names = (disclosure.researchers.length > 0 ? disclosure.researchers : disclosure.inventors).map(
    (person) => person.name,
  );
  if (names.length === 0) return <span className="muted">{t('pipeline.noInventors')}</span>;
  const [first, ...rest] = names;
  return (
    <span className="pipeline-researchers" title={names.join(', ')}>
      {first}
      {rest.length > 0 && <span className="muted"> {t('pipeline.andMore', { count: rest.length })}</span>}
    </span>
  );
}

function PipelineTable({
  items,
  showStatus,
  showInstitute,
}: {
  items: readonly Disclosure[];
  showStatus: boolean;
  showInstitute: boolean;
}) {
  return (
    <DeskTable
      wrapClassName="office-table-wrap"
      className="office-table pipeline-table"
      testId="pipeline-table"
      headings={[
        t('pipeline.table.reference'),
        t('pipeline.table.disclosure'),
        t('pipeline.table.researchers'),
        showStatus && t('pipeline.table.status'),
        t('pipeline.table.assignee'),
        t('pipeline.table.age'),
      ]}
    >
      {items.map((disclosure) => {
        const days = daysWaiting(disclosure);
        const stale = isStale(disclosure.status, days);
        const soon = disclosure.publicDisclosures.find((entry) => entry.warning);
        // The API says which one is near; its words are English, the reader's come from the shared rule.
        const soonWarning = soon ? plannedDisclosureWarningText(soon.date, 'OFFICE') : null;
        return (
          <tr
            key={disclosure.id}
            data-testid="pipeline-row"
            data-status={disclosure.status}
            className={stale ? 'is-stale' : undefined}
          >
            <td data-label={t('pipeline.table.reference')} className="office-table__reference">
              {disclosure.referenceNumber ?? <span className="muted">{t('pipeline.noReference')}</span>}
            </td>
            <td className="office-table__main">
              <Link
                to={officeDisclosurePath(disclosure.id)}
                className="office-table__title"
                data-testid="pipeline-row-link"
                lang={langOfText(disclosure.title, disclosure.language)}
              >
                {disclosure.title || t('pipeline.untitled')}
              </Link>
              {showInstitute && (
                <span className="office-table__sub" data-testid="pipeline-institute">
                  {disclosure.institution.shortName}
                </span>
              )}
              {soon && (
                <span className="pipeline-soon" title={soonWarning ?? undefined} data-testid="disclosure-soon">
                  {t('pipeline.disclosureSoon', { date: formatDate(soon.date) })}
                </span>
              )}
            </td>
            <td data-label={t('pipeline.table.researchers')}>
              <Researchers disclosure={disclosure} />
            </td>
            {showStatus && (
              <td data-label={t('pipeline.table.status')}>
                <DisclosureStatusBadge status={disclosure.status} />
              </td>
            )}
            <td data-label={t('pipeline.table.assignee')}>
              <OfficerName officer={disclosure.assignee} />
            </td>
            <td data-label={t('pipeline.table.age')}>
              <span
                className={`pipeline-age${stale ? ' pipeline-age--stale' : ''}`}
                title={
                  disclosure.submittedAt
                    ? t('pipeline.submittedOn', { date: formatDate(disclosure.submittedAt) })
                    : undefined
                }
                data-testid="pipeline-age"
                data-stale={stale}
              >
                {t('eoi.ageDays', { count: days })}
                {stale && <span className="visually-hidden"> ({t('pipeline.waitingLong')})</span>}
              </span>
            </td>
          </tr>
        );
      })}
    </DeskTable>
  );
}

import { useQuery } from '@apollo/client/react';
import { OPEN_EOI_STATUSES } from '@tt/shared/eoi-transitions';
import { eoiExportParams } from '@tt/shared/office-exports';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type EoiStatus } from '../generated/graphql';
import {
  type EoiSummaryFieldsFragment,
  ExpressionsOfInterestDocument,
  InstituteOfficersDocument,
} from '../generated/members-graphql';
import { formatDate, t } from '../i18n/i18n';
import { eoiPriorityLabel, eoiStatusLabel, kindLabel } from '../i18n/labels';
import { initials, useViewer } from '../session/use-viewer';
import { DeskSearch } from '../ui/desk-search';
import { DeskTable } from '../ui/desk-table';
import { ExportCsvLink } from '../ui/export-csv-link';
import { FilterSelect } from '../ui/filter-select';
import { InstituteFilter } from '../ui/institute-filter';
import { FirstLoad } from '../ui/list-state';
import { LoadMoreButton } from '../ui/load-more-button';
import { OfficeStatusTabs } from '../ui/office-tabs';
import { DeskHeader } from '../ui/page-header';
import { EmptyState } from '../ui/status';
import { usePageMeta } from '../ui/use-page-meta';
import { ageInDays, EoiStatusBadge, eoiPath, InterestTypeTag, OverdueBadge, PriorityBadge } from './eoi-badges';
import { BoardIcon, ListIcon } from './eoi-icons';
import {
  AGES,
  ALL_STATUSES,
  hasFilters,
  KINDS,
  PRIORITIES,
  readTriageState,
  type TriageState,
  triageFilter,
  writeTriageState,
} from './triage-filters';
import { useEoiEvents } from './use-eoi-events';
import '../ui/office.css';
import '../ui/office-records.css';
import './triage.css';

const PAGE_SIZE = 100;
type Eoi = EoiSummaryFieldsFragment;

/**
 * The office's triage desk: the expressions of interest in its institute's listings (all of them for
 * administrators), as a board with a column per open status or as a list, filtered from the address;
 * overdue ones first. New EoIs and moves appear without reloading.
 */
export function TriagePage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const state = readTriageState(params);
  usePageMeta(t('triage.metaTitle'));

  const filter = triageFilter(state);
  if (state.view === 'board') {
    const open = filter.statuses?.filter((status) => OPEN_EOI_STATUSES.includes(status)) ?? [];
    filter.statuses = open.length > 0 ? open : [...OPEN_EOI_STATUSES];
  }
  const { data, loading, error, refetch, fetchMore } = useQuery(ExpressionsOfInterestDocument, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data?.expressionsOfInterest.edges.length ?? 0;
  // A live change reloads as many rows as are shown, not only the first page.
  useEoiEvents(null, () => void refetch({ first: Math.max(PAGE_SIZE, shown) }));

  const update = (changes: Partial<TriageState>) => setParams(writeTriageState({ ...state, ...changes }));
  const connection = data?.expressionsOfInterest;
  const items = connection?.edges.map((edge) => edge.node) ?? [];
  const institute = viewer?.institution;
  // An administrator's desk mixes the institutes: each EoI says whose it is.
  const showInstitute = viewer?.role === 'ADMIN';

  return (
    <div className="triage-page" data-testid="triage-page">
      <DeskHeader
        // A platform manager's desk holds their platforms' service requests only.
        desk={viewer?.role === 'PLATFORM_MANAGER' ? 'serviceRequests' : 'triage'}
        institute={institute?.shortName}
      >
        <p className="live-pill" title={t('eoi.liveHint')}>
          <span className="live-pill__dot" aria-hidden="true" />
          {t('eoi.live')}
        </p>
      </DeskHeader>
      <div className="container office-body">
        <Filters
          state={state}
          update={update}
          viewerId={viewer?.id ?? ''}
          isAdmin={viewer?.role === 'ADMIN'}
          assetTitle={state.asset ? items[0]?.asset?.title : undefined}
        />
        <div className="triage-toolbar">
          <p className="office-count" data-testid="triage-count" aria-live="polite">
            {connection ? t('triage.count', { count: connection.totalCount }) : t('common.loading')}
          </p>
          <div className="office-toolbar__end">
            {/* Exports are the office's: a platform manager sees their platforms' requests here only. */}
            {viewer?.role !== 'PLATFORM_MANAGER' && <ExportCsvLink list="eois" filters={eoiExportParams(filter)} />}
            <fieldset className="segmented view-switch">
              <legend className="visually-hidden">{t('triage.view')}</legend>
              <button
                type="button"
                className={`segmented__button view-switch__button${state.view === 'board' ? ' is-selected' : ''}`}
                aria-pressed={state.view === 'board'}
                onClick={() =>
                  update({
                    view: 'board',
                    status:
                      state.status === 'all' || !OPEN_EOI_STATUSES.includes(state.status as EoiStatus)
                        ? 'open'
                        : state.status,
                  })
                }
                data-testid="view-board"
              >
                <BoardIcon />
                {t('triage.board')}
              </button>
              <button
                type="button"
                className={`segmented__button view-switch__button${state.view === 'list' ? ' is-selected' : ''}`}
                aria-pressed={state.view === 'list'}
                onClick={() => update({ view: 'list' })}
                data-testid="view-list"
              >
                <ListIcon />
                {t('triage.list')}
              </button>
            </fieldset>
          </div>
        </div>
        <FirstLoad loaded={Boolean(connection)} query={{ loading, error, refetch }} />
        {connection && state.view === 'board' && (
          <Board
            items={items}
            counts={connection.statusCounts}
            statuses={filter.statuses ?? [...OPEN_EOI_STATUSES]}
            showInstitute={showInstitute}
          />
        )}
        {connection && state.view === 'list' && (
          <>
            <StatusTabs state={state} update={update} counts={connection.statusCounts} />
            {items.length === 0 ? (
              <EmptyState title={t('triage.emptyTitle')}>
                <p>{t('triage.emptyBody')}</p>
              </EmptyState>
            ) : (
              <EoiTable items={items} showInstitute={showInstitute} />
            )}
          </>
        )}
        {connection && (
          <LoadMoreButton
            shown={items.length}
            total={connection.totalCount}
            pageInfo={connection.pageInfo}
            loading={loading}
            fetchMore={fetchMore}
            first={PAGE_SIZE}
            label={t('triage.more')}
          />
        )}
      </div>
    </div>
  );
}

function Filters({
  state,
  update,
  viewerId,
  isAdmin,
  assetTitle,
}: {
  state: TriageState;
  update: (changes: Partial<TriageState>) => void;
  viewerId: string;
  /** Administrators see every institute's EoIs, so they may choose one; an officer's are their own. */
  isAdmin: boolean;
  assetTitle: string | undefined;
}) {
  const id = useId();
  const { data } = useQuery(InstituteOfficersDocument, { fetchPolicy: 'cache-first' });
  const officers = (data?.users.edges.map((edge) => edge.node) ?? []).filter((officer) => officer.id !== viewerId);

  return (
    <section className="triage-filters" aria-label={t('triage.filters')} data-testid="triage-filters">
      <DeskSearch
        className="triage-filters__search"
        value={state.q}
        onSearch={(q) => update({ q })}
        label={t('triage.search')}
        placeholder={t('triage.searchPlaceholder')}
        testId="triage-search"
      />
      <div className="triage-filters__selects">
        {/* The list view chooses its status with the tabs above the table: the drop-down is the board's. */}
        {state.view === 'board' && (
          <FilterSelect
            label={t('eoi.status')}
            value={state.status}
            onChange={(status) => update({ status: status as TriageState['status'] })}
            options={OPEN_EOI_STATUSES.map((status) => ({ value: status, label: eoiStatusLabel(status) }))}
            testId="filter-status"
          >
            <option value="open">{t('triage.openStatuses')}</option>
          </FilterSelect>
        )}
        {isAdmin && <InstituteFilter value={state.institute} onChange={(institute) => update({ institute })} />}
        <FilterSelect
          label={t('triage.kind')}
          value={state.kind}
          onChange={(kind) => update({ kind: kind as TriageState['kind'] })}
          options={KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
          testId="filter-kind"
        >
          <option value="">{t('triage.anyKind')}</option>
        </FilterSelect>
        <FilterSelect
          label={t('eoi.priority')}
          value={state.priority}
          onChange={(priority) => update({ priority: priority as TriageState['priority'] })}
          options={PRIORITIES.map((priority) => ({ value: priority, label: eoiPriorityLabel(priority) }))}
          testId="filter-priority"
        >
          <option value="">{t('triage.anyPriority')}</option>
        </FilterSelect>
        <FilterSelect
          label={t('triage.assignee')}
          value={state.assignee}
          onChange={(assignee) => update({ assignee })}
          options={officers.map((officer) => ({ value: officer.id, label: officer.name }))}
          testId="filter-assignee"
        >
          <option value="">{t('triage.anyone')}</option>
          {viewerId && <option value={viewerId}>{t('triage.me')}</option>}
          <option value="none">{t('eoi.unassigned')}</option>
        </FilterSelect>
        <FilterSelect
          label={t('triage.age')}
          value={state.age === null ? '' : String(state.age)}
          onChange={(age) => update({ age: age ? Number(age) : null })}
          options={AGES.map((age) => ({ value: String(age), label: t('triage.olderThan', { count: age }) }))}
          testId="filter-age"
        >
          <option value="">{t('triage.anyAge')}</option>
        </FilterSelect>
        <div className="checkbox-field triage-filter triage-filter--check">
          <input
            id={`${id}-overdue`}
            type="checkbox"
            checked={state.overdue}
            onChange={(event) => update({ overdue: event.target.checked })}
            data-testid="filter-overdue"
          />
          <label htmlFor={`${id}-overdue`}>{t('triage.overdueOnly')}</label>
        </div>
      </div>
      {(state.asset || hasFilters(state)) && (
        <div className="triage-filters__active">
          {state.asset && (
            <span className="chip" data-testid="asset-filter">
              {assetTitle ? t('triage.listingFilter', { title: assetTitle }) : t('triage.listingFilterUnknown')}
            </span>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update({
                asset: '',
                institute: '',
                kind: '',
                priority: '',
                assignee: '',
                age: null,
                overdue: false,
                q: '',
                status: 'open',
              })
            }
            data-testid="clear-filters"
          >
            {t('triage.clearFilters')}
          </button>
        </div>
      )}
    </section>
  );
}

function countOf(counts: readonly { status: EoiStatus; count: number }[], status: EoiStatus): number {
  return counts.find((entry) => entry.status === status)?.count ?? 0;
}

/** A column per open status, in workflow order; each keeps the API's order (overdue first). */
function Board({
  items,
  counts,
  statuses,
  showInstitute,
}: {
  items: readonly Eoi[];
  counts: readonly { status: EoiStatus; count: number }[];
  statuses: readonly EoiStatus[];
  showInstitute: boolean;
}) {
  const columns = OPEN_EOI_STATUSES.filter((status) => statuses.includes(status));
  return (
    <div className="board" data-testid="board">
      {columns.map((status) => {
        // Overdue first, then as the API ordered them (latest activity first).
        const cards = items
          .filter((eoi) => eoi.status === status)
          .sort((a, b) => Number(b.overdue) - Number(a.overdue));
        const headingId = `column-${status.toLowerCase()}`;
        return (
          <section
            key={status}
            className={`board__column board__column--${status.toLowerCase()}`}
            aria-labelledby={headingId}
            data-testid="board-column"
            data-status={status}
          >
            <h2 className="board__heading" id={headingId}>
              <span className="board__title">{eoiStatusLabel(status)}</span>
              <span className="board__count" data-testid="column-count">
                {countOf(counts, status)}
              </span>
            </h2>
            {cards.length === 0 ? (
              <p className="board__empty">{t('triage.columnEmpty')}</p>
            ) : (
              <ul className="board__cards">
                {cards.map((eoi) => (
                  <li key={eoi.id}>
                    <EoiCard eoi={eoi} showInstitute={showInstitute} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function Assignee({ eoi }: { eoi: Eoi }) {
  if (!eoi.assignee)
    return <span className="office-person office-person--none eoi-assignee">{t('eoi.unassigned')}</span>;
  return (
    <span className="office-person eoi-assignee" title={eoi.assignee.name}>
      <span className="emblem office-person__avatar" aria-hidden="true">
        {initials(eoi.assignee.name)}
      </span>
      <span className="eoi-assignee__name">{eoi.assignee.name}</span>
    </span>
  );
}

/** The institute an EoI's listing belongs to, where the viewer sees several. */
function EoiInstitute({ eoi }: { eoi: Eoi }) {
  if (!eoi.asset) return null;
  return (
    <span className="eoi-institute" data-testid="eoi-institute">
      {eoi.asset.institution.shortName}
    </span>
  );
}

function EoiCard({ eoi, showInstitute }: { eoi: Eoi; showInstitute: boolean }) {
  const days = ageInDays(eoi.createdAt);
  return (
    <article
      className={`card eoi-card${eoi.overdue ? ' eoi-card--overdue' : ''}`}
      data-testid="eoi-card"
      data-overdue={eoi.overdue}
      data-id={eoi.id}
    >
      <div className="eoi-card__flags">
        {eoi.overdue && <OverdueBadge />}
        <PriorityBadge priority={eoi.priority} />
        {eoi.unreadCount > 0 && (
          <span className="eoi-card__unread">{t('eoi.unreadMessages', { count: eoi.unreadCount })}</span>
        )}
      </div>
      <h3 className="eoi-card__company">
        <Link className="card-link" to={eoiPath('/triage', eoi.id)} data-testid="eoi-card-link">
          {eoi.company.name}
        </Link>
      </h3>
      <p className="line-clamp eoi-card__asset">
        {showInstitute && <EoiInstitute eoi={eoi} />}
        {eoi.asset?.title ?? t('eoi.listingUnavailable')}
      </p>
      <div className="eoi-card__footer">
        <InterestTypeTag type={eoi.interestType} />
        <span className="eoi-card__age" title={t('eoi.receivedOn', { date: formatDate(eoi.createdAt) })}>
          {t('eoi.ageDays', { count: days })}
        </span>
        <Assignee eoi={eoi} />
      </div>
    </article>
  );
}

function StatusTabs({
  state,
  update,
  counts,
}: {
  state: TriageState;
  update: (changes: Partial<TriageState>) => void;
  counts: readonly { status: EoiStatus; count: number }[];
}) {
  const open = OPEN_EOI_STATUSES.reduce((sum, status) => sum + countOf(counts, status), 0);
  const all = ALL_STATUSES.reduce((sum, status) => sum + countOf(counts, status), 0);
  const tabs: { value: TriageState['status']; label: string; count: number }[] = [
    { value: 'open', label: t('triage.openStatuses'), count: open },
    { value: 'all', label: t('triage.allStatuses'), count: all },
    ...ALL_STATUSES.map((status) => ({ value: status, label: eoiStatusLabel(status), count: countOf(counts, status) })),
  ];
  return (
    <OfficeStatusTabs
      label={t('eoi.status')}
      tabs={tabs}
      selected={state.status}
      onSelect={(value) => update({ status: value })}
    />
  );
}

function EoiTable({ items, showInstitute }: { items: readonly Eoi[]; showInstitute: boolean }) {
  return (
    <DeskTable
      // Cards on the phone, like the other desks' tables (.office-table, ui/office-records.css).
      wrapClassName="office-table-wrap eoi-table-wrap"
      className="office-table eoi-table"
      testId="eoi-table"
      headings={[
        t('triage.table.eoi'),
        t('triage.table.status'),
        t('triage.table.priority'),
        t('triage.table.assignee'),
        t('triage.table.activity'),
      ]}
    >
      {items.map((eoi) => (
        <tr
          key={eoi.id}
          data-testid="eoi-row"
          data-overdue={eoi.overdue}
          className={eoi.overdue ? 'is-overdue' : undefined}
        >
          <td className="office-table__main">
            <Link to={eoiPath('/triage', eoi.id)} className="eoi-table__company" data-testid="eoi-row-link">
              {eoi.company.name}
            </Link>
            <span className="eoi-table__asset">
              {showInstitute && <EoiInstitute eoi={eoi} />}
              {eoi.asset?.title ?? t('eoi.listingUnavailable')}
            </span>
          </td>
          <td data-label={t('triage.table.status')}>
            <span className="eoi-table__status">
              <EoiStatusBadge status={eoi.status} />
              {eoi.overdue && <OverdueBadge />}
            </span>
          </td>
          <td data-label={t('triage.table.priority')}>
            <PriorityBadge priority={eoi.priority} always />
          </td>
          <td data-label={t('triage.table.assignee')}>
            <Assignee eoi={eoi} />
          </td>
          <td data-label={t('triage.table.activity')}>
            <time dateTime={eoi.lastActivityAt}>{formatDate(eoi.lastActivityAt)}</time>
          </td>
        </tr>
      ))}
    </DeskTable>
  );
}

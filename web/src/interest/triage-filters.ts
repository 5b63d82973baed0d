// The triage desk's view and filters, kept in the address (shareable, back/forward restore them).
import { EoiStatus as EOI_STATUSES, OPEN_EOI_STATUSES } from '@tt/shared/eoi-transitions';
import type { AssetKind, EoiPriority, EoiStatus, ExpressionOfInterestFilter } from '../generated/graphql';

export const ALL_STATUSES: readonly EoiStatus[] = Object.values(EOI_STATUSES);
export const KINDS: readonly AssetKind[] = ['INVENTION', 'PROTOTYPE', 'SERVICE'];
export const PRIORITIES: readonly EoiPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
export const AGES = [5, 10, 30] as const;

export interface TriageState {
  view: 'board' | 'list';
  /** A status, "open" (the board's default) or "all" */
  status: EoiStatus | 'open' | 'all';
  asset: string;
  /** An institute's id (administrators' filter) or "" (every institute) */
  institute: string;
  kind: AssetKind | '';
  priority: EoiPriority | '';
  /** An officer id, "none" or "" (anyone) */
  assignee: string;
  age: number | null;
  overdue: boolean;
  q: string;
}

const isStatus = (value: string | null): value is EoiStatus => ALL_STATUSES.includes(value as EoiStatus);

export function readTriageState(params: URLSearchParams): TriageState {
  const view = params.get('view') === 'list' ? 'list' : 'board';
  const status = params.get('status');
  const kind = params.get('kind');
  const priority = params.get('priority');
  const age = Number(params.get('age'));
  return {
    view,
    status: isStatus(status) ? status : status === 'all' ? 'all' : 'open',
    asset: params.get('asset') ?? '',
    institute: params.get('institute') ?? '',
    kind: KINDS.includes(kind as AssetKind) ? (kind as AssetKind) : '',
    priority: PRIORITIES.includes(priority as EoiPriority) ? (priority as EoiPriority) : '',
    assignee: params.get('assignee') ?? '',
    age: Number.isInteger(age) && age > 0 ? age : null,
    overdue: params.get('overdue') === '1',
    q: params.get('q') ?? '',
  };
}

export function writeTriageState(state: TriageState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view === 'list') params.set('view', 'list');
  if (state.status !== 'open') params.set('status', state.status);
  if (state.asset) params.set('asset', state.asset);
  if (state.institute) params.set('institute', state.institute);
  if (state.kind) params.set('kind', state.kind);
  if (state.priority) params.set('priority', state.priority);
  if (state.assignee) params.set('assignee', state.assignee);
  if (state.age) params.set('age', String(state.age));
  if (state.overdue) params.set('overdue', '1');
  if (state.q) params.set('q', state.q);
  return params;
}

/** The API filter for the state; `me` is the viewer's id for "assigned to me". */
export function triageFilter(state: TriageState): ExpressionOfInterestFilter {
  const statuses: EoiStatus[] =
    state.status === 'open' ? [...OPEN_EOI_STATUSES] : state.status === 'all' ? [...ALL_STATUSES] : [state.status];
  return {
    statuses,
    assetId: state.asset || null,
    institutionId: state.institute || null,
    kinds: state.kind ? [state.kind] : null,
    priorities: state.priority ? [state.priority] : null,
    assigneeId: state.assignee || null,
    minAgeDays: state.age,
    overdue: state.overdue ? true : null,
    query: state.q || null,
  };
}

export function hasFilters(state: TriageState): boolean {
  return (
    Boolean(
      state.asset ||
        state.institute ||
        state.kind ||
        state.priority ||
        state.assignee ||
        state.age ||
        state.overdue ||
        state.q,
    ) ||
    (state.status !== 'open' && state.status !== 'all')
  );
}

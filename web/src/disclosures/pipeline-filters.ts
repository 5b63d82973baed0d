// The pipeline's tab, assignee and (administrators') institute filters, kept in the address (shareable; back/forward restore them),
// and the rule that marks a disclosure as waiting too long.
import type { DisclosureStatus } from '../generated/graphql';

/** What the office works on, in workflow order; drafts are the researchers' until submitted. */
export const OPEN_STATUSES: readonly DisclosureStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'ACCEPTED'];
export const CLOSED_STATUSES: readonly DisclosureStatus[] = ['PUBLISHED', 'DECLINED', 'WITHDRAWN'];
export const OFFICE_STATUSES: readonly DisclosureStatus[] = [...OPEN_STATUSES, ...CLOSED_STATUSES];

export type PipelineTab = DisclosureStatus | 'open' | 'all';

export interface PipelineState {
  tab: PipelineTab;
  /** "" anyone, "mine", "none" (unassigned) or an officer's id */
  assignee: string;
  /** An institute's id (administrators' filter) or "" (every institute) */
  institute: string;
}

const isOfficeStatus = (value: string | null): value is DisclosureStatus =>
  OFFICE_STATUSES.includes(value as DisclosureStatus);

export function readPipelineState(params: URLSearchParams): PipelineState {
  const status = params.get('status');
  return {
    tab: isOfficeStatus(status) ? status : status === 'all' ? 'all' : 'open',
    assignee: params.get('assignee') ?? '',
    institute: params.get('institute') ?? '',
  };
}

export function writePipelineState(state: PipelineState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.tab !== 'open') params.set('status', state.tab);
  if (state.assignee) params.set('assignee', state.assignee);
  if (state.institute) params.set('institute', state.institute);
  return params;
}

/** The statuses a tab asks the API for. */
export function tabStatuses(tab: PipelineTab): DisclosureStatus[] {
  if (tab === 'open') return [...OPEN_STATUSES];
  if (tab === 'all') return [...OFFICE_STATUSES];
  return [tab];
}

const DAY_MS = 86_400_000;

/** Whole days since the submission (since creation for one never submitted). */
export function daysWaiting(disclosure: { submittedAt: string | null; createdAt: string }, now = Date.now()): number {
  const since = new Date(disclosure.submittedAt ?? disclosure.createdAt).getTime();
  return Math.max(0, Math.floor((now - since) / DAY_MS));
}

/** Nobody has picked up a submission for a week, or a case is still open after a month. */
export const STALE_SUBMITTED_DAYS = 7;
export const STALE_OPEN_DAYS = 30;

export function isStale(status: DisclosureStatus, days: number): boolean {
  if (status === 'SUBMITTED') return days >= STALE_SUBMITTED_DAYS;
  return OPEN_STATUSES.includes(status) && days >= STALE_OPEN_DAYS;
}

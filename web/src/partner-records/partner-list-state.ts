import { SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { PARTNER_STATUSES } from '@tt/shared/partner-rules';
import type { PartnerRelationshipFilter, PartnerStatus } from '../generated/graphql';

// The office's partner list lives in the URL: ?q=…&status=PARTNER&owner=<id>&institute=<id> (admins).

export interface PartnerListState {
  q: string;
  status: PartnerStatus | '';
  owner: string;
  institute: string;
}

export function readPartnerListState(params: URLSearchParams): PartnerListState {
  const status = params.get('status') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, SEARCH_QUERY_MAX_LENGTH),
    status: (PARTNER_STATUSES as readonly string[]).includes(status) ? (status as PartnerStatus) : '',
    owner: params.get('owner') ?? '',
    institute: params.get('institute') ?? '',
  };
}

export function writePartnerListState(state: PartnerListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.status) params.set('status', state.status);
  if (state.owner) params.set('owner', state.owner);
  if (state.institute) params.set('institute', state.institute);
  return params;
}

/** What the server filters by (every filter is applied there, never in the browser). */
export function partnerListFilter(state: PartnerListState): PartnerRelationshipFilter {
  const filter: PartnerRelationshipFilter = {};
  if (state.status) filter.statuses = [state.status];
  if (state.owner) filter.ownerId = state.owner;
  if (state.institute) filter.institutionId = state.institute;
  return filter;
}

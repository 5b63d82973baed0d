// The agreements list's filters, kept in the address (?status=SIGNED&type=LICENSE&institute=<id>, the last an
// administrator's) so a filtered list can be shared.
import { AgreementStatus, AgreementType } from '@tt/shared/agreement-rules';
import type { AgreementFilter } from '../generated/graphql';

export const AGREEMENT_STATUSES = Object.values(AgreementStatus);
export const AGREEMENT_TYPES = Object.values(AgreementType);

export interface AgreementListState {
  status: AgreementStatus | '';
  type: AgreementType | '';
  /** An institute's id (administrators' filter) or "" (every institute) */
  institute: string;
}

export function readAgreementListState(params: URLSearchParams): AgreementListState {
  const status = params.get('status') as AgreementStatus | null;
  const type = params.get('type') as AgreementType | null;
  return {
    status: status && AGREEMENT_STATUSES.includes(status) ? status : '',
    type: type && AGREEMENT_TYPES.includes(type) ? type : '',
    institute: params.get('institute') ?? '',
  };
}

export function writeAgreementListState(state: AgreementListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.status) params.set('status', state.status);
  if (state.type) params.set('type', state.type);
  if (state.institute) params.set('institute', state.institute);
  return params;
}

export const agreementFilter = (state: AgreementListState): AgreementFilter => ({
  statuses: state.status ? [state.status] : null,
  types: state.type ? [state.type] : null,
  institutionId: state.institute || null,
});

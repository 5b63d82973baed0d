import type { PartneringModel } from '@tt/shared/asset-enums';
import { FILTER_VALUES_MAX, SEARCH_QUERY_MAX_LENGTH, TRL_MAX, TRL_MIN } from '@tt/shared/limits';
import type { RequestStatus } from '@tt/shared/technology-request-enums';
import { badInput } from '../../errors/domain-error.js';
import { parseGlobalId } from '../../schema/global-id.js';

// The Requests directory's search as a client asks for it, checked as the catalogue checks its own (the same
// codes): the query's length, sector references, TRL bounds, lists of values.

/** The directory's filters as a client gives them (TechnologyRequestFilterInput implements it). */
export interface TechnologyRequestFilter {
  /** Sector or therapeutic-area slugs or global ids; children included. */
  sectors?: string[] | null;
  /** With trlMax: the requests whose TRL range overlaps this one. */
  trlMin?: number | null;
  trlMax?: number | null;
  partneringModels?: PartneringModel[] | null;
  statuses?: RequestStatus[] | null;
  /** Only the viewer's own company's requests. */
  mine?: boolean | null;
}

/** A sector as the client named it: a slug or a database id. */
export type SectorRef = { slug: string } | { id: number };

/** A validated search of the directory; sector references still to be resolved. */
export interface TechnologyRequestCriteria {
  query: string | null;
  sectors: SectorRef[];
  trlMin: number | null;
  trlMax: number | null;
  partneringModels: PartneringModel[];
  statuses: RequestStatus[];
  mine: boolean;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

function list<T>(values: T[] | null | undefined, argument: string): T[] {
  if (!values) return [];
  if (values.length > FILTER_VALUES_MAX) throw badInput('TOO_MANY_VALUES', argument, { max: FILTER_VALUES_MAX });
  return [...new Set(values)];
}

function trlBound(value: number | null | undefined, argument: string): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < TRL_MIN || value > TRL_MAX) {
    throw badInput('TRL_FILTER_OUT_OF_RANGE', argument, { min: TRL_MIN, max: TRL_MAX });
  }
  return value;
}

export function parseTechnologyRequestCriteria(args: {
  query?: string | null;
  filter?: TechnologyRequestFilter | null;
}): TechnologyRequestCriteria {
  const query = args.query?.trim() || null;
  if (query && query.length > SEARCH_QUERY_MAX_LENGTH) {
    throw badInput('QUERY_TOO_LONG', 'query', { max: SEARCH_QUERY_MAX_LENGTH });
  }
  const filter = args.filter ?? {};
  const trlMin = trlBound(filter.trlMin, 'filter.trlMin');
  const trlMax = trlBound(filter.trlMax, 'filter.trlMax');
  if (trlMin !== null && trlMax !== null && trlMin > trlMax) throw badInput('TRL_FILTER_INVERTED', 'filter.trlMin');
  const sectors = list(filter.sectors, 'filter.sectors').map((value): SectorRef => {
    if (SLUG.test(value)) return { slug: value };
    const parsed = parseGlobalId(value);
    if (parsed?.type === 'Sector') return { id: parsed.id };
    throw badInput('UNKNOWN_SECTOR_FILTER', 'filter.sectors', { value: value.slice(0, 60) });
  });
  return {
    query,
    sectors,
    trlMin,
    trlMax,
    partneringModels: list(filter.partneringModels, 'filter.partneringModels'),
    statuses: list(filter.statuses, 'filter.statuses'),
    mine: filter.mine === true,
  };
}

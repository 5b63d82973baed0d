import { type AssetKind, AssetOrder, type IpStatus, type PartneringModel } from '@tt/shared/asset-enums';
import { FILTER_VALUES_MAX, SEARCH_QUERY_MAX_LENGTH, TRL_MAX, TRL_MIN } from '@tt/shared/limits';
import type { ListingAvailability } from '@tt/shared/listing-availability';
import type { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import { badInput } from '../../errors/domain-error.js';
import { parseGlobalId } from '../../schema/global-id.js';

/** The catalogue's filters as a client gives them (AssetFilterInput implements it): lists are alternatives. */
export interface AssetFilter {
  kinds?: AssetKind[];
  /** Sector or therapeutic-area slugs or global ids; children included. */
  sectors?: string[];
  trlMin?: number;
  trlMax?: number;
  ipStatuses?: IpStatus[];
  /** Institute slugs or global ids. */
  institutions?: string[];
  partneringModels?: PartneringModel[];
  availabilities?: ListingAvailability[];
  capacities?: ServiceCapacityStatus[];
}

/** A reference to a sector or institute as the client gave it: a slug or a database id. */
export type TermRef = { slug: string } | { id: number };

/** A validated catalogue request; sector and institute references still to be resolved. */
export interface CatalogueCriteria {
  query: string | null;
  kinds: AssetKind[];
  sectors: TermRef[];
  trlMin: number | null;
  trlMax: number | null;
  ipStatuses: IpStatus[];
  institutions: TermRef[];
  partneringModels: PartneringModel[];
  availabilities: ListingAvailability[];
  capacities: ServiceCapacityStatus[];
  orderBy: AssetOrder;
}

/** The whole published catalogue, newest first, with the given criteria changed (for tools and tests). */
export function catalogueCriteria(overrides: Partial<CatalogueCriteria> = {}): CatalogueCriteria {
  return {
    query: null,
    kinds: [],
    sectors: [],
    trlMin: null,
    trlMax: null,
    ipStatuses: [],
    institutions: [],
    partneringModels: [],
    availabilities: [],
    capacities: [],
    orderBy: AssetOrder.NEWEST,
    ...overrides,
  };
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

function termRefs(values: string[] | undefined, type: 'Sector' | 'Institution', argument: string): TermRef[] {
  if (!values) return [];
  if (values.length > FILTER_VALUES_MAX) throw badInput('TOO_MANY_VALUES', argument, { max: FILTER_VALUES_MAX });
  return values.map((value) => {
    if (SLUG.test(value)) return { slug: value };
    const parsed = parseGlobalId(value);
    if (parsed?.type === type) return { id: parsed.id };
    const code = type === 'Sector' ? 'UNKNOWN_SECTOR_FILTER' : 'UNKNOWN_INSTITUTE_FILTER';
    throw badInput(code, argument, { value: value.slice(0, 60) });
  });
}

function enumList<T>(values: T[] | undefined, argument: string): T[] {
  if (!values) return [];
  if (values.length > FILTER_VALUES_MAX) throw badInput('TOO_MANY_VALUES', argument, { max: FILTER_VALUES_MAX });
  return [...new Set(values)];
}

function trlBound(value: number | undefined | null, argument: string): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < TRL_MIN || value > TRL_MAX) {
    throw badInput('TRL_FILTER_OUT_OF_RANGE', argument, { min: TRL_MIN, max: TRL_MAX });
  }
  return value;
}

export function parseCatalogueCriteria(args: {
  query?: string | null;
  filter?: AssetFilter | null;
  orderBy?: AssetOrder | null;
}): CatalogueCriteria {
  const query = args.query?.trim() || null;
  if (query && query.length > SEARCH_QUERY_MAX_LENGTH) {
    throw badInput('QUERY_TOO_LONG', 'query', { max: SEARCH_QUERY_MAX_LENGTH });
  }
  const filter = args.filter ?? {};
  const trlMin = trlBound(filter.trlMin, 'filter.trlMin');
  const trlMax = trlBound(filter.trlMax, 'filter.trlMax');
  if (trlMin !== null && trlMax !== null && trlMin > trlMax) {
    throw badInput('TRL_FILTER_INVERTED', 'filter.trlMin');
  }
  const orderBy = args.orderBy ?? (query ? AssetOrder.RELEVANCE : AssetOrder.NEWEST);
  return {
    query,
    kinds: enumList(filter.kinds, 'filter.kinds'),
    sectors: termRefs(filter.sectors, 'Sector', 'filter.sectors'),
    trlMin,
    trlMax,
    ipStatuses: enumList(filter.ipStatuses, 'filter.ipStatuses'),
    institutions: termRefs(filter.institutions, 'Institution', 'filter.institutions'),
    partneringModels: enumList(filter.partneringModels, 'filter.partneringModels'),
    availabilities: enumList(filter.availabilities, 'filter.availabilities'),
    capacities: enumList(filter.capacities, 'filter.capacities'),
    // Relevance means nothing without a query: newest first instead.
    orderBy: orderBy === AssetOrder.RELEVANCE && !query ? AssetOrder.NEWEST : orderBy,
  };
}

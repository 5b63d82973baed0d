// The office's CSV exports: their addresses and the filters they carry, written once for the web (which links
// to an export with the filters its list shows) and the API (which reads them back and applies them with the
// list's own service). A value that is not one the list offers makes the address invalid rather than being
// dropped: a dropped filter would export more than the list shows.

import { AgreementStatus, AgreementType } from './agreement-rules.js';
import { AssetKind, AssetStatus } from './asset-enums.js';
import { DisclosureStatus } from './disclosure-transitions.js';
import { EoiPriority, EoiStatus } from './eoi-transitions.js';
import { SEARCH_QUERY_MAX_LENGTH } from './limits.js';

/** The lists an office exports. */
export const OFFICE_EXPORTS = ['eois', 'disclosures', 'listings', 'agreements'] as const;
export type OfficeExportName = (typeof OFFICE_EXPORTS)[number];

export const isOfficeExportName = (value: unknown): value is OfficeExportName =>
  OFFICE_EXPORTS.includes(value as OfficeExportName);

/** Where an export is downloaded from: `/exports/<list>.csv?<filters>`. */
export function officeExportPath(name: OfficeExportName, params: URLSearchParams): string {
  const query = params.toString();
  return `/exports/${name}.csv${query ? `?${query}` : ''}`;
}

/** The EoI triage list's filters (the API's ExpressionOfInterestFilter), ids as global ids. */
export interface EoiExportFilter {
  statuses: EoiStatus[] | null;
  assetId: string | null;
  /** One institute's (an administrator's filter). */
  institutionId: string | null;
  kinds: AssetKind[] | null;
  priorities: EoiPriority[] | null;
  /** A user's global id, or "none" for unassigned ones. */
  assigneeId: string | null;
  overdue: boolean | null;
  minAgeDays: number | null;
  query: string | null;
}

/** The disclosures pipeline's filters. */
export interface DisclosureExportFilter {
  statuses: DisclosureStatus[] | null;
  /** A user's global id, "mine" or "none". */
  assignee: string | null;
  /** One institute's (an administrator's filter). */
  institutionId: string | null;
}

/** The office's listings list's filters. */
export interface ListingExportFilter {
  statuses: AssetStatus[] | null;
  query: string | null;
  /** One institute's (an administrator's filter). */
  institutionId: string | null;
}

/** The agreements list's filters. */
export interface AgreementExportFilter {
  statuses: AgreementStatus[] | null;
  types: AgreementType[] | null;
  /** One institute's (an administrator's filter). */
  institutionId: string | null;
}

/** A filter read from an address, or the parameter that made it invalid. */
export type ReadFilter<F> = { ok: true; filter: F } | { ok: false; parameter: string };

const MAX_AGE_DAYS = 3650;
const ID = /^[A-Za-z0-9_=-]{1,100}$/;

function setList(params: URLSearchParams, name: string, values: readonly string[] | null | undefined): void {
  if (values?.length) params.set(name, values.join(','));
}

function setText(params: URLSearchParams, name: string, value: string | null | undefined): void {
  if (value) params.set(name, value);
}

export function eoiExportParams(filter: Partial<EoiExportFilter>): URLSearchParams {
  const params = new URLSearchParams();
  setList(params, 'status', filter.statuses);
  setText(params, 'asset', filter.assetId);
  setText(params, 'institute', filter.institutionId);
  setList(params, 'kind', filter.kinds);
  setList(params, 'priority', filter.priorities);
  setText(params, 'assignee', filter.assigneeId);
  if (filter.overdue != null) params.set('overdue', filter.overdue ? '1' : '0');
  if (filter.minAgeDays != null) params.set('age', String(filter.minAgeDays));
  setText(params, 'q', filter.query);
  return params;
}

export function disclosureExportParams(filter: Partial<DisclosureExportFilter>): URLSearchParams {
  const params = new URLSearchParams();
  setList(params, 'status', filter.statuses);
  setText(params, 'assignee', filter.assignee);
  setText(params, 'institute', filter.institutionId);
  return params;
}

export function listingExportParams(filter: Partial<ListingExportFilter>): URLSearchParams {
  const params = new URLSearchParams();
  setList(params, 'status', filter.statuses);
  setText(params, 'q', filter.query);
  setText(params, 'institute', filter.institutionId);
  return params;
}

export function agreementExportParams(filter: Partial<AgreementExportFilter>): URLSearchParams {
  const params = new URLSearchParams();
  setList(params, 'status', filter.statuses);
  setList(params, 'type', filter.types);
  setText(params, 'institute', filter.institutionId);
  return params;
}

/** Reads one parameter with the rule given; `undefined` from the rule means invalid. */
class Reader {
  invalid: string | null = null;
  constructor(private readonly params: URLSearchParams) {}

  private read<T>(name: string, parse: (raw: string) => T | undefined): T | null {
    const raw = this.params.get(name);
    if (raw === null || raw === '') return null;
    const value = parse(raw);
    if (value === undefined) {
      this.invalid ??= name;
      return null;
    }
    return value;
  }

  list<T extends string>(name: string, allowed: readonly T[]): T[] | null {
    return this.read(name, (raw) => {
      const values = raw.split(',');
      return values.every((value) => allowed.includes(value as T)) ? [...new Set(values as T[])] : undefined;
    });
  }

  id(name: string, words: readonly string[] = []): string | null {
    return this.read(name, (raw) => (words.includes(raw) || ID.test(raw) ? raw : undefined));
  }

  text(name: string): string | null {
    return this.read(name, (raw) => (raw.trim().length <= SEARCH_QUERY_MAX_LENGTH ? raw.trim() || null : undefined));
  }

  flag(name: string): boolean | null {
    return this.read(name, (raw) => (raw === '1' ? true : raw === '0' ? false : undefined));
  }

  days(name: string): number | null {
    return this.read(name, (raw) => {
      const days = Number(raw);
      return /^\d{1,4}$/.test(raw) && days <= MAX_AGE_DAYS ? days : undefined;
    });
  }

  result<F>(filter: F): ReadFilter<F> {
    return this.invalid === null ? { ok: true, filter } : { ok: false, parameter: this.invalid };
  }
}

export function readEoiExportFilter(params: URLSearchParams): ReadFilter<EoiExportFilter> {
  const r = new Reader(params);
  return r.result({
    statuses: r.list('status', Object.values(EoiStatus)),
    assetId: r.id('asset'),
    institutionId: r.id('institute'),
    kinds: r.list('kind', Object.values(AssetKind)),
    priorities: r.list('priority', Object.values(EoiPriority)),
    assigneeId: r.id('assignee', ['none']),
    overdue: r.flag('overdue'),
    minAgeDays: r.days('age'),
    query: r.text('q'),
  });
}

export function readDisclosureExportFilter(params: URLSearchParams): ReadFilter<DisclosureExportFilter> {
  const r = new Reader(params);
  return r.result({
    statuses: r.list('status', Object.values(DisclosureStatus)),
    assignee: r.id('assignee', ['mine', 'none']),
    institutionId: r.id('institute'),
  });
}

export function readListingExportFilter(params: URLSearchParams): ReadFilter<ListingExportFilter> {
  const r = new Reader(params);
  return r.result({
    statuses: r.list('status', Object.values(AssetStatus)),
    query: r.text('q'),
    institutionId: r.id('institute'),
  });
}

export function readAgreementExportFilter(params: URLSearchParams): ReadFilter<AgreementExportFilter> {
  const r = new Reader(params);
  return r.result({
    statuses: r.list('status', Object.values(AgreementStatus)),
    types: r.list('type', Object.values(AgreementType)),
    institutionId: r.id('institute'),
  });
}

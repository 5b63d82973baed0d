import type { Database, Db } from '@tt/db/database';
import { Language } from '@tt/shared/languages';
import { RequestStatus } from '@tt/shared/technology-request-enums';
import { type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../auth/policies.js';
import { badInput } from '../../errors/domain-error.js';
import { type CursorKey, decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage } from '../../pagination/page-info.js';
import type { FacetValue } from '../catalogue/asset-records.js';
import { visibleRequests } from './technology-request-access.js';
import type { TechnologyRequestCriteria } from './technology-request-criteria.js';
import {
  requestColumns,
  requestsFrom,
  type TechnologyRequestPage,
  type TechnologyRequestRecord,
  toTechnologyRequestRecord,
} from './technology-request-records.js';

/** A facet of the directory: counts per value. */
export type TechnologyRequestFacet = 'sectors' | 'trl' | 'partneringModels' | 'statuses';
export type TechnologyRequestFacets = Record<TechnologyRequestFacet, FacetValue[]>;

type RequestExpressions = ExpressionBuilder<Database & { r: Database['technology_request'] }, 'r'>;

/** The facet counts' rows: a bigint count (as text); 'total' once, for the total count. */
interface FacetCountRow {
  facet: TechnologyRequestFacet | 'total';
  value: string;
  label: string | null;
  count: string;
}

const ORDER_NEWEST = 'REQUESTS_NEWEST';
const ORDER_RELEVANCE = 'REQUESTS_RELEVANCE';

/**
 * Reads the Requests directory as one viewer may see it (technology-request-access.ts): every page, count and
 * facet goes through the same visibility condition, so an office-only request never shows in another company's
 * or a visitor's results, totals or facet counts. Open requests come first; then the best matches for a query,
 * else the newest.
 */
export class TechnologyRequestSearch {
  private sectorIds?: Promise<number[] | null>;
  private counted?: Promise<{ facets: TechnologyRequestFacets; total: number }>;

  constructor(
    private readonly db: Db,
    private readonly viewer: Actor | null,
    readonly criteria: TechnologyRequestCriteria,
    /** The language of the page: a query is also parsed as Italian from a page in Italian, and sector labels. */
    private readonly language: Language,
  ) {}

  /** The chosen sectors and all their descendants; unknown ones are the client's mistake. */
  private resolveSectors(): Promise<number[] | null> {
    this.sectorIds ??= (async () => {
      const refs = this.criteria.sectors;
      if (refs.length === 0) return null;
      const slugs = refs.flatMap((ref) => ('slug' in ref ? [ref.slug] : []));
      const ids = refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
      const rows = await this.db
        .withRecursive('tree(id, root_slug, root_id)', (db) =>
          db
            .selectFrom('sector as s')
            // A retired term's slug searches under the term that replaced it.
            .select((eb) => [
              eb.fn.coalesce(eb.ref('s.replaced_by_id').$castTo<number | null>(), 's.id').as('id'),
              's.slug as root_slug',
              's.id as root_id',
            ])
            .where((eb) =>
              eb.or([eb('s.slug', '=', eb.fn.any(eb.val(slugs))), eb('s.id', '=', eb.fn.any(eb.val(ids)))]),
            )
            .unionAll((db) =>
              db
                .selectFrom('sector as s')
                .innerJoin('tree', 'tree.id', 's.parent_id')
                .select(['s.id', 'tree.root_slug', 'tree.root_id']),
            ),
        )
        .selectFrom('tree')
        .select(['tree.id', 'tree.root_slug', 'tree.root_id'])
        .execute();
      for (const ref of refs) {
        const known = rows.some((row) => ('slug' in ref ? row.root_slug === ref.slug : row.root_id === ref.id));
        if (!known) {
          throw badInput('UNKNOWN_SECTOR_FILTER', 'filter.sectors', { value: 'slug' in ref ? ref.slug : `#${ref.id}` });
        }
      }
      return [...new Set(rows.map((row) => row.id))];
    })();
    return this.sectorIds;
  }

  /** The chosen sectors' slugs, each checked (UNKNOWN_SECTOR_FILTER): the filter as a saved search keeps it. */
  async sectorSlugs(): Promise<string[]> {
    await this.resolveSectors();
    const refs = this.criteria.sectors;
    const ids = refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
    const rows = ids.length
      ? await this.db
          .selectFrom('sector')
          .select(['id', 'slug'])
          .where((eb) => eb('id', '=', eb.fn.any(eb.val(ids))))
          .execute()
      : [];
    const slugOf = new Map(rows.map((row) => [row.id, row.slug]));
    return [...new Set(refs.map((ref) => ('slug' in ref ? ref.slug : (slugOf.get(ref.id) ?? ''))))];
  }

  /**
   * The open requests matching the search that were published or changed in (after, upTo], the latest change first
   * (at most `limit`), with how many there are in all: what a saved search's alert lists. One statement, through the
   * same visibility condition as every page.
   */
  async changedBetween(
    after: Date,
    upTo: Date,
    limit: number,
  ): Promise<{ changes: { request: TechnologyRequestRecord; published: boolean }[]; total: number }> {
    const sectorIds = await this.resolveSectors();
    const rows = await requestsFrom(this.db)
      .select(requestColumns)
      .select((eb) => [
        eb('r.created_at', '>', after).as('published_in_window'),
        eb.fn.countAll<string>().over().as('total'),
      ])
      .where((eb) => this.filtered(eb, sectorIds))
      .where('r.status', '=', RequestStatus.OPEN)
      .where('r.updated_at', '>', after)
      .where('r.updated_at', '<=', upTo)
      .orderBy('r.updated_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit)
      .execute();
    return {
      changes: rows.map((row) => ({
        request: toTechnologyRequestRecord(row),
        published: row.published_in_window === true,
      })),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /** The query's English parse, and its Italian one from a page in Italian (null otherwise). */
  private parses(query: string): { en: RawBuilder<unknown>; it: RawBuilder<unknown> | null } {
    return {
      en: sql`websearch_to_tsquery('english_unaccent', ${query})`,
      it: this.language === Language.IT ? sql`italian_search_query(${query})` : null,
    };
  }

  /**
   * A request matches a query by its English parse, and (from a page in Italian) a request written in Italian by
   * its Italian parse too: as the catalogue does, an English word is never read as an Italian one.
   */
  private textMatch(eb: RequestExpressions, query: string): Expression<SqlBool> {
    const { en, it } = this.parses(query);
    const english = sql<SqlBool>`${eb.ref('r.search_vector')} @@ ${en}`;
    if (!it) return english;
    return eb.or([
      english,
      eb.and([eb('r.language', '=', Language.IT), sql<SqlBool>`${eb.ref('r.search_vector')} @@ ${it}`]),
    ]);
  }

  private rank(eb: RequestExpressions, query: string): RawBuilder<number> {
    const { en, it } = this.parses(query);
    const english = sql<number>`ts_rank(${eb.ref('r.search_vector')}, ${en})`;
    if (!it) return english;
    return sql<number>`greatest(${english}, case when ${eb.ref('r.language')} = ${Language.IT} then ts_rank(${eb.ref('r.search_vector')}, ${it}) else 0 end)`;
  }

  /** Each facet's filter on requests `r` (only those set). */
  private facetFilters(
    eb: RequestExpressions,
    sectorIds: number[] | null,
  ): [TechnologyRequestFacet, Expression<SqlBool>][] {
    const c = this.criteria;
    const parts: [TechnologyRequestFacet, Expression<SqlBool>][] = [];
    if (sectorIds) {
      parts.push([
        'sectors',
        eb.exists(
          eb
            .selectFrom('technology_request_sector as x')
            .select(eb.lit(1).as('one'))
            .whereRef('x.request_id', '=', 'r.id')
            .where('x.sector_id', '=', eb.fn.any(eb.val(sectorIds))),
        ),
      ]);
    }
    // A listing of TRL t fits a request whose range holds t: a range of TRLs fits one that overlaps it.
    if (c.trlMin !== null || c.trlMax !== null) {
      parts.push(['trl', eb.and([eb('r.trl_min', '<=', c.trlMax ?? 9), eb('r.trl_max', '>=', c.trlMin ?? 1)])]);
    }
    if (c.partneringModels.length) {
      parts.push(['partneringModels', eb('r.partnering_models', '&&', eb.val(c.partneringModels))]);
    }
    if (c.statuses.length) {
      parts.push(['statuses', eb('r.status', '=', sql<RequestStatus>`any(${c.statuses}::request_status[])`)]);
    }
    return parts;
  }

  /** What every answer starts from: the requests the viewer may see, matching the query, own ones if asked. */
  private scope(eb: RequestExpressions): Expression<SqlBool> {
    const parts: Expression<SqlBool>[] = [visibleRequests(eb, this.viewer)];
    if (this.criteria.query) parts.push(this.textMatch(eb, this.criteria.query));
    if (this.criteria.mine) parts.push(eb('r.company_id', '=', this.viewer?.companyId ?? 0));
    return eb.and(parts);
  }

  private filtered(eb: RequestExpressions, sectorIds: number[] | null): Expression<SqlBool> {
    return eb.and([this.scope(eb), ...this.facetFilters(eb, sectorIds).map(([, condition]) => condition)]);
  }

  /** A page: open requests first, then by relevance to the query, else newest first. */
  async page(first: number, after: string | null): Promise<TechnologyRequestPage> {
    const query = this.criteria.query;
    const order = query ? ORDER_RELEVANCE : ORDER_NEWEST;
    const afterKey: CursorKey | null = after
      ? decodeCursor(after, order, query ? ['flag', 'rank', 'id'] : ['flag', 'timestamp', 'id'])
      : null;
    const sectorIds = await this.resolveSectors();
    const open = sql<number>`(r.status = ${RequestStatus.OPEN})::int`;
    if (query) {
      // The rank is computed once per match, in a subquery the planner keeps apart, then paged on.
      const ranked = requestsFrom(this.db)
        .select(requestColumns)
        .select((eb) => [open.as('open_key'), sql<number>`${this.rank(eb, query)}::real`.as('rank_key')])
        .where((eb) => this.filtered(eb, sectorIds))
        .offset(sql<number>`0`);
      const rows = await this.db
        .selectFrom(ranked.as('m'))
        .selectAll('m')
        .$if(afterKey !== null, (q) =>
          q.where((eb) => {
            const [flag, rank, id] = afterKey as [number, number, number];
            const key = eb.cast<number>(eb.val(rank), 'real');
            return eb.or([
              eb('m.open_key', '<', flag),
              eb.and([eb('m.open_key', '=', flag), eb('m.rank_key', '<', key)]),
              eb.and([eb('m.open_key', '=', flag), eb('m.rank_key', '=', key), eb('m.id', '>', id)]),
            ]);
          }),
        )
        .orderBy('m.open_key', 'desc')
        .orderBy('m.rank_key', 'desc')
        .orderBy('m.id', 'asc')
        .limit(first + 1)
        .execute();
      return keysetPage(rows, first, afterKey !== null, (row) => ({
        cursor: encodeCursor(order, [row.open_key, Number(row.rank_key), row.id]),
        node: toTechnologyRequestRecord(row),
      }));
    }
    const rows = await requestsFrom(this.db)
      .select(requestColumns)
      .select((eb) => [open.as('open_key'), sql<string>`${eb.ref('r.created_at')}::text`.as('created_key')])
      .where((eb) => this.filtered(eb, sectorIds))
      .$if(afterKey !== null, (q) =>
        q.where((eb) => {
          const [flag, created, id] = afterKey as [number, string, number];
          return sql<SqlBool>`(${open}, ${eb.ref('r.created_at')}, ${eb.ref('r.id')}) < (${flag}, ${created}::timestamptz, ${id})`;
        }),
      )
      .orderBy('open_key', 'desc')
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(first + 1)
      .execute();
    return keysetPage(rows, first, afterKey !== null, (row) => ({
      cursor: encodeCursor(order, [row.open_key, row.created_key, row.id]),
      node: toTechnologyRequestRecord(row),
    }));
  }

  async totalCount(): Promise<number> {
    return (await this.countAll()).total;
  }

  async facets(): Promise<TechnologyRequestFacets> {
    return (await this.countAll()).facets;
  }

  private countAll(): Promise<{ facets: TechnologyRequestFacets; total: number }> {
    this.counted ??= this.count();
    return this.counted;
  }

  /**
   * The total and the four facets in one statement. Each facet ignores its own filter (as shops do): the rows the
   * viewer may see and the query matches are read once, with a flag per filter; each facet counts the rows that
   * pass every other. A request counts under its sectors and their ancestors, and under every TRL of its range.
   */
  private async count(): Promise<{ facets: TechnologyRequestFacets; total: number }> {
    const sectorIds = await this.resolveSectors();
    const flagged = this.db
      .selectFrom('technology_request as r')
      .select(['r.id', 'r.trl_min', 'r.trl_max', 'r.partnering_models', 'r.status'])
      .select((eb) => {
        const filters = new Map(this.facetFilters(eb, sectorIds));
        const flag = (facet: TechnologyRequestFacet) => sql<boolean>`${filters.get(facet) ?? eb.lit(true)}`;
        return [
          flag('sectors').as('in_sectors'),
          flag('trl').as('in_trl'),
          flag('partneringModels').as('in_models'),
          flag('statuses').as('in_statuses'),
        ];
      })
      .where((eb) => this.scope(eb));
    const label = this.language === Language.IT ? 's.label_it' : 's.label_en';
    type Facet = TechnologyRequestFacet | 'total';
    const facet = (name: Facet) => sql<Facet>`${name}`.as('facet');
    const noLabel = sql<string | null>`null`.as('label');
    const rows = await this.db
      // Every sector with itself and each of its ancestors (the taxonomy is small). First: WITH RECURSIVE.
      .withRecursive('up(sector_id, ancestor_id)', (db) =>
        db
          .selectFrom('sector as s')
          .select(['s.id as sector_id', 's.id as ancestor_id'])
          .unionAll((db) =>
            db
              .selectFrom('up')
              .innerJoin('sector as s', 's.id', 'up.ancestor_id')
              .select(['up.sector_id', sql<number>`s.parent_id`.as('ancestor_id')])
              .where(sql<boolean>`s.parent_id is not null`),
          ),
      )
      .with('m', () => flagged)
      .selectFrom('m')
      .select((eb) => [facet('total'), sql<string>`''`.as('value'), noLabel, eb.fn.countAll<string>().as('count')])
      .where((eb) =>
        eb.and([eb.ref('m.in_sectors'), eb.ref('m.in_trl'), eb.ref('m.in_models'), eb.ref('m.in_statuses')]),
      )
      .unionAll((db) =>
        db
          .selectFrom('m')
          .select((eb) => [
            facet('statuses'),
            eb.cast<string>('m.status', 'text').as('value'),
            noLabel,
            eb.fn.countAll<string>().as('count'),
          ])
          .where((eb) => eb.and([eb.ref('m.in_sectors'), eb.ref('m.in_trl'), eb.ref('m.in_models')]))
          .groupBy('m.status'),
      )
      .unionAll((db) =>
        db
          .selectFrom('m')
          .crossJoin(sql<{ trl: number }>`generate_series(m.trl_min::int, m.trl_max::int)`.as<'g'>(sql`g(trl)`))
          .select((eb) => [
            facet('trl'),
            eb.cast<string>('g.trl', 'text').as('value'),
            noLabel,
            eb.fn.countAll<string>().as('count'),
          ])
          .where((eb) => eb.and([eb.ref('m.in_sectors'), eb.ref('m.in_models'), eb.ref('m.in_statuses')]))
          .groupBy('g.trl'),
      )
      .unionAll((db) =>
        db
          .selectFrom('m')
          .crossJoin(sql<{ model: string }>`unnest(m.partnering_models)`.as<'v'>(sql`v(model)`))
          .select((eb) => [
            facet('partneringModels'),
            'v.model as value',
            noLabel,
            eb.fn.countAll<string>().as('count'),
          ])
          .where((eb) => eb.and([eb.ref('m.in_sectors'), eb.ref('m.in_trl'), eb.ref('m.in_statuses')]))
          .groupBy('v.model'),
      )
      .unionAll((db) =>
        db
          .selectFrom('m')
          .innerJoin('technology_request_sector as x', 'x.request_id', 'm.id')
          .innerJoin('up', 'up.sector_id', 'x.sector_id')
          .innerJoin('sector as s', 's.id', 'up.ancestor_id')
          .select((eb) => [
            facet('sectors'),
            's.slug as value',
            eb.ref(label).$castTo<string | null>().as('label'),
            eb.fn.count<string>('m.id').distinct().as('count'),
          ])
          .where((eb) => eb.and([eb.ref('m.in_trl'), eb.ref('m.in_models'), eb.ref('m.in_statuses')]))
          .groupBy(['s.slug', label]),
      )
      .execute();
    return toFacets(rows);
  }
}

function toFacets(rows: FacetCountRow[]): { facets: TechnologyRequestFacets; total: number } {
  const facets: TechnologyRequestFacets = { sectors: [], trl: [], partneringModels: [], statuses: [] };
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') {
      total = Number(row.count);
      continue;
    }
    facets[row.facet].push({ value: row.value, label: row.label, count: Number(row.count) });
  }
  facets.trl.sort((a, b) => Number(a.value) - Number(b.value));
  for (const key of ['sectors', 'partneringModels', 'statuses'] as const) {
    facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { facets, total };
}

import type { Db } from '@tt/db/database';
import { AssetOrder } from '@tt/shared/asset-enums';
import { type RawBuilder, sql } from 'kysely';
import { badInput } from '../../errors/domain-error.js';
import { type CursorKey, type CursorPart, decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { pageInfo } from '../../pagination/page-info.js';
import type { AssetConnectionType, AssetEdgeType, SnippetPartType } from './asset-connection.type.js';
import type { AssetFacetsType, FacetValueType } from './asset-facets.type.js';
import { type AssetRow, assetColumns, assetColumnsFor, toSelectedAssetRecord } from './asset-records.js';
import {
  type AssetRelations,
  primeRelations,
  type RelationColumns,
  type RelationLoaders,
  relationColumns,
} from './asset-relations.js';
import type { CatalogueCriteria, TermRef } from './catalogue-criteria.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
type Facet = 'kinds' | 'sectors' | 'trl' | 'ipStatuses' | 'institutions' | 'partneringModels';

/** Each facet's column in the search rows, and whether it holds an array of values. */
const FACET_COLUMNS: [Facet, string, boolean][] = [
  ['kinds', 'kind', false],
  ['trl', 'trl', false],
  ['ipStatuses', 'ip_status', false],
  ['institutions', 'institution_id', false],
  ['partneringModels', 'partnering_models', true],
  ['sectors', 'sector_ids', true],
];

const MARK_START = '\u0001';
const MARK_END = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** What a page brings along with its rows: relations for the request's loaders, and which columns. */
export interface PageRelations extends AssetRelations {
  /** The Asset fields selected: only the costly columns they need are read (assetColumnsFor). Absent: all. */
  fields?: ReadonlySet<string>;
}

/** Sector and institute references resolved to database ids (sectors with their descendants). */
interface ResolvedTerms {
  sectorIds: number[] | null;
  institutionIds: number[] | null;
}

function tsQuery(query: string): RawBuilder<unknown> {
  // English and Italian stems are both indexed; a query matches through either language.
  return sql`(websearch_to_tsquery('english', ${query}) || websearch_to_tsquery('italian', ${query}))`;
}

/**
 * Reads the public catalogue: only PUBLISHED assets (the rows of asset_search), whatever the filters.
 * Every method runs one SQL statement; the facets' statement also gives the total count.
 */
export class CatalogueSearch {
  private resolved?: Promise<ResolvedTerms>;
  private facetsAndTotal?: Promise<{ facets: AssetFacetsType; total: number }>;
  /** Facets the next page's statement counts too. */
  private facetsWithPage?: Deferred<{ facets: AssetFacetsType; total: number }>;

  constructor(
    private readonly db: Db,
    readonly criteria: CatalogueCriteria,
    private readonly loaders?: RelationLoaders,
  ) {}

  /** Unknown slugs or ids are the client's mistake, reported as BAD_USER_INPUT. */
  private resolveTerms(): Promise<ResolvedTerms> {
    this.resolved ??= (async () => {
      const { sectors, institutions } = this.criteria;
      if (sectors.length === 0 && institutions.length === 0) return { sectorIds: null, institutionIds: null };
      const slugs = (refs: TermRef[]) => refs.flatMap((ref) => ('slug' in ref ? [ref.slug] : []));
      const ids = (refs: TermRef[]) => refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
      const { rows } = await sql<{ kind: 'sector' | 'sector-descendant' | 'institution'; id: number; ref: string }>`
        with recursive chosen as (
          select id, slug from sector where slug = any(${slugs(sectors)}::text[]) or id = any(${ids(sectors)}::int[])
        ), tree(id, root) as (
          select id, id from chosen
          union select s.id, tree.root from sector s join tree on s.parent_id = tree.id
        )
        select 'sector' as kind, id, slug as ref from chosen
        union all select 'sector-descendant', id, '' from tree
        union all select 'institution', id, slug from institution
          where slug = any(${slugs(institutions)}::text[]) or id = any(${ids(institutions)}::int[])`.execute(this.db);
      const check = (refs: TermRef[], kind: 'sector' | 'institution', argument: string) => {
        const found = rows.filter((row) => row.kind === kind);
        for (const ref of refs) {
          const known = found.some((row) => ('slug' in ref ? row.ref === ref.slug : row.id === ref.id));
          if (!known) {
            const shown = 'slug' in ref ? ref.slug : `#${ref.id}`;
            throw badInput(`${argument}: unknown ${kind} "${shown}"`, argument);
          }
        }
      };
      check(sectors, 'sector', 'filter.sectors');
      check(institutions, 'institution', 'filter.institutions');
      return {
        sectorIds: sectors.length ? rows.filter((row) => row.kind === 'sector-descendant').map((row) => row.id) : null,
        institutionIds: institutions.length
          ? rows.filter((row) => row.kind === 'institution').map((row) => row.id)
          : null,
      };
    })();
    return this.resolved;
  }

  /**
   * What every answer starts from: the search rows `s` of published listings (asset_search), matching the
   * query if there is one (the whole text, through the GIN index; the text's vector itself is never read;
   * `ranked`: with the rank of each match, computed once), or, in a statement that reads the matches once for
   * its page and its facets, its own copy of them (`shared`). Followed by conditions: it ends with `where`.
   */
  private matched(ranked = false, shared = false): RawBuilder<unknown> {
    const query = this.criteria.query;
    if (!query) return sql`asset_search s where`;
    return shared ? sql`matches s where` : sql`asset_search_match(${tsQuery(query)}, ${ranked}) s where`;
  }

  /** Each facet's filter on the search rows `s` (only those the criteria set). */
  private facetFilters(terms: ResolvedTerms): [Facet, RawBuilder<unknown>][] {
    const c = this.criteria;
    const parts: [Facet, RawBuilder<unknown>][] = [];
    if (c.kinds.length) parts.push(['kinds', sql`s.kind = any(${c.kinds}::asset_kind[])`]);
    if (c.ipStatuses.length) parts.push(['ipStatuses', sql`s.ip_status = any(${c.ipStatuses}::ip_status[])`]);
    if (c.trlMin !== null || c.trlMax !== null) {
      parts.push(['trl', sql`s.trl between ${c.trlMin ?? 1} and ${c.trlMax ?? 9}`]);
    }
    if (c.partneringModels.length) {
      parts.push(['partneringModels', sql`s.partnering_models && ${c.partneringModels}::text[]`]);
    }
    if (terms.institutionIds) {
      parts.push(['institutions', sql`s.institution_id = any(${terms.institutionIds}::int[])`]);
    }
    // sector_ids holds each listing's sectors and their ancestors: sharing one of the chosen sectors (or their
    // descendants) is falling under one of them.
    if (terms.sectorIds) parts.push(['sectors', sql`s.sector_ids && ${terms.sectorIds}::int[]`]);
    return parts;
  }

  /** The filters on the search rows `s`, leaving out one facet's own filter when counting that facet. */
  private filterConditions(terms: ResolvedTerms, except?: Facet): RawBuilder<unknown>[] {
    return this.facetFilters(terms)
      .filter(([facet]) => facet !== except)
      .map(([, condition]) => condition);
  }

  /** A condition that holds when every filter (but `except`) does. */
  private filtered(terms: ResolvedTerms, except?: Facet): RawBuilder<unknown> {
    const parts = this.filterConditions(terms, except);
    return parts.length ? sql.join(parts, sql` and `) : sql`true`;
  }

  private hasFilters(): boolean {
    const c = this.criteria;
    return (
      c.kinds.length > 0 ||
      c.ipStatuses.length > 0 ||
      c.trlMin !== null ||
      c.trlMax !== null ||
      c.partneringModels.length > 0 ||
      c.institutions.length > 0 ||
      c.sectors.length > 0
    );
  }

  /** The ranking: title, keywords and summary only (the inline vector). */
  private rank(): RawBuilder<unknown> {
    return sql`ts_rank(s.rank_vector, ${tsQuery(this.criteria.query ?? '')})`;
  }

  /**
   * The page's ids and sort keys, in order: relevance ranks every match once (in a subquery the planner
   * keeps apart, so the rank is not recomputed for the sort and the cursor); the other orders walk an index.
   */
  private pageKeys(
    terms: ResolvedTerms,
    afterKey: CursorKey | null,
    limit: number,
    shared: boolean,
  ): RawBuilder<unknown> {
    const [value, id] = (afterKey ?? []) as [string | number, number];
    switch (this.criteria.orderBy) {
      case AssetOrder.RELEVANCE:
        return sql`select r.id, r.sort_key from (
            select s.asset_id as id, s.rank as sort_key from ${this.matched(true, shared)} ${this.filtered(terms)} offset 0
          ) r
          ${afterKey ? sql`where r.sort_key < ${value}::real or (r.sort_key = ${value}::real and r.id > ${id})` : sql``}
          order by r.sort_key desc, r.id asc limit ${limit}`;
      case AssetOrder.TITLE:
        return sql`select s.asset_id as id, s.title_key as sort_key from ${this.matched(false, shared)} ${this.filtered(terms)} ${afterKey ? sql`and (s.title_key, s.asset_id) > (${value}, ${id})` : sql``}
          order by s.title_key asc, s.asset_id asc limit ${limit}`;
      default:
        return sql`select s.asset_id as id, s.published_at as sort_key from ${this.matched(false, shared)} ${this.filtered(terms)}
          ${afterKey ? sql`and (s.published_at, s.asset_id) < (${value}::timestamptz, ${id})` : sql``}
          order by s.published_at desc, s.asset_id desc limit ${limit}`;
    }
  }

  /**
   * A page of assets. The relations asked for come in the same statement, as JSON, and fill the request's
   * loaders (the same rows, in the same order, as the loaders' own statements would give). After
   * `startFacets({ withPage: true })`, the same statement counts the facets too.
   */
  async page(
    first: number,
    after: string | null | undefined,
    relations: PageRelations = {},
  ): Promise<Omit<AssetConnectionType, 'search'>> {
    const withFacets = this.facetsWithPage;
    this.facetsWithPage = undefined;
    try {
      return await this.readPage(first, after, relations, withFacets);
    } catch (error) {
      withFacets?.reject(error);
      throw error;
    }
  }

  private async readPage(
    first: number,
    after: string | null | undefined,
    relations: PageRelations,
    withFacets: Deferred<{ facets: AssetFacetsType; total: number }> | undefined,
  ): Promise<Omit<AssetConnectionType, 'search'>> {
    const shape: CursorPart[] =
      this.criteria.orderBy === AssetOrder.RELEVANCE
        ? ['rank', 'id']
        : this.criteria.orderBy === AssetOrder.TITLE
          ? ['text', 'id']
          : ['timestamp', 'id'];
    const afterKey = after ? decodeCursor(after, this.criteria.orderBy, shape) : null;
    const terms = await this.resolveTerms();
    const query = this.criteria.query;
    const headline = query
      ? sql`ts_headline('english', concat_ws(' ', a.summary, a.description), ${tsQuery(query)}, ${HEADLINE_OPTIONS})`
      : sql`null`;
    const loaders = this.loaders;
    const wanted: AssetRelations = loaders ? relations : {};
    // The rank of the page's rows only (with a query); the sort key travels as text so timestamps keep their
    // microseconds in the cursor.
    const rank =
      this.criteria.orderBy === AssetOrder.RELEVANCE
        ? sql`p.sort_key`
        : query
          ? sql`(select ${this.rank()} from asset_search s where s.asset_id = p.id)`
          : sql`null::real`;
    const direction = sql.raw(
      this.criteria.orderBy === AssetOrder.TITLE
        ? 'p.sort_key asc, p.id asc'
        : this.criteria.orderBy === AssetOrder.RELEVANCE
          ? 'p.sort_key desc, p.id asc'
          : 'p.sort_key desc, p.id desc',
    );
    const shared = Boolean(withFacets && query);
    const pageRows = sql`select ${relations.fields ? assetColumnsFor(relations.fields) : assetColumns},
        p.sort_key::text as sort_key_text, ${rank} as rank, ${headline} as headline, ${relationColumns(wanted)}
        ${shared ? sql`, row_number() over (order by ${direction}) as n` : sql``}
      from (${this.pageKeys(terms, afterKey, first + 1, shared)}) p
      join asset a on a.id = p.id`;
    type PageRow = AssetRow & RelationColumns & { sort_key_text: string; rank: number | null; headline: string | null };
    let rows: PageRow[];
    if (withFacets && query) {
      // One pass over the matches for both: they are kept once (in memory), then paged and counted. The facets
      // come as JSON on the first row (on a row of their own when the page is empty).
      const result = await sql<PageRow & { facets: FacetRow[] | null }>`
        with matches as materialized (
          select * from asset_search_match(${tsQuery(query)}, ${this.criteria.orderBy === AssetOrder.RELEVANCE})
        )
        select page.*, f.facets
        from (${pageRows}) page
        full join (
          select 1::bigint as n, (select json_agg(c) from (${this.facetRows(terms, true)}) c) as facets
        ) f on f.n = page.n
        order by page.n`.execute(this.db);
      const [head] = result.rows;
      withFacets.resolve(toFacets(head?.facets ?? []));
      rows = result.rows.filter((row) => row.id !== null);
    } else {
      // startFacets defers to the page only with a query; should that change, the facets still get counted.
      if (withFacets) this.countFacets().then(withFacets.resolve, withFacets.reject);
      rows = (await sql<PageRow>`${pageRows} order by ${direction}`.execute(this.db)).rows;
    }
    const hasNextPage = rows.length > first;
    const institutions = loaders ? primeRelations(loaders, wanted, rows) : undefined;
    const edges: AssetEdgeType[] = rows.slice(0, first).map((row) => ({
      cursor: encodeCursor(this.criteria.orderBy, [
        this.criteria.orderBy === AssetOrder.RELEVANCE ? Number(row.sort_key_text) : row.sort_key_text,
        row.id,
      ]),
      node: toSelectedAssetRecord(row, institutions),
      rank: row.rank,
      snippet: row.headline ? toSnippet(row.headline) : null,
    }));
    return {
      edges,
      pageInfo: pageInfo(edges, hasNextPage, Boolean(afterKey)),
    };
  }

  async totalCount(): Promise<number> {
    // The connection's fields are resolved in one pass: once it is over, the facets' statement (which counts
    // the total too) is known to be running when they were asked for, and no second statement is needed.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.facetsAndTotal) return (await this.facetsAndTotal).total;
    const terms = await this.resolveTerms();
    const { rows } = await sql<{
      count: string;
    }>`select count(*) as count from ${this.matched()} ${this.filtered(terms)}`.execute(this.db);
    return Number(rows[0]?.count ?? 0);
  }

  /**
   * Starts counting the facets now, for a request that will ask for them: beside the page's statement (on
   * another connection) rather than after it; or, `withPage` (for a query, when the cores are busy), in the
   * page's own statement, which then reads the matches once for both. The page must be read next.
   */
  startFacets(options: { withPage?: boolean } = {}): void {
    if (this.facetsAndTotal) return;
    if (options.withPage && this.criteria.query) {
      const deferred = defer<{ facets: AssetFacetsType; total: number }>();
      this.facetsWithPage = deferred;
      this.facetsAndTotal = deferred.promise;
    } else {
      this.facetsAndTotal = this.countFacets();
    }
    // Whoever asks for the facets gets the error; the early start alone must not raise an unhandled one.
    this.facetsAndTotal.catch(() => {});
  }

  /** All six facets (each ignores its own filter, as shops do) and the total count, in one statement. */
  async facets(): Promise<AssetFacetsType> {
    this.facetsAndTotal ??= this.countFacets();
    return (await this.facetsAndTotal).facets;
  }

  /**
   * The (facet, value id, count) rows: for the whole catalogue (no query, no filter: the landing page) the sum
   * of the counts the triggers keep; otherwise one pass over the matching search rows, grouped by each facet's
   * column at once (grouping sets: one hash per facet; the sector and partnering-model arrays, of which there are
   * few distinct ones, are unnested once per distinct array, not once per row). A facet ignores its own filter: a
   * row failing no filter counts under every facet, a row failing exactly one counts under that facet only, a
   * row failing more is skipped.
   */
  private facetCounts(terms: ResolvedTerms, shared: boolean): RawBuilder<unknown> {
    if (!this.criteria.query && !this.hasFilters()) {
      return sql`select d.facet, d.value, sum(d.delta) as count from asset_facet_delta d
        group by d.facet, d.value having sum(d.delta) > 0`;
    }
    const filters = this.facetFilters(terms);
    const columns = sql.raw(FACET_COLUMNS.map(([, column]) => `m.${column}`).join(', '));
    // Without filters every row counts everywhere: no need to group by which filter it failed.
    const failedKey = filters.length ? 'm.failed, ' : '';
    const sets = sql.raw(
      [...FACET_COLUMNS.map(([, column]) => `(${failedKey}m.${column})`), `(${failedKey.slice(0, -2)})`].join(', '),
    );
    const source = filters.length
      ? sql`select ${sql.raw(FACET_COLUMNS.map(([, column]) => `s.${column}`).join(', '))}, case ${sql.join(
          filters.map(([facet, condition]) => sql`when not (${condition}) then ${facet}`),
          sql` `,
        )} else '' end as failed
        from ${this.matched(false, shared)} ${sql.join(
          filters.map(([, condition]) => sql`(not (${condition}))::int`),
          sql` + `,
        )} <= 1`
      : sql`select ${sql.raw(FACET_COLUMNS.map(([, column]) => `s.${column}`).join(', '))} from ${this.matched(false, shared)} true`;
    const counts = (facet: Facet | 'total') => (filters.length ? sql`g.failed in ('', ${facet})` : sql`true`);
    // grouping() has a bit set (the first column the highest) for each column a set does not group by.
    const all = (1 << FACET_COLUMNS.length) - 1;
    const keys = sql.join(
      [
        ...FACET_COLUMNS.map(([facet, column, isArray], index) => {
          const unset = all - (1 << (FACET_COLUMNS.length - 1 - index));
          return isArray
            ? sql`select ${facet} as facet, v::text as value from unnest(g.${sql.raw(column)}) v
                where g.unset = ${sql.lit(unset)} and ${counts(facet)}`
            : sql`select ${facet} as facet, g.${sql.raw(column)}::text as value
                where g.unset = ${sql.lit(unset)} and ${counts(facet)}`;
        }),
        sql`select 'total', '' where g.unset = ${sql.lit(all)} and ${filters.length ? sql`g.failed = ''` : sql`true`}`,
      ],
      sql` union all `,
    );
    return sql`select k.facet, k.value, sum(g.count) as count
      from (
        select ${columns}, ${filters.length ? sql`m.failed` : sql`''`} as failed, grouping(${columns}) as unset,
          count(*) as count
        from (${source}) m
        group by grouping sets (${sets})
      ) g
      cross join lateral (${keys}) k
      group by k.facet, k.value`;
  }

  /** The facet rows (value ids resolved to slugs and labels) and the total, as one row with facet 'total'. */
  private facetRows(terms: ResolvedTerms, shared: boolean): RawBuilder<FacetRow> {
    return sql<FacetRow>`
      select c.facet, coalesce(i.slug, x.slug, c.value) as value, coalesce(i.short_name, x.label_en) as label,
        c.count
      from (${this.facetCounts(terms, shared)}) c
      left join institution i on i.id = (case when c.facet = 'institutions' then c.value::int end)
      left join sector x on x.id = (case when c.facet = 'sectors' then c.value::int end)`;
  }

  private async countFacets(): Promise<{ facets: AssetFacetsType; total: number }> {
    const terms = await this.resolveTerms();
    const { rows } = await this.facetRows(terms, false).execute(this.db);
    return toFacets(rows);
  }
}

interface FacetRow {
  facet: Facet | 'total';
  value: string;
  label: string | null;
  /** A bigint (as text) or, from JSON, a number. */
  count: string | number;
}

function toFacets(rows: FacetRow[]): { facets: AssetFacetsType; total: number } {
  const facets: AssetFacetsType = {
    kinds: [],
    sectors: [],
    trl: [],
    ipStatuses: [],
    institutions: [],
    partneringModels: [],
  };
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') {
      total = Number(row.count);
      continue;
    }
    const value: FacetValueType = { value: row.value, label: row.label, count: Number(row.count) };
    facets[row.facet].push(value);
  }
  facets.trl.sort((a, b) => Number(a.value) - Number(b.value));
  for (const key of ['kinds', 'sectors', 'ipStatuses', 'institutions', 'partneringModels'] as const) {
    facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return { facets, total };
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function defer<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** ts_headline marks matches with control characters; split into parts so clients never parse HTML. */
export function toSnippet(headline: string): SnippetPartType[] {
  const parts: SnippetPartType[] = [];
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      parts.push({ text: rest, highlighted: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), highlighted: false });
    const end = rest.indexOf(MARK_END, start);
    const stop = end === -1 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), highlighted: true });
    rest = rest.slice(stop + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}

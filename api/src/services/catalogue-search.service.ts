import { AssetOrder, AssetStatus } from '@tt/shared/asset-enums';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Loaders } from '../loaders/create-loaders.js';
import { badInput } from '../schema/bad-input.js';
import type { AssetConnectionType, AssetEdgeType, SnippetPartType } from '../types/asset-connection.type.js';
import type { AssetFacetsType, FacetValueType } from '../types/asset-facets.type.js';
import type { CatalogueCriteria, TermRef } from './catalogue-criteria.js';
import { type CursorKey, type CursorPart, decodeCursor, encodeCursor } from './cursor.js';
import { pageInfo } from './page-info.js';
import {
  type AssetRow,
  assetColumns,
  type InstitutionRow,
  type InventorRow,
  type SectorRow,
  toAssetRecord,
  toInstitutionRecord,
  toInventorRecord,
  toSectorRecord,
} from './records.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
type Db = Kysely<any>;
type Facet = 'kinds' | 'sectors' | 'trl' | 'ipStatuses' | 'institutions' | 'partneringModels';

const MARK_START = '\u0001';
const MARK_END = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Relations a page can bring along with its rows, for the request's loaders. */
export interface PageRelations {
  institution?: boolean;
  sectors?: boolean;
  inventors?: boolean;
}

type PageLoaders = Pick<Loaders, 'institutionById' | 'sectorsByAssetId' | 'inventorsByAssetId'>;

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
 * Reads the public catalogue: only PUBLISHED assets, whatever the filters.
 * Every method runs one SQL statement; the facets' statement also gives the total count.
 */
export class CatalogueSearch {
  private resolved?: Promise<ResolvedTerms>;
  private facetsAndTotal?: Promise<{ facets: AssetFacetsType; total: number }>;

  constructor(
    private readonly db: Db,
    readonly criteria: CatalogueCriteria,
    private readonly loaders?: PageLoaders,
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

  /** What every answer starts from: published assets, matching the query if there is one. */
  private baseConditions(): RawBuilder<unknown> {
    const query = this.criteria.query;
    return query
      ? sql`a.status = ${AssetStatus.PUBLISHED} and a.search_vector @@ ${tsQuery(query)}`
      : sql`a.status = ${AssetStatus.PUBLISHED}`;
  }

  /**
   * The filters, on the assets aliased `alias` (`a`, or `m` for the facets' matched rows), leaving out one
   * facet's own filter when counting that facet.
   */
  private filterConditions(terms: ResolvedTerms, except?: Facet, alias: 'a' | 'm' = 'a'): RawBuilder<unknown>[] {
    const c = this.criteria;
    const t = sql.raw(alias);
    const parts: RawBuilder<unknown>[] = [];
    if (except !== 'kinds' && c.kinds.length) parts.push(sql`${t}.kind = any(${c.kinds}::asset_kind[])`);
    if (except !== 'ipStatuses' && c.ipStatuses.length) {
      parts.push(sql`${t}.ip_status = any(${c.ipStatuses}::ip_status[])`);
    }
    if (except !== 'trl') {
      if (c.trlMin !== null) parts.push(sql`${t}.trl >= ${c.trlMin}`);
      if (c.trlMax !== null) parts.push(sql`${t}.trl <= ${c.trlMax}`);
    }
    if (except !== 'partneringModels' && c.partneringModels.length) {
      parts.push(sql`${t}.partnering_models && ${c.partneringModels}::text[]`);
    }
    if (except !== 'institutions' && terms.institutionIds) {
      parts.push(sql`${t}.institution_id = any(${terms.institutionIds}::int[])`);
    }
    if (except !== 'sectors' && terms.sectorIds) {
      parts.push(
        sql`exists (select 1 from asset_sector x where x.asset_id = ${t}.id and x.sector_id = any(${terms.sectorIds}::int[]))`,
      );
    }
    return parts;
  }

  /** WHERE conditions on `asset a`: published, the query, every filter. */
  private conditions(terms: ResolvedTerms): RawBuilder<unknown> {
    return sql.join([this.baseConditions(), ...this.filterConditions(terms)], sql` and `);
  }

  /** A WHERE clause on the facets' matched rows `m` (or none). */
  private matchedWhere(terms: ResolvedTerms, except?: Facet): RawBuilder<unknown> {
    const parts = this.filterConditions(terms, except, 'm');
    return parts.length ? sql`where ${sql.join(parts, sql` and `)}` : sql``;
  }

  private ordering(): { key: RawBuilder<unknown>; orderBy: RawBuilder<unknown>; shape: CursorPart[] } {
    const c = this.criteria;
    switch (c.orderBy) {
      case AssetOrder.RELEVANCE:
        return {
          key: sql`ts_rank_cd(a.search_vector, ${tsQuery(c.query ?? '')})`,
          orderBy: sql`sort_key desc, a.id asc`,
          shape: ['rank', 'id'],
        };
      case AssetOrder.TITLE:
        return { key: sql`lower(a.title)`, orderBy: sql`sort_key asc, a.id asc`, shape: ['text', 'id'] };
      default:
        return { key: sql`a.published_at`, orderBy: sql`a.published_at desc, a.id desc`, shape: ['timestamp', 'id'] };
    }
  }

  private afterCondition(after: CursorKey): RawBuilder<unknown> {
    const [value, id] = after as [string | number, number];
    switch (this.criteria.orderBy) {
      case AssetOrder.RELEVANCE:
        return sql`(${this.ordering().key} < ${value}::real or (${this.ordering().key} = ${value}::real and a.id > ${id}))`;
      case AssetOrder.TITLE:
        return sql`(lower(a.title), a.id) > (${value}, ${id})`;
      default:
        return sql`(a.published_at, a.id) < (${value}::timestamptz, ${id})`;
    }
  }

  /**
   * A page of assets. The relations asked for come in the same statement, as JSON, and fill the request's
   * loaders (the same rows, in the same order, as the loaders' own statements would give).
   */
  async page(
    first: number,
    after: string | null | undefined,
    relations: PageRelations = {},
  ): Promise<Omit<AssetConnectionType, 'search'>> {
    const { orderBy, shape, key } = this.ordering();
    const afterKey = after ? decodeCursor(after, this.criteria.orderBy, shape) : null;
    const terms = await this.resolveTerms();
    const where = afterKey
      ? sql`${this.conditions(terms)} and ${this.afterCondition(afterKey)}`
      : this.conditions(terms);
    const query = this.criteria.query;
    const headline = query
      ? sql`ts_headline('english', concat_ws(' ', p.summary, p.description), ${tsQuery(query)}, ${HEADLINE_OPTIONS})`
      : sql`null`;
    const loaders = this.loaders;
    const institution =
      relations.institution && loaders
        ? sql`case when row_number() over (partition by p.institution_id) = 1
            then (select row_to_json(i) from institution i where i.id = p.institution_id) end`
        : sql`null`;
    const sectors =
      relations.sectors && loaders
        ? sql`(select coalesce(json_agg(s order by s.kind, s.position), '[]') from asset_sector x
            join sector s on s.id = x.sector_id where x.asset_id = p.id)`
        : sql`null`;
    const inventors =
      relations.inventors && loaders
        ? sql`(select coalesce(json_agg(json_build_object('id', i.id, 'name', i.name, 'affiliation', i.affiliation)
            order by x.position), '[]') from asset_inventor x join inventor i on i.id = x.inventor_id
            where x.asset_id = p.id)`
        : sql`null`;
    // The sort key travels as text so timestamps keep their microseconds in the cursor.
    const { rows } = await sql<
      AssetRow & {
        sort_key_text: string;
        rank: number | null;
        headline: string | null;
        institution_json: InstitutionRow | null;
        sectors_json: SectorRow[] | null;
        inventors_json: InventorRow[] | null;
      }
    >`
      select p.*, ${headline} as headline, ${institution} as institution_json, ${sectors} as sectors_json,
        ${inventors} as inventors_json
      from (
        select ${assetColumns}, ${key} as sort_key, (${key})::text as sort_key_text,
          ${query ? sql`ts_rank_cd(a.search_vector, ${tsQuery(query)})` : sql`null::real`} as rank
        from asset a
        where ${where}
        order by ${orderBy}
        limit ${first + 1}
      ) p
      order by ${sql.raw(this.criteria.orderBy === AssetOrder.NEWEST ? 'p.published_at desc, p.id desc' : this.criteria.orderBy === AssetOrder.TITLE ? 'p.sort_key asc, p.id asc' : 'p.sort_key desc, p.id asc')}`.execute(
      this.db,
    );
    const hasNextPage = rows.length > first;
    for (const row of loaders ? rows : []) {
      if (row.institution_json) {
        loaders!.institutionById.prime(row.institution_id, toInstitutionRecord(row.institution_json));
      }
      if (row.sectors_json) loaders!.sectorsByAssetId.prime(row.id, row.sectors_json.map(toSectorRecord));
      if (row.inventors_json) loaders!.inventorsByAssetId.prime(row.id, row.inventors_json.map(toInventorRecord));
    }
    const edges: AssetEdgeType[] = rows.slice(0, first).map((row) => ({
      cursor: encodeCursor(this.criteria.orderBy, [
        this.criteria.orderBy === AssetOrder.RELEVANCE ? Number(row.sort_key_text) : row.sort_key_text,
        row.id,
      ]),
      node: toAssetRecord(row),
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
    }>`select count(*) as count from asset a where ${this.conditions(terms)}`.execute(this.db);
    return Number(rows[0]?.count ?? 0);
  }

  /** All six facets (each ignores its own filter, as shops do) and the total count, in one statement. */
  async facets(): Promise<AssetFacetsType> {
    this.facetsAndTotal ??= this.countFacets();
    return (await this.facetsAndTotal).facets;
  }

  private async countFacets(): Promise<{ facets: AssetFacetsType; total: number }> {
    const terms = await this.resolveTerms();
    // The published assets matching the query are read once (the columns the facets need); each facet then
    // filters and groups these rows. An asset is counted once per sector and ancestor it falls under.
    const { rows } = await sql<{ facet: Facet | 'total'; value: string; label: string | null; count: string }>`
      with recursive ancestry(descendant, ancestor) as (
        select id, id from sector
        union select a.descendant, s.parent_id from ancestry a join sector s on s.id = a.ancestor where s.parent_id is not null
      ), m as materialized (
        select a.id, a.kind, a.trl, a.ip_status, a.institution_id, a.partnering_models from asset a
        where ${this.baseConditions()}
      )
      select 'kinds' as facet, m.kind::text as value, null as label, count(*) as count
        from m ${this.matchedWhere(terms, 'kinds')} group by m.kind
      union all
      select 'trl', m.trl::text, null, count(*) from m ${this.matchedWhere(terms, 'trl')} group by m.trl
      union all
      select 'ipStatuses', m.ip_status::text, null, count(*) from m ${this.matchedWhere(terms, 'ipStatuses')}
        group by m.ip_status
      union all
      select 'institutions', i.slug, i.short_name, count(*)
        from m join institution i on i.id = m.institution_id ${this.matchedWhere(terms, 'institutions')}
        group by i.slug, i.short_name
      union all
      select 'partneringModels', pm.value, null, count(*)
        from m cross join unnest(m.partnering_models) as pm(value) ${this.matchedWhere(terms, 'partneringModels')}
        group by pm.value
      union all
      select 'sectors', s.slug, s.label_en, count(*)
        from (
          select distinct x.asset_id, an.ancestor
          from m join asset_sector x on x.asset_id = m.id join ancestry an on an.descendant = x.sector_id
          ${this.matchedWhere(terms, 'sectors')}
        ) d join sector s on s.id = d.ancestor
        group by s.slug, s.label_en
      union all
      select 'total', null, null, count(*) from m ${this.matchedWhere(terms)}`.execute(this.db);
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

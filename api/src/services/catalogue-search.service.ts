import { AssetOrder, AssetStatus } from '@tt/shared/asset-enums';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { badInput } from '../schema/bad-input.js';
import type { AssetConnectionType, AssetEdgeType, SnippetPartType } from '../types/asset-connection.type.js';
import type { AssetFacetsType, FacetValueType } from '../types/asset-facets.type.js';
import type { CatalogueCriteria, TermRef } from './catalogue-criteria.js';
import { type CursorKey, decodeCursor, encodeCursor } from './cursor.js';
import { pageInfo } from './page-info.js';
import { type AssetRow, assetColumns, toAssetRecord } from './records.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
type Db = Kysely<any>;
type Facet = 'kinds' | 'sectors' | 'trl' | 'ipStatuses' | 'institutions' | 'partneringModels';

const MARK_START = '\u0001';
const MARK_END = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

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
 * Every method runs one SQL statement.
 */
export class CatalogueSearch {
  private resolved?: Promise<ResolvedTerms>;

  constructor(
    private readonly db: Db,
    readonly criteria: CatalogueCriteria,
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

  /** WHERE conditions on `asset a`, leaving out one facet's own filter when counting that facet. */
  private conditions(terms: ResolvedTerms, except?: Facet): RawBuilder<unknown> {
    const c = this.criteria;
    const parts: RawBuilder<unknown>[] = [sql`a.status = ${AssetStatus.PUBLISHED}`];
    if (c.query) parts.push(sql`a.search_vector @@ ${tsQuery(c.query)}`);
    if (except !== 'kinds' && c.kinds.length) parts.push(sql`a.kind = any(${c.kinds}::asset_kind[])`);
    if (except !== 'ipStatuses' && c.ipStatuses.length) {
      parts.push(sql`a.ip_status = any(${c.ipStatuses}::ip_status[])`);
    }
    if (except !== 'trl') {
      if (c.trlMin !== null) parts.push(sql`a.trl >= ${c.trlMin}`);
      if (c.trlMax !== null) parts.push(sql`a.trl <= ${c.trlMax}`);
    }
    if (except !== 'partneringModels' && c.partneringModels.length) {
      parts.push(sql`a.partnering_models && ${c.partneringModels}::text[]`);
    }
    if (except !== 'institutions' && terms.institutionIds) {
      parts.push(sql`a.institution_id = any(${terms.institutionIds}::int[])`);
    }
    if (except !== 'sectors' && terms.sectorIds) {
      parts.push(
        sql`exists (select 1 from asset_sector x where x.asset_id = a.id and x.sector_id = any(${terms.sectorIds}::int[]))`,
      );
    }
    return sql.join(parts, sql` and `);
  }

  private ordering(): { key: RawBuilder<unknown>; orderBy: RawBuilder<unknown>; shape: ('string' | 'number')[] } {
    const c = this.criteria;
    switch (c.orderBy) {
      case AssetOrder.RELEVANCE:
        return {
          key: sql`ts_rank_cd(a.search_vector, ${tsQuery(c.query ?? '')})`,
          orderBy: sql`sort_key desc, a.id asc`,
          shape: ['number', 'number'],
        };
      case AssetOrder.TITLE:
        return { key: sql`lower(a.title)`, orderBy: sql`sort_key asc, a.id asc`, shape: ['string', 'number'] };
      default:
        return { key: sql`a.published_at`, orderBy: sql`a.published_at desc, a.id desc`, shape: ['string', 'number'] };
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

  async page(first: number, after: string | null | undefined): Promise<Omit<AssetConnectionType, 'search'>> {
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
    // The sort key travels as text so timestamps keep their microseconds in the cursor.
    const { rows } = await sql<AssetRow & { sort_key_text: string; rank: number | null; headline: string | null }>`
      select p.*, ${headline} as headline from (
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
    const terms = await this.resolveTerms();
    const { rows } = await sql<{
      count: string;
    }>`select count(*) as count from asset a where ${this.conditions(terms)}`.execute(this.db);
    return Number(rows[0]?.count ?? 0);
  }

  /** All six facets in one statement; each ignores its own filter, as shops do. */
  async facets(): Promise<AssetFacetsType> {
    const terms = await this.resolveTerms();
    const { rows } = await sql<{ facet: Facet; value: string; label: string | null; count: string }>`
      with recursive ancestry(descendant, ancestor) as (
        select id, id from sector
        union select a.descendant, s.parent_id from ancestry a join sector s on s.id = a.ancestor where s.parent_id is not null
      )
      select 'kinds' as facet, a.kind::text as value, null as label, count(*) as count
        from asset a where ${this.conditions(terms, 'kinds')} group by a.kind
      union all
      select 'trl', a.trl::text, null, count(*) from asset a where ${this.conditions(terms, 'trl')} group by a.trl
      union all
      select 'ipStatuses', a.ip_status::text, null, count(*)
        from asset a where ${this.conditions(terms, 'ipStatuses')} group by a.ip_status
      union all
      select 'institutions', i.slug, i.short_name, count(*)
        from asset a join institution i on i.id = a.institution_id
        where ${this.conditions(terms, 'institutions')} group by i.slug, i.short_name
      union all
      select 'partneringModels', pm.value, null, count(*)
        from asset a cross join unnest(a.partnering_models) as pm(value)
        where ${this.conditions(terms, 'partneringModels')} group by pm.value
      union all
      select 'sectors', s.slug, s.label_en, count(distinct a.id)
        from asset a
        join asset_sector x on x.asset_id = a.id
        join ancestry an on an.descendant = x.sector_id
        join sector s on s.id = an.ancestor
        where ${this.conditions(terms, 'sectors')} group by s.slug, s.label_en`.execute(this.db);
    const facets: AssetFacetsType = {
      kinds: [],
      sectors: [],
      trl: [],
      ipStatuses: [],
      institutions: [],
      partneringModels: [],
    };
    for (const row of rows) {
      const value: FacetValueType = { value: row.value, label: row.label, count: Number(row.count) };
      facets[row.facet].push(value);
    }
    facets.trl.sort((a, b) => Number(a.value) - Number(b.value));
    for (const key of ['kinds', 'sectors', 'ipStatuses', 'institutions', 'partneringModels'] as const) {
      facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
    return facets;
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

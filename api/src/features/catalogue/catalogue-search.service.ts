import type { Database, Db } from '@tt/db/database';
import { type AssetKind, AssetOrder, type IpStatus, type PartneringModel } from '@tt/shared/asset-enums';
import { DEFAULT_LANGUAGE, Language } from '@tt/shared/languages';
import type { ListingAvailability } from '@tt/shared/listing-availability';
import type { ServiceCapacityStatus } from '@tt/shared/service-capacity';
import {
  type AliasedExpression,
  type Compilable,
  type CompiledQuery,
  type Expression,
  type ExpressionBuilder,
  expressionBuilder,
  type RawBuilder,
  type Selectable,
  type SqlBool,
  sql,
} from 'kysely';
import { QueryTemplates } from '../../database/query-templates.js';
import { toDate } from '../../database/to-date.js';
import { badInput } from '../../errors/domain-error.js';
import { type CursorPart, decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { pageInfo } from '../../pagination/page-info.js';
import {
  ASSET_COLUMNS,
  type AssetEdge,
  type AssetFacets,
  type AssetPage,
  type AssetRecord,
  type AssetRow,
  assetColumnsFor,
  type Facet,
  type FacetValue,
  hasItalianText,
  type SnippetPart,
  toAssetRecord,
  toSelectedAssetRecord,
} from './asset-records.js';
import {
  type AssetRelations,
  aliased,
  fieldsKey,
  primeRelations,
  type RelationColumns,
  type RelationLoaders,
  relationColumns,
  relationsKey,
} from './asset-relations.js';
import type { CatalogueCriteria, TermRef } from './catalogue-criteria.js';

/** The search row columns the filters, orders and facets read (never the vectors, but through ts_rank). */
type SearchColumn =
  | 'asset_id'
  | 'published_at'
  | 'title_key'
  | 'kind'
  | 'trl'
  | 'ip_status'
  | 'institution_id'
  | 'partnering_models'
  | 'partnering_key'
  | 'sector_key'
  | 'availability'
  | 'capacity'
  | 'updated_at';

/**
 * A search row `s` as every source gives it: asset_search itself, asset_search_match's rows (with the rank
 * when asked for, without the facets' keys: see keyedMatches) or their copy in the statement's `matches`; the
 * facets' codes only in the English rows (asset_search_en: see codedMatches).
 * sector_ids is an int[] the entity can only declare by its SQL type (inferred as any): typed here as what it is.
 */
type SearchRow = Pick<Selectable<Database['asset_search']>, SearchColumn> &
  Pick<Selectable<Database['asset_search_en']>, FacetCode> & {
    sector_ids: number[];
    rank: number | null;
  };

/** The English rows' facet codes (search_facet_code). */
type FacetCode = 'facet_code' | 'partnering_code' | 'sector_code';

/**
 * Each facet's column in the search rows; for those holding an array of values, the column keeping it as one string
 * (the facet's key), which is cheaper to group by.
 */
const FACET_COLUMNS = [
  ['kinds', 'kind', null],
  ['trl', 'trl', null],
  ['ipStatuses', 'ip_status', null],
  ['institutions', 'institution_id', null],
  ['partneringModels', 'partnering_models', 'partnering_key'],
  ['sectors', 'sector_ids', 'sector_key'],
  ['availabilities', 'availability', null],
  ['capacities', 'capacity', null],
] as const satisfies readonly [Facet, keyof SearchRow, keyof SearchRow | null][];

/**
 * The facets of few values each, counted together in one grouping set (about 90 combinations of them among a
 * common word's 18 590 matches) rather than one set each: one hash per row instead of five.
 */
const COMBINED_FACETS: readonly Facet[] = ['kinds', 'trl', 'ipStatuses', 'availabilities', 'capacities'];

/**
 * What the English rows group each facet by instead (codedMatches): a code of search_facet_code, which the
 * combined facets share (their values in COMBINED_FACETS' order in the code's key); the institute is an integer
 * already.
 */
const FACET_CODES: Record<Facet, keyof SearchRow> = {
  kinds: 'facet_code',
  trl: 'facet_code',
  ipStatuses: 'facet_code',
  availabilities: 'facet_code',
  capacities: 'facet_code',
  institutions: 'institution_id',
  partneringModels: 'partnering_code',
  sectors: 'sector_code',
};

/**
 * A facet's value in a group of coded rows `g` (facetCounts), read from the key of the group's code, joined
 * as `fk` (a group has one code at most, that of the set it is of): the combined facets' values
 * ('INVENTION,3,PATENT_GRANTED,AVAILABLE,'), or for an array, its key.
 */
function decodedFacet(facet: Facet): RawBuilder<unknown> {
  const position = COMBINED_FACETS.indexOf(facet);
  if (position >= 0) return sql`nullif(split_part(${sql.ref('fk.key')}, ',', ${sql.lit(position + 1)}), '')`;
  if (facet === 'partneringModels' || facet === 'sectors') return sql`${sql.ref('fk.key')}`;
  return sql`${sql.ref(`g.${FACET_CODES[facet]}`)}`;
}

/** The facet counts' rows before value ids are resolved: a bigint count (as text). */
interface FacetCount {
  facet: Facet | 'total';
  value: string;
  count: string;
}

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

/** The sector and institute references of the criteria, for resolving them (by slug or by id). */
interface TermValues {
  sectorSlugs: string[];
  sectorIds: number[];
  institutionSlugs: string[];
  institutionIds: number[];
}

/**
 * Every value a search's statements take, gathered by CatalogueSearch.values: the statements are built from these
 * and the shape's own settings (order, language, connections, columns), never from the criteria. A filter not set
 * is absent, and so is its condition from the statement.
 */
interface SearchValues {
  query?: string;
  kinds?: AssetKind[];
  ipStatuses?: IpStatus[];
  /** Both set when either bound is (the other one open: TRL 1 or 9). */
  trlMin?: number;
  trlMax?: number;
  partneringModels?: PartneringModel[];
  availabilities?: ListingAvailability[];
  capacities?: ServiceCapacityStatus[];
  institutionIds?: number[];
  sectorIds?: number[];
}

/** A page's values: the search's, the key it starts after (absent on the first page) and how many rows it reads. */
interface PageValues extends SearchValues {
  /** The previous page's last sort key (a rank, a title key, a timestamp as text) and id: both or neither. */
  afterKey?: number | string;
  afterId?: number;
  limit: number;
}

/**
 * Building a search's statements with Kysely and compiling them cost the server 1–2 ms of CPU per search, and
 * about as much again in garbage collection: each is compiled once per shape, then given each search's values
 * (query-templates.ts). Kept: 100 per database, about 45 kB each (the statement's tree and text). On the
 * catalogue's own connections they are also prepared (`preparedTemplates`), the few most recently used on each
 * connection (CatalogueReads): PostgreSQL then parses each once, about 0.2–0.3 ms of its CPU a statement, and plans
 * every call for its values (plan_cache_mode=force_custom_plan there). A plan made once for any values, which
 * PostgreSQL would otherwise choose after five calls, ran a common term's page twice as slowly. Elsewhere
 * (alerts, feeds, on the shared connections, whose statements may be planned once) they are not prepared.
 */
const templates = new QueryTemplates(100);
const preparedTemplates = new QueryTemplates(100, { prepared: 'catalogue' });

/**
 * The statement `build` makes of `values`, compiled once per `shape` and set of values present: `shape` names
 * everything else that shapes its SQL text; which values are present (a filter, a cursor) is added to it here.
 * While the template is built, each value is a placeholder (query-templates.ts), whatever its type: `build` only
 * passes them on into the statement. Prepared when `prepared` (the catalogue's own connections).
 */
function compiled<V extends object, Row>(
  db: Db,
  prepared: boolean,
  shape: string,
  values: V,
  build: (values: V) => Compilable<Row>,
): CompiledQuery<Row> {
  const names = (Object.keys(values) as (keyof V & string)[]).filter((name) => values[name] !== undefined);
  const inputs = names.map((name) => values[name]);
  return (prepared ? preparedTemplates : templates).compile(db, `${shape}|${names.join(',')}`, inputs, (placeholders) =>
    build(Object.fromEntries(names.map((name, index) => [name, placeholders[index]])) as V),
  );
}

/**
 * A query's parse in each language it is searched in, for that language's texts (the search rows keep one vector
 * per language): English always (every listing has its English text), Italian for a request in Italian (with its
 * nouns and adjectives, italian_search_query). A request in English does not parse a query as Italian: an English
 * word would find Italian ones that stem alike ("lung", "lungo").
 */
interface TsQueries {
  en: RawBuilder<unknown>;
  it: RawBuilder<unknown>;
}

function tsQueries(query: string, language: Language): TsQueries {
  return {
    en: sql`websearch_to_tsquery('english_unaccent', ${query})`,
    it: language === Language.IT ? sql`italian_search_query(${query})` : sql`null::tsquery`,
  };
}

/**
 * asset_search_match's query written into the statement, for connections whose sessions turn sequential scans off
 * (CATALOGUE_SESSION_OPTIONS). The function sets that itself, which keeps PostgreSQL from inlining it: its rows
 * are then copied into a tuplestore before the statement reads them, about half of a common term's page
 * statement (18 590 matches: 47 ms through the function, 25 ms inline, on the scale data). Same columns, same
 * rank; kept alongside the function, which the other callers (alerts, feeds) use on the shared connections.
 * `offset 0` keeps it planned on its own, as the function was: else the planner may fold it into the statement
 * and walk a listing order's index testing each row's text vector (de-TOASTing it) for a rare term. A request in
 * English reads the English rows (asset_search_en): same rows, same rank, without the Italian vectors.
 */
function inlineMatch(
  en: RawBuilder<unknown>,
  it: RawBuilder<unknown>,
  ranked: boolean,
  language: Language,
): RawBuilder<SearchRow> {
  // English only: the English half of the rows (asset_search_en).
  const english = language !== Language.IT;
  const rank = !ranked
    ? sql`null::real`
    : english
      ? sql`ts_rank(m.rank_vector_en, ${en})`
      : sql`greatest(ts_rank(m.rank_vector_en, ${en}), ts_rank(m.rank_vector_it, ${it}))`;
  const matching = english
    ? sql`asset_search_en m where m.match_vector_en @@ ${en}`
    : sql`asset_search m where m.match_vector_en @@ ${en} or m.match_vector_it @@ ${it}`;
  // The facets' codes are the English rows' only (codedMatches).
  const codes = english ? sql`m.facet_code, m.partnering_code, m.sector_code, ` : sql``;
  return sql<SearchRow>`(select m.asset_id, m.published_at, m.title_key, m.kind, m.trl, m.ip_status,
    m.institution_id, m.partnering_models, m.sector_ids, m.partnering_key, m.sector_key, m.availability, m.capacity,
    ${codes}m.updated_at, ${rank} as rank
    from ${matching} offset 0)`;
}

/** The conditions on the search rows `s`, whichever their source. */
const searchRows = expressionBuilder<{ s: SearchRow }, 's'>();

/** A listing published or changed within an alert's window (changedBetween). */
export interface ListingChange {
  id: number;
  /** First published within the window (else changed since it was). */
  published: boolean;
  updatedAt: Date;
}

/** The page's keys `p`: a listing's id and its sort key (a rank, a title key or a timestamp). */
interface PageKey {
  id: number;
  sort_key: number | string | Date | null;
}

type PageRow = AssetRow &
  RelationColumns & { sort_key_text: string; rank: number | null; headline: string | null; n?: number };

/**
 * Reads the public catalogue: only PUBLISHED assets (the rows of asset_search), whatever the filters.
 * Every method runs one SQL statement; the facets' statement also gives the total count.
 */
export class CatalogueSearch {
  private resolved?: Promise<ResolvedTerms>;
  private facetsAndTotal?: Promise<{ facets: AssetFacets; total: number }>;
  /** Facets the next page's statement counts too. */
  private facetsWithPage?: Deferred<{ facets: AssetFacets; total: number }>;

  constructor(
    private readonly db: Db,
    readonly criteria: CatalogueCriteria,
    private readonly loaders?: RelationLoaders,
    /** The language of the facets' labels and the snippets (the listings' texts follow it, asset-text.resolver.ts). */
    private readonly language: Language = DEFAULT_LANGUAGE,
    /**
     * True when `db` is the catalogue's own connections (CatalogueReads), whose sessions turn sequential scans
     * off: the match is then written into each statement (inlineMatch) instead of calling asset_search_match.
     */
    private readonly onCatalogueConnections = false,
  ) {}

  /** A statement of this search, compiled once per shape; prepared on the catalogue's own connections. */
  private compiled<V extends object, Row>(
    shape: string,
    values: V,
    build: (values: V) => Compilable<Row>,
  ): CompiledQuery<Row> {
    return compiled(this.db, this.onCatalogueConnections, shape, values, build);
  }

  /** Unknown slugs or ids are the client's mistake, reported as BAD_USER_INPUT. */
  private resolveTerms(): Promise<ResolvedTerms> {
    this.resolved ??= (async () => {
      const { sectors, institutions } = this.criteria;
      if (sectors.length === 0 && institutions.length === 0) return { sectorIds: null, institutionIds: null };
      const slugs = (refs: TermRef[]) => refs.flatMap((ref) => ('slug' in ref ? [ref.slug] : []));
      const ids = (refs: TermRef[]) => refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
      const values: TermValues = {
        sectorSlugs: slugs(sectors),
        sectorIds: ids(sectors),
        institutionSlugs: slugs(institutions),
        institutionIds: ids(institutions),
      };
      const statement = this.compiled('terms', values, (v) => this.termsStatement(v));
      const { rows } = await this.db.executeQuery(statement);
      const check = (refs: TermRef[], kind: 'sector' | 'institution', argument: string) => {
        const found = rows.filter((row) => row.kind === kind);
        for (const ref of refs) {
          const known = found.some((row) => ('slug' in ref ? row.ref === ref.slug : row.id === ref.id));
          if (!known) {
            const shown = 'slug' in ref ? ref.slug : `#${ref.id}`;
            const code = kind === 'sector' ? 'UNKNOWN_SECTOR_FILTER' : 'UNKNOWN_INSTITUTE_FILTER';
            throw badInput(code, argument, { value: shown });
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
   * The chosen sectors (a retired one's replacement) and their descendants, and the chosen institutes, each with
   * the reference that named it.
   */
  private termsStatement(v: TermValues) {
    return this.db
      .withRecursive('chosen', (db) =>
        db
          .selectFrom('sector')
          // A retired term's slug (an old address, a saved link) filters by the term that replaced it.
          .select((eb) => [eb.fn.coalesce(eb.ref('replaced_by_id').$castTo<number | null>(), 'id').as('id'), 'slug'])
          .where((eb) =>
            eb.or([eb('slug', '=', eb.fn.any(eb.val(v.sectorSlugs))), eb('id', '=', eb.fn.any(eb.val(v.sectorIds)))]),
          ),
      )
      .withRecursive('tree(id, root)', (db) =>
        db
          .selectFrom('chosen')
          .select(['chosen.id', 'chosen.id as root'])
          .union((db) =>
            db.selectFrom('sector as s').innerJoin('tree', 'tree.id', 's.parent_id').select(['s.id', 'tree.root']),
          ),
      )
      .selectFrom('chosen')
      .select([
        sql<'sector' | 'sector-descendant' | 'institution'>`'sector'`.as('kind'),
        'chosen.id',
        'chosen.slug as ref',
      ])
      .unionAll((db) =>
        db
          .selectFrom('tree')
          .select([sql<'sector-descendant'>`'sector-descendant'`.as('kind'), 'tree.id', sql<string>`''`.as('ref')]),
      )
      .unionAll((db) =>
        db
          .selectFrom('institution')
          .select([sql<'institution'>`'institution'`.as('kind'), 'id', 'slug as ref'])
          .where((eb) =>
            eb.or([
              eb('slug', '=', eb.fn.any(eb.val(v.institutionSlugs))),
              eb('id', '=', eb.fn.any(eb.val(v.institutionIds))),
            ]),
          ),
      );
  }

  /**
   * What every answer starts from: the search rows `s` of published listings (asset_search), matching the
   * query if there is one (the whole text, through the GIN index; the text's vector itself is never read;
   * `ranked`: with the rank of each match, computed once), or, in a statement that reads the matches once for
   * its page and its facets, its own copy of them (`shared`).
   */
  private matched(v: SearchValues, ranked = false, shared = false): AliasedExpression<SearchRow, 's'> {
    // asset_search has no rank column; only the relevance order (always with a query) reads one.
    if (v.query === undefined) return sql<SearchRow>`${sql.table('asset_search')}`.as('s');
    return shared ? sql<SearchRow>`${sql.table('matches')}`.as('s') : this.matchingRows(v.query, ranked).as('s');
  }

  /** The search rows matching a query in the request's languages (asset_search_match), ranked or not. */
  private matchingRows(query: string, ranked: boolean): RawBuilder<SearchRow> {
    const { en, it } = tsQueries(query, this.language);
    if (this.onCatalogueConnections) return inlineMatch(en, it, ranked, this.language);
    return sql<SearchRow>`asset_search_match(${en}, ${it}, ${ranked})`;
  }

  /**
   * Whether the search rows matched (`matched`) carry the facets' keys: the tables' rows do (asset_search without a
   * query, inlineMatch's), asset_search_match's do not.
   */
  private keyedMatches(v: SearchValues): boolean {
    return v.query === undefined || this.onCatalogueConnections;
  }

  /** Whether the search rows matched carry the facets' codes: the English rows, inlineMatch's in English. */
  private codedMatches(v: SearchValues): boolean {
    return v.query !== undefined && this.onCatalogueConnections && this.language !== Language.IT;
  }

  /**
   * What each facet is grouped by in the rows matched (FACET_COLUMNS' order): its code where the rows have codes,
   * else its column, or for an array, its key where the rows have one.
   */
  private facetGrouping(v: SearchValues): (keyof SearchRow)[] {
    const keyed = this.keyedMatches(v);
    const coded = this.codedMatches(v);
    return FACET_COLUMNS.map(([facet, column, key]) => (coded ? FACET_CODES[facet] : keyed && key ? key : column));
  }

  /** The columns the filters of `v` test, by facet. */
  private filteredColumns(v: SearchValues): (keyof SearchRow)[] {
    const filtered = new Set(this.facetFilters(v).map(([facet]) => facet));
    return FACET_COLUMNS.flatMap(([facet, column]) => (filtered.has(facet) ? [column] : []));
  }

  /**
   * The values of this search's statements (SearchValues): the query, and each filter the criteria set, sectors
   * and institutes resolved to ids.
   */
  private values(terms: ResolvedTerms): SearchValues {
    const c = this.criteria;
    const set = <T>(list: T[]) => (list.length ? list : undefined);
    const trl = c.trlMin !== null || c.trlMax !== null;
    return {
      query: c.query || undefined,
      kinds: set(c.kinds),
      ipStatuses: set(c.ipStatuses),
      trlMin: trl ? (c.trlMin ?? 1) : undefined,
      trlMax: trl ? (c.trlMax ?? 9) : undefined,
      partneringModels: set(c.partneringModels),
      availabilities: set(c.availabilities),
      capacities: set(c.capacities),
      institutionIds: terms.institutionIds ?? undefined,
      sectorIds: terms.sectorIds ?? undefined,
    };
  }

  /**
   * What shapes every statement of this search besides its values: the language (the query's parses, labels,
   * snippets) and how the matches are read (inlineMatch on the catalogue's connections).
   */
  private shape(statement: string): string {
    return `${statement}|${this.language}|${this.onCatalogueConnections ? 'inline' : 'function'}`;
  }

  /** Each facet's filter on the search rows `s` (only those set). */
  private facetFilters(v: SearchValues): [Facet, Expression<SqlBool>][] {
    const eb = searchRows;
    const parts: [Facet, Expression<SqlBool>][] = [];
    if (v.kinds) parts.push(['kinds', eb('s.kind', '=', eb.fn.any(eb.val(v.kinds)))]);
    if (v.ipStatuses) parts.push(['ipStatuses', eb('s.ip_status', '=', eb.fn.any(eb.val(v.ipStatuses)))]);
    if (v.trlMin !== undefined && v.trlMax !== undefined) parts.push(['trl', eb.between('s.trl', v.trlMin, v.trlMax)]);
    if (v.partneringModels) {
      parts.push(['partneringModels', eb('s.partnering_models', '&&', eb.val(v.partneringModels))]);
    }
    if (v.availabilities) {
      parts.push(['availabilities', eb('s.availability', '=', eb.fn.any(eb.val(v.availabilities)))]);
    }
    if (v.capacities) parts.push(['capacities', eb('s.capacity', '=', eb.fn.any(eb.val(v.capacities)))]);
    if (v.institutionIds) {
      parts.push(['institutions', eb('s.institution_id', '=', eb.fn.any(eb.val(v.institutionIds)))]);
    }
    // sector_ids holds each listing's sectors and their ancestors: sharing one of the chosen sectors (or their
    // descendants) is falling under one of them.
    if (v.sectorIds) parts.push(['sectors', eb('s.sector_ids', '&&', eb.val(v.sectorIds))]);
    return parts;
  }

  /** A condition that holds when every filter (but `except`) does. */
  private filtered(v: SearchValues, except?: Facet): Expression<SqlBool> {
    const parts = this.facetFilters(v)
      .filter(([facet]) => facet !== except)
      .map(([, condition]) => condition);
    return parts.length ? searchRows.and(parts) : searchRows.lit(true);
  }

  /**
   * The page's ids and sort keys, in order: relevance ranks every match once (in a subquery the planner
   * keeps apart, so the rank is not recomputed for the sort and the cursor); the other orders walk an index.
   */
  private pageKeys(v: PageValues, shared: boolean): AliasedExpression<PageKey, 'p'> {
    // Both present or both absent (PageValues).
    const after = v.afterKey !== undefined;
    const [value, id] = [v.afterKey, v.afterId] as [string | number, number];
    switch (this.criteria.orderBy) {
      case AssetOrder.RELEVANCE: {
        const ranked = this.db
          .selectFrom(this.matched(v, true, shared))
          .select(['s.asset_id as id', 's.rank as sort_key'])
          .where(this.filtered(v))
          // A literal offset 0: the planner keeps the subquery apart.
          .offset(sql<number>`0`);
        return this.db
          .selectFrom(ranked.as('r'))
          .select(['r.id', 'r.sort_key'])
          .$if(after, (query) =>
            query.where((eb) => {
              const key = eb.cast<number>(eb.val(value), 'real');
              return eb.or([eb('r.sort_key', '<', key), eb.and([eb('r.sort_key', '=', key), eb('r.id', '>', id)])]);
            }),
          )
          .orderBy('r.sort_key', 'desc')
          .orderBy('r.id', 'asc')
          .limit(v.limit)
          .as('p');
      }
      case AssetOrder.TITLE:
        return this.db
          .selectFrom(this.matched(v, false, shared))
          .select(['s.asset_id as id', 's.title_key as sort_key'])
          .where(this.filtered(v))
          .$if(after, (query) =>
            query.where((eb) => eb(eb.refTuple('s.title_key', 's.asset_id'), '>', eb.tuple(String(value), id))),
          )
          .orderBy('s.title_key', 'asc')
          .orderBy('s.asset_id', 'asc')
          .limit(v.limit)
          .as('p');
      default:
        return this.db
          .selectFrom(this.matched(v, false, shared))
          .select(['s.asset_id as id', 's.published_at as sort_key'])
          .where(this.filtered(v))
          .$if(after, (query) =>
            query.where((eb) =>
              eb(
                eb.refTuple('s.published_at', 's.asset_id'),
                '<',
                // The cursor's timestamp is PostgreSQL's text (microseconds kept), read back as a timestamptz.
                eb.tuple(eb.cast<Date>(eb.val(value), 'timestamptz'), id),
              ),
            ),
          )
          .orderBy('s.published_at', 'desc')
          .orderBy('s.asset_id', 'desc')
          .limit(v.limit)
          .as('p');
    }
  }

  /**
   * A page of assets. The relations asked for come in the same statement, as JSON, and fill the request's
   * loaders (the same rows, in the same order, as the loaders' own statements would give). After
   * `startFacets({ withPage: true })`, the same statement counts the facets too.
   */
  async page(first: number, after: string | null | undefined, relations: PageRelations = {}): Promise<AssetPage> {
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
    withFacets: Deferred<{ facets: AssetFacets; total: number }> | undefined,
  ): Promise<AssetPage> {
    const orderBy = this.criteria.orderBy;
    const cursorShape: CursorPart[] =
      orderBy === AssetOrder.RELEVANCE
        ? ['rank', 'id']
        : orderBy === AssetOrder.TITLE
          ? ['text', 'id']
          : ['timestamp', 'id'];
    const afterKey = after ? decodeCursor(after, orderBy, cursorShape) : null;
    const terms = await this.resolveTerms();
    const loaders = this.loaders;
    const wanted: AssetRelations = loaders ? relations : {};
    const values: PageValues = {
      ...this.values(terms),
      afterKey: afterKey?.[0],
      afterId: afterKey?.[1] as number | undefined,
      limit: first + 1,
    };
    // Besides the values: the order, and the columns and relations read.
    const shape = `${orderBy}|${fieldsKey(relations.fields)}|${relationsKey(wanted)}`;
    const query = values.query;
    let rows: PageRow[];
    if (withFacets && query !== undefined) {
      const statement = this.compiled(this.shape(`page-with-facets|${shape}`), { ...values, query }, (v) =>
        this.pageWithFacets(v, relations.fields, wanted),
      );
      const { rows: result } = await this.db.executeQuery(statement);
      const [head] = result;
      withFacets.resolve(toFacets(head?.facets ?? []));
      rows = result.filter((row) => row.id !== null);
    } else {
      // startFacets defers to the page only with a query; should that change, the facets still get counted.
      if (withFacets) this.countFacets().then(withFacets.resolve, withFacets.reject);
      const statement = this.compiled(this.shape(`page|${shape}`), values, (v) => {
        const [keyDirection, idDirection] = this.pageDirections();
        return this.pageRows(v, relations.fields, wanted, false)
          .orderBy('p.sort_key', keyDirection)
          .orderBy('p.id', idDirection);
      });
      rows = (await this.db.executeQuery(statement)).rows;
    }
    const hasNextPage = rows.length > first;
    const institutions = loaders ? primeRelations(loaders, wanted, rows) : undefined;
    const edges: AssetEdge[] = rows.slice(0, first).map((row) => ({
      cursor: encodeCursor(orderBy, [
        orderBy === AssetOrder.RELEVANCE ? Number(row.sort_key_text) : row.sort_key_text,
        row.id,
      ]),
      node: toSelectedAssetRecord(row, institutions, this.language),
      rank: row.rank,
      snippet: row.headline ? excerptSnippet(row.headline) : null,
    }));
    return {
      edges,
      pageInfo: pageInfo(edges, hasNextPage, Boolean(afterKey)),
    };
  }

  /** The directions of the page's order: its sort key's, then the id's that breaks ties. */
  private pageDirections(): ['asc' | 'desc', 'asc' | 'desc'] {
    const orderBy = this.criteria.orderBy;
    return [
      orderBy === AssetOrder.TITLE ? 'asc' : 'desc',
      orderBy === AssetOrder.TITLE || orderBy === AssetOrder.RELEVANCE ? 'asc' : 'desc',
    ];
  }

  /** The page's rows, not yet in order: the listings' columns, the sort key, rank and snippet, the relations. */
  private pageRows(v: PageValues, fields: ReadonlySet<string> | undefined, relations: AssetRelations, shared: boolean) {
    const query = v.query;
    return this.db
      .selectFrom(this.pageKeys(v, shared))
      .innerJoin('asset as a', 'a.id', 'p.id')
      .select(assetColumnsFor(fields, this.language))
      .select((eb) => [
        // The sort key travels as text so timestamps keep their microseconds in the cursor.
        eb.cast<string>('p.sort_key', 'text').as('sort_key_text'),
        aliased(this.pageRank(eb, v), 'rank'),
        query !== undefined ? this.headline(eb, query).as('headline') : eb.lit(null).as('headline'),
      ])
      .select(relationColumns(relations));
  }

  /**
   * The page and the facets in one pass over the matches (with a query): they are kept once (in memory), then
   * paged and counted. The facets come as JSON on the first row (on a row of their own when the page is empty).
   */
  private pageWithFacets(
    v: PageValues & { query: string },
    fields: ReadonlySet<string> | undefined,
    relations: AssetRelations,
  ) {
    const [keyDirection, idDirection] = this.pageDirections();
    const numbered = this.pageRows(v, fields, relations, true).select((eb) =>
      eb.fn
        .agg<number>('row_number')
        .over((over) => over.orderBy('p.sort_key', keyDirection).orderBy('p.id', idDirection))
        .as('n'),
    );
    const facets = this.db.selectNoFrom((eb) => [
      eb.cast<number>(eb.lit(1), 'bigint').as('n'),
      eb
        .selectFrom(this.facetRows(v, true).as('c'))
        .select((cb) => cb.fn.jsonAgg('c').as('facets'))
        .$asScalar()
        .as('facets'),
    ]);
    return (
      this.db
        .with(
          (cte) => cte('matches').materialized(),
          (db) =>
            db
              .selectFrom(this.matchingRows(v.query, this.criteria.orderBy === AssetOrder.RELEVANCE).as('m'))
              .select(this.sharedColumns(v).map((column) => `m.${column}` as const)),
        )
        .selectFrom(numbered.as('page'))
        .fullJoin(facets.as('f'), 'f.n', 'page.n')
        .selectAll('page')
        .select('f.facets')
        .orderBy('page.n')
        // The page's side of the full join is null only on the facets' own row (an empty page), left out above.
        .$castTo<PageRow & { facets: FacetRow[] | null }>()
    );
  }

  /**
   * The columns a statement reading the matches once (pageWithFacets) keeps of them: the id and rank, the order's
   * key, what the facets group by (facetGrouping: codes, keys or columns) and what the filters test. Only these are
   * copied, 18 590 times for a common word: 3–4 ms less than every column.
   */
  private sharedColumns(v: SearchValues): (keyof SearchRow)[] {
    const order: (keyof SearchRow)[] =
      this.criteria.orderBy === AssetOrder.TITLE
        ? ['title_key']
        : this.criteria.orderBy === AssetOrder.RELEVANCE
          ? []
          : ['published_at'];
    const facets = new Set([...this.facetGrouping(v), ...this.filteredColumns(v)]);
    return ['asset_id', 'rank', ...order, ...facets];
  }

  /**
   * The snippet of a page's row: where its description matches, in the language the listing is shown in (the
   * request's when it has its text in it, as asset-text.resolver.ts shows it). The title and summary are on the
   * result card already: an excerpt of them would only repeat it, so only the description is excerpted, from the
   * part of it around the first match (description_excerpt, migration `…_description_excerpt`: ts_headline parses
   * all the text it is given).
   */
  private headline(
    eb: ExpressionBuilder<Database & { p: PageKey; a: Database['asset'] }, 'p' | 'a'>,
    query: string,
  ): RawBuilder<string | null> {
    const { en, it } = tsQueries(query, this.language);
    const excerpt = (config: string, body: RawBuilder<unknown>, tsQuery: RawBuilder<unknown>) =>
      sql<string>`description_excerpt(${sql.lit(config)}, ${body}, ${tsQuery}, excerpt_pattern(${tsQuery}), ${HEADLINE_OPTIONS}, ${MARK_START})`;
    const english = excerpt('english_unaccent', sql`${eb.ref('a.description')}`, en);
    if (this.language !== Language.IT) return english;
    const italian = excerpt('italian_unaccent', sql`${eb.ref('a.description_it')}`, it);
    return sql<string>`case when ${hasItalianText()} then ${italian} else ${english} end`;
  }

  /**
   * The rank of the page's rows only (with a query): the sort key itself for relevance; else ranked from the
   * inline ranking vector (title, keywords and summary only) of each of the page's rows.
   */
  private pageRank(
    eb: ExpressionBuilder<Database & { p: PageKey; a: Database['asset'] }, 'p' | 'a'>,
    v: SearchValues,
  ): Expression<number | null> {
    const query = v.query;
    if (this.criteria.orderBy === AssetOrder.RELEVANCE) return eb.ref('p.sort_key').$castTo<number | null>();
    if (query === undefined) return eb.cast<number | null>(eb.lit(null), 'real');
    const { en, it } = tsQueries(query, this.language);
    if (this.language !== Language.IT) {
      // In English, from the English rows, as inlineMatch ranks.
      return eb
        .selectFrom('asset_search_en as s')
        .select((sb) => sql<number>`ts_rank(${sb.ref('s.rank_vector_en')}, ${en})`.as('rank'))
        .whereRef('s.asset_id', '=', 'p.id')
        .$asScalar();
    }
    return eb
      .selectFrom('asset_search as s')
      .select((sb) =>
        // As asset_search_match ranks: the better of the two languages'.
        sql<number>`greatest(ts_rank(${sb.ref('s.rank_vector_en')}, ${en}), ts_rank(${sb.ref('s.rank_vector_it')}, ${it}))`.as(
          'rank',
        ),
      )
      .whereRef('s.asset_id', '=', 'p.id')
      .$asScalar();
  }

  /** Checks that the sectors and institutes the criteria name exist (BAD_USER_INPUT otherwise), as a search would. */
  async checkTerms(): Promise<void> {
    await this.resolveTerms();
  }

  /**
   * The published listings matching the criteria that were published or changed in (after, upTo]: what a saved
   * search's alert lists. The latest change first, at most `limit`, with how many there are in all; one statement.
   */
  async changedBetween(after: Date, upTo: Date, limit: number): Promise<{ changes: ListingChange[]; total: number }> {
    const values = this.values(await this.resolveTerms());
    const rows = await this.db
      .selectFrom(this.matched(values))
      .innerJoin('asset as a', 'a.id', 's.asset_id')
      .select(['a.id', 'a.updated_at'])
      .select((eb) => [
        eb('a.published_at', '>', after).as('published_in_window'),
        eb.fn.countAll<string>().over().as('total'),
      ])
      .where(this.filtered(values))
      .where('a.updated_at', '>', after)
      .where('a.updated_at', '<=', upTo)
      .orderBy('a.updated_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute();
    return {
      changes: rows.map((row) => ({
        id: row.id,
        published: row.published_in_window === true,
        updatedAt: toDate(row.updated_at),
      })),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /**
   * The published listings matching the criteria that were published or changed last, the latest first (at most
   * `limit`), whole: what a feed lists. updated_at moves with every edit and publication (bumpedUpdatedAt), never
   * with what the API recomputes (availability, capacity, reminders); the search rows keep it, so the order is
   * found among them (walking asset_search_updated_idx, or sorting a query's matches) and only the listings shown
   * are read.
   */
  async latestChanges(limit: number): Promise<AssetRecord[]> {
    const values = this.values(await this.resolveTerms());
    const latest = this.db
      .selectFrom(this.matched(values))
      .select(['s.asset_id', 's.updated_at'])
      .where(this.filtered(values))
      .orderBy('s.updated_at', 'desc')
      .orderBy('s.asset_id', 'desc')
      .limit(limit);
    const rows = await this.db
      .selectFrom(latest.as('k'))
      .innerJoin('asset as a', 'a.id', 'k.asset_id')
      .select(ASSET_COLUMNS)
      .orderBy('k.updated_at', 'desc')
      .orderBy('k.asset_id', 'desc')
      .execute();
    return rows.map((row) => toAssetRecord(row, this.language));
  }

  async totalCount(): Promise<number> {
    // The connection's fields are resolved in one pass: once it is over, the facets' statement (which counts
    // the total too) is known to be running when they were asked for, and no second statement is needed.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.facetsAndTotal) return (await this.facetsAndTotal).total;
    const values = this.values(await this.resolveTerms());
    const statement = this.compiled(this.shape('count'), values, (v) =>
      this.db
        .selectFrom(this.matched(v))
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where(this.filtered(v)),
    );
    const [row] = (await this.db.executeQuery(statement)).rows;
    return Number(row?.count ?? 0);
  }

  /**
   * Starts counting the facets now, for a request that will ask for them: beside the page's statement (on
   * another connection) rather than after it; or, `withPage` (for a query, when the cores are busy), in the
   * page's own statement, which then reads the matches once for both. The page must be read next.
   */
  startFacets(options: { withPage?: boolean } = {}): void {
    if (this.facetsAndTotal) return;
    if (options.withPage && this.criteria.query) {
      const deferred = defer<{ facets: AssetFacets; total: number }>();
      this.facetsWithPage = deferred;
      this.facetsAndTotal = deferred.promise;
    } else {
      this.facetsAndTotal = this.countFacets();
    }
    // Whoever asks for the facets gets the error; the early start alone must not raise an unhandled one.
    this.facetsAndTotal.catch(() => {});
  }

  /** All six facets (each ignores its own filter, as shops do) and the total count, in one statement. */
  async facets(): Promise<AssetFacets> {
    this.facetsAndTotal ??= this.countFacets();
    return (await this.facetsAndTotal).facets;
  }

  /**
   * The (facet, value id, count) rows: for the whole catalogue (no query, no filter: the landing page) the sum
   * of the counts the triggers keep; otherwise one pass over the matching search rows, grouped by every facet's
   * column at once (grouping sets: one for the facets of few values together, COMBINED_FACETS, and one for each
   * other; the sector and partnering-model arrays, of which there are few distinct ones, are grouped by their keys
   * where the rows have them, and unnested once per distinct array, not once per row). A facet ignores its own
   * filter: a row failing no filter counts under every facet, a row failing exactly one counts under that facet
   * only, a row failing more is skipped.
   */
  private facetCounts(v: SearchValues, shared: boolean): AliasedExpression<FacetCount, 'c'> {
    const filters = this.facetFilters(v);
    if (v.query === undefined && filters.length === 0) {
      return this.db
        .selectFrom('asset_facet_delta as d')
        .select((eb) => [
          eb.ref('d.facet').$castTo<Facet | 'total'>().as('facet'),
          'd.value',
          eb.fn.sum<string>('d.delta').as('count'),
        ])
        .groupBy(['d.facet', 'd.value'])
        .having((eb) => eb(eb.fn.sum('d.delta'), '>', eb.lit(0)))
        .as('c');
    }
    // What each facet is grouped by (facetGrouping), and those columns once each (the combined facets share a code).
    const keyed = this.keyedMatches(v);
    const coded = this.codedMatches(v);
    const facetColumns = this.facetGrouping(v);
    const groupedColumns = [...new Set(facetColumns)];
    const source = this.db
      .selectFrom(this.matched(v, false, shared))
      .select(groupedColumns.map((column) => `s.${column}` as const))
      .select((eb) =>
        filters.length
          ? filters
              .slice(1)
              .reduce(
                (branches, [facet, condition]) => branches.when(eb.not(eb.parens(condition))).then(facet),
                eb
                  .case()
                  .when(eb.not(eb.parens(filters[0]![1])))
                  .then<string>(filters[0]![0]),
              )
              .else(sql<string>`''`)
              .end()
              .as('failed')
          : sql<string>`''`.as('failed'),
      )
      .$if(filters.length > 0, (query) =>
        query.where((eb) =>
          eb(
            filters
              .map(([, condition]) => eb.cast<number>(eb.not(eb.parens(condition)), 'integer'))
              .reduce((sum, failed) => eb(sum, '+', failed)),
            '<=',
            eb.lit(1),
          ),
        ),
      );
    const counted = this.db
      .selectFrom(source.as('m'))
      .select(groupedColumns.map((column) => `m.${column}` as const))
      .select((eb) => [
        filters.length ? eb.ref('m.failed').as('failed') : sql<string>`''`.as('failed'),
        // grouping() has a bit set (the first column the highest) for each facet whose column a set does not group
        // by (a column shared by facets, a code, is named once for each).
        eb
          .fn<number>(
            'grouping',
            facetColumns.map((column) => eb.ref(`m.${column}`)),
          )
          .as('unset'),
        eb.fn.countAll<string>().as('count'),
      ]);
    // Without filters every row counts everywhere: no need to group by which filter it failed.
    const m = expressionBuilder(counted);
    const set = (columns: Expression<unknown>[]) => sql`(${sql.join(columns)})`;
    const failed = filters.length ? [m.ref('m.failed')] : [];
    const columnsOf = (combinedOnes: boolean) => [
      ...new Set(
        FACET_COLUMNS.flatMap(([facet], index) =>
          COMBINED_FACETS.includes(facet) === combinedOnes ? [facetColumns[index]!] : [],
        ),
      ),
    ];
    const sets = [
      set([...failed, ...columnsOf(true).map((column) => m.ref(`m.${column}`))]),
      ...columnsOf(false).map((column) => set([...failed, m.ref(`m.${column}`)])),
      set(failed),
    ];
    const grouped = counted.groupBy(sql`grouping sets (${sql.join(sets)})`);
    const all = (1 << FACET_COLUMNS.length) - 1;
    return this.db
      .selectFrom(grouped.as('g'))
      .$if(coded, (query) =>
        // The key of each group's code (one join, not one per code: the table is hashed once).
        query.leftJoin('search_facet_code as fk', (join) =>
          join.on((eb) => eb('fk.code', '=', eb.fn.coalesce('g.facet_code', 'g.partnering_code', 'g.sector_code'))),
        ),
      )
      .crossJoinLateral((eb) => {
        const counts = (facet: Facet) => (filters.length ? eb('g.failed', 'in', ['', facet]) : eb.lit(true));
        const keys = FACET_COLUMNS.map(([facet, , key], index) => {
          // The rows of the set grouping by this facet's column (each column is in one set only).
          const bit = 1 << (FACET_COLUMNS.length - 1 - index);
          const groupedHere = sql<SqlBool>`(${eb.ref('g.unset')} & ${sql.lit(bit)}) = 0`;
          const grouping = coded ? decodedFacet(facet) : eb.ref(`g.${facetColumns[index]!}`);
          if (key !== null) {
            const values = keyed
              ? sql<{ v: unknown }>`unnest(string_to_array(${grouping}, ','))`
              : sql<{ v: unknown }>`unnest(${grouping})`;
            return this.db
              .selectFrom(values.as('v'))
              .select((vb) => [sql<Facet | 'total'>`${facet}`.as('facet'), vb.cast<string>('v.v', 'text').as('value')])
              .where(groupedHere)
              .where(counts(facet));
          }
          return (
            this.db
              .selectNoFrom([sql<Facet | 'total'>`${facet}`.as('facet'), eb.cast<string>(grouping, 'text').as('value')])
              .where(groupedHere)
              // A facet of some kinds only (capacities: services) has no value for the others: not counted.
              .where(eb(grouping, 'is not', null))
              .where(counts(facet))
          );
        });
        const total = this.db
          .selectNoFrom([sql<Facet | 'total'>`'total'`.as('facet'), sql<string>`''`.as('value')])
          .where(eb('g.unset', '=', eb.lit(all)))
          .where(filters.length ? eb('g.failed', '=', '') : eb.lit(true));
        return keys.reduce((union, key) => union.unionAll(key), total).as('k');
      })
      .select((eb) => ['k.facet', 'k.value', eb.fn.sum<string>('g.count').as('count')])
      .groupBy(['k.facet', 'k.value'])
      .as('c');
  }

  /** The facet rows (value ids resolved to slugs and labels) and the total, as one row with facet 'total'. */
  private facetRows(v: SearchValues, shared: boolean) {
    return this.db
      .selectFrom(this.facetCounts(v, shared))
      .leftJoin('institution as i', (join) =>
        join.on((eb) =>
          eb(
            'i.id',
            '=',
            eb.case().when('c.facet', '=', 'institutions').then(eb.cast<number>('c.value', 'integer')).end(),
          ),
        ),
      )
      .leftJoin('sector as x', (join) =>
        join.on((eb) =>
          eb('x.id', '=', eb.case().when('c.facet', '=', 'sectors').then(eb.cast<number>('c.value', 'integer')).end()),
        ),
      )
      .select((eb) => [
        'c.facet',
        eb.fn.coalesce('i.slug', 'x.slug', 'c.value').as('value'),
        eb.fn.coalesce('i.short_name', this.language === Language.IT ? 'x.label_it' : 'x.label_en').as('label'),
        'c.count',
      ]);
  }

  private async countFacets(): Promise<{ facets: AssetFacets; total: number }> {
    const values = this.values(await this.resolveTerms());
    const statement = this.compiled(this.shape('facets'), values, (v) => this.facetRows(v, false));
    return toFacets((await this.db.executeQuery(statement)).rows);
  }
}

interface FacetRow {
  facet: Facet | 'total';
  value: string;
  label: string | null;
  /** A bigint (as text) or, from JSON, a number. */
  count: string | number;
}

function toFacets(rows: FacetRow[]): { facets: AssetFacets; total: number } {
  const facets: AssetFacets = {
    kinds: [],
    sectors: [],
    trl: [],
    ipStatuses: [],
    institutions: [],
    partneringModels: [],
    availabilities: [],
    capacities: [],
  };
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') {
      total = Number(row.count);
      continue;
    }
    const value: FacetValue = { value: row.value, label: row.label, count: Number(row.count) };
    facets[row.facet].push(value);
  }
  facets.trl.sort((a, b) => Number(a.value) - Number(b.value));
  const counted = [
    'kinds',
    'sectors',
    'ipStatuses',
    'institutions',
    'partneringModels',
    'availabilities',
    'capacities',
  ];
  for (const key of counted as readonly Exclude<Facet, 'trl'>[]) {
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

/**
 * The excerpt a result shows: the description's headline when the query matched in it, else none (ts_headline
 * then returns the description's first words, which add nothing to the summary above them).
 */
export function excerptSnippet(headline: string): SnippetPart[] | null {
  const parts = toSnippet(headline);
  return parts.some((part) => part.highlighted) ? parts : null;
}

/** ts_headline marks matches with control characters; split into parts so clients never parse HTML. */
export function toSnippet(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
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

import type { Db } from '@tt/db/database';
import type { CompanySize } from '@tt/shared/company-enums';
import { FILTER_VALUES_MAX, SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { badInput } from '../../errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { keysetPage } from '../../pagination/page-info.js';
import { type CompanyRecord, companySelection, toCompanyRecord } from './company-records.js';

function companiesFrom(db: Db) {
  return db.selectFrom('company as c');
}

type CompanyExpressions =
  ReturnType<typeof companiesFrom> extends SelectQueryBuilder<infer DB, infer TB, infer _O>
    ? ExpressionBuilder<DB, TB>
    : never;

export interface PartnerCriteria {
  query: string | null;
  countries: string[];
  sizes: CompanySize[];
  sectors: string[];
}

export function parsePartnerCriteria(args: {
  query?: string | null;
  filter?: {
    countries?: string[];
    sizes?: CompanySize[];
    sectors?: string[];
  } | null;
}): PartnerCriteria {
  const query = args.query?.trim() || null;
  if (query && query.length > SEARCH_QUERY_MAX_LENGTH) {
    throw badInput('QUERY_TOO_LONG', 'query', { max: SEARCH_QUERY_MAX_LENGTH });
  }
  const filter = args.filter ?? {};
  const list = <T>(values: T[] | undefined, argument: string): T[] => {
    if (values && values.length > FILTER_VALUES_MAX)
      throw badInput('TOO_MANY_VALUES', argument, { max: FILTER_VALUES_MAX });
    return values ?? [];
  };
  const countries = list(filter.countries, 'filter.countries').map((country) => country.toUpperCase());
  for (const country of countries) {
    if (!/^[A-Z]{2}$/.test(country))
      throw badInput('COUNTRY_FILTER_INVALID', 'filter.countries', { value: country.slice(0, 20) });
  }
  return {
    query,
    countries,
    sizes: list(filter.sizes, 'filter.sizes'),
    sectors: list(filter.sectors, 'filter.sectors'),
  };
}

/** The public partner directory: only companies that chose to be listed. */
export class PartnerDirectory {
  constructor(
    private readonly db: Db,
    readonly criteria: PartnerCriteria,
  ) {}

  private conditions(eb: CompanyExpressions): Expression<SqlBool> {
    const c = this.criteria;
    const parts: Expression<SqlBool>[] = [eb.ref('c.listed')];
    if (c.query) {
      const pattern = `%${c.query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      parts.push(
        eb.or([
          eb('c.name', 'ilike', pattern),
          eb('c.description', 'ilike', pattern),
          eb(eb.fn<string>('array_to_string', [eb.ref('c.interests'), sql.lit(' ')]), 'ilike', pattern),
        ]),
      );
    }
    if (c.countries.length) parts.push(eb('c.country', '=', sql<string>`any(${c.countries}::text[])`));
    if (c.sizes.length) parts.push(eb('c.size', '=', sql<CompanySize>`any(${c.sizes}::company_size[])`));
    if (c.sectors.length) {
      // The sectors asked for and every sector under them; the company is correlated by the outer `c`.
      // A retired term's slug (an old link) filters by the term that replaced it, as the catalogue does.
      parts.push(
        eb.exists(
          this.db
            .withRecursive('tree(id)', (qb) =>
              qb
                .selectFrom('sector')
                .select((sb) =>
                  sb.fn.coalesce(sb.ref('sector.replaced_by_id').$castTo<number | null>(), 'sector.id').as('id'),
                )
                .where('sector.slug', '=', sql<string>`any(${c.sectors}::text[])`)
                .union(qb.selectFrom('sector as s').innerJoin('tree', 's.parent_id', 'tree.id').select('s.id')),
            )
            .selectFrom('company_sector as x')
            .select(sql.lit(1).as('one'))
            .where('x.company_id', '=', eb.ref('c.id'))
            .where('x.sector_id', 'in', (qb) => qb.selectFrom('tree').select('tree.id')),
        ),
      );
    }
    return eb.and(parts);
  }

  async page(first: number, after: string | null | undefined) {
    const afterKey = after ? decodeCursor(after, 'NAME', ['text', 'id']) : null;
    const rows = await companiesFrom(this.db)
      .select(companySelection)
      .select((eb) => eb.fn<string>('lower', ['c.name']).as('sort_key'))
      .where((eb) => {
        const where = this.conditions(eb);
        if (!afterKey) return where;
        return eb.and([
          where,
          sql<SqlBool>`(lower(${eb.ref('c.name')}), ${eb.ref('c.id')}) > (${afterKey[0]}, ${afterKey[1]})`,
        ]);
      })
      .orderBy((eb) => eb.fn('lower', ['c.name']))
      .orderBy('c.id')
      .limit(first + 1)
      .execute();
    return keysetPage(rows, first, Boolean(afterKey), (row) => ({
      cursor: encodeCursor('NAME', [row.sort_key, row.id]),
      node: toCompanyRecord(row),
    }));
  }

  async totalCount(): Promise<number> {
    const rows = await companiesFrom(this.db)
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where((eb) => this.conditions(eb))
      .execute();
    return Number(rows[0]?.count ?? 0);
  }
}

export async function findListedCompany(db: Db, by: { slug: string } | { id: number }): Promise<CompanyRecord | null> {
  const rows = await companiesFrom(db)
    .select(companySelection)
    .where((eb) => eb.and(['slug' in by ? eb('c.slug', '=', by.slug) : eb('c.id', '=', by.id), eb.ref('c.listed')]))
    .execute();
  return rows[0] ? toCompanyRecord(rows[0]) : null;
}

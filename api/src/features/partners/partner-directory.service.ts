import type { Db } from '@tt/db/database';
import type { CompanySize, PartnershipLevel } from '@tt/shared/company-enums';
import { FILTER_VALUES_MAX, SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { type RawBuilder, sql } from 'kysely';
import { badInput } from '../../errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { pageInfo } from '../../pagination/page-info.js';
import type { CompanyType } from './company.type.js';
import { type CompanyRow, companyColumns, toCompanyRecord } from './company-records.js';

// biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema

export interface PartnerCriteria {
  query: string | null;
  countries: string[];
  sizes: CompanySize[];
  sectors: string[];
  partnershipLevels: PartnershipLevel[];
}

export function parsePartnerCriteria(args: {
  query?: string | null;
  filter?: {
    countries?: string[];
    sizes?: CompanySize[];
    sectors?: string[];
    partnershipLevels?: PartnershipLevel[];
  } | null;
}): PartnerCriteria {
  const query = args.query?.trim() || null;
  if (query && query.length > SEARCH_QUERY_MAX_LENGTH) {
    throw badInput(`query is too long: at most ${SEARCH_QUERY_MAX_LENGTH} characters`, 'query');
  }
  const filter = args.filter ?? {};
  const list = <T>(values: T[] | undefined, argument: string): T[] => {
    if (values && values.length > FILTER_VALUES_MAX)
      throw badInput(`${argument}: at most ${FILTER_VALUES_MAX} values`, argument);
    return values ?? [];
  };
  const countries = list(filter.countries, 'filter.countries').map((country) => country.toUpperCase());
  for (const country of countries) {
    if (!/^[A-Z]{2}$/.test(country))
      throw badInput(`filter.countries: "${country.slice(0, 20)}" is not an ISO country code`, 'filter.countries');
  }
  return {
    query,
    countries,
    sizes: list(filter.sizes, 'filter.sizes'),
    sectors: list(filter.sectors, 'filter.sectors'),
    partnershipLevels: list(filter.partnershipLevels, 'filter.partnershipLevels'),
  };
}

/** The public partner directory: only companies that chose to be listed. */
export class PartnerDirectory {
  constructor(
    private readonly db: Db,
    readonly criteria: PartnerCriteria,
  ) {}

  private conditions(): RawBuilder<unknown> {
    const c = this.criteria;
    const parts: RawBuilder<unknown>[] = [sql`c.listed`];
    if (c.query) {
      const pattern = `%${c.query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      parts.push(
        sql`(c.name ilike ${pattern} or c.description ilike ${pattern} or array_to_string(c.interests, ' ') ilike ${pattern})`,
      );
    }
    if (c.countries.length) parts.push(sql`c.country = any(${c.countries}::text[])`);
    if (c.sizes.length) parts.push(sql`c.size = any(${c.sizes}::company_size[])`);
    if (c.partnershipLevels.length)
      parts.push(sql`c.partnership_level = any(${c.partnershipLevels}::partnership_level[])`);
    if (c.sectors.length) {
      parts.push(sql`exists (
        with recursive tree(id) as (
          select id from sector where slug = any(${c.sectors}::text[])
          union select s.id from sector s join tree on s.parent_id = tree.id
        )
        select 1 from company_sector x where x.company_id = c.id and x.sector_id in (select id from tree))`);
    }
    return sql.join(parts, sql` and `);
  }

  async page(first: number, after: string | null | undefined) {
    const afterKey = after ? decodeCursor(after, 'NAME', ['text', 'id']) : null;
    const where = afterKey
      ? sql`${this.conditions()} and (lower(c.name), c.id) > (${afterKey[0]}, ${afterKey[1]})`
      : this.conditions();
    const { rows } = await sql<CompanyRow & { sort_key: string }>`
      select ${companyColumns}, lower(c.name) as sort_key from company c
      where ${where} order by lower(c.name), c.id limit ${first + 1}`.execute(this.db);
    const edges = rows.slice(0, first).map((row) => ({
      cursor: encodeCursor('NAME', [row.sort_key, row.id]),
      node: toCompanyRecord(row),
    }));
    return {
      edges,
      pageInfo: pageInfo(edges, rows.length > first, Boolean(afterKey)),
    };
  }

  async totalCount(): Promise<number> {
    const { rows } = await sql<{
      count: string;
    }>`select count(*) as count from company c where ${this.conditions()}`.execute(this.db);
    return Number(rows[0]?.count ?? 0);
  }
}

export async function findListedCompany(db: Db, by: { slug: string } | { id: number }): Promise<CompanyType | null> {
  const where = 'slug' in by ? sql`c.slug = ${by.slug}` : sql`c.id = ${by.id}`;
  const { rows } = await sql<CompanyRow>`select ${companyColumns} from company c where ${where} and c.listed`.execute(
    db,
  );
  return rows[0] ? toCompanyRecord(rows[0]) : null;
}

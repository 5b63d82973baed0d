import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { QueryTemplates } from './query-templates.js';

interface Tables {
  asset: { id: number; slug: string; kind: string; status: string };
}

// Compiles only: no connection is ever made.
const db = new Kysely<Tables>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const bySlug = (slug: string, kind: string): SelectQueryBuilder<Tables, 'asset', { id: number }> =>
  db
    .selectFrom('asset')
    .select('id')
    .where('slug', '=', slug)
    .where('status', '=', 'PUBLISHED')
    .orderBy((eb) => eb('kind', '=', kind), 'desc')
    .limit(1);

describe('QueryTemplates', () => {
  it("gives each call the statement a fresh build compiles, with that call's inputs", () => {
    const templates = new QueryTemplates();
    for (const [slug, kind] of [
      ['first', 'INVENTION'],
      ['second', 'SERVICE'],
      ['first', 'SERVICE'],
    ] as const) {
      const compiled = templates.compile('by-slug', [slug, kind] as const, ([s, k]) => bySlug(s, k));
      const fresh = bySlug(slug, kind).compile();
      expect(compiled.sql).toBe(fresh.sql);
      expect(compiled.parameters).toEqual(fresh.parameters);
    }
  });

  it('builds once per key', () => {
    const templates = new QueryTemplates();
    let builds = 0;
    const build = ([slug]: readonly [string]) => {
      builds++;
      return bySlug(slug, 'INVENTION');
    };
    templates.compile('a', ['one'] as const, build);
    templates.compile('a', ['two'] as const, build);
    templates.compile('b', ['three'] as const, build);
    expect(builds).toBe(2);
  });

  it('keeps at most its maximum, dropping the least recently used', () => {
    const templates = new QueryTemplates(2);
    let builds = 0;
    const build = ([slug]: readonly [string]) => {
      builds++;
      return bySlug(slug, 'INVENTION');
    };
    templates.compile('a', ['x'] as const, build);
    templates.compile('b', ['x'] as const, build);
    templates.compile('a', ['x'] as const, build);
    templates.compile('c', ['x'] as const, build);
    expect(builds).toBe(3);
    templates.compile('a', ['x'] as const, build);
    expect(builds).toBe(3);
    templates.compile('b', ['x'] as const, build);
    expect(builds).toBe(4);
  });

  it('refuses an input that does not come out as a parameter (it would shape the SQL text)', () => {
    const templates = new QueryTemplates();
    expect(() =>
      templates.compile('raw', ['asset'] as const, ([table]) => db.selectFrom(sql.table(table).as('t')).selectAll()),
    ).toThrow(/input 0 is not a parameter/);
    expect(() =>
      templates.compile('unused', ['slug', 'ignored'] as const, ([slug]) => bySlug(slug, 'INVENTION')),
    ).toThrow(/input 1 is not a parameter/);
  });
});

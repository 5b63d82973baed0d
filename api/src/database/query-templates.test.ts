import { preparedStatementName } from '@tt/db/prepared-statement-client';
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
      const compiled = templates.compile(db, 'by-slug', [slug, kind] as const, ([s, k]) => bySlug(s, k));
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
    templates.compile(db, 'a', ['one'] as const, build);
    templates.compile(db, 'a', ['two'] as const, build);
    templates.compile(db, 'b', ['three'] as const, build);
    expect(builds).toBe(2);
  });

  it('keeps each database its own: a plugin that rewrites the statement never reaches the plain database', () => {
    const templates = new QueryTemplates();
    const explained = db.withPlugin({
      transformQuery: (args) =>
        ({ ...args.node, explain: { kind: 'ExplainNode', format: undefined, options: undefined } }) as never,
      transformResult: async (args) => args.result,
    });
    const viaPlugin = templates.compile(explained, 'by-slug', ['x'] as const, ([slug]) =>
      explained.selectFrom('asset').select('id').where('slug', '=', slug),
    );
    expect(viaPlugin.sql).toMatch(/^explain /);
    const plain = templates.compile(db, 'by-slug', ['x'] as const, ([slug]) =>
      db.selectFrom('asset').select('id').where('slug', '=', slug),
    );
    expect(plain.sql).not.toMatch(/explain/);
  });

  it('keeps at most its maximum, dropping the least recently used', () => {
    const templates = new QueryTemplates(2);
    let builds = 0;
    const build = ([slug]: readonly [string]) => {
      builds++;
      return bySlug(slug, 'INVENTION');
    };
    templates.compile(db, 'a', ['x'] as const, build);
    templates.compile(db, 'b', ['x'] as const, build);
    templates.compile(db, 'a', ['x'] as const, build);
    templates.compile(db, 'c', ['x'] as const, build);
    expect(builds).toBe(3);
    templates.compile(db, 'a', ['x'] as const, build);
    expect(builds).toBe(3);
    templates.compile(db, 'b', ['x'] as const, build);
    expect(builds).toBe(4);
  });

  it('refuses an input that does not come out as a parameter (it would shape the SQL text)', () => {
    const templates = new QueryTemplates();
    expect(() =>
      templates.compile(db, 'raw', ['asset'] as const, ([table]) =>
        db.selectFrom(sql.table(table).as('t')).selectAll(),
      ),
    ).toThrow(/input 0 is not a parameter/);
    expect(() =>
      templates.compile(db, 'unused', ['slug', 'ignored'] as const, ([slug]) => bySlug(slug, 'INVENTION')),
    ).toThrow(/input 1 is not a parameter/);
  });
  it('prepared: each statement text gets its own name, the same wherever it is built', () => {
    const name = (templates: QueryTemplates, key: string, kind: string) =>
      preparedStatementName(templates.compile(db, key, ['x'] as const, ([slug]) => bySlug(slug, kind)).sql);
    const one = new QueryTemplates(100, { prepared: 'listing' });
    const other = new QueryTemplates(100, { prepared: 'listing' });
    const invention = name(one, 'a', 'INVENTION');
    expect(invention).toMatch(/^listing-[0-9a-f]{20}$/);
    // The same text under another key, or from another set of templates: the same name (pg refuses one name for
    // two texts on a connection, never one text under two names).
    expect(name(one, 'b', 'INVENTION')).toBe(invention);
    expect(name(other, 'a', 'INVENTION')).toBe(invention);
    // Another value of a constant is a parameter, not part of the text: the same name.
    expect(name(one, 'c', 'SERVICE')).toBe(invention);
    // Another text: another name.
    const slugs = one.compile(db, 'd', ['x'] as const, ([slug]) =>
      db.selectFrom('asset').select('slug').where('slug', '=', slug),
    );
    expect(preparedStatementName(slugs.sql)).toMatch(/^listing-/);
    expect(preparedStatementName(slugs.sql)).not.toBe(invention);
    // Without the option, nothing is prepared; the marked text is the plain one after the marker.
    const plain = new QueryTemplates().compile(db, 'a', ['x'] as const, ([slug]) => bySlug(slug, 'INVENTION'));
    expect(preparedStatementName(plain.sql)).toBeNull();
    expect(one.compile(db, 'a', ['x'] as const, ([slug]) => bySlug(slug, 'INVENTION')).sql).toBe(
      `/* prepared: ${invention} */ ${plain.sql}`,
    );
  });
});

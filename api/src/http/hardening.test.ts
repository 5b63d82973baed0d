import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../test-support/use-test-server.js';
import { ARMOR_LIMITS, armorConfig } from './graphql-armor.js';

const production = useTestServer({ production: true });

describe('security headers', () => {
  it('are on every response, with a content security policy', async () => {
    for (const target of ['/healthz', '/', '/graphql?query=%7B__typename%7D']) {
      const response = await fetch(`${production.url}${target}`, { headers: { 'apollo-require-preflight': '1' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, target).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('GraphQL armor', () => {
  it('refuses a query nested deeper than the limit', async () => {
    let selection = 'id';
    for (let level = 0; level < ARMOR_LIMITS.maxDepth + 2; level++) selection = `parent { ${selection} }`;
    const response = await production.gql(`{ sectors { ${selection} } }`);
    expect(response.data).toBeUndefined();
    expect(response.errors?.map((error) => error.message).join('\n')).toMatch(/depth limit of 20 exceeded/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: ARMOR_LIMITS.maxAliases + 5 }, (_, n) => `a${n}: institutions { id }`).join(
      ' ',
    );
    const response = await production.gql(`{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses an over-expensive query', async () => {
    const fields =
      'edges { node { id title institution { platforms { assets { id title sectors { parent { labelEn } } } } } } }';
    const response = await production.gql(
      `{ a: assets(first: 100) { ${fields} } b: assets(first: 100) { ${fields} } c: assets(first: 100) { ${fields} } d: assets(first: 100) { ${fields} } }`,
    );
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('refuses a query with too many tokens, as a 400', async () => {
    const fields = Array.from({ length: ARMOR_LIMITS.maxTokens }, () => 'id').join(' ');
    const response = await production.postGraphQL(JSON.stringify({ query: `{ institutions { ${fields} } }` }));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/contains more th\w+ 2500 tokens/i);
  });

  it('does not suggest field names to a prober', async () => {
    const response = await production.gql('{ asets(first: 1) { totalCount } }');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("the web app's own operations pass with margin: under half of every limit", async () => {
    const webSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (entry.endsWith('.graphql')) files.push(full);
      }
    };
    walk(webSrc);
    expect(files.length).toBeGreaterThan(0);
    const half = Object.fromEntries(
      Object.entries(ARMOR_LIMITS).map(([key, value]) => [key, Math.floor(value / 2)]),
    ) as {
      [K in keyof typeof ARMOR_LIMITS]: number;
    };
    const { validationRules } = new ApolloArmor(armorConfig(half)).protect();
    // The committed SDL (kept fresh by the schema check), built in this module's graphql realm.
    const schema = buildSchema(readFileSync(path.resolve(webSrc, '../../api/schema.graphql'), 'utf8'));
    // Fragments may live in other files: validate all documents together.
    const document = parse(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
    expect(validate(schema, document, validationRules)).toEqual([]);
  });
});

describe('production mode', () => {
  it('hides the landing page and introspection', async () => {
    const page = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
    const introspection = await production.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('masks unexpected errors: a generic message, no stack trace', async () => {
    await production.database.drop();
    const response = await production.gql('{ institutions { id name } }');
    expect(response.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|database|postgres|\.js:\d+/i);
  });
});

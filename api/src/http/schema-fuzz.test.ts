import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../schema/build-schema.js';
import { type NodeType, toGlobalId } from '../schema/global-id.js';
import { startTestServer, type TestServer } from '../test-support/test-server.js';

// A bounded fuzz of the production server, generated from the schema: every Query and Mutation field with
// its arguments and input objects, filled mostly with plausible values (real ids, slugs, cursors) and, at a
// few positions of each request, with hostile ones (wrong types, control characters, lone surrogates, huge,
// negative and NaN-like numbers, long strings, invalid enums and ids, crafted cursors, deep nesting), sent as
// a visitor, a company member and an officer; plus malformed bodies and plain HTTP paths. Nothing may answer
// 5xx or INTERNAL_SERVER_ERROR. The seed is fixed: a failure prints the request that caused it.

const SEED = 20261201;
const GRAPHQL_REQUESTS = 3000;
const RAW_REQUESTS = 400;
const CONCURRENCY = 4;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof random>;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const cursorOf = (order: string, key: unknown) => b64(JSON.stringify({ o: order, k: key }));

const CURSOR_ORDERS = [
  'BOARD',
  'NEWEST',
  'TITLE',
  'RELEVANCE',
  'NAME',
  'DISCLOSURES',
  'OFFICE_LISTINGS',
  'MY_LISTINGS',
] as const;
const CURSOR_KEYS: unknown[] = [
  [],
  [null],
  ['x'],
  [1],
  [0, '2026-02-30 10:00:00+00', 1],
  [0, 'yesterday', 1],
  [1, '2026-01-01 10:00:00+00', 2147483648],
  [2, '2026-01-01 10:00:00+00', 1],
  ['2026-01-01 10:00:00+00', -1],
  ['2026-01-01 10:00:00+00', 1.5],
  ['99999-01-01 10:00:00+00', 1],
  ['2026-01-01 24:00:00+00', 1],
  ['2026-01-01T10:00:00Z', 1],
  ['a\u0000', 1],
  ['\ud800', 1],
  [1e300, 1],
  [1e-300, 1],
  [-1, 1],
  [{ a: 1 }, 1],
  [[1], 1],
  ['x'.repeat(400), 1],
  ['2026-01-01 10:00:00+00', '1'],
];
const HOSTILE_TEXTS = [
  '\u0000',
  'tumour\u0000',
  'a\u0001b\u001fc',
  '\u007f',
  '\ud800',
  'x \udfff y',
  '\r\n\t',
  '',
  '   ',
  'x'.repeat(10_001),
  'é'.repeat(20_000),
  `${'a'.repeat(201)}@tt.demo`,
  "' or 1=1 --",
  '%_\\',
  '<script>alert(1)</script>',
  '🧬'.repeat(300),
  '\u202e\u200b\ufeff',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'none',
  '2026-02-30',
  '0000-00-00',
  '-001-01-01',
  '+275760-09-13T00:00:00.001Z',
  '2026-13-01T00:00:00Z',
  ...[
    'Asset:0',
    'Asset:-1',
    'Asset:2147483648',
    'Asset:99999999999999999999',
    'Asset:1.5',
    'Nope:1',
    'User:1\u0000',
  ].map(b64),
  '=',
  'not base64 !!',
  b64('null'),
  b64('[]'),
  b64('{"o":"NEWEST"}'),
];
const HOSTILE_NUMBERS = [
  -1,
  0,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  100_000,
  3650,
  3651,
];
const WRONG_TYPES: unknown[] = [12345, true, {}, [], { a: 1 }, ['a', 1], 'string', null];

function deepArray(depth: number): unknown {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

interface Pools {
  ids: Map<NodeType, string[]>;
  assetSlugs: string[];
  institutionSlugs: string[];
  companySlugs: string[];
  sectorSlugs: string[];
  cursors: string[];
  emails: string[];
}

const NODE_HINTS: [RegExp, NodeType][] = [
  [/DisclosureAttachment|attachment/i, 'DisclosureAttachment'],
  [/DisclosureMessage/i, 'DisclosureMessage'],
  [/Disclosure/i, 'Disclosure'],
  [/ExpressionOfInterest|Eoi/i, 'ExpressionOfInterest'],
  [/Invitation/i, 'Invitation'],
  [/Listing|asset/i, 'Asset'],
  [/Institution/i, 'Institution'],
  [/Company|Partner/i, 'Company'],
  [/Platform/i, 'Platform'],
  [/Sector/i, 'Sector'],
  [/User|assignee|contactOfficer/i, 'User'],
];

/** The type of object an ID position most likely names: from its own name, then its input type's. */
function nodeTypeFor(name: string, parent: string): NodeType | null {
  if (name !== 'id') for (const [pattern, type] of NODE_HINTS) if (pattern.test(name)) return type;
  for (const [pattern, type] of NODE_HINTS) if (pattern.test(parent)) return type;
  return null;
}

function plausibleString(r: Random, pools: Pools, name: string, parent: string): string {
  const lower = name.toLowerCase();
  if (lower.includes('email')) return r.pick(pools.emails);
  if (lower.includes('password')) return r.pick(['a long enough passphrase 42', 'short', 'tt-demo-2026!x']);
  if (lower === 'token' || lower === 'invitationtoken') return b64(String(r.next())).padEnd(43, 'A').slice(0, 43);
  if (lower === 'after') return r.chance(0.7) && pools.cursors.length ? r.pick(pools.cursors) : 'garbage';
  if (lower === 'slug') {
    const pool = /institution/i.test(parent)
      ? pools.institutionSlugs
      : /partner/i.test(parent)
        ? pools.companySlugs
        : pools.assetSlugs;
    return r.chance(0.8) ? r.pick(pool) : `fuzz-slug-${r.int(1, 999)}`;
  }
  if (lower === 'sectors' || lower === 'sectorids') return r.pick(pools.sectorSlugs);
  if (lower === 'institutions') return r.pick(pools.institutionSlugs);
  if (lower === 'countries' || lower === 'country') return r.pick(['IT', 'DE', 'FR', 'it', 'XX']);
  if (lower === 'assigneeid') return r.chance(0.5) ? 'none' : r.pick(pools.ids.get('User')!);
  if (lower === 'website') return r.pick(['https://example.org', 'ftp://x', 'https://']);
  if (lower === 'date') return r.pick(['2026-05-01', '2025-12-31', '2027-01-15']);
  if (lower === 'idempotencykey') return `fuzz-key-${r.int(0, 1e9)}`;
  if (lower === 'query') return r.pick(['tumour', 'biobank', 'genomics', 'a', 'oncopharm', 'imaging platform']);
  if (['message', 'body', 'description', 'abstract', 'obligations', 'notes', 'reason'].includes(lower)) {
    return `A fuzzed ${lower} that is long enough to pass the usual minimum of thirty characters.`;
  }
  return r.pick([`Fuzz ${lower} ${r.int(1, 99)}`, 'Ada Lovelace', 'IRST', 'x']);
}

function plausibleId(r: Random, pools: Pools, name: string, parent: string): string {
  const type = nodeTypeFor(name, parent);
  const pool = (type && pools.ids.get(type)) || [...pools.ids.values()].flat();
  return r.pick(pool);
}

function plausibleInt(r: Random, name: string): number {
  const lower = name.toLowerCase();
  if (lower === 'first') return r.pick([0, 1, 5, 20, 100]);
  if (lower.startsWith('trl')) return r.int(1, 9);
  if (lower === 'expectedversion') return r.int(1, 4);
  if (lower === 'minagedays') return r.int(0, 30);
  return r.int(0, 10);
}

function hostileLeaf(r: Random, type: GraphQLNamedType): unknown {
  const roll = r.next();
  if (roll < 0.15) return r.pick(WRONG_TYPES);
  if (roll < 0.2) return deepArray(r.pick([50, 500, 2000]));
  if (isEnumType(type)) return r.pick(['NOPE', 'submitted', '', 1, `${type.getValues()[0]?.name ?? 'X'}\u0000`]);
  if (isScalarType(type) && (type.name === 'Int' || type.name === 'Float')) return r.pick(HOSTILE_NUMBERS);
  if (r.chance(0.3)) return cursorOf(r.pick(CURSOR_ORDERS), r.pick(CURSOR_KEYS));
  return r.pick(HOSTILE_TEXTS);
}

class ValueGenerator {
  constructor(
    private readonly r: Random,
    private readonly pools: Pools,
    private readonly hostility: number,
  ) {}

  value(type: GraphQLInputType, name: string, parent: string, depth = 0): unknown {
    const r = this.r;
    if (isNonNullType(type)) {
      if (r.chance(this.hostility / 4)) return null;
      return this.value(type.ofType, name, parent, depth);
    }
    if (isListType(type)) {
      if (r.chance(this.hostility / 4)) return this.value(type.ofType, name, parent, depth);
      const length = r.chance(this.hostility / 4) ? r.pick([60, 500]) : r.int(0, 3);
      return Array.from({ length }, () => this.value(type.ofType, name, parent, depth));
    }
    if (r.chance(this.hostility)) return hostileLeaf(r, type);
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (!isNonNullType(field.type) && r.chance(0.4)) continue;
        object[field.name] = this.value(field.type, field.name, type.name, depth + 1);
      }
      if (r.chance(this.hostility / 4)) object.unknownField = 'x';
      return object;
    }
    if (isEnumType(type)) return r.pick(type.getValues()).name;
    switch (type.name) {
      case 'ID':
        return plausibleId(r, this.pools, name, parent);
      case 'String':
        return plausibleString(r, this.pools, name, parent);
      case 'Int':
        return plausibleInt(r, name);
      case 'Float':
        return r.pick([0, 25.5, 50, 100]);
      case 'Boolean':
        return r.chance(0.5);
      case 'DateTime':
        return r.pick([new Date().toISOString(), '2020-01-01T00:00:00.000Z']);
      default:
        return 'x';
    }
  }
}

function typeString(type: GraphQLInputType): string {
  return String(type);
}

/** A GraphQL literal for a JSON-like value (enum positions get bare names when they look like one). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = isListType(isNonNullType(type) ? type.ofType : type)
      ? ((isNonNullType(type) ? type.ofType : type) as { ofType: GraphQLInputType }).ofType
      : type;
    return `[${value.map((entry) => literal(entry, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .map(([key, entry]) => `${key}: ${literal(entry, fields[key]?.type ?? type)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value);
}

interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

class OperationBuilder {
  private counter = 0;
  readonly variables: Record<string, unknown> = {};
  readonly definitions: string[] = [];

  constructor(
    private readonly r: Random,
    private readonly values: ValueGenerator,
  ) {}

  private args(field: GraphQLField<unknown, unknown>, parent: string): string {
    const parts: string[] = [];
    for (const arg of field.args as readonly GraphQLArgument[]) {
      const required = isNonNullType(arg.type);
      if (!required && this.r.chance(0.4)) continue;
      const value = this.values.value(arg.type, arg.name, `${parent}.${field.name}`);
      if (this.r.chance(0.2)) {
        parts.push(`${arg.name}: ${literal(value, arg.type)}`);
        continue;
      }
      const variable = `v${this.counter++}`;
      this.definitions.push(`$${variable}: ${typeString(arg.type)}`);
      if (value !== undefined) this.variables[variable] = value;
      parts.push(`${arg.name}: $${variable}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    if (!isObjectType(named) || depth >= 3) return '{ __typename }';
    const fields = Object.values(named.getFields());
    const chosen = fields.filter(() => this.r.chance(3 / Math.max(3, fields.length)));
    const parts = ['__typename'];
    for (const field of chosen) {
      if (field.args.some((arg) => isNonNullType(arg.type)) && depth > 1) continue;
      parts.push(`${field.name}${this.args(field, named.name)} ${this.selection(field.type, depth + 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  root(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Operation {
    const call = `${field.name}${this.args(field, kind === 'query' ? 'Query' : 'Mutation')} ${this.selection(field.type, 1)}`;
    const header = this.definitions.length ? `(${this.definitions.join(', ')})` : '';
    return { query: `${kind} Fuzz${header} { ${call} }`, variables: this.variables };
  }
}

interface Request {
  description: string;
  role: Role;
  send(url: string, cookie: string | undefined): Promise<Response>;
}
type Role = 'visitor' | 'company member' | 'officer';
const ROLES: Role[] = ['visitor', 'company member', 'officer'];

// Fuzzed sign-ins must not lock the fuzzing accounts out: their addresses are never in the pool.
const FUZZ_ACCOUNTS: Record<Exclude<Role, 'visitor'>, string> = {
  'company member': 'buyer@oncopharm.demo',
  officer: 'officer.irst@tt.demo',
};

function graphqlRequest(role: Role, operation: Operation, useGet: boolean): Request {
  const body = JSON.stringify(operation);
  return {
    role,
    description: `${role}: POST /graphql ${body.length > 3000 ? `${body.slice(0, 3000)}… (${body.length} chars)` : body}`,
    send: (url, cookie) =>
      useGet
        ? fetch(
            `${url}/graphql?query=${encodeURIComponent(operation.query)}&variables=${encodeURIComponent(JSON.stringify(operation.variables))}`,
            { headers: { 'apollo-require-preflight': '1', ...(cookie ? { cookie } : {}) } },
          )
        : fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
            body,
          }),
  };
}

function rawRequest(
  role: Role,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Request {
  const shown = body === undefined ? '' : ` ${String(body).slice(0, 300)}`;
  return {
    role,
    description: `${role}: ${method} ${path.slice(0, 300)}${shown} ${JSON.stringify(headers)}`,
    send: (url, cookie) =>
      fetch(`${url}${path}`, {
        method,
        headers: { ...headers, ...(cookie ? { cookie } : {}) },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : new Uint8Array(body) }),
        redirect: 'manual',
      }),
  };
}

function rawRequests(r: Random, role: Role, pools: Pools): Request {
  const json = { 'content-type': 'application/json' };
  const deep = (depth: number) => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
  const query = 'query($q: String, $f: AssetFilter) { assets(query: $q, filter: $f) { totalCount } }';
  const choices: (() => Request)[] = [
    () => rawRequest(role, 'POST', '/graphql', '{"query": "{ institutions { id } ', json),
    () =>
      rawRequest(
        role,
        'POST',
        '/graphql',
        '[{"query":"{ sectors { id } }"},{"query":"{ viewer { user { id } } }"}]',
        json,
      ),
    () =>
      rawRequest(role, 'POST', '/graphql', r.pick(['{"query": 1}', '{"query": null}', '{}', '"x"', '1', 'null']), json),
    () => rawRequest(role, 'POST', '/graphql', `{"query":${JSON.stringify(query)},"variables":"str"}`, json),
    () => rawRequest(role, 'POST', '/graphql', `{"query":${JSON.stringify(query)},"variables":[1,2]}`, json),
    () => rawRequest(role, 'POST', '/graphql', `{"query":${JSON.stringify(query)},"operationName":{"a":1}}`, json),
    () =>
      rawRequest(
        role,
        'POST',
        '/graphql',
        `{"query":${JSON.stringify(query)},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}`,
        json,
      ),
    () =>
      rawRequest(
        role,
        'POST',
        '/graphql',
        `{"query":${JSON.stringify(query)},"variables":{"f":{"sectors":${deep(r.pick([1000, 5000, 20000]))}}}}`,
        json,
      ),
    () =>
      rawRequest(role, 'POST', '/graphql', `{"query":${JSON.stringify(query)},"variables":{"q":${deep(5000)}}}`, json),
    () => rawRequest(role, 'POST', '/graphql', `{"query":${JSON.stringify(query)},"variables":{"q":1e999999}}`, json),
    () =>
      rawRequest(
        role,
        'POST',
        '/graphql',
        `{"query":${JSON.stringify(query)},"variables":{"q":"\\ud800\\u0000"}}`,
        json,
      ),
    () => rawRequest(role, 'POST', '/graphql', '{"query":"{ asset(slug: \\"x\\\\u0000\\") { id } }"}', json),
    () =>
      rawRequest(
        role,
        'POST',
        '/graphql',
        Buffer.concat([
          Buffer.from('{"query":"{ assets(query: \\"'),
          Buffer.from([0xff, 0xfe, 0xc3]),
          Buffer.from('\\") { totalCount } }"}'),
        ]),
        json,
      ),
    () => rawRequest(role, 'POST', '/graphql', JSON.stringify({ query }), { 'content-type': 'text/plain' }),
    () =>
      rawRequest(role, 'POST', '/graphql', JSON.stringify({ query }), {
        'content-type': 'application/json; charset=latin1',
      }),
    () => rawRequest(role, 'POST', '/graphql', `{"query":"${'{ a '.repeat(3000)}"}`, json),
    () => rawRequest(role, 'GET', `/graphql?query=${encodeURIComponent(query)}&variables=%7Bnot-json`),
    () =>
      rawRequest(role, 'GET', `/graphql?query=%00&variables=${encodeURIComponent('{"q":"\\u0000"}')}`, undefined, {
        'apollo-require-preflight': '1',
      }),
    () =>
      rawRequest(
        role,
        'GET',
        `/assets/${r.pick(['%00', '%E0%A4%A', '%ZZ', encodeURIComponent('\u0000x'), 'x'.repeat(5000), r.pick(pools.assetSlugs), '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '%C0%AF'])}`,
      ),
    () =>
      rawRequest(
        role,
        'GET',
        `/uploads/attachments/${r.pick(['%00', '%E0%A4%A', b64('DisclosureAttachment:0'), b64('DisclosureAttachment:99999999999'), 'x'.repeat(3000), r.pick(pools.ids.get('DisclosureAttachment') ?? ['x'])])}`,
      ),
    () =>
      rawRequest(
        role,
        'POST',
        `/uploads/disclosures/${r.pick(['%00', '%E0%A4%A', r.pick(pools.ids.get('Disclosure') ?? ['x']), b64('Disclosure:2147483648')])}/attachments`,
        '%PDF-1.4 fuzz',
        {
          'x-requested-with': 'tt-web',
          'x-file-name': r.pick(['%00.pdf', '%E0%A4%A', 'a'.repeat(500), encodeURIComponent('\u0001x.pdf'), 'ok.pdf']),
          'content-type': 'application/pdf',
        },
      ),
    // Behind the loopback proxy the address comes from X-Forwarded-For, which the client writes.
    () =>
      rawRequest(
        role,
        'POST',
        '/graphql',
        JSON.stringify({
          query: 'mutation($input: LogInInput!) { logIn(input: $input) { errors { code } } }',
          variables: { input: { email: r.pick(pools.emails), password: 'not the password at all' } },
        }),
        {
          ...json,
          'x-forwarded-for': r.pick(['x'.repeat(300), 'not-an-ip', '1.2.3.4, <script>', '::ffff:1.2.3.4', '%00', '']),
        },
      ),
    () =>
      rawRequest(role, 'GET', r.pick(['/healthz', '/readyz', '/dev/mail', '/dev/mail.json?to=%00', '/%', '/x%00y'])),
  ];
  return r.pick(choices)();
}

async function collectPools(server: TestServer): Promise<Pools> {
  const em = server.orm.em.fork();
  const ids = new Map<NodeType, string[]>();
  const tables: [NodeType, string][] = [
    ['Asset', 'asset'],
    ['Institution', 'institution'],
    ['Platform', 'platform'],
    ['Sector', 'sector'],
    ['Company', 'company'],
    ['Inventor', 'inventor'],
    ['User', 'app_user'],
    ['Invitation', 'invitation'],
    ['ExpressionOfInterest', 'expression_of_interest'],
    ['EoiMessage', 'eoi_message'],
    ['Disclosure', 'disclosure'],
    ['DisclosureMessage', 'disclosure_message'],
    ['DisclosureAttachment', 'disclosure_attachment'],
  ];
  for (const [type, table] of tables) {
    const rows = await em.execute<{ id: number }[]>(`select id from ${table} order by id limit 40`);
    ids.set(
      type,
      rows.map((row) => toGlobalId(type, row.id)),
    );
  }
  const slugs = async (table: string) =>
    (await em.execute<{ slug: string }[]>(`select slug from ${table} order by id limit 30`)).map((row) => row.slug);
  const emails = (await em.execute<{ email: string }[]>('select email from app_user order by id limit 30'))
    .map((row) => row.email)
    .filter((email) => !Object.values(FUZZ_ACCOUNTS).includes(email));
  return {
    ids,
    assetSlugs: await slugs('asset'),
    institutionSlugs: await slugs('institution'),
    companySlugs: await slugs('company'),
    sectorSlugs: await slugs('sector'),
    cursors: [],
    emails: [...emails, 'nobody@example.org', 'new.member@fuzz.example'],
  };
}

/** Real cursors of every list, as each role sees them. */
async function collectCursors(server: TestServer, cookies: (string | undefined)[]): Promise<string[]> {
  const lists = [
    '{ assets(first: 2) { edges { cursor } } }',
    '{ assets(first: 2, orderBy: TITLE) { edges { cursor } } }',
    '{ assets(first: 2, query: "tumour", orderBy: RELEVANCE) { edges { cursor } } }',
    '{ partners(first: 2) { edges { cursor } } }',
    '{ expressionsOfInterest(first: 2) { edges { cursor } } }',
    '{ disclosures(first: 2) { edges { cursor } } }',
    '{ officeListings(first: 2) { edges { cursor } } }',
    '{ invitations(first: 2) { edges { cursor } } }',
    '{ users(first: 2) { edges { cursor } } }',
  ];
  const cursors = new Set<string>();
  for (const cookie of cookies) {
    for (const query of lists) {
      const response = await server.gql(query, undefined, cookie ? { cookie } : {});
      JSON.stringify(response.data ?? {}).replace(/"cursor":"([^"]+)"/g, (_match, cursor: string) => {
        cursors.add(cursor);
        return '';
      });
    }
  }
  return [...cursors].sort();
}

let server: TestServer;
let schema: GraphQLSchema;
const cookies = new Map<Role, string | undefined>();

async function signIn(role: Role): Promise<void> {
  cookies.set(role, role === 'visitor' ? undefined : (await server.logIn(FUZZ_ACCOUNTS[role])).cookie);
}

beforeAll(async () => {
  // Load shedding is not what this test is about (load-shedding.test.ts is): on a busy machine a search may wait
  // here as long as it needs (however many wait) instead of being refused with SERVICE_BUSY.
  const catalogueLimits = { queueWaitMs: 60_000, queueLength: 10_000 };
  [server, schema] = await Promise.all([startTestServer({ production: true, catalogueLimits }), buildAppSchema()]);
  await Promise.all(ROLES.map(signIn));
});
afterAll(() => server?.close());

describe('schema fuzz', () => {
  it(`${GRAPHQL_REQUESTS} generated operations and ${RAW_REQUESTS} malformed requests: no 5xx, no INTERNAL_SERVER_ERROR`, async () => {
    const started = performance.now();
    const r = random(SEED);
    const pools = await collectPools(server);
    pools.cursors = await collectCursors(server, [...cookies.values()]);
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ['mutation', field] as const),
    ];
    const requests: Request[] = [];
    for (let n = 0; n < GRAPHQL_REQUESTS; n++) {
      const [kind, field] = roots[n % roots.length]!;
      // Signing out would leave the rest of a signed-in role's requests anonymous: visitors sign out.
      const role = field.name === 'logOut' ? 'visitor' : ROLES[Math.floor(n / roots.length) % ROLES.length]!;
      const hostility = r.pick([0, 0.05, 0.15, 0.4]);
      const operation = new OperationBuilder(r, new ValueGenerator(r, pools, hostility)).root(kind, field);
      requests.push(graphqlRequest(role, operation, kind === 'query' && r.chance(0.05)));
    }
    for (let n = 0; n < RAW_REQUESTS; n++) requests.push(rawRequests(r, ROLES[n % ROLES.length]!, pools));

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    let renewed = 0;
    let next = 0;
    const worker = async (end: number) => {
      while (next < end) {
        const request = requests[next++]!;
        let response: Response;
        let text: string;
        try {
          response = await request.send(server.url, cookies.get(request.role));
          text = await response.text();
        } catch (error) {
          failures.push(`${request.description}\n  → no answer: ${String(error)}`);
          continue;
        }
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        for (const match of text.matchAll(/"code":"([A-Z_]+)"/g)) codes.set(match[1]!, (codes.get(match[1]!) ?? 0) + 1);
        if (response.status >= 500 || text.includes('INTERNAL_SERVER_ERROR')) {
          // Around the first internal error: a long answer may hold many expected ones before it.
          const at = Math.max(0, text.indexOf('INTERNAL_SERVER_ERROR') - 400);
          failures.push(`${request.description}\n  → ${response.status} ${text.slice(at, at + 500)}`);
        }
      }
    };
    // In slices, so that a session the fuzz itself ended (logOut, revokeSession) is renewed.
    const SLICE = 250;
    for (let end = SLICE; next < requests.length; end += SLICE) {
      await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(Math.min(end, requests.length))));
      for (const role of ['company member', 'officer'] as const) {
        const viewer = await server.gql<{ viewer: unknown }>('{ viewer { user { id } } }', undefined, {
          cookie: cookies.get(role)!,
        });
        if (!viewer.data?.viewer) {
          renewed++;
          await signIn(role);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `schema fuzz: ${requests.length} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; codes ${JSON.stringify(Object.fromEntries([...codes].sort()))}; sessions renewed ${renewed}`,
    );
    expect(failures.slice(0, 20).join('\n\n'), `${failures.length} failures`).toBe('');
  }, 240_000);
});

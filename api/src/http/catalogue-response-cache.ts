import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, RequestHandler, Response } from 'express';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { sql } from 'kysely';
import { sessionTokenFromHeader } from '../auth/session-cookie.js';
import type { Logger } from '../logger.js';

// Answers to the public catalogue's queries, kept for anonymous visitors. What the catalogue shows for a
// visitor without a session depends on the database only, and changes only when the catalogue revision
// does (a row bumped by triggers in every transaction that changes a listing, its terms, inventors,
// institutes, platforms or the taxonomy; see the catalogue_revision migration). An answer is kept with the
// revision read before it was computed, and served while that revision is still the current one: reading
// the revision is the only statement a repeated search costs, and the answer is never older than what the
// database would give. Signed-in viewers, other operations and answers with errors are never kept.

/** Root fields whose answers are the same for every anonymous visitor and made of catalogue rows only. */
const PUBLIC_CATALOGUE_FIELDS = new Set(['assets', 'asset', 'institutions', 'institution', 'sectors', '__typename']);
const MAX_DOCUMENTS = 500;
const MAX_SEEN = 10_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

interface Entry {
  revision: string;
  body: string;
}

/** A Map used as a least-recently-used list: the first key is the oldest. */
function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as string);
}

function isPublicCatalogueQuery(document: string, operationName: string | undefined): boolean {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(document, { maxTokens: 2500 });
  } catch {
    return false;
  }
  const operations = parsed.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((candidate) => candidate.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      PUBLIC_CATALOGUE_FIELDS.has(selection.name.value) &&
      (selection.directives ?? []).length === 0,
  );
}

function sendCached(res: Response, body: string): void {
  res.status(200).setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(body);
}

/** Calls `done` once with the body of a successful GraphQL answer, or null for anything else. */
function captureBody(res: Response, done: (body: string | null) => void): void {
  let finished = false;
  const finish = (body: string | null) => {
    if (finished) return;
    finished = true;
    done(body);
  };
  const end = res.end;
  res.end = function (this: Response, ...args: unknown[]) {
    const [chunk] = args;
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
    // Apollo writes `errors` first: an answer starting with `data` has none.
    finish(res.statusCode === 200 && text?.startsWith('{"data":') ? text : null);
    return (end as (...rest: unknown[]) => Response).apply(this, args);
  } as Response['end'];
  res.once('close', () => finish(null));
}

export function catalogueResponseCache(options: { orm: MikroORM; logger: Logger; maxBytes?: number }): RequestHandler {
  const db = options.orm.em.fork().getKysely();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const documents = new Map<string, boolean>();
  const seen = new Map<string, true>();
  const entries = new Map<string, Entry>();
  const running = new Map<string, { revision: string; body: Promise<string | null> }>();
  let bytes = 0;
  /** When reading the revision last started failing; 0 while it reads. */
  let unavailableSince = 0;

  const isEligible = (document: string, operationName: string | undefined) => {
    const key = `${operationName ?? ''}\u0000${document}`;
    let eligible = documents.get(key);
    if (eligible === undefined) {
      eligible = isPublicCatalogueQuery(document, operationName);
      touch(documents, key, eligible, MAX_DOCUMENTS);
    }
    return eligible;
  };

  const store = (key: string, entry: Entry) => {
    const previous = entries.get(key);
    if (previous) bytes -= previous.body.length;
    touch(entries, key, entry, Number.POSITIVE_INFINITY);
    bytes += entry.body.length;
    for (const [oldest, value] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= value.body.length;
    }
  };

  const cacheable = (req: Request) => {
    const body = req.body as { query?: unknown; operationName?: unknown; extensions?: unknown } | undefined;
    if (req.method !== 'POST' || !body || typeof body.query !== 'string' || body.extensions !== undefined) return null;
    // A session makes the answer the viewer's own; `Cache-Control: no-cache` asks for a fresh one.
    if (sessionTokenFromHeader(req.headers.cookie) !== undefined) return null;
    if (/no-cache|no-store/i.test(req.headers['cache-control'] ?? '')) return null;
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    if (!isEligible(body.query, operationName)) return null;
    let variables: string;
    try {
      variables = JSON.stringify((req.body as { variables?: unknown }).variables ?? null);
    } catch {
      // Nested deeper than the stack allows: GraphQL refuses such variables as bad input anyway.
      return null;
    }
    return createHash('sha256')
      .update(`${operationName ?? ''}\u0000${body.query}\u0000${variables}`)
      .digest('base64url');
  };

  return async (req, res, next) => {
    const key = cacheable(req);
    if (!key) return next();
    // A query seen once is not worth a statement: most searches are never repeated.
    if (!entries.has(key) && !seen.has(key)) {
      touch(seen, key, true, MAX_SEEN);
      return next();
    }
    let revision: string;
    try {
      const { rows } = await sql<{ revision: string }>`
        select revision::text as revision from catalogue_revision where id = 1`.execute(db);
      if (!rows[0]) throw new Error('catalogue_revision has no row');
      revision = rows[0].revision;
    } catch (error) {
      // A database blip: this answer is computed afresh (and fails or not on its own); the cache serves again as
      // soon as the revision can be read, and an entry is only ever served for the revision it was made at.
      if (!unavailableSince) {
        unavailableSince = Date.now();
        options.logger.warn({ err: error }, 'catalogue response cache bypassed: the revision cannot be read');
      }
      return next();
    }
    if (unavailableSince) {
      options.logger.info({ bypassedMs: Date.now() - unavailableSince }, 'catalogue response cache serving again');
      unavailableSince = 0;
    }
    const entry = entries.get(key);
    if (entry?.revision === revision) {
      touch(entries, key, entry, Number.POSITIVE_INFINITY);
      return sendCached(res, entry.body);
    }
    // The same question at the same revision is being answered: its answer is this one's too.
    const inFlight = running.get(key);
    if (inFlight?.revision === revision) {
      const body = await inFlight.body;
      return body ? sendCached(res, body) : next();
    }
    let settle: (body: string | null) => void = () => {};
    const body = new Promise<string | null>((resolve) => {
      settle = resolve;
    });
    const mine = { revision, body };
    running.set(key, mine);
    captureBody(res, (captured) => {
      if (running.get(key) === mine) running.delete(key);
      if (captured) store(key, { revision, body: captured });
      settle(captured);
    });
    next();
  };
}

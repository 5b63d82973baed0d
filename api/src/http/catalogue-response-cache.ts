import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import type { Request, RequestHandler, Response } from 'express';
import { type GraphQLSchema, parse } from 'graphql';
import { sql } from 'kysely';
import { noteRequestViewer } from '../auth/request-viewer.js';
import { resolveSessionAlong } from '../auth/session.service.js';
import { sessionTokenFromHeader } from '../auth/session-cookie.js';
import type { Viewer } from '../auth/viewer.js';
import { writesListings } from '../features/listings/listing-access.js';
import type { Logger } from '../logger.js';
import { requestLanguage } from './request-language.js';
import { hasNullAssetRoot, type SharedOperation, sharedCatalogueOperation } from './shared-catalogue-fields.js';

// Answers to the public catalogue's queries, shared by everyone who asks the same question. What the catalogue
// shows depends on the database only, and changes only when the catalogue revision does (a row bumped by
// triggers in every transaction that changes a listing, its terms, inventors, institutes, platforms or the
// taxonomy; see the catalogue_revision migration). An answer is kept with the revision read before it was
// computed, and served while that revision is still the current one: reading the revision (with the session,
// when there is a cookie) is the only statement a repeated search costs, and the answer is never older than what
// the database would give.
//
// Only operations made entirely of fields that answer the same for every viewer are shared
// (shared-catalogue-fields.ts); the key is the question and its language (request-language.ts) alone, so a
// cookie (real or made up) changes nothing, and a client's Cache-Control cannot make the server compute a shared
// answer again. Answers with errors and other operations are never kept.

const MAX_DOCUMENTS = 500;
const MAX_SEEN = 10_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

interface Entry {
  revision: string;
  /** The answer's bytes, encoded once: sent as they are (encoding a 30 kB string for every request cost CPU). */
  body: Buffer;
  /** False when an `asset` root is null: an office might see a draft there, so only the anonymous get it. */
  sameForEveryone: boolean;
}

/** Who each answer is being computed for: the GraphQL context says so (noteAnsweringViewer). */
const answeringViewers = new WeakMap<Response, Viewer | null>();

/**
 * Called by the GraphQL context with the viewer a request is answered for. An answer is kept only once the
 * cache knows its viewer sees the catalogue as everyone does: without this note nothing is kept.
 */
export function noteAnsweringViewer(res: Response, viewer: Viewer | null): void {
  answeringViewers.set(res, viewer);
}

/**
 * Whether an answer computed for this viewer is everyone's. Shared fields never read the viewer; only
 * `asset(slug:)` does, and only an office (which writes listings) sees more there than a published listing.
 */
function answersForEveryone(viewer: Viewer | null | undefined, operation: SharedOperation): boolean {
  if (viewer === undefined) return false;
  return operation.assetRoots.length === 0 || !writesListings(viewer);
}

/** A Map used as a least-recently-used list: the first key is the oldest. */
function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as string);
}

function sharedOperationOf(
  schema: GraphQLSchema,
  document: string,
  operationName: string | undefined,
): SharedOperation | null {
  try {
    return sharedCatalogueOperation(schema, parse(document, { maxTokens: 2500 }), operationName);
  } catch {
    return null;
  }
}

/**
 * The answer's UTF-8 bytes in memory of their own size. Buffer.from(string) places a 30 kB answer in a 64 kB
 * slab that a neighbour keeps alive after it is evicted: the cache held twice the bytes it counted.
 */
function exactBuffer(text: string): Buffer {
  const buffer = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
  buffer.write(text, 'utf8');
  return buffer;
}

function sendCached(res: Response, body: Buffer): void {
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

export function catalogueResponseCache(options: {
  orm: MikroORM;
  schema: GraphQLSchema;
  logger: Logger;
  maxBytes?: number;
}): RequestHandler {
  const db: Db = options.orm.em.fork().getKysely();
  // The catalogue's revision as text (a bigint), read along with the session; its text never varies (prepared).
  const revisionQuery = db
    .selectFrom('catalogue_revision as r')
    .select((eb) => eb.cast<string>('r.revision', 'text').as('revision'))
    .where((eb) => eb('r.id', '=', eb.lit(1)));
  const revisionAlong = sql<string | null>`${revisionQuery}`;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const documents = new Map<string, SharedOperation | null>();
  const seen = new Map<string, true>();
  const entries = new Map<string, Entry>();
  const running = new Map<string, { revision: string; body: Promise<Entry | null> }>();
  let bytes = 0;
  /** When reading the revision last started failing; 0 while it reads. */
  let unavailableSince = 0;

  const sharedOperation = (document: string, operationName: string | undefined) => {
    const key = `${operationName ?? ''}\u0000${document}`;
    let operation = documents.get(key);
    if (operation === undefined) {
      operation = sharedOperationOf(options.schema, document, operationName);
      touch(documents, key, operation, MAX_DOCUMENTS);
    }
    return operation;
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
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    const operation = sharedOperation(body.query, operationName);
    if (!operation) return null;
    let variables: string;
    try {
      variables = JSON.stringify((req.body as { variables?: unknown }).variables ?? null);
    } catch {
      // Nested deeper than the stack allows: GraphQL refuses such variables as bad input anyway.
      return null;
    }
    // The same question in another language is another answer (texts and labels in that language).
    const key = createHash('sha256')
      .update(`${requestLanguage(req)}\u0000${operationName ?? ''}\u0000${body.query}\u0000${variables}`)
      .digest('base64url');
    // Someone with a session (or what looks like one) may be an office, which sees drafts where others get null.
    return { key, operation, token: sessionTokenFromHeader(req.headers.cookie) };
  };

  return async (req, res, next) => {
    const question = cacheable(req);
    if (!question) return next();
    const { key, operation, token } = question;
    const signedIn = token !== undefined;
    const servable = (entry: Entry) => entry.sameForEveryone || !signedIn;
    // A query seen once is not worth a statement: most searches are never repeated.
    if (!entries.has(key) && !seen.has(key)) {
      touch(seen, key, true, MAX_SEEN);
      return next();
    }
    let revision: string;
    try {
      // The session comes in the same statement: a miss is answered for that viewer without reading it again.
      const { viewer, along } = await resolveSessionAlong(db, token, revisionAlong, {
        prepared: 'session-and-revision',
      });
      if (along === null) throw new Error('catalogue_revision has no row');
      noteRequestViewer(req, viewer);
      revision = along;
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
      return servable(entry) ? sendCached(res, entry.body) : next();
    }
    // The same question at the same revision is being answered: its answer is this one's too, if it is everyone's.
    const inFlight = running.get(key);
    if (inFlight?.revision === revision) {
      const answer = await inFlight.body;
      return answer && servable(answer) ? sendCached(res, answer.body) : next();
    }
    let settle: (entry: Entry | null) => void = () => {};
    const body = new Promise<Entry | null>((resolve) => {
      settle = resolve;
    });
    const mine = { revision, body };
    running.set(key, mine);
    captureBody(res, (captured) => {
      if (running.get(key) === mine) running.delete(key);
      // Kept (and handed to those waiting) only when computed for a viewer who sees the catalogue as everyone does.
      const kept =
        captured && answersForEveryone(answeringViewers.get(res), operation)
          ? {
              revision,
              body: exactBuffer(captured),
              sameForEveryone: !hasNullAssetRoot(operation, captured),
            }
          : null;
      if (kept) store(key, kept);
      settle(kept);
    });
    next();
  };
}

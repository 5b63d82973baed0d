import type { Db } from '@tt/db/database';
import type { Request } from 'express';
import { resolveSession } from './session.service.js';
import { sessionTokenFrom } from './session-cookie.js';
import type { Viewer } from './viewer.js';

// Who a request is answered for: its session resolved once per request, afresh for every request (a session
// ended or revoked is refused on the next one). A step before the GraphQL context that already read the
// session (the response cache reads it with the catalogue revision, in one statement) notes it here for this
// request alone; nothing outlives the request object.

const resolved = new WeakMap<Request, Viewer | null>();

/** The viewer of this request as just resolved from its session cookie. */
export function noteRequestViewer(req: Request, viewer: Viewer | null): void {
  resolved.set(req, viewer);
}

/** The viewer of this request: as noted earlier in the same request, or resolved from its cookie now. */
export async function requestViewer(db: Db, req: Request): Promise<Viewer | null> {
  if (resolved.has(req)) return resolved.get(req) ?? null;
  return resolveSession(db, sessionTokenFrom(req));
}

import type { Db } from '@tt/db/database';
import type { Viewer } from '../auth/viewer.js';
import type { RequestContext } from '../context.js';
import { unauthenticated } from '../errors/domain-error.js';

/**
 * Runs a service in one transaction as the signed-in viewer: what most mutations do. For resolvers behind
 * @Authorized, which never run without a viewer (hence the refusal is only a safeguard).
 */
export function inViewerTransaction<R>(ctx: RequestContext, run: (db: Db, viewer: Viewer) => Promise<R>): Promise<R> {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  return ctx.em.transactional((tx) => run(tx.getKysely(), viewer));
}

import type { Db } from '@tt/db/database';
import { AlertFrequency } from '@tt/shared/saved-search-rules';
import { sql } from 'kysely';
import { signLink, verifyLink } from '../../auth/signed-links.js';
import { type UserError, userError } from '../../errors/user-error.js';

// An alert's "unsubscribe" link works without signing in: it carries a signed token naming the recipient and the
// saved searches the e-mail was about (signed-links.ts, purpose `unsubscribe-alerts`). Following it (a POST: the
// page's button, or a mail client's one-click) switches those searches' alerts off; opening it changes nothing.

/** The token of an alert's unsubscribe link: the recipient, then the saved searches it stops. */
export function unsubscribeToken(secret: string, userId: number, savedSearchIds: readonly number[]): string {
  return signLink(secret, 'unsubscribe-alerts', [userId, ...savedSearchIds]);
}

export type UnsubscribeOutcome =
  | {
      ok: true;
      /** The names of the searches whose alerts are now off (also those that already were). */
      names: string[];
      /** Searches the link named that have been deleted since. */
      missing: number;
    }
  | { ok: false; errors: UserError[] };

/**
 * Switches off the alerts of the saved searches a valid token names, and of those only: a search is changed only
 * when it still belongs to the recipient the token names. A forged or altered token changes nothing
 * (ALERT_LINK_INVALID); one whose searches are all deleted says so (SAVED_SEARCH_GONE).
 */
export async function unsubscribeAlerts(db: Db, secret: string, token: string): Promise<UnsubscribeOutcome> {
  const ids = verifyLink(secret, 'unsubscribe-alerts', token.trim());
  if (!ids || ids.length < 2) return { ok: false, errors: [userError('ALERT_LINK_INVALID', 'token')] };
  const [userId, ...searchIds] = ids as [number, ...number[]];
  const rows = await db
    .updateTable('saved_search')
    .set({ alert_frequency: AlertFrequency.OFF, updated_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('id', 'in', searchIds)
    .returning(['id', 'name'])
    .execute();
  if (rows.length === 0) return { ok: false, errors: [userError('SAVED_SEARCH_GONE', 'token')] };
  const order = new Map(searchIds.map((id, index) => [id, index]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { ok: true, names: rows.map((row) => row.name), missing: new Set(searchIds).size - rows.length };
}

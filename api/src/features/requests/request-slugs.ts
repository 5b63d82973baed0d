import type { Db } from '@tt/db/database';
import { sql } from 'kysely';
import { slugify } from '../../text/slugs.js';

/**
 * The slug of a new request: its title's slugified words, with -2, -3… when another request has them (as
 * listing-slugs.ts does for listings). A request keeps its slug when its title changes, so that the links in the
 * e-mails about it keep working. Allocation is serialized by a transaction-scoped lock.
 */
export async function allocateRequestSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title);
  await db
    .selectNoFrom((eb) =>
      eb
        .fn<void>('pg_advisory_xact_lock', [eb.fn<number>('hashtext', [sql.lit('technology-request-slug')])])
        .as('locked'),
    )
    .execute();
  const rows = await db
    .selectFrom('technology_request')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  // `requests/new` is the form for a new request: no request is at that address.
  const taken = new Set([...rows.map((row) => row.slug), 'new']);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

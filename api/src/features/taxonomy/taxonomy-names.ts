import type { Db } from '@tt/db/database';
import type { ErrorCode } from '@tt/shared/error-messages';
import { sql } from 'kysely';
import { type UserError, userError } from '../../errors/user-error.js';
import { slugify } from '../../text/slugs.js';

// What the taxonomy's terms and the institutes' platforms share: one-line names (the GraphQL inputs already refused
// control characters and line breaks), checked the same way, and a slug that never changes once given.

/** A name as stored: its white space collapsed to single spaces, trimmed. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Adds what is wrong with a stored name (empty, or over `max`) to `errors`, under its field. */
export function checkName(
  errors: UserError[],
  field: string,
  name: string,
  rule: { max: number; required: ErrorCode; tooLong: ErrorCode },
): void {
  if (!name) errors.push(userError(rule.required, field));
  else if (name.length > rule.max) errors.push(userError(rule.tooLong, field, { max: rule.max }));
}

/**
 * A slug no row of the table (in use or retired) has: the name's words, with -2, -3… when taken. Allocation is
 * serialized by a transaction-scoped lock of the table's own.
 */
export async function allocateSlug(db: Db, table: 'platform' | 'sector', name: string): Promise<string> {
  const base = slugify(name);
  await db
    .selectNoFrom((eb) =>
      eb.fn<void>('pg_advisory_xact_lock', [eb.fn<number>('hashtext', [sql.lit(`${table}-slug`)])]).as('locked'),
    )
    .execute();
  const rows = await db
    .selectFrom(table)
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

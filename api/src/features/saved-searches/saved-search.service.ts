import type { Db } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import { SAVED_SEARCH_NAME_MAX_LENGTH, SAVED_SEARCHES_PER_USER_MAX } from '@tt/shared/limits';
import { AlertFrequency, SavedSearchScope } from '@tt/shared/saved-search-rules';
import { type RawBuilder, sql } from 'kysely';
import type { Viewer } from '../../auth/viewer.js';
import { type UserError, userError } from '../../errors/user-error.js';
import { SAVED_SEARCH_COLUMNS, type SavedSearchRecord, toSavedSearchRecord } from './saved-search-records.js';
import { maySaveSearches, SEARCH_SCOPES, type SearchInput, type SearchScopeDefinition } from './search-scopes.js';

// A person's saved searches: only ever their own. Every statement names the viewer's id, so another person's
// search is never read nor changed; asking for one answers SAVED_SEARCH_NOT_FOUND, as for one that does not exist.

/**
 * The alerts' watermark for "from now on": to the millisecond, as JavaScript reads it back, so that a window ending
 * where the next one starts is the same instant on both sides.
 */
export const WATERMARK_NOW: RawBuilder<Date> = sql<Date>`date_trunc('milliseconds', now())`;

/** A saved search as changed, or why it was not. */
export type SavedSearchOutcome = { ok: true; savedSearch: SavedSearchRecord } | { ok: false; errors: UserError[] };

/** A name as stored (trimmed), or what is wrong with it. */
function checkName(name: string, field = 'name'): { name: string } | { error: UserError } {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) return { error: userError('SAVED_SEARCH_NAME_REQUIRED', field) };
  if (trimmed.length > SAVED_SEARCH_NAME_MAX_LENGTH) {
    return { error: userError('SAVED_SEARCH_NAME_TOO_LONG', field, { max: SAVED_SEARCH_NAME_MAX_LENGTH }) };
  }
  return { name: trimmed };
}

/** The viewer's saved searches, the latest first. */
export async function listSavedSearches(db: Db, viewer: Viewer): Promise<SavedSearchRecord[]> {
  const rows = await db
    .selectFrom('saved_search')
    .select(SAVED_SEARCH_COLUMNS)
    .where('user_id', '=', viewer.userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toSavedSearchRecord);
}

/** The viewer's own saved search; null for anyone else's, as for one that does not exist. */
export async function findOwnSavedSearch(db: Db, viewer: Viewer, id: number): Promise<SavedSearchRecord | null> {
  const row = await db
    .selectFrom('saved_search')
    .select(SAVED_SEARCH_COLUMNS)
    .where('id', '=', id)
    .where('user_id', '=', viewer.userId)
    .executeTakeFirst();
  return row ? toSavedSearchRecord(row) : null;
}

/**
 * A saved search by its owner's id and its own, as a signed link names them (its feed): null when it was deleted, or
 * when the two do not go together.
 */
export async function findSavedSearchOf(db: Db, userId: number, id: number): Promise<SavedSearchRecord | null> {
  const row = await db
    .selectFrom('saved_search')
    .select(SAVED_SEARCH_COLUMNS)
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toSavedSearchRecord(row) : null;
}

/** The scope's definition when the viewer may save searches of it, else why not. */
function scopeFor(viewer: Viewer, scope: SavedSearchScope): SearchScopeDefinition | UserError {
  if (!maySaveSearches(viewer, scope)) return userError('SAVED_SEARCH_SCOPE_NOT_ALLOWED', 'scope');
  return SEARCH_SCOPES[scope];
}

export interface SaveSearchInput {
  name: string;
  scope?: SavedSearchScope | null;
  query?: string | null;
  filter?: SearchInput['filter'];
  requestFilter?: SearchInput['requestFilter'];
  alertFrequency?: AlertFrequency | null;
}

/**
 * Saves a search under a name, in `language` (the request's: its words are parsed in it). Its alerts start from
 * now: the first one lists only what is published or changed after it was saved. A search that could not run
 * (an unknown sector, a TRL out of range…) is refused as BAD_USER_INPUT, as the catalogue refuses it.
 */
export async function saveSearch(
  db: Db,
  viewer: Viewer,
  input: SaveSearchInput,
  language: Language,
): Promise<SavedSearchOutcome> {
  const errors: UserError[] = [];
  const name = checkName(input.name);
  if ('error' in name) errors.push(name.error);
  const scopeName = input.scope ?? SavedSearchScope.CATALOGUE;
  const scope = scopeFor(viewer, scopeName);
  if (!('check' in scope)) errors.push(scope);
  if (errors.length || 'error' in name || !('check' in scope)) return { ok: false, errors };
  const search = await scope.check(db, input);
  // The count and the insert under the account's row lock: two saves at once cannot pass the limit together.
  await db.selectFrom('app_user').select('id').where('id', '=', viewer.userId).forNoKeyUpdate().execute();
  const { count } = await db
    .selectFrom('saved_search')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', viewer.userId)
    .executeTakeFirstOrThrow();
  if (Number(count) >= SAVED_SEARCHES_PER_USER_MAX) {
    return { ok: false, errors: [userError('TOO_MANY_SAVED_SEARCHES', null, { max: SAVED_SEARCHES_PER_USER_MAX })] };
  }
  const row = await db
    .insertInto('saved_search')
    .values({
      user_id: viewer.userId,
      name: name.name,
      scope: scopeName,
      query: search.query,
      filter: sql`${JSON.stringify(search.filter)}::jsonb`,
      language,
      alert_frequency: input.alertFrequency ?? AlertFrequency.OFF,
      alerted_until: WATERMARK_NOW,
      created_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .returning(SAVED_SEARCH_COLUMNS)
    .executeTakeFirstOrThrow();
  return { ok: true, savedSearch: toSavedSearchRecord(row) };
}

export interface UpdateSavedSearchInput {
  id: number;
  name?: string | null;
  alertFrequency?: AlertFrequency | null;
  /** The search itself, replaced whole (words and filter) when given. */
  search?: SearchInput | null;
}

/**
 * Renames a saved search, changes how often it alerts, or replaces the search itself (then made in `language`).
 * Alerts switched on, or a search replaced, start from now: nothing from before is mailed as new.
 */
export async function updateSavedSearch(
  db: Db,
  viewer: Viewer,
  input: UpdateSavedSearchInput,
  language: Language,
): Promise<SavedSearchOutcome> {
  const current = await db
    .selectFrom('saved_search')
    .select(['id', 'scope', 'alert_frequency'])
    .where('id', '=', input.id)
    .where('user_id', '=', viewer.userId)
    .forNoKeyUpdate()
    .executeTakeFirst();
  if (!current) return { ok: false, errors: [userError('SAVED_SEARCH_NOT_FOUND', 'id')] };
  const name = input.name == null ? null : checkName(input.name);
  if (name && 'error' in name) return { ok: false, errors: [name.error] };
  let search: Awaited<ReturnType<SearchScopeDefinition['check']>> | null = null;
  if (input.search) {
    const scope = scopeFor(viewer, current.scope);
    if (!('check' in scope)) return { ok: false, errors: [scope] };
    search = await scope.check(db, input.search);
  }
  const frequency = input.alertFrequency ?? current.alert_frequency;
  const restart =
    search !== null || (current.alert_frequency === AlertFrequency.OFF && frequency !== AlertFrequency.OFF);
  const row = await db
    .updateTable('saved_search')
    .set({
      ...(name ? { name: name.name } : {}),
      ...(search ? { query: search.query, filter: sql`${JSON.stringify(search.filter)}::jsonb`, language } : {}),
      alert_frequency: frequency,
      ...(restart ? { alerted_until: WATERMARK_NOW } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', current.id)
    .where('user_id', '=', viewer.userId)
    .returning(SAVED_SEARCH_COLUMNS)
    .executeTakeFirstOrThrow();
  return { ok: true, savedSearch: toSavedSearchRecord(row) };
}

/** Deletes one of the viewer's saved searches (its alerts and feed with it). */
export async function deleteSavedSearch(
  db: Db,
  viewer: Viewer,
  id: number,
): Promise<{ ok: true; deletedId: number } | { ok: false; errors: UserError[] }> {
  const row = await db
    .deleteFrom('saved_search')
    .where('id', '=', id)
    .where('user_id', '=', viewer.userId)
    .returning('id')
    .executeTakeFirst();
  return row ? { ok: true, deletedId: row.id } : { ok: false, errors: [userError('SAVED_SEARCH_NOT_FOUND', 'id')] };
}

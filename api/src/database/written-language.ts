import type { Language } from '@tt/shared/languages';
import { type Expression, type RawBuilder, sql } from 'kysely';

/**
 * The language to record beside texts a save writes (db/src/entities/written-language.ts): the writer's when
 * any of them changes, else the one recorded. A save that leaves the texts as they were (another field
 * changed, or the same text saved again from a page in the other language) says nothing about their language.
 * `stored` names the text columns of the row being updated, `saved` their new values in the same order.
 */
export function languageOnSave(
  stored: readonly string[],
  saved: readonly (Expression<unknown> | string | null)[],
  language: Language,
  recorded: string,
): RawBuilder<Language> {
  const columns = sql.join(stored.map((column) => sql.ref(column)));
  const values = sql.join(saved.map((value) => (typeof value === 'string' || value === null ? sql.val(value) : value)));
  return sql<Language>`case when (${columns}) is distinct from (${values}) then ${language}::app_language else ${sql.ref(recorded)} end`;
}

import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { SAVED_SEARCH_NAME_MAX_LENGTH, SEARCH_QUERY_MAX_LENGTH } from '@tt/shared/limits';
import { AlertFrequency, SavedSearchScope, type StoredCatalogueFilter } from '@tt/shared/saved-search-rules';
import { User } from './user.entity.js';
import { writtenLanguage } from './written-language.js';

/**
 * A search someone saved with a name: its words and filters as the search page sends them (checked when saved), the
 * language it was made in (its words are parsed in it), and its e-mail alerts. `alertedUntil` is the alerts'
 * watermark: a run lists what was published or changed after it, up to the run's cutoff, and moves it to that cutoff
 * in the transaction that writes the e-mail, so nothing is ever mailed twice.
 */
export const SavedSearch = defineEntity({
  name: 'SavedSearch',
  tableName: 'saved_search',
  properties: {
    id: p.integer().primary().autoincrement(),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    name: p.string().length(SAVED_SEARCH_NAME_MAX_LENGTH),
    scope: p
      .enum(() => SavedSearchScope)
      .nativeEnumName('saved_search_scope')
      .default(SavedSearchScope.CATALOGUE),
    query: p.string().length(SEARCH_QUERY_MAX_LENGTH).default(''),
    filter: p.json<StoredCatalogueFilter>(),
    /** The language the search was made in: its words are parsed in it. */
    language: writtenLanguage(),
    alertFrequency: p
      .enum(() => AlertFrequency)
      .nativeEnumName('alert_frequency')
      .default(AlertFrequency.OFF),
    alertedUntil: p.datetime(),
    /** When the last alert e-mail was written to the outbox; null: none yet. */
    lastAlertAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  indexes: [
    { name: 'saved_search_user_idx', properties: ['user', 'createdAt'] },
    {
      name: 'saved_search_alerts_due_idx',
      expression: `create index "saved_search_alerts_due_idx" on "saved_search" ("alert_frequency", "alerted_until") where "alert_frequency" <> 'OFF'`,
    },
  ],
});
export type SavedSearch = InferEntity<typeof SavedSearch>;

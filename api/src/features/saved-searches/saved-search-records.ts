import type { Database } from '@tt/db/database';
import type { Language } from '@tt/shared/languages';
import type { AlertFrequency, SavedSearchScope, StoredSearchFilter } from '@tt/shared/saved-search-rules';
import type { Selectable } from 'kysely';
import { toDate } from '../../database/to-date.js';

// A saved search's row becomes the record the services hand over; only what the GraphQL type declares is sent.

/** A person's saved search, with its alerts' frequency and watermark. */
export interface SavedSearchRecord {
  id: number;
  userId: number;
  name: string;
  scope: SavedSearchScope;
  /** The search's words; empty for none. */
  query: string;
  filter: StoredSearchFilter;
  /** The language it was made in: its words are parsed in it. */
  language: Language;
  alertFrequency: AlertFrequency;
  /** Its alerts have listed everything published or changed up to this moment. */
  alertedUntil: Date;
  lastAlertAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type SavedSearchRow = Selectable<Database['saved_search']>;

/** Every column of saved_search, as the services read it. */
export const SAVED_SEARCH_COLUMNS = [
  'id',
  'user_id',
  'name',
  'scope',
  'query',
  'filter',
  'language',
  'alert_frequency',
  'alerted_until',
  'last_alert_at',
  'created_at',
  'updated_at',
] as const;

export function toSavedSearchRecord(row: SavedSearchRow): SavedSearchRecord {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    scope: row.scope,
    query: row.query,
    // jsonb arrives parsed; a string would be the driver's text of it.
    filter: (typeof row.filter === 'string' ? JSON.parse(row.filter) : row.filter) ?? {},
    language: row.language,
    alertFrequency: row.alert_frequency,
    alertedUntil: toDate(row.alerted_until),
    lastAlertAt: row.last_alert_at === null ? null : toDate(row.last_alert_at),
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

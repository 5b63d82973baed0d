import type { EntityManager } from '@mikro-orm/core';
import { Language } from '@tt/shared/languages';
import { AlertFrequency, SavedSearchScope, type StoredCatalogueFilter } from '@tt/shared/saved-search-rules';
import { SavedSearch } from '../../entities/saved-search.entity.js';
import type { User } from '../../entities/user.entity.js';

/** A demo buyer's saved search: its name, words and filters as the catalogue page saves them, and its alerts. */
interface DemoSavedSearch {
  email: string;
  name: string;
  query?: string;
  filter?: StoredCatalogueFilter;
  language?: Language;
  alertFrequency: AlertFrequency;
}

// What the two demo buyers follow, so that each finds saved searches, and e-mails in /dev/mail, from the first
// start: every frequency once, and one search made on the Italian pages.
export const demoSavedSearches: DemoSavedSearch[] = [
  {
    email: 'buyer@oncopharm.demo',
    name: 'Liquid biopsy',
    query: 'liquid biopsy',
    alertFrequency: AlertFrequency.DAILY,
  },
  {
    email: 'buyer@oncopharm.demo',
    name: 'Immuno-oncology inventions, TRL 4 and up',
    filter: { kinds: ['INVENTION'], sectors: ['immuno-oncology'], trlMin: 4 },
    alertFrequency: AlertFrequency.IMMEDIATE,
  },
  {
    email: 'buyer@medisense.demo',
    name: 'Genomic testing services',
    filter: { kinds: ['SERVICE'], sectors: ['genomic-testing'] },
    alertFrequency: AlertFrequency.WEEKLY,
  },
  {
    email: 'buyer@medisense.demo',
    name: 'Diagnostica per immagini',
    query: 'imaging',
    filter: { sectors: ['diagnostics'] },
    language: Language.IT,
    alertFrequency: AlertFrequency.OFF,
  },
];

/**
 * The demo buyers' saved searches. Their alerts start when the demo data is loaded (the watermark is now), so that
 * the first run e-mails only what is published after it, never the whole catalogue.
 */
export function seedDemoSavedSearches(em: EntityManager, accounts: Map<string, User>): void {
  const now = new Date();
  for (const search of demoSavedSearches) {
    const user = accounts.get(search.email);
    if (!user) throw new Error(`Demo saved search of an unknown account: ${search.email}`);
    em.create(SavedSearch, {
      user,
      name: search.name,
      scope: SavedSearchScope.CATALOGUE,
      query: search.query ?? '',
      filter: search.filter ?? {},
      language: search.language ?? Language.EN,
      alertFrequency: search.alertFrequency,
      alertedUntil: now,
    });
  }
}

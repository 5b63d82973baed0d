import type { EntityManager } from '@mikro-orm/postgresql';
import type { Kysely } from 'kysely';
import type { Loaders } from './loaders/create-loaders.js';
import type { Logger } from './logger.js';

export interface RequestContext {
  requestId: string;
  logger: Logger;
  em: EntityManager;
  // biome-ignore lint/suspicious/noExplicitAny: raw SQL over the whole schema
  db: Kysely<any>;
  loaders: Loaders;
}

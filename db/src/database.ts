import type { InferKyselyDB } from '@mikro-orm/sql';
import type { Kysely } from 'kysely';
import type { EntitySchemas } from './entities/all-entities.js';

/**
 * The database's tables and columns as Kysely sees them, inferred from the entity definitions: the entities
 * are the one source of the schema's names, so renaming a property makes tsc fail at every query using it.
 */
export type Database = InferKyselyDB<EntitySchemas>;

/** A Kysely instance typed from the entities: what every query in the API is written against. */
export type Db = Kysely<Database>;

import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities/all-entities.js';
import { migrationsList } from './migrations/migrations-list.js';
import { PreparedStatementClient } from './prepared-statement-client.js';

export interface OrmConfigOptions {
  /** Called with every SQL statement the ORM runs (used to count statements in tests). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function createOrmConfig(clientUrl: string, options: OrmConfigOptions = {}): Options {
  const { onQuery } = options;
  return defineConfig({
    clientUrl,
    entities: [...entities],
    extensions: [Migrator],
    // Entities are resolved per request by the API; nothing is shared between requests.
    allowGlobalContext: false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    // The pool's connections send statements marked `/* prepared: <name> */` as prepared statements.
    driverOptions: { Client: PreparedStatementClient },
    migrations: {
      migrationsList,
      path: 'db/src/migrations',
      snapshot: false,
      snapshotOnMigrate: false,
      silent: true,
    },
    // The migrations' SQL functions (e.g. asset_search_refresh) are theirs: the entities do not declare them.
    schemaGenerator: { ignoreRoutines: true },
    debug: onQuery ? ['query'] : false,
    logger: onQuery
      ? (message: string) => {
          onQuery(message);
        }
      : undefined,
  });
}

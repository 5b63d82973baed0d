import { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '@tt/db/database';
import { createOrmConfig } from '@tt/db/orm-config';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestOrm {
  readonly database: TestDatabase;
  readonly orm: MikroORM;
  /** A Kysely on a fresh fork of the ORM's entity manager. */
  db(): Db;
}

/**
 * A fresh database (cloned from the demo template) and an ORM on it, for the tests of one file: opened in the
 * file's first beforeAll, so later hooks may use them; closed and dropped after the tests.
 */
export function useTestOrm(): TestOrm {
  let opened: { database: TestDatabase; orm: MikroORM } | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase();
    opened = { database, orm: await MikroORM.init(createOrmConfig(database.url)) };
  });
  afterAll(async () => {
    await opened?.orm.close();
    await opened?.database.drop();
  });
  const current = () => {
    if (!opened) throw new Error('The test database is not open yet: use it in hooks and tests');
    return opened;
  };
  return {
    get database() {
      return current().database;
    },
    get orm() {
      return current().orm;
    },
    db: () => current().orm.em.fork().getKysely(),
  };
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { DemoFileStore } from './seeds/demo-service-seeder.js';

export interface PrepareResult {
  migrations: string[];
  demoDataLoaded: boolean;
}

// Any fixed number shared by every process that prepares this database.
const PREPARE_LOCK = 7_210_001;

/**
 * Applies pending migrations and, on an empty database, loads the demo data (with the demo accounts'
 * passwords when a hash function is given).
 * An advisory lock keeps two processes starting together from doing it twice.
 */
export async function prepareDatabase(
  orm: MikroORM,
  options: {
    loadDemoData: boolean;
    hashPassword?: (password: string) => Promise<string>;
    /** Where the demo's files go (the API's attachment storage). */
    demoFiles?: DemoFileStore;
  },
): Promise<PrepareResult> {
  const em = orm.em.fork();
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(${PREPARE_LOCK})`);
    const applied = await orm.migrator.up();
    let demoDataLoaded = false;
    if (options.loadDemoData) {
      const [row] = await tx.execute<{ count: string }[]>('select count(*) as count from institution');
      if (Number(row?.count ?? 0) === 0) {
        // Loaded only here: the demo's texts would otherwise sit in every server's memory.
        const { DemoSeeder } = await import('./seeds/demo-seeder.js');
        await new DemoSeeder(options.hashPassword, options.demoFiles).run(tx);
        demoDataLoaded = true;
      }
    }
    return { migrations: applied.map((migration) => migration.name), demoDataLoaded };
  });
}

// Vitest global setup: one PostgreSQL server for the run (embedded, or TEST_DATABASE_URL's server) and a
// template database, migrated and loaded with the demo data, that each test file clones.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@tt/db/embedded-postgres';
import { createOrmConfig } from '@tt/db/orm-config';
import { prepareDatabase } from '@tt/db/prepare-database';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { hashPassword } from '../auth/passwords.js';
import { installJobSchema } from '../jobs/job-runner.js';

export const TEMPLATE_DATABASE = 'tt_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  let server: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tt-test-pg-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port, persistent: false });
    adminUrl = server.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();

  const orm = await MikroORM.init(createOrmConfig(withDatabase(adminUrl, TEMPLATE_DATABASE)));
  await prepareDatabase(orm, { loadDemoData: true, hashPassword });
  await orm.close();
  // pg-boss's schema too, so that a test starting the job runner does not create it (≈ 0.2 s) each time.
  await installJobSchema(withDatabase(adminUrl, TEMPLATE_DATABASE));

  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

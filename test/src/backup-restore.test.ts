// docs/deploying.md's backup and restore, step by step, on an institute's kind of server: Debian's PostgreSQL
// (its pg_dump and pg_restore), a database owned by the application's own role, the production server built
// and started as the guide says. Issue #18, point 8.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../scripts/server-node-flags.mjs';
import { gql, logIn } from './support/graphql-client.js';
import { freePort, type ServerProcess, startServerProcess } from './support/server-process.js';
import { type SystemPostgres, startSystemPostgres } from './support/system-postgres.js';

const run = promisify(execFile);
const APP_ROLE = { name: 'tt', password: 'tt-app-secret' };
const DEMO_PASSWORD = 'tt-demo-2026';

let database: SystemPostgres;
let workDir: string;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  database = await startSystemPostgres(freePort());
  workDir = await mkdtemp(path.join(os.tmpdir(), 'tt-backup-'));
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await database?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function productionServer(databaseUrl: string, dataDir: string): Promise<ServerProcess> {
  return startServerProcess({
    script: 'main',
    nodeArgs: SERVER_NODE_FLAGS,
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, MAIL_TRANSPORT: 'none' },
  }).then((server) => {
    servers.push(server);
    return server;
  });
}

// What a visitor and a researcher see; equal before the backup and after the restore.
const CATALOGUE = `{ assets(first: 100, orderBy: NEWEST) { totalCount edges { node { slug title } } }
  institutions { slug name } partners(first: 100) { totalCount edges { node { slug name } } } }`;
const MY_DISCLOSURES = `{ disclosures(first: 100) { totalCount edges { node { id title status
  attachments { id fileName contentType byteSize createdAt downloadUrl uploadedByName } } } } }`;

/** The rows of the tables that hold the business, as one digest per table. */
async function digests(url: string): Promise<string[]> {
  const tables = ['institution', 'asset', 'company', 'app_user', 'disclosure', 'disclosure_attachment'];
  const sql = tables
    .map(
      (table) =>
        `select '${table}', count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${table} t`,
    )
    .join(' union all ');
  return (await database.psql(sql, url)).trim().split('\n');
}

async function download(url: string, downloadUrl: string, cookie: string): Promise<Buffer> {
  const response = await fetch(new URL(downloadUrl, url), { headers: { cookie } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('backup and restore as docs/deploying.md says', () => {
  it('pg_dump and the attachments folder, restored into a new database, serve the same marketplace', async () => {
    // The server's administrator: the application's role owns its database (the app creates no database).
    await database.psql(`create role ${APP_ROLE.name} login password '${APP_ROLE.password}'`);
    await database.psql(`create database tt_marketplace owner ${APP_ROLE.name}`);
    const databaseUrl = database.urlFor('tt_marketplace', APP_ROLE);
    const dataDir = path.join(workDir, 'data');

    // Demo data never loads in production: a development start loads it into the new database first.
    const demo = await startServerProcess({
      script: 'main',
      env: { NODE_ENV: 'development', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, MAIL_TRANSPORT: 'none' },
    });
    servers.push(demo);
    expect(await demo.stop()).toBe(0);

    const production = await productionServer(databaseUrl, dataDir);
    const researcher = await logIn(production.url, 'researcher.irst@tt.demo', DEMO_PASSWORD);
    expect(researcher).not.toBeNull();
    const draft = await gql<{ saveDisclosureDraft: { disclosure: { id: string } } }>(
      production.url,
      `mutation($input: SaveDisclosureDraftInput!) { saveDisclosureDraft(input: $input) { disclosure { id } } }`,
      { input: { title: 'Backed-up assay', abstract: 'What the restore must bring back, files included.' } },
      researcher!,
    );
    const disclosureId = draft.data!.saveDisclosureDraft.disclosure.id;
    // A PDF of a few hundred kilobytes whose every byte must come back.
    const file = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300 * 1024), Buffer.from('\n%%EOF\n')]);
    const uploaded = await fetch(`${production.url}/uploads/disclosures/${disclosureId}/attachments`, {
      method: 'POST',
      headers: {
        cookie: researcher!,
        'x-requested-with': 'tt-web',
        'x-file-name': encodeURIComponent('drawings è.pdf'),
        'content-type': 'application/octet-stream',
      },
      body: file,
    });
    expect(uploaded.status).toBe(201);

    const catalogueBefore = await gql(production.url, CATALOGUE);
    const disclosuresBefore = await gql<{
      disclosures: { edges: { node: { attachments: { downloadUrl: string }[] } }[] };
    }>(production.url, MY_DISCLOSURES, {}, researcher!);
    expect(catalogueBefore.errors).toBeUndefined();
    expect((catalogueBefore.data as { assets: { totalCount: number } }).assets.totalCount).toBeGreaterThan(0);
    const withFile = disclosuresBefore.data!.disclosures.edges.find((edge) => edge.node.attachments.length > 0);
    expect(withFile).toBeDefined();

    // The backup, taken while the server runs: the database first, then the attachments (written once, never
    // changed, so a copy taken after the dump holds every file the dump names).
    const backupDir = path.join(workDir, 'backup');
    await mkdir(backupDir);
    await database.client('pg_dump', ['--format=custom', `--file=${backupDir}/tt.dump`, `--dbname=${databaseUrl}`]);
    await run('cp', ['-a', path.join(dataDir, 'attachments'), path.join(backupDir, 'attachments')]);
    expect(await production.stop()).toBe(0);

    // The restore: a new empty database owned by the application's role, the dump restored into it as that role,
    // the attachments copied into the new server's DATA_DIR.
    await database.psql(`create database tt_restored owner ${APP_ROLE.name}`);
    const restoredUrl = database.urlFor('tt_restored', APP_ROLE);
    await database.client('pg_restore', [
      '--no-owner',
      '--single-transaction',
      `--dbname=${restoredUrl}`,
      `${backupDir}/tt.dump`,
    ]);
    const restoredDataDir = path.join(workDir, 'restored');
    await mkdir(restoredDataDir);
    await run('cp', ['-a', path.join(backupDir, 'attachments'), path.join(restoredDataDir, 'attachments')]);
    expect(await digests(restoredUrl)).toEqual(await digests(databaseUrl));
    expect((await readdir(path.join(restoredDataDir, 'attachments'))).length).toBeGreaterThan(1);

    const restored = await productionServer(restoredUrl, restoredDataDir);
    expect(await gql(restored.url, CATALOGUE)).toEqual(catalogueBefore);
    // Passwords came back with the accounts: the researcher signs in and sees the same disclosures and files.
    const again = await logIn(restored.url, 'researcher.irst@tt.demo', DEMO_PASSWORD);
    expect(again).not.toBeNull();
    const disclosuresAfter = await gql(restored.url, MY_DISCLOSURES, {}, again!);
    expect(disclosuresAfter.data).toEqual(disclosuresBefore.data);
    const bytes = await download(restored.url, withFile!.node.attachments[0]!.downloadUrl, again!);
    expect(bytes.equals(file)).toBe(true);
    expect(await restored.stop()).toBe(0);
    expect(restored.output()).toMatch(/"msg":"stopped"/);
  });
});

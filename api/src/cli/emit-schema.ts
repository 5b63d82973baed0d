// Writes the SDL to api/schema.graphql; with --check, fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from '../schema/build-schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
const sdl = `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error('api/schema.graphql is stale: run `pnpm schema:emit` and commit it.');
    process.exit(1);
  }
  console.log('api/schema.graphql is up to date.');
} else {
  await writeFile(target, sdl);
  console.log(`Wrote ${target}`);
}

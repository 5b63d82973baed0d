import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed SDL, in two files so that the first page load carries only the documents
// it can use: src/generated/graphql.ts holds the schema's types and the documents of the public pages and the
// shell; src/generated/members-graphql.ts the documents of the pages only signed-in people open, which load
// lazily (vite.config.ts puts the file in the `members` chunk). A document lives in the file of its folder.
// `pnpm codegen` rewrites both; `pnpm codegen:check` generates into a temporary directory (CODEGEN_OUT_DIR) and
// fails when a committed file differs.
const outDir = process.env.CODEGEN_OUT_DIR ?? 'src/generated';
const core = `${outDir}/graphql.ts`;
const members = `${outDir}/members-graphql.ts`;

/** The folders of src whose pages are all lazy and signed-in (or reached from an e-mail's link). */
export const MEMBER_FOLDERS = [
  'admin',
  'agreements',
  'disclosures',
  'feedback',
  'interest',
  'listings',
  'matchmaking',
  'office-dashboard',
  'partner-records',
  'requests',
  'saved-searches',
  'services',
  // The network's pages (public, but rarely the first page): their document stays out of the first load.
  'site-pages',
  // Retired terms' successors, looked up only when an old address names one.
  'taxonomy',
];

// The other folders' fragments, which the members' documents may spread (generated again in their file).
const sharedFragments = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.graphql') && !MEMBER_FOLDERS.includes(file.split(path.sep)[0]!))
  .filter((file) => /^fragment\s/m.test(readFileSync(path.join('src', file), 'utf8')))
  .map((file) => `src/${file.split(path.sep).join('/')}`);

const operationConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  // Results: nullable fields are present (`T | null`), never optional. Variables: optional.
  avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
  nonOptionalTypename: true,
  strictScalars: true,
  scalars: { DateTime: 'string', SafeInt: 'number', ErrorParams: 'Readonly<Record<string, string | number>>' },
  dedupeFragments: true,
  documentNodeImport: '@apollo/client#TypedDocumentNode',
  // The typescript plugin emits the schema's enums, inputs and scalars once, in graphql.ts; typescript-operations
  // 6 would emit the ones it uses a second time unless told where they are.
  onlyOperationTypes: true,
};

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  generates: {
    [core]: {
      documents: ['src/**/*.graphql', ...MEMBER_FOLDERS.map((folder) => `!src/${folder}/**/*.graphql`)],
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: { ...operationConfig, importSchemaTypesFrom: core },
    },
    [members]: {
      documents: [...MEMBER_FOLDERS.map((folder) => `src/${folder}/**/*.graphql`), ...sharedFragments],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...operationConfig, importSchemaTypesFrom: core },
    },
  },
};

export default config;

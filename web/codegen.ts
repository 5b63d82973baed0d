import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed SDL, all in one file.
// `pnpm codegen` rewrites src/generated/graphql.ts; `pnpm codegen:check` generates into a temporary
// directory (CODEGEN_OUT) and fails when the committed file differs.
const output = process.env.CODEGEN_OUT ?? 'src/generated/graphql.ts';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  generates: {
    [output]: {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Results: nullable fields are present (`T | null`), never optional. Variables: optional.
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        nonOptionalTypename: true,
        strictScalars: true,
        scalars: { DateTime: 'string', ErrorParams: 'Readonly<Record<string, string | number>>' },
        dedupeFragments: true,
        documentNodeImport: '@apollo/client#TypedDocumentNode',
        // The typescript plugin emits the schema's enums, inputs and scalars; typescript-operations 6
        // would emit the ones it uses a second time (duplicate identifiers) unless told where they are:
        // here, in this same file.
        onlyOperationTypes: true,
        importSchemaTypesFrom: output,
      },
    },
  },
};

export default config;

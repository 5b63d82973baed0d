import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql module for our code and for type-graphql/graphql-ws (which load its CommonJS build),
// as at run time in Node: two copies would refuse each other's schemas and errors.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { conditions: ['source'], alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'api',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

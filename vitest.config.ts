import { defineConfig } from 'vitest/config';

// One run for every package; each package's vitest.config.ts describes its own tests.
export default defineConfig({
  test: {
    projects: ['shared', 'db', 'api', 'web', 'test'],
  },
});

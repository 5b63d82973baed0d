import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'test',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/support/global-setup.ts'],
    // Browser journeys share one server and one browser binary: run the files one after another.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});

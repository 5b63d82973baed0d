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
    // A page answers within a second on a quiet machine, not always on a busy one (CI shares two cores): polls of
    // what the page shows wait up to ten.
    expect: { poll: { timeout: 10_000 } },
  },
});

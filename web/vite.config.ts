import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  // `@tt/shared/<file>` resolves to its TypeScript source, so the web app never needs shared built first.
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/healthz': api, '/readyz': api, '/dev/mail': api },
  },
  build: {
    // Not /assets: that is where listings live (/assets/<slug>).
    assetsDir: '_app',
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: their own chunk stays cached across releases.
        // App code that several pages share goes to `common`; each page is its own chunk.
        advancedChunks: {
          groups: [
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
            { name: 'common', minShareCount: 2 },
          ],
        },
      },
    },
  },
});

import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
// By path: the config loads without the workspace's source conditions (as lingui.config.ts notes).
import { COMPRESSED_WEB_FILES } from '../shared/src/compressed-web-files';

// The API of `npm run dev` (scripts/dev.mjs), on the port it was given.
const api = `http://localhost:${process.env.PORT || 4000}`;

export default defineConfig({
  // lingui: the PO catalogues (lingui.config.ts) imported as compiled messages, in builds and under Vitest;
  // a message that does not compile fails the build.
  plugins: [
    react(),
    lingui({ configPath: fileURLToPath(new URL('lingui.config.ts', import.meta.url)), failOnCompileError: true }),
    // Each script, style and icon also as .br and .gz, compressed once here at their best: the API sends them as
    // they are (api/src/http/compressed-assets.ts), and spends neither CPU nor memory compressing when it starts.
    compression({
      include: COMPRESSED_WEB_FILES,
      threshold: 0,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      logLevel: 'silent',
    }),
  ],
  // `@tt/shared/<file>` resolves to its TypeScript source, so the web app never needs shared built first.
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/uploads': api,
      '/healthz': api,
      '/readyz': api,
      '/dev/mail': api,
      '/exports': api,
    },
  },
  build: {
    // Not /assets: that is where listings live (/assets/<slug>).
    assetsDir: '_app',
    target: 'es2022',
    sourcemap: true,
    // .vite/manifest.json: the API preloads a language's messages chunk with the pages of that language.
    manifest: true,
    rolldownOptions: {
      // Imported constants (route patterns of @tt/shared/web-routes, limits) are written where they are
      // used, not kept as variables: the router's table costs the first load nothing more than literals.
      optimization: { inlineConst: true },
      output: {
        // Libraries change less often than the app: their own chunk stays cached across releases.
        // App code that several pages share goes to `common`; each page is its own chunk. What only
        // the signed-in pages share (forms, people and invitation lists) goes to `members`, fetched
        // with the first of those pages, never with the catalogue.
        codeSplitting: {
          // A group holds its own modules only: the i18n layer and the operations they use stay in
          // the chunks that load first.
          includeDependenciesRecursively: false,
          groups: [
            // Subscriptions over WebSocket: only the pages that follow EoIs live fetch them.
            {
              name: 'realtime',
              test: /[\\/]node_modules[\\/](?:graphql-ws[\\/]|@apollo[\\/]client[\\/]link[\\/]subscriptions[\\/])/,
            },
            // The charts of the office's dashboard: with that page only.
            { name: 'charts', test: /[\\/]node_modules[\\/](?:chart\.js|@kurkle[\\/]color)[\\/]/ },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
            // The public page of a listing, which the listing editor's preview also shows: with those pages only (with
            // the notices only it shows, which both pages sharing it would otherwise put in `common`).
            {
              name: 'asset-details',
              test: /[\\/]src[\\/](?:catalogue[\\/](?:asset-details|availability-notice)|services[\\/]capacity-panel)/,
            },
            // The biobank access path's rules: with the service pages' explainer and the office's review panel only, out
            // of the first load (shared by both, `common` would take them).
            { name: 'access-review', test: /[\\/]shared[\\/]src[\\/]access-review-rules/ },
            // What the pages about one record show around it (the way back, the fallback, the panels): with those pages only.
            {
              name: 'record-page',
              test: /[\\/]src[\\/](?:ui[\\/](?:back-link|record-fallback|panel|profile-hero|fact)|apollo[\\/]use-slug-query)/,
            },
            // What the technology requests' pages share: with those pages only.
            {
              name: 'requests',
              test: /[\\/]src[\\/]requests[\\/]|[\\/]shared[\\/]src[\\/]technology-request-/,
              minShareCount: 2,
            },
            // (The catalogue's "Save this search" button, which the Requests directory shows too, stays out: it is
            // in the first load, its dialog is not.)
            {
              name: 'members',
              test: /[\\/]src[\\/](?:admin[\\/]|agreements[\\/]|partner-records[\\/]|services[\\/](?!capacity-badge|capacity-panel|capacity-text|capacity\.css|access-path-explainer)|interest[\\/]|disclosures[\\/]|listings[\\/]|saved-searches[\\/](?!save-search-button)|feedback[\\/]|matchmaking[\\/]|taxonomy[\\/]|generated[\\/]members-graphql|paths[\\/]office-paths|apollo[\\/]use-node-query|ui[\\/](?:form|countries|message-|thread|timeline|office|status-pill|listing-status|filter-select|institute-filter|list-state|withdraw-panel|detail-page|live-notice|row-button|use-row-action|page-header|record-header|desk-table|desk-search|confirm-buttons|export-csv-link|load-more-button|scroll-table)|account[\\/](?!require-role))|[\\/]shared[\\/]src[\\/](?:password-policy|common-passwords|eoi-transitions|disclosure-transitions|attachment-rules|listing-rules|office-exports|agreement-rules|service-request-forms|quote-rules|service-delivery-rules|phone-number|partner-rules|listing-interest-types)/,
              minShareCount: 2,
            },
            { name: 'common', minShareCount: 2 },
          ],
        },
      },
    },
  },
});

/**
 * The web app's files that the build writes Brotli and gzip forms of (web/vite.config.ts) and that the API sends
 * compressed (api/src/http/compressed-assets.ts): scripts, styles, icons and JSON.
 */
export const COMPRESSED_WEB_FILES = /\.(?:js|css|svg|json)$/;

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// A built web app's shape without building it: the server's pages (heads, statuses, a former slug's 301) are
// served only when index.html exists, as in production.
const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="The built description." />
    <link rel="alternate" type="application/atom+xml" title="x" href="/feeds/catalogue.atom" />
    <title>TT Marketplace</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/_app/main.js"></script>
  </body>
</html>
`;

/** A temporary directory holding a minimal built web app (index.html, `_app/`), removed after the file's tests. */
export function useWebDistFixture(): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'tt-web-dist-'));
  mkdirSync(path.join(dist, '_app'));
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  return dist;
}

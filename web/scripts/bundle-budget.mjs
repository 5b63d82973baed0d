// The web production build's initial JavaScript must stay within its gzip budget (issue 6): the entry
// chunk plus every chunk it imports statically (the modulepreload links of dist/index.html), followed
// transitively through their own static imports. Run after `vite build`; exits 1 over budget.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// kB as Vite prints them: 1 kB = 1000 bytes.
const BUDGET_KB = 170;
const KB = 1000;

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const indexHtml = path.join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`bundle budget: ${path.relative(process.cwd(), indexHtml)} is missing; build the web app first.`);
  process.exit(1);
}
const html = readFileSync(indexHtml, 'utf8');

/** `/_app/x.js` in index.html → the file in dist. */
const fromHtml = (href) => path.join(dist, href.replace(/^\//, ''));
const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => fromHtml(m[1]));
const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)].map((m) =>
  fromHtml(m[1]),
);
if (entries.length === 0) {
  console.error('bundle budget: no <script type="module"> entry in dist/index.html.');
  process.exit(1);
}

// Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` loads on demand.
const staticImport = /\bimport\s*(?:[\w${},*\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const initial = new Set();
const queue = [...entries, ...preloads];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  if (!existsSync(file)) {
    console.error(`bundle budget: ${path.relative(dist, file)} is referenced but missing.`);
    process.exit(1);
  }
  initial.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(staticImport)) queue.push(path.resolve(path.dirname(file), match[1]));
}

let total = 0;
for (const file of initial) {
  const raw = readFileSync(file);
  const gzipped = gzipSync(raw).length;
  total += gzipped;
  const name = path.relative(dist, file).padEnd(40);
  console.log(
    `  ${name} ${(raw.length / KB).toFixed(1).padStart(7)} kB raw ${(gzipped / KB).toFixed(1).padStart(7)} kB gzip`,
  );
}
const totalKb = total / KB;
const verdict = totalKb <= BUDGET_KB ? 'within' : 'OVER';
console.log(
  `initial JavaScript: ${totalKb.toFixed(1)} kB gzipped (${total} bytes), ${verdict} the budget of ${BUDGET_KB} kB`,
);
process.exit(totalKb <= BUDGET_KB ? 0 : 1);

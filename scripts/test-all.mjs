// `pnpm test` (the README's test command, also run by .ci/run): static checks, the build, then every
// Vitest suite. Ends with one line of totals: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumHint, vitestTotals } from './test-totals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, '.test-results');
mkdirSync(resultsDir, { recursive: true });

const checks = [
  ['lint and formatting (biome)', 'pnpm', ['exec', 'biome', 'check', '.']],
  ['type checks (tsc, every package)', 'pnpm', ['run', '--silent', 'typecheck']],
  ['GraphQL SDL is up to date (api/schema.graphql)', 'node', ['api/dist/cli/emit-schema.js', '--check']],
  ['entities match the migrations', 'node', ['db/dist/cli/create-migration.js', '--check']],
  ['generated web operation types are up to date', 'pnpm', ['--filter', '@tt/web', 'run', '--silent', 'codegen:check']],
  ['web production build', 'pnpm', ['--filter', '@tt/web', 'run', '--silent', 'build', '--logLevel', 'warn']],
  ['web initial JavaScript within its gzip budget', 'node', ['web/scripts/bundle-budget.mjs']],
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

for (const [label, command, args] of checks) {
  console.log(`\n› ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) {
    passed += 1;
    console.log(`✓ ${label}`);
  } else {
    failed += 1;
    failures.push(label);
    console.log(`✗ ${label}`);
  }
}

const browserHint = chromiumHint();
if (browserHint) console.log(`\n${browserHint}`);

console.log('\n› Vitest: every package (shared, db, api, web, test)');
const report = path.join(resultsDir, 'vitest.json');
// A report left by an earlier run must never stand in for this one's.
rmSync(report, { force: true });
const vitest = spawnSync(
  'pnpm',
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { cwd: root, stdio: 'inherit' },
);
if (existsSync(report)) {
  const totals = vitestTotals(JSON.parse(readFileSync(report, 'utf8')), { root, ci: Boolean(process.env.CI) });
  passed += totals.passed;
  failed += totals.failed;
  skipped += totals.skipped;
  failures.push(...totals.failures);
} else {
  failed += 1;
  failures.push('Vitest wrote no report');
}
if (browserHint) {
  failed += 1;
  failures.push(browserHint);
}
if (vitest.status !== 0 && failed === 0) {
  failed += 1;
  failures.push(`Vitest exited with ${vitest.status}`);
}

if (failures.length) console.log(`\nFailed:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);

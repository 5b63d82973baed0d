// Fails when src/generated/graphql.ts is not what `pnpm codegen` makes from the committed SDL and
// the .graphql documents. Generates into a temporary directory; never touches the committed file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(webDir, 'src', 'generated', 'graphql.ts');
const tempDir = mkdtempSync(path.join(tmpdir(), 'tt-codegen-'));
const fresh = path.join(tempDir, 'graphql.ts');

try {
  const bin = path.join(webDir, 'node_modules', '.bin', 'graphql-codegen');
  const run = spawnSync(bin, ['--config', 'codegen.ts', '--silent'], {
    cwd: webDir,
    env: { ...process.env, CODEGEN_OUT: fresh },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    console.error('✖ codegen:check: GraphQL code generation failed (see above).');
    process.exit(1);
  }
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    console.error('✖ codegen:check: src/generated/graphql.ts is missing. Run `pnpm --filter @tt/web codegen`.');
    process.exit(1);
  }
  if (readFileSync(fresh, 'utf8') !== current) {
    console.error(
      '✖ codegen:check: src/generated/graphql.ts is stale: api/schema.graphql or a .graphql document changed.\n' +
        '  Run `pnpm --filter @tt/web codegen` and commit the result.',
    );
    process.exit(1);
  }
  console.log('✔ codegen:check: src/generated/graphql.ts is up to date.');
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}

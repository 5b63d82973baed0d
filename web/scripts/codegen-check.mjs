// Fails when src/generated/graphql.ts or members-graphql.ts is not what `pnpm codegen` makes from the committed
// SDL and the .graphql documents. Generates into a temporary directory; never touches the committed files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILES = ['graphql.ts', 'members-graphql.ts'];
const tempDir = mkdtempSync(path.join(tmpdir(), 'tt-codegen-'));

try {
  const bin = path.join(webDir, 'node_modules', '.bin', 'graphql-codegen');
  const run = spawnSync(bin, ['--config', 'codegen.ts', '--silent'], {
    cwd: webDir,
    env: { ...process.env, CODEGEN_OUT_DIR: tempDir },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    console.error('✖ codegen:check: GraphQL code generation failed (see above).');
    process.exit(1);
  }
  for (const file of FILES) {
    const committed = path.join(webDir, 'src', 'generated', file);
    let current = '';
    try {
      current = readFileSync(committed, 'utf8');
    } catch {
      console.error(`✖ codegen:check: src/generated/${file} is missing. Run \`pnpm --filter @tt/web codegen\`.`);
      process.exit(1);
    }
    // The temporary files import each other as the committed ones do (./graphql): the text is comparable.
    if (readFileSync(path.join(tempDir, file), 'utf8') !== current) {
      console.error(
        `✖ codegen:check: src/generated/${file} is stale: api/schema.graphql or a .graphql document changed.\n` +
          '  Run `pnpm --filter @tt/web codegen` and commit the result.',
      );
      process.exit(1);
    }
  }
  console.log('✔ codegen:check: src/generated/graphql.ts and members-graphql.ts are up to date.');
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}

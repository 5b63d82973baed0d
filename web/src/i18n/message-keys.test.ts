// @vitest-environment node
// message-keys.ts and the other languages' PO files follow the English catalogue: a change to it
// without `pnpm --filter @tt/web i18n:sync` fails here (as codegen:check does for GraphQL).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('has message keys and catalogues lined up on the English catalogue', () => {
  const script = fileURLToPath(new URL('../../scripts/sync-catalogues.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  expect(`${run.stdout}${run.stderr}`).toContain('up to date');
  expect(run.status).toBe(0);
});

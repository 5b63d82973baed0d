import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain-JavaScript script of the repository, typed by its JSDoc only
import { chromiumHint, vitestTotals } from '../../scripts/test-totals.mjs';
import { repoRoot } from './support/server-process.js';

// Issue #18, point 1: with no Chromium the journeys' setup failed, Vitest reported their tests as skipped, and
// `npm test` closed on "728 passed, 0 failed, 12 skipped" with exit code 0. The totals are computed here from a
// real Vitest report of a fixture project whose suites cannot run.

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
}
const totals = vitestTotals as (report: unknown, options: { root: string; ci: boolean }) => Totals;

const fixture = path.join(repoRoot, 'test', 'fixtures', 'setup-failure');
let dir: string;
let report: unknown;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tt-totals-'));
  const output = path.join(dir, 'report.json');
  const vitestBin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
    'vitest.mjs',
  );
  const run = spawnSync(
    process.execPath,
    [vitestBin, 'run', '--root', fixture, '--reporter=json', `--outputFile.json=${output}`],
    { cwd: fixture, encoding: 'utf8', env: { ...process.env, CI: '' } },
  );
  expect(run.status, run.stderr).not.toBe(0);
  report = JSON.parse(await readFile(output, 'utf8'));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the totals of npm test', () => {
  it('count a suite whose setup failed, and one that did not load, as failed, not skipped', () => {
    const result = totals(report, { root: fixture, ci: false });
    expect(result.passed).toBe(1);
    expect(result.failed).toBe(2);
    expect(result.skipped).toBe(0);
    expect(result.failures.join('\n')).toMatch(/suite did not run \(2 tests not run\): setup-failure\.check\.ts/);
    expect(result.failures.join('\n')).toMatch(/suite did not run: load-failure\.check\.ts/);
  });

  it('fail a CI run that skipped tests', () => {
    const skipping = {
      numPassedTests: 3,
      numFailedTests: 0,
      numPendingTests: 1,
      numTodoTests: 0,
      numTotalTests: 4,
      testResults: [
        {
          name: path.join(fixture, 'a.check.ts'),
          status: 'passed',
          assertionResults: [
            { status: 'passed', fullName: 'one' },
            { status: 'passed', fullName: 'two' },
            { status: 'passed', fullName: 'three' },
            { status: 'skipped', fullName: 'left for later' },
          ],
        },
      ],
    };
    expect(totals(skipping, { root: fixture, ci: false })).toMatchObject({ failed: 0, skipped: 1 });
    const ci = totals(skipping, { root: fixture, ci: true });
    expect(ci.failed).toBe(1);
    expect(ci.failures[0]).toMatch(/1 tests were skipped; CI runs every test:\n\s+a\.check\.ts › left for later/);
  });

  it('say in one line how to get the browser when Chromium is missing', () => {
    const hint = (chromiumHint as (env: Record<string, string>) => string | null)({
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(hint).toMatch(/^Chromium is missing \(\/nonexistent\/chromium\).*apt-get install chromium.*CHROMIUM_PATH/);
    expect(hint!.split('\n')).toHaveLength(1);
    expect(
      (chromiumHint as (env: Record<string, string>) => string | null)({ CHROMIUM_PATH: process.execPath }),
    ).toBeNull();
  });
});

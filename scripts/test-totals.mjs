// The totals of `npm test`, from Vitest's JSON report. Kept apart from test-all.mjs so that a test can feed it a
// real report: the closing line "N passed, N failed, N skipped" must never read as a pass when a suite did not run.
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ status: string, title?: string, fullName?: string }} Assertion
 * @typedef {{ name: string, status: string, message?: string, assertionResults: Assertion[] }} SuiteResult
 * @typedef {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests?: number,
 *   numTotalTests: number, testResults: SuiteResult[] }} VitestReport
 */

/**
 * Counts a Vitest report. A suite that failed without a failed test of its own (it did not load, or a
 * `beforeAll` or the global setup threw, so its tests were reported as skipped) is one failure, never a skip.
 * Under CI every test is meant to run: skipped ones are reported and fail the run.
 * @param {VitestReport} report
 * @param {{ root: string, ci: boolean }} options
 * @returns {{ passed: number, failed: number, skipped: number, failures: string[] }}
 */
export function vitestTotals(report, { root, ci }) {
  const passed = report.numPassedTests;
  let failed = report.numFailedTests;
  let skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  const failures = [];
  for (const suite of report.testResults) {
    const file = path.relative(root, suite.name);
    const ownFailures = suite.assertionResults.filter((test) => test.status === 'failed').length;
    if (suite.status === 'failed' && ownFailures === 0) {
      const notRun = suite.assertionResults.filter((test) => test.status !== 'passed').length;
      failed += 1;
      skipped -= Math.min(notRun, skipped);
      const reason = (suite.message ?? '').split('\n')[0]?.slice(0, 200);
      failures.push(
        `suite did not run${notRun ? ` (${notRun} tests not run)` : ''}: ${file}${reason ? ` — ${reason}` : ''}`,
      );
    }
  }
  if (report.numTotalTests === 0) {
    failed += 1;
    failures.push('Vitest ran no test');
  }
  if (ci && skipped > 0) {
    failed += 1;
    const names = report.testResults
      .flatMap((suite) =>
        suite.assertionResults
          .filter((test) => test.status === 'skipped' || test.status === 'pending' || test.status === 'todo')
          .map((test) => `${path.relative(root, suite.name)} › ${test.fullName ?? test.title ?? '?'}`),
      )
      .slice(0, 10);
    failures.push(
      `${skipped} tests were skipped; CI runs every test:\n${names.map((name) => `      ${name}`).join('\n')}`,
    );
  }
  return { passed, failed, skipped, failures };
}

/** The one-line hint when the browser the journeys need is missing; null when it is there. */
export function chromiumHint(env = process.env) {
  const browser = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(browser)) return null;
  return `Chromium is missing (${browser}): the browser journeys need it. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`;
}

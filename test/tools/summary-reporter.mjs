// Prints "N passed, N failed, N skipped" for the browser run, or writes the counts and the failed tests' names to
// GU_SUMMARY_FILE for run-all.mjs (which prints the names last, where a CI log's tail still shows them).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function count(suite, totals, failures, file, path) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const reason = String(test.error?.message ?? '')
        .split('\n')[0]
        .slice(0, 200);
      failures.push(`${file} › ${[...path, test.name].join(' › ')}${reason ? ` — ${reason}` : ''}`);
    }
  }
  for (const child of suite.suites) count(child, totals, failures, file, [...path, child.name]);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        if (session.testResults) count(session.testResults, totals, failures, file, []);
        // A file that failed to load or threw outside a test has no test results: count it as a failure.
        const broken = !session.passed && (!session.testResults || session.errors?.length > 0);
        if (broken) {
          totals.failed += 1;
          const reason = String(session.errors?.[0]?.message ?? 'no test results')
            .split('\n')[0]
            .slice(0, 200);
          failures.push(`${file} — ${reason}`);
        }
      }
      if (process.env.GU_SUMMARY_FILE) {
        writeFileSync(process.env.GU_SUMMARY_FILE, JSON.stringify({ ...totals, failures }));
      } else {
        for (const failure of failures) console.log(`✗ ${failure}`);
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      }
    },
  };
}

// Prints "N passed, N failed, N skipped" for the browser run, or writes the counts to GU_SUMMARY_FILE for run-all.mjs.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no test results: count it as a failure.
        const broken = !session.passed && (!session.testResults || session.errors?.length > 0);
        if (broken) totals.failed += 1;
      }
      if (process.env.GU_SUMMARY_FILE) {
        writeFileSync(process.env.GU_SUMMARY_FILE, JSON.stringify(totals));
      } else {
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      }
    },
  };
}

// Prints "N passed, N failed" alone as the last line, so any log reader sees what ran; when
// scripts/dev/test.mjs runs web-test-runner, writes the tally to VIF_TALLY_FILE for it to combine.
// A test file that fails to load counts as one failure.
import { writeFileSync } from 'node:fs';

function countSuite(suite, tally) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, tally);
}

export function tallyReporter() {
  let tally = { passed: 0, failed: 0 };
  return {
    onTestRunFinished({ sessions }) {
      tally = { passed: 0, failed: 0 };
      for (const session of sessions) {
        const before = tally.passed + tally.failed;
        if (session.testResults) countSuite(session.testResults, tally);
        const loadFailed = !session.passed && tally.passed + tally.failed === before;
        if (loadFailed || (session.errors?.length ?? 0) > 0) tally.failed += 1;
      }
    },
    stop() {
      if (process.env.VIF_TALLY_FILE) {
        writeFileSync(process.env.VIF_TALLY_FILE, JSON.stringify(tally));
        return;
      }
      // The default reporter prints its summary after this hook: print at exit to come last.
      process.once('exit', () => {
        process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed\n`);
      });
    },
  };
}

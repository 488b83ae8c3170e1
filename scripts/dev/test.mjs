// `npm test`: the Node tests of the data scripts (test/node/) and the end-to-end tests of the
// built file (test/e2e/, playwright-core), then the browser tests (web-test-runner in headless
// Chromium), then one combined last line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workDir = mkdtempSync(join(tmpdir(), 'vif-help-test-'));
const tally = { passed: 0, failed: 0 };

const nodeTests = ['test/node', 'test/e2e'].flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .filter((file) => String(file).endsWith('.test.mjs'))
        .map((file) => join(dir, String(file)))
    : [],
);
if (nodeTests.length > 0) {
  const tap = join(workDir, 'node.tap');
  const run = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...nodeTests,
    ],
    { stdio: 'inherit' },
  );
  const output = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (/** @type {string} */ name) =>
    Number(output.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  tally.passed += count('pass');
  tally.failed += count('fail') + (run.status !== 0 && count('fail') === 0 ? 1 : 0);
}

const tallyFile = join(workDir, 'browser.json');
const browser = spawnSync('npx', ['wtr', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, VIF_TALLY_FILE: tallyFile },
});
if (existsSync(tallyFile)) {
  const { passed, failed } = JSON.parse(readFileSync(tallyFile, 'utf8'));
  tally.passed += passed;
  tally.failed += failed;
}
if (browser.status !== 0 && tally.failed === 0) tally.failed += 1;

console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);

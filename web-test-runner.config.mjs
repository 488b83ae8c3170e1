import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { tallyReporter } from './test/support/tally-reporter.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/dev/chromium.mjs';

/** Debian's Chromium, headless; as root it needs --no-sandbox. */
const chromium = chromeLauncher({
  launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  browsers: [chromium],
  // Keyboard tests need the page to have focus: one test file at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  reporters: [defaultReporter(), tallyReporter()],
};

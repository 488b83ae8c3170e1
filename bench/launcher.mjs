// What a page with only view="launcher" costs until a resident opens it (issue 24), under 4× CPU
// at 360 px: the bytes of the script's folder it loads (brotli as the server sends them), its long
// tasks and its layout shifts; then what its first opening loads, and how long until the dialog
// shows 17. Used by bench/first-screen.mjs; `node bench/launcher.mjs` runs it alone on this
// checkout's dist/ (npm run build first).
import { launchBrowser, median, throttledPage } from './lib.mjs';
import { startServer } from '../scripts/dev/serve.mjs';

const DOOR = 'Violences dans le couple ou la famille : trouver de l’aide';

/** In the page, before anything runs: long tasks and layout shifts, as they happen. */
function observe() {
  const seen = { longTasks: /** @type {number[]} */ ([]), shifts: 0 };
  Object.assign(globalThis, { launcherBench: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries()))
      if (!entry.hadRecentInput) seen.shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The bytes of /dist/ loaded so far (encoded, as sent), by file. */
const distFiles = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() =>
    /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'))
      .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/'))
      .map((entry) => ({
        file: new URL(entry.name).pathname.slice(6),
        bytes: entry.encodedBodySize,
      })),
  );
const sum = (/** @type {{ bytes: number }[]} */ files) =>
  files.reduce((total, file) => total + file.bytes, 0);

/** One load of the launcher page, then one opening. */
async function once(
  /** @type {import('playwright-core').Browser} */ browser,
  /** @type {string} */ origin,
) {
  const { context, page } = await throttledPage(browser);
  await page.addInitScript(observe);
  await page.goto(`${origin}/host-launcher.html`, { waitUntil: 'load' });
  await page.getByRole('button', { name: DOOR }).waitFor();
  // A quiet second after load: anything it would load later has had its chance.
  await page.waitForTimeout(1000);
  const before = await distFiles(page);
  const { longTasks, shifts } = await page.evaluate(
    () => /** @type {any} */ (globalThis).launcherBench,
  );
  const defined = await page.evaluate(() => Boolean(globalThis.customElements.get('vif-help')));
  const clicked = Date.now();
  await page.getByRole('button', { name: DOOR }).click();
  await page.getByRole('dialog').locator('a[href="tel:17"]').first().waitFor();
  const numbersAfter = Date.now() - clicked;
  await page.getByRole('dialog').locator('[part~="list"]').waitFor();
  const opened = await distFiles(page);
  await context.close();
  return {
    bytes: sum(before),
    files: before,
    defined,
    longTasks: longTasks.length,
    blocking: longTasks.reduce((total, duration) => total + Math.max(0, duration - 50), 0),
    cls: shifts,
    bytesOpened: sum(opened),
    numbersAfter,
  };
}

/** `runs` loads of the launcher page on `origin` (a server of bench/pages), medians. */
export async function measureLauncher(/** @type {string} */ origin, runs = 5) {
  const browser = await launchBrowser();
  const results = [];
  for (let index = 0; index < runs; index += 1) results.push(await once(browser, origin));
  await browser.close();
  const mid = (/** @type {(r: (typeof results)[number]) => number} */ pick) =>
    median(results.map(pick));
  return {
    runs,
    bytes: mid((r) => r.bytes),
    files: results.at(-1)?.files ?? [],
    elementLoaded: results.some((r) => r.defined),
    longTasks: Math.max(...results.map((r) => r.longTasks)),
    blocking: mid((r) => r.blocking),
    cls: Math.max(...results.map((r) => r.cls)),
    bytesOpened: mid((r) => r.bytesOpened),
    numbersAfter: mid((r) => r.numbersAfter),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer({ port: 0, pagesDir: 'bench/pages', compress: true });
  console.log(JSON.stringify(await measureLauncher(server.origin), null, 2));
  await server.close();
}

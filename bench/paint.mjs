// Time from navigation to the emergency numbers painted, under CPU throttling: the widget's page
// against a static page with the same five numbers as plain links. Both pages load
// bench/pages/probe.js, which records the end of the first rendered frame that shows the "17" link.
import { launchBrowser, median, selfTimeByPart, throttledPage } from './lib.mjs';
import { partOfPath } from './sizes.mjs';

const PAGES = { widget: '/widget.html', baseline: '/baseline.html' };
const PROFILED_RUNS = 3;

/** The median of each entry of several profiles (a part absent from a profile counts as 0). */
function medianProfile(profiles) {
  const names = new Set(profiles.flatMap((profile) => [...profile.byPart.keys()]));
  return {
    runs: profiles.length,
    byPart: new Map(
      [...names].map((name) => [name, median(profiles.map((p) => p.byPart.get(name) ?? 0))]),
    ),
    styleAndLayout: median(profiles.map((profile) => profile.styleAndLayout)),
    elements: median(profiles.map((profile) => profile.elements)),
  };
}

async function measureOnce(browser, origin, path) {
  const { context, page } = await throttledPage(browser);
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => globalThis.benchPaint, null, { timeout: 30_000 });
  const result = await page.evaluate(() => ({
    ...globalThis.benchPaint,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }));
  await context.close();
  return result;
}

/**
 * Where the widget page's main thread spends its time until the numbers are painted, in one load
 * under the sampling profiler: JavaScript self time per part of the bundle (`locateSource` maps a
 * position of dist/vif-help.js to its module), plus the browser's style and layout time.
 */
async function profileWidgetLoad(browser, origin, locateSource) {
  const { context, page, cdp } = await throttledPage(browser);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await page.goto(`${origin}${PAGES.widget}`);
  await page.waitForFunction(() => globalThis.benchPaint, null, { timeout: 30_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const { metrics } = await cdp.send('Performance.getMetrics');
  // How much the first render builds: the whole widget, not only the emergency block.
  const elements = await page.evaluate(
    () =>
      globalThis.document.querySelector('vif-help')?.shadowRoot?.querySelectorAll('*').length ?? 0,
  );
  await context.close();
  const byPart = selfTimeByPart(profile, ({ url, lineNumber, columnNumber }) => {
    if (url.endsWith('/probe.js')) return 'bench probe';
    if (!url.endsWith('/dist/vif-help.js')) return null;
    // The top-level code of every part runs as one function (the module, or the build's run-once
    // wrapper around it) that starts in the build's glue, where the source map names no source.
    const path = locateSource(lineNumber, columnNumber);
    return path ? partOfPath(path) : 'module evaluation (top-level code, all parts)';
  });
  byPart.delete('(idle)');
  const metric = (name) => metrics.find((entry) => entry.name === name).value * 1000;
  return {
    byPart,
    styleAndLayout: metric('RecalcStyleDuration') + metric('LayoutDuration'),
    elements,
  };
}

export async function measurePaint(origin, locateSource, { runs = 15 } = {}) {
  const browser = await launchBrowser();
  const samples = { widget: [], baseline: [] };
  // One discarded pass warms the browser (process start-up, first compilation of the server path).
  for (const path of Object.values(PAGES)) await measureOnce(browser, origin, path);
  // Alternate the pages so that a noisy moment on a shared machine hits both alike.
  for (let run = 0; run < runs; run += 1) {
    for (const [name, path] of Object.entries(PAGES)) {
      samples[name].push(await measureOnce(browser, origin, path));
    }
  }
  const profiles = [];
  for (let run = 0; run < PROFILED_RUNS; run += 1) {
    profiles.push(await profileWidgetLoad(browser, origin, locateSource));
  }
  const version = browser.version();
  await browser.close();
  const summary = (list) => ({
    painted: median(list.map((sample) => sample.painted)),
    fastest: Math.min(...list.map((sample) => sample.painted)),
    fcp: median(list.map((sample) => sample.fcp)),
    all: list.map((sample) => sample.painted),
  });
  return {
    runs,
    browserVersion: version,
    widget: summary(samples.widget),
    baseline: summary(samples.baseline),
    profile: medianProfile(profiles),
  };
}

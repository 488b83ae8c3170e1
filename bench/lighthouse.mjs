// Lighthouse (mobile defaults: simulated slow 4G and 4× CPU) on a demo-like host page with the
// widget and on the same page without it. Scores, and the TBT and CLS the widget adds.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { launchBrowser, median, throttledPage } from './lib.mjs';
import { CHROMIUM_PATH } from '../scripts/dev/chromium.mjs';

const run = promisify(execFile);
const LIGHTHOUSE = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const PAGES = { with: '/host-widget.html', without: '/host-static.html' };

async function lighthouse(url) {
  const { stdout } = await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id].numericValue;
  return {
    version: report.lighthouseVersion,
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    lcp: audit('largest-contentful-paint'),
    // Failed accessibility audits, so a score under 100 comes with its reasons.
    failed: report.categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== 1)
      .map((ref) => ref.id),
    warnings: report.runWarnings,
  };
}

export async function measureLighthouse(origin, { runs = 3 } = {}) {
  /** @type {Record<string, Awaited<ReturnType<typeof lighthouse>>[]>} */
  const samples = { with: [], without: [] };
  for (let index = 0; index < runs; index += 1) {
    for (const [name, path] of Object.entries(PAGES)) {
      samples[name].push(await lighthouse(`${origin}${path}`));
    }
  }
  const summary = (list) => ({
    performance: median(list.map((sample) => sample.performance)),
    accessibility: median(list.map((sample) => sample.accessibility)),
    tbt: median(list.map((sample) => sample.tbt)),
    cls: median(list.map((sample) => sample.cls)),
    lcp: median(list.map((sample) => sample.lcp)),
    failed: [...new Set(list.flatMap((sample) => sample.failed))],
    warnings: [...new Set(list.flatMap((sample) => sample.warnings))],
  });
  return {
    runs,
    version: samples.with[0].version,
    with: summary(samples.with),
    without: summary(samples.without),
  };
}

/** The page's layout shifts and what moved, read in the page (a string: it runs in the browser). */
const LAYOUT_SHIFTS = `new Promise((resolve) => {
  const describe = (node) =>
    node ? node.nodeName.toLowerCase() + (node.id ? '#' + node.id : '') : '(removed node)';
  new PerformanceObserver((list) =>
    resolve(list.getEntries().map((entry) => ({
      value: entry.value,
      moved: entry.sources.map(({ node, previousRect, currentRect }) =>
        describe(node) + ' from y = ' + Math.round(previousRect.y) + ' px ' +
        (currentRect.height ? 'to y = ' + Math.round(currentRect.y) + ' px' : 'out of the viewport')),
    }))),
  ).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve([]), 1000);
})`;

/**
 * Lighthouse 12.2.3's own "layout-shifts" audit fails on this Chromium, so the shifts of the page
 * with the widget are read here, on Lighthouse's mobile screen (412×823) under 4× CPU, over a few
 * loads: whether the fallback text is painted before the widget replaces it is a race.
 */
export async function layoutShifts(origin, { runs = 5 } = {}) {
  const browser = await launchBrowser();
  const viewport = { width: 412, height: 823 };
  const loads = [];
  let widgetHeight = 0;
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await throttledPage(browser, viewport);
    await page.goto(`${origin}${PAGES.with}`);
    await page.waitForFunction(() =>
      globalThis.document
        .querySelector('vif-help')
        ?.shadowRoot?.querySelector('[part~="emergency"]'),
    );
    await page.waitForTimeout(500);
    loads.push(await page.evaluate(LAYOUT_SHIFTS));
    widgetHeight = (await page.locator('vif-help').boundingBox()).height;
    await context.close();
  }
  await browser.close();
  const cls = loads.map((entries) => entries.reduce((sum, entry) => sum + entry.value, 0));
  return {
    runs,
    shifted: cls.filter((value) => value > 0).length,
    maxCls: Math.max(...cls),
    moved: [...new Set(loads.flat().flatMap((entry) => entry.moved))],
    widgetHeight,
    viewportHeight: viewport.height,
  };
}

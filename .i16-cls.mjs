import { launchBrowser, throttledPage } from './scripts/bench-lib.mjs';
import { startServer } from './scripts/serve.mjs';
const root = process.argv[2] ?? undefined;
const s = await startServer({ port: 0, pagesDir: 'bench/pages', compress: true, ...(root ? { root } : {}) });
const browser = await launchBrowser();
for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
  const { context, page } = await throttledPage(browser, viewport);
  await page.goto(s.origin + '/host-widget.html');
  await page.waitForTimeout(2500);
  const shifts = await page.evaluate(() => new Promise((resolve) => {
    const d = (n) => n ? n.nodeName.toLowerCase() + (n.className ? '.' + String(n.className).split(' ')[0] : '') : '(removed)';
    new PerformanceObserver((l) => resolve(l.getEntries().map((e) => ({ t: Math.round(e.startTime), v: e.value.toFixed(3), hadInput: e.hadRecentInput, moved: e.sources.map((x) => `${d(x.node)} ${Math.round(x.previousRect.y)}/${Math.round(x.previousRect.height)} -> ${Math.round(x.currentRect.y)}/${Math.round(x.currentRect.height)}`) })))).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve([]), 1000);
  }));
  console.log(viewport.width, JSON.stringify(shifts, null, 1));
  await context.close();
}
await browser.close(); await s.close();

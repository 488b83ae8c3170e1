import { launchBrowser, median, throttledPage } from './scripts/bench-lib.mjs';
import { startServer } from './scripts/serve.mjs';
const after = await startServer({ port: 0, pagesDir: 'bench/pages', compress: true });
const before = await startServer({ port: 0, pagesDir: 'bench/pages', compress: true, root: '/work/wt-i16-base' });
const browser = await launchBrowser();
const res = { baseline: [], before: [], after: [] };
for (let i = 0; i < 8; i++) {
  for (const [name, s, p] of [['baseline', after, '/baseline.html'], ['before', before, '/widget.html'], ['after', after, '/widget.html']]) {
    const { context, page } = await throttledPage(browser);
    await page.goto(s.origin + p);
    await page.waitForFunction(() => globalThis.benchPaint, null, { timeout: 60000 });
    const r = await page.evaluate(() => ({ painted: globalThis.benchPaint.painted, res: performance.getEntriesByType('resource').map(e => [new URL(e.name).pathname.slice(-24), Math.round(e.startTime), Math.round(e.responseEnd)]), nav: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd) }));
    if (i > 0) res[name].push(r.painted);
    if (i === 3) console.log(name, Math.round(r.painted), 'dcl', r.nav, JSON.stringify(r.res));
    await context.close();
  }
}
for (const [k, v] of Object.entries(res)) console.log(k, Math.round(median(v)), v.map(Math.round).join(','));
await browser.close(); await after.close(); await before.close();

// Search latency per keystroke in the browser under CPU throttling: the directory search on the
// real contacts and on ×10 / ×100 synthetic data, and the widget's update per keystroke.
// bench/search-bench.ts is bundled in memory and served to the page at /generated/search-bench.js.
import { build } from 'esbuild';
import { decode } from '@jridgewell/sourcemap-codec';
import { launchBrowser, percentile, selfTimeByPart, sourceLocator, throttledPage } from './lib.mjs';

/** What a resident types, one keystroke at a time: a typo, two words, a word, a number. */
export const TYPED = ['hebergment', 'avocat lille', 'enfant', '3919'];
export const QUERIES = TYPED.flatMap((text) =>
  Array.from(text, (_, index) => text.slice(0, index + 1)),
);
export const SCALES = [1, 10, 100];
const PROFILED_SCALE = 10;

/** The bench entry, minified like the widget, with a source map to read the profile by module. */
async function bundle() {
  const { outputFiles } = await build({
    entryPoints: ['bench/search-bench.ts'],
    absWorkingDir: new URL('..', import.meta.url).pathname,
    // Never written; it only names the source map's paths relative to the project root.
    outfile: 'search-bench.js',
    bundle: true,
    format: 'esm',
    target: 'es2021',
    minify: true,
    sourcemap: 'external',
    write: false,
  });
  const output = (ending) => {
    const file = outputFiles.find(({ path }) => path.endsWith(ending));
    if (!file) throw new Error(`esbuild wrote no ${ending} file for bench/search-bench.ts`);
    return file.text;
  };
  const code = output('.js');
  const map = JSON.parse(output('.map'));
  return { code, locate: sourceLocator(decode(map.mappings), map.sources) };
}

const stats = (times) => ({
  samples: times.length,
  p50: percentile(times, 50),
  p95: percentile(times, 95),
});

export async function measureSearch(origin, { passes = 5 } = {}) {
  const { code, locate } = await bundle();
  const browser = await launchBrowser();
  const { context, page, cdp } = await throttledPage(browser);
  await page.route(`${origin}/generated/search-bench.js`, (route) =>
    route.fulfill({ body: code, contentType: 'text/javascript; charset=utf-8' }),
  );
  await page.goto(`${origin}/search.html`);
  await page.waitForFunction(() => globalThis.vifBench);

  // The widget first, while its code is as cold as a resident's.
  const widget = await page.evaluate(
    ([queries, count]) => globalThis.vifBench.widgetUpdates(queries, count),
    [QUERIES, passes],
  );
  const scales = [];
  for (const scale of SCALES) {
    const result = await page.evaluate(
      ([size, queries, count]) => globalThis.vifBench.searchLatency(size, queries, count),
      [scale, QUERIES, passes],
    );
    scales.push({ scale, contacts: result.contacts, build: result.build, ...stats(result.times) });
  }

  // Where the time goes at ×10: one more (untimed) run under the sampling profiler.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await page.evaluate(
    ([size, queries]) => globalThis.vifBench.searchLatency(size, queries, 1),
    [PROFILED_SCALE, QUERIES],
  );
  const { profile } = await cdp.send('Profiler.stop');
  const byModule = selfTimeByPart(profile, (frame) =>
    frame.url.endsWith('/search-bench.js') ? locate(frame.lineNumber, frame.columnNumber) : null,
  );
  byModule.delete('(idle)');

  await context.close();
  await browser.close();
  return {
    passes,
    keystrokes: QUERIES.length,
    scales,
    widget: { update: stats(widget.update), frame: stats(widget.frame) },
    profile: { scale: PROFILED_SCALE, byModule },
  };
}

// `npm run bench`: measures the built widget (bytes, time to the emergency numbers, search per
// keystroke, Lighthouse) and writes bench/results.md. It takes minutes and its timings depend on
// the machine, so it reports and never fails on a target; it is not part of `npm test` or CI.
// Needs `npm run build` first, and Chromium at /usr/bin/chromium (or CHROME_PATH).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';
import { startServer } from '../scripts/dev/serve.mjs';
import { measureSizes } from './sizes.mjs';
import { measurePaint } from './paint.mjs';
import { QUERIES, TYPED, measureSearch } from './search.mjs';
import { layoutShifts, measureLighthouse } from './lighthouse.mjs';
import { CPU_SLOWDOWN, ms } from './lib.mjs';

const RESULTS = new URL('results.md', import.meta.url);
const TARGETS = {
  brotli: 30 * 1024,
  paintRatio: 1.5,
  // Issue 13: per keystroke at ×10 data, growth from ×1 to ×100, and the widget's input → frame.
  searchP95: 8,
  searchScale: 10,
  searchGrowth: 10,
  widgetFrameP95: 50,
};
const PAINT_RUNS = 15;
const SEARCH_PASSES = 5;
const LIGHTHOUSE_RUNS = 3;

if (!existsSync(new URL('../dist/vif-help.js', import.meta.url))) {
  console.error('dist/vif-help.js is missing: run `npm run build` first.');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const int = (n) => Math.round(n).toLocaleString('en-US');
const percent = (part, whole) => `${((100 * part) / whole).toFixed(0)} %`;
const table = (header, rows) =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
const sortedEntries = (map) => [...map].sort((a, b) => b[1] - a[1]);

function git(...args) {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function log(message) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const started = new Date();
const minutesSince = (start) => (Date.now() - start.getTime()) / 60000;
// Other work on a shared machine skews timings: the load before and after is part of the record.
const loadBefore = loadavg()[0];
log('bytes');
const sizes = await measureSizes();
if (!sizes.sameAsDist) {
  console.error('dist/vif-help.js is not the build of the current sources: run `npm run build`.');
  process.exit(1);
}
// A build step that drops the source map leaves most bytes without a module: say so, not a table.
if (sizes.unmapped > 0.01 * sizes.whole.raw) {
  console.error(`${sizes.unmapped} bytes have no source in the source map: fix the attribution.`);
  process.exit(1);
}
const server = await startServer({ port: 0, pagesDir: 'bench/pages' });
log(`emergency numbers painted (${PAINT_RUNS} runs per page)`);
const paint = await measurePaint(server.origin, sizes.locateSource, { runs: PAINT_RUNS });
log(`search (${QUERIES.length} keystrokes × ${SEARCH_PASSES} passes per data size)`);
const search = await measureSearch(server.origin, { passes: SEARCH_PASSES });
log(`Lighthouse (${LIGHTHOUSE_RUNS} runs per page, about 15 s each)`);
const lighthouse = await measureLighthouse(server.origin, { runs: LIGHTHOUSE_RUNS });
const shifts = await layoutShifts(server.origin);
await server.close();

// ---- Targets -------------------------------------------------------------------------------------

const paintRatio = paint.widget.painted / paint.baseline.painted;
/** The search measures at one scale of the data (one of SCALES in search.mjs). */
const searchAt = (scale) => {
  const entry = search.scales.find((measured) => measured.scale === scale);
  if (!entry) throw new Error(`the search bench did not measure ×${scale}`);
  return entry;
};
const searchAtTarget = searchAt(TARGETS.searchScale);
const searchAtOne = searchAt(1);
const searchAtHundred = searchAt(100);
const searchGrowth = searchAtHundred.p95 / searchAtOne.p95;
const clsAdded = lighthouse.with.cls - lighthouse.without.cls;
const partsByBrotli = [...sizes.parts].sort((a, b) => b.brotli - a.brotli);
const jsTotal = (map) => [...map.values()].reduce((sum, value) => sum + value, 0);

const targets = [
  {
    name: 'Whole file ≤ 30 KB brotli',
    measured: kb(sizes.whole.brotli),
    met: sizes.whole.brotli <= TARGETS.brotli,
    miss: `${kb(sizes.whole.brotli - TARGETS.brotli)} over (+${percent(sizes.whole.brotli - TARGETS.brotli, TARGETS.brotli)})`,
  },
  {
    name: `Emergency numbers painted ≤ ${TARGETS.paintRatio} × the static baseline`,
    measured: `${paintRatio.toFixed(2)} × (${ms(paint.widget.painted)} vs ${ms(paint.baseline.painted)})`,
    met: paintRatio <= TARGETS.paintRatio,
    miss: `${ms(paint.widget.painted - TARGETS.paintRatio * paint.baseline.painted)} later than ${TARGETS.paintRatio} × baseline`,
  },
  {
    name: `Search p95 ≤ ${TARGETS.searchP95} ms at ×${TARGETS.searchScale} data (${CPU_SLOWDOWN}× CPU)`,
    measured: ms(searchAtTarget.p95),
    met: searchAtTarget.p95 <= TARGETS.searchP95,
    miss: `${(searchAtTarget.p95 / TARGETS.searchP95).toFixed(1)} × the budget`,
  },
  {
    name: `Search p95 at ×100 / p95 at ×1 ≤ ${TARGETS.searchGrowth} (growth well below linear)`,
    measured: `${searchGrowth.toFixed(1)} (${ms(searchAtOne.p95)} → ${ms(searchAtHundred.p95)})`,
    met: searchGrowth <= TARGETS.searchGrowth,
    miss: `${searchGrowth.toFixed(1)} × from ×1 to ×100`,
  },
  {
    name: `Widget input → next frame p95 ≤ ${TARGETS.widgetFrameP95} ms at ×1 (${CPU_SLOWDOWN}× CPU)`,
    measured: ms(search.widget.frame.p95),
    met: search.widget.frame.p95 <= TARGETS.widgetFrameP95,
    miss: `${ms(search.widget.frame.p95 - TARGETS.widgetFrameP95)} over`,
  },
  {
    name: 'CLS added by the widget = 0',
    measured: clsAdded.toFixed(3),
    met: clsAdded <= 0,
    miss: `+${clsAdded.toFixed(3)}`,
  },
  {
    name: 'Lighthouse accessibility = 100 (page with the widget)',
    measured: String(lighthouse.with.accessibility),
    met: lighthouse.with.accessibility === 100,
    miss: `${100 - lighthouse.with.accessibility} points short`,
  },
];

// ---- Analysis of each missed target, from the attribution and the profiles ------------------------

const sumBrotli = (names) =>
  sizes.parts.filter((part) => names.test(part.name)).reduce((sum, part) => sum + part.brotli, 0);

function sizeAnalysis() {
  const list = (items) => items.map(({ name, brotli }) => `${name}: ${kb(brotli)}`).join('; ');
  const modules = [...sizes.topModules]
    .sort((a, b) => b.brotli - a.brotli)
    .slice(0, 3)
    .map(({ path, brotli }) => ({ name: `\`${path}\``, brotli }));
  return (
    `**Bytes.** ${kb(sizes.whole.brotli)} brotli, ${kb(sizes.whole.brotli - TARGETS.brotli)} over ` +
    `30 KB. Compressed alone, the largest parts are ${list(partsByBrotli.slice(0, 3))}; the ` +
    `largest modules ${list(modules)}. ` +
    `The content (data and locales) is ${kb(sumBrotli(/^(data|locales)/))} compressed alone, ` +
    `the code (Lit, @lit/localize, ours) ${kb(sumBrotli(/^(Lit|@lit|our code)/))}.`
  );
}

function paintAnalysis() {
  const { profile } = paint;
  const parts = sortedEntries(profile.byPart);
  const busy = jsTotal(profile.byPart);
  return (
    `**Paint.** The numbers appear ${ms(paint.widget.painted - paint.baseline.painted)} after the static ` +
    `page's (${paintRatio.toFixed(2)} ×, target ${TARGETS.paintRatio} ×). In profiled loads (medians of ${profile.runs}) the main ` +
    `thread was busy ${ms(busy)} before the first frame with the numbers: ` +
    parts
      .slice(0, 6)
      .map(([name, time]) => `${name} ${ms(time)}`)
      .join(', ') +
    `; style and layout took ${ms(profile.styleAndLayout)} of the "(program)" time (Chromium's ` +
    `Performance.getMetrics). That first frame already holds the whole widget ` +
    `(${int(profile.elements)} elements in its shadow root: directory, answers, filters): ` +
    `the emergency block is rendered, styled and laid out together with everything else, ` +
    `after the whole ${kb(sizes.whole.raw)} module has been fetched, compiled and evaluated.`
  );
}

function searchAnalysis() {
  const modules = sortedEntries(search.profile.byModule);
  const total = jsTotal(search.profile.byModule);
  const [one, , hundred] = search.scales;
  return (
    `**Search.** p95 ${ms(searchAtTarget.p95)} at ×${TARGETS.searchScale} ` +
    `(${searchAtTarget.contacts} contacts), ${(searchAtTarget.p95 / TARGETS.searchP95).toFixed(1)} × ` +
    `the ${TARGETS.searchP95} ms budget. With 10 times the contacts, p50 grows ` +
    `${(searchAtTarget.p50 / one.p50).toFixed(1)} × (${ms(one.p50)} → ${ms(searchAtTarget.p50)}), ` +
    `and ${(hundred.p50 / searchAtTarget.p50).toFixed(1)} × again at ×100 (${ms(hundred.p50)}). ` +
    `Profiled at ×${search.profile.scale}, self time goes to ` +
    modules
      .slice(0, 4)
      .map(([name, time]) => `\`${name}\` ${percent(time, total)}`)
      .join(', ') +
    `. The index holds each distinct word once: a query's work grows with the words it meets, ` +
    `not with the contacts.`
  );
}

function clsAnalysis() {
  return (
    `**CLS.** The widget adds ${clsAdded.toFixed(3)} (Lighthouse, median of ${lighthouse.runs}). ` +
    `Loading the page ${shifts.runs} times on Lighthouse's mobile screen under ${CPU_SLOWDOWN}× CPU ` +
    `(PerformanceObserver \`layout-shift\`), ${shifts.shifted} loads shifted (largest CLS ` +
    `${shifts.maxCls.toFixed(3)}), moving: ${shifts.moved.join('; ') || 'nothing'}. ` +
    `Whenever the one-line fallback text is painted before the module has run, the full widget ` +
    `(${int(shifts.widgetHeight)} px tall on a ${shifts.viewportHeight} px screen) replaces it ` +
    `and the host content below (here the footer) jumps down; the widget reserves no space.`
  );
}

function accessibilityAnalysis() {
  return `**Accessibility.** Lighthouse's failed audits: ${lighthouse.with.failed.join(', ')}.`;
}

const analyses = [sizeAnalysis, paintAnalysis, searchAnalysis, clsAnalysis, accessibilityAnalysis]
  .filter((_, index) => !targets[index].met)
  .map((analysis) => analysis());

// ---- results.md -----------------------------------------------------------------------------------

const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'src', 'data', 'package-lock.json');
const cpuList = cpus();

const markdown = `# vif-help: benchmark results

Written by \`npm run bench\` (bench/run.mjs); do not edit by hand. Timings are reported, never
asserted: they come from a shared, noisy machine, so they are medians and percentiles over
several runs, read together with their ratios.

## Machine and run

${table(
  ['', ''],
  [
    ['CPU', `${cpuList[0].model}, ${cpuList.length} cores`],
    ['Memory', `${(totalmem() / 1024 ** 3).toFixed(1)} GB`],
    [
      'Load average (1 min)',
      `${loadBefore.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end`,
    ],
    ['OS', `Linux ${release()}`],
    ['Browser', `Chromium ${paint.browserVersion}, headless, driven by playwright-core`],
    [
      'CPU throttling',
      `${CPU_SLOWDOWN}× (CDP \`Emulation.setCPUThrottlingRate\`) for every browser timing`,
    ],
    ['Node', process.version],
    ['Lighthouse', lighthouse.version],
    [
      'Code measured',
      commit ? `commit ${commit}${dirty ? ' with uncommitted changes' : ''}` : 'unknown (no git)',
    ],
    [
      'Date',
      `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutesSince(started).toFixed(1)} min`,
    ],
  ],
)}

## Targets

${table(
  ['target', 'measured', 'result'],
  targets.map((target) => [
    target.name,
    target.measured,
    target.met ? 'met' : `**missed**: ${target.miss}`,
  ]),
)}

## 1. Bytes of dist/vif-help.js

Brotli quality 11, gzip level 9. 1 KB = 1024 bytes.
Method: the bundle is rebuilt in memory with rollup.config.mjs and a source map (the code is
identical to dist/vif-help.js, or the bench stops); each
byte of the minified file is attributed to the module its source-map segment comes from (a segment runs on
to the next one, across the line breaks of template literals). The minified bytes therefore add up to the
whole. Each part's bytes are then concatenated in file order and compressed alone: what the part
would cost by itself. Compressed parts do **not** add up to the compressed whole (each loses the
context the others give the compressor).

${table(
  ['part', 'minified', 'share', 'brotli alone', 'gzip alone'],
  [
    [
      '**whole file**',
      int(sizes.whole.raw),
      '100 %',
      `**${int(sizes.whole.brotli)}** (${kb(sizes.whole.brotli)})`,
      `${int(sizes.whole.gzip)} (${kb(sizes.whole.gzip)})`,
    ],
    ...sizes.parts.map((part) => [
      part.name,
      int(part.raw),
      percent(part.raw, sizes.whole.raw),
      int(part.brotli),
      int(part.gzip),
    ]),
    [
      'sum of the parts',
      int(sizes.parts.reduce((sum, part) => sum + part.raw, 0)),
      '',
      int(sizes.parts.reduce((sum, part) => sum + part.brotli, 0)),
      int(sizes.parts.reduce((sum, part) => sum + part.gzip, 0)),
    ],
  ],
)}

Largest modules, measured the same way:

${table(
  ['module', 'minified', 'share', 'brotli alone', 'gzip alone'],
  sizes.topModules.map((module) => [
    `\`${module.path}\``,
    int(module.raw),
    percent(module.raw, sizes.whole.raw),
    int(module.brotli),
    int(module.gzip),
  ]),
)}

## 2. Time from navigation to the emergency numbers painted

A fresh browser context per load (empty cache), viewport 360 × 740, ${CPU_SLOWDOWN}× CPU, pages served by
scripts/dev/serve.mjs under its strict CSP: bench/pages/widget.html (the snippet, commune 59350) and
bench/pages/baseline.html (the same five numbers as plain links). Both load bench/pages/probe.js, a
\`requestAnimationFrame\` probe: at each frame it looks for \`[part~="emergency"] a[href="tel:17"]\`
(in \`vif-help\`'s shadow root, or in the static page) and, at the first frame where it is visible
(\`checkVisibility\`, non-empty box inside the viewport), posts a message that runs once that frame's
style, layout and paint are done; "painted" is \`performance.now()\` then, from navigation start.
First contentful paint (\`paint\` timing) is shown for context: on the widget's page it is often the
fallback text. ${paint.runs} runs per page after one discarded warm-up run, alternating pages.

${table(
  [
    'page',
    'painted, median',
    'fastest run',
    'first contentful paint, median',
    'painted, all runs (ms)',
  ],
  [
    [
      'static baseline',
      `**${ms(paint.baseline.painted)}**`,
      ms(paint.baseline.fastest),
      ms(paint.baseline.fcp),
      paint.baseline.all.map((t) => t.toFixed(0)).join(', '),
    ],
    [
      'widget',
      `**${ms(paint.widget.painted)}**`,
      ms(paint.widget.fastest),
      ms(paint.widget.fcp),
      paint.widget.all.map((t) => t.toFixed(0)).join(', '),
    ],
  ],
)}

Ratio widget / baseline: **${paintRatio.toFixed(2)} ×** (medians); ${(paint.widget.fastest / paint.baseline.fastest).toFixed(2)} × (fastest runs,
the least disturbed by other work on the machine).

Where the widget page's main thread spends its time until the numbers are painted: median over
${paint.profile.runs} more loads under the V8 sampling profiler, which slows them a little. Self time, built-ins
charged to their JavaScript caller, positions mapped to modules with the source map above;
"(program)" is the browser's own work (HTML parsing, compiling, style, layout, paint); the probe's
time is mostly the layout its visibility check forces, which that frame would do anyway.

${table(
  ['where', 'time'],
  [
    ...sortedEntries(paint.profile.byPart)
      .filter(([, time]) => time >= 0.05)
      .map(([name, time]) => [name, ms(time)]),
    ['of "(program)": style and layout (Performance.getMetrics)', ms(paint.profile.styleAndLayout)],
  ],
)}

## 3. Search latency per keystroke

bench/search-bench.ts (bundled with esbuild, minified) builds \`createSearch\` from
src/search/search.ts over all ${search.scales[0].contacts} compiled contacts with \`contactFields\` and the data's
synonyms, and times each \`search()\` call while "typing" ${search.keystrokes} queries character by character:
${TYPED.map((text) => `"${text}"`).join(', ')}.
Synthetic data: ×10 and ×100 copies of the contacts, each copy with its own id and a commune's name
added to its name and address. ${CPU_SLOWDOWN}× CPU; one warm-up pass, then ${search.passes} timed passes;
a \`setTimeout\` between keystrokes. \`performance.now()\` is coarsened to 0.1 ms in this page.

${table(
  ['data', 'contacts', 'index build', 'p50', 'p95', 'samples'],
  search.scales.map((entry) => [
    `×${entry.scale}`,
    int(entry.contacts),
    ms(entry.build),
    `**${ms(entry.p50)}**`,
    `**${ms(entry.p95)}**`,
    entry.samples,
  ]),
)}

The widget itself at ×1 (bench/pages/search.html, \`<vif-help commune="59350">\`, the same keystrokes
set on its search field followed by an \`input\` event): from the event to \`updateComplete\` (its
directory, answers and situations searches, filters and Lit render), and to the end of the next
rendered frame (adding style, layout, paint, and the wait for that frame).

${table(
  ['widget, per keystroke', 'p50', 'p95', 'samples'],
  [
    [
      'input → updateComplete',
      ms(search.widget.update.p50),
      ms(search.widget.update.p95),
      search.widget.update.samples,
    ],
    [
      'input → next frame rendered',
      ms(search.widget.frame.p50),
      ms(search.widget.frame.p95),
      search.widget.frame.samples,
    ],
  ],
)}

Self time of one more (untimed, profiled) warm-up + pass at ×${search.profile.scale}, by module:

${table(
  ['module', 'time', 'share'],
  sortedEntries(search.profile.byModule).map(([name, time]) => [
    name,
    ms(time),
    percent(time, jsTotal(search.profile.byModule)),
  ]),
)}

## 4. Lighthouse

Lighthouse ${lighthouse.version}, mobile defaults (simulated slow 4G, 4× CPU), categories performance
and accessibility, \`--chrome-flags="--headless=new --no-sandbox --disable-gpu"\`, on a demo-like host page
with the widget (bench/pages/host-widget.html) and on the same page without it
(bench/pages/host-static.html, the fallback text in its place). Medians of ${lighthouse.runs} runs each.

${table(
  ['page', 'performance', 'accessibility', 'TBT', 'CLS', 'LCP'],
  [
    [
      'without the widget',
      lighthouse.without.performance,
      lighthouse.without.accessibility,
      ms(lighthouse.without.tbt),
      lighthouse.without.cls.toFixed(3),
      ms(lighthouse.without.lcp),
    ],
    [
      'with the widget',
      lighthouse.with.performance,
      lighthouse.with.accessibility,
      ms(lighthouse.with.tbt),
      lighthouse.with.cls.toFixed(3),
      ms(lighthouse.with.lcp),
    ],
    [
      '**added by the widget**',
      '',
      '',
      `**${ms(lighthouse.with.tbt - lighthouse.without.tbt)}**`,
      `**${clsAdded.toFixed(3)}**`,
      '',
    ],
  ],
)}
${[...lighthouse.with.warnings, ...lighthouse.without.warnings].map((warning) => `\nLighthouse warned: ${warning}\n`).join('')}
## Analysis of the missed targets

${analyses.join('\n\n') || 'Every target is met.'}

## Reproduce

\`\`\`sh
npm ci
npm run build
npm run bench   # about ${Math.ceil(minutesSince(started))} minutes; writes bench/results.md
\`\`\`
`;

// Prettier lays the tables out, so the committed file passes `prettier --check`.
const options = { ...(await resolveConfig(RESULTS.pathname)), parser: 'markdown' };
writeFileSync(RESULTS, await format(markdown, options));
log(`wrote bench/results.md`);
for (const target of targets)
  log(`${target.met ? 'met   ' : 'MISSED'} ${target.name}: ${target.measured}`);

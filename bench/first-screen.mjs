// `npm run bench` (issues 16 and 23): the widget before (commit BEFORE_COMMIT: an entry with Lit
// and the first screen) and after (this checkout: an entry that draws the first screen without
// Lit, then the element), side by side in one run, alternating loads, medians and ratios:
// - bytes a commune's full view downloads in French, those before the emergency numbers paint
//   (resource timing in the page, brotli as the server sends it), those once a resident has
//   searched once, and the same with the other communes' data multiplied by ten (a synthetic
//   build);
// - time to the emergency numbers painted, against a static page of the same numbers (4× CPU);
// - Lighthouse on the host page with the widget, phone and desktop;
// - the search figures of issue 13 (bench/search.mjs), before and after;
// - a page with only view="launcher" (issue 24, bench/launcher.mjs): what it loads until it is
//   opened, its long tasks and layout shifts, what its first opening loads; Lighthouse on it.
// Writes bench/results.md. Set BENCH_BEFORE=<a built checkout of BEFORE_COMMIT> to skip its build.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { launchBrowser, median, ms, throttledPage, CPU_SLOWDOWN } from './lib.mjs';
import { CHROMIUM_PATH } from '../scripts/dev/chromium.mjs';
import { startServer } from '../scripts/dev/serve.mjs';
import { measureSearch } from './search.mjs';
import { measureLauncher } from './launcher.mjs';
import { compileData, renderSplitModules } from '../scripts/data/compile.mjs';
import { readCheckedDataOrExit, todayInParis } from '../scripts/data/read.mjs';
import {
  FIRST_SCREEN_TARGET,
  FLAT_TARGET,
  FULL_VIEW_TARGET,
  LAUNCHER_TARGET,
} from '../scripts/build/size-targets.mjs';

const BEFORE_COMMIT = 'b120dca';
const PAINT_RUNS = Number(process.env.BENCH_PAINT_RUNS ?? 11);
// Five, not three: one build's simulated TBT ranges from 14 to 196 ms between runs on a shared
// machine, and the median of three landed anywhere in it.
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const PAINT_RATIO_TARGET = 1.2;
const LIGHTHOUSE_TARGETS = { performance: 98, tbt: 50, cls: 0.02 };
const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const loadStart = loadavg()[0];
const log = (message) => console.log(`[bench] ${message}`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A checkout of BEFORE_COMMIT, built with this checkout's node_modules. */
function prepareBefore() {
  if (process.env.BENCH_BEFORE) return process.env.BENCH_BEFORE;
  const dir = mkdtempSync(join(tmpdir(), 'vif-before-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, BEFORE_COMMIT], { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  log(`building ${BEFORE_COMMIT} in ${dir}`);
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });
  return dir;
}

/**
 * This checkout built with synthetic data: every contact of a commune other than Lille copied
 * ten times (each copy its own id and name), as if the other communes had ten times their data.
 */
function prepareSynthetic() {
  const dir = mkdtempSync(join(tmpdir(), 'vif-x10-'));
  for (const path of ['src', 'bench/pages', 'tsconfig.json', 'rollup.config.mjs', 'package.json'])
    cpSync(join(root, path), join(dir, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const data = readCheckedDataOrExit(
    new URL('data/', `file://${root}`),
    todayInParis(),
    'no bench',
  );
  const compiled = compileData(data);
  const others = compiled.contacts.filter(
    (contact) =>
      contact.scope.type === 'communes' &&
      !(/** @type {{ insee: string[] }} */ (contact.scope).insee.includes(LILLE)),
  );
  const copies = others.flatMap((contact) =>
    Array.from({ length: 9 }, (_, index) => ({
      ...contact,
      id: `${contact.id}-copie-${index + 1}`,
      name: { ...contact.name, fr: `${contact.name.fr} (copie ${index + 1})` },
    })),
  );
  const synthetic = { ...compiled, contacts: [...compiled.contacts, ...copies] };
  const generated = join(dir, 'src/data/generated');
  rmSync(join(generated, 'communes'), { recursive: true, force: true });
  for (const [path, text] of Object.entries(renderSplitModules(synthetic))) {
    mkdirSync(dirname(join(generated, path)), { recursive: true });
    writeFileSync(join(generated, path), text);
  }
  execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: dir, stdio: 'ignore' });
  return { dir, contacts: synthetic.contacts.length, added: copies.length };
}

const LILLE = '59350';
/** The one search of the "full view and one search" figure. */
const SEARCH = 'hébergement';

/** One load of a page under 4× CPU: paint time, and the widget's bytes by the time it loaded. */
async function load(browser, origin, path) {
  const { context, page } = await throttledPage(browser);
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => globalThis.benchPaint, null, { timeout: 60_000 });
  // The full view loaded (the directory's results are there) or, before, the one file.
  // (The entry draws the first screen before the element is defined: wait for it first. The
  // static baseline has no widget.)
  const widget = (await page.locator('vif-help').count()) > 0;
  if (widget)
    await page.evaluate(async () => {
      await globalThis.customElements.whenDefined('vif-help');
      await /** @type {{ updateComplete?: Promise<boolean> } | null} */ (
        globalThis.document.querySelector('vif-help')
      )?.updateComplete;
    });
  const files = () =>
    page.evaluate(() =>
      /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'))
        .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/'))
        .reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    );
  const result = await page.evaluate(() => {
    const painted = globalThis.benchPaint.painted;
    const files = /** @type {PerformanceResourceTiming[]} */ (
      performance.getEntriesByType('resource')
    )
      .filter((entry) => new URL(entry.name).pathname.startsWith('/dist/'))
      .map((entry) => ({
        file: new URL(entry.name).pathname.slice(6),
        bytes: entry.encodedBodySize,
        beforePaint: entry.responseEnd <= painted,
      }));
    return {
      painted,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      files,
      elements:
        globalThis.document.querySelector('vif-help')?.shadowRoot?.querySelectorAll('*').length ??
        0,
    };
  });
  // One search, as a resident types it: its results, and the answers it loads on first use.
  if (widget) {
    await page.locator('vif-help').getByRole('searchbox').fill(SEARCH);
    await page.evaluate(
      () =>
        /** @type {{ updateComplete?: Promise<boolean> } | null} */ (
          globalThis.document.querySelector('vif-help')
        )?.updateComplete,
    );
  }
  const bytesWithSearch = await files();
  await context.close();
  return {
    ...result,
    bytesWithSearch,
    bytes: result.files.reduce((sum, file) => sum + file.bytes, 0),
    bytesBeforePaint: result.files.filter((f) => f.beforePaint).reduce((s, f) => s + f.bytes, 0),
  };
}

const run = promisify(execFile);
const LIGHTHOUSE = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
async function lighthouse(url, formFactor) {
  const { stdout } = await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id].numericValue;
  return {
    version: report.lighthouseVersion,
    performance: Math.round(report.categories.performance.score * 100),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    lcp: audit('largest-contentful-paint'),
    fcp: audit('first-contentful-paint'),
  };
}

// ---------------------------------------------------------------------------------------------

const beforeDir = prepareBefore();
log('synthetic build (other communes ×10)');
const synthetic = prepareSynthetic();
const servers = {
  after: await startServer({ port: 0, pagesDir: 'bench/pages', compress: true }),
  before: await startServer({ port: 0, pagesDir: 'bench/pages', compress: true, root: beforeDir }),
  x10: await startServer({ port: 0, pagesDir: 'bench/pages', compress: true, root: synthetic.dir }),
};
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
  .toString()
  .trim();

log(`paint: ${PAINT_RUNS} runs each of baseline, before, after (alternating, one warm-up)`);
const browser = await launchBrowser();
/** @typedef {Awaited<ReturnType<typeof load>>} Load */
/** @type {Record<string, Load[]>} */
const loads = { baseline: [], before: [], after: [], x10: [] };
const order = [
  ['baseline', servers.after, '/baseline.html'],
  ['before', servers.before, '/widget.html'],
  ['after', servers.after, '/widget.html'],
  ['x10', servers.x10, '/widget.html'],
];
for (let index = -1; index < PAINT_RUNS; index += 1) {
  const sequence = index % 2 === 0 ? order : [...order].reverse();
  for (const [name, server, path] of sequence) {
    if (name === 'x10' && index >= 3) continue;
    const result = await load(browser, server.origin, path);
    if (index >= 0) loads[name].push(result);
  }
}
await browser.close();
const paint = Object.fromEntries(
  Object.entries(loads).map(([name, list]) => [
    name,
    {
      median: median(list.map((entry) => entry.painted)),
      all: list.map((entry) => entry.painted),
      fcp: median(list.map((entry) => entry.fcp ?? 0)),
      bytes: median(list.map((entry) => entry.bytes)),
      bytesBeforePaint: median(list.map((entry) => entry.bytesBeforePaint)),
      bytesWithSearch: median(list.map((entry) => entry.bytesWithSearch)),
      files: list.at(-1)?.files ?? [],
      elements: median(list.map((entry) => entry.elements)),
    },
  ]),
);
const ratio = (name) => paint[name].median / paint.baseline.median;

log(`lighthouse: ${LIGHTHOUSE_RUNS} runs each, phone and desktop`);
const lighthouseResults = {};
let lighthouseVersion = '';
for (const formFactor of ['phone', 'desktop']) {
  /** @type {Record<string, Awaited<ReturnType<typeof lighthouse>>[]>} */
  const samples = { static: [], before: [], after: [], launcher: [] };
  for (let index = 0; index < LIGHTHOUSE_RUNS; index += 1) {
    samples.launcher.push(
      await lighthouse(`${servers.after.origin}/host-launcher.html`, formFactor),
    );
    samples.static.push(await lighthouse(`${servers.after.origin}/host-static.html`, formFactor));
    samples.before.push(await lighthouse(`${servers.before.origin}/host-widget.html`, formFactor));
    samples.after.push(await lighthouse(`${servers.after.origin}/host-widget.html`, formFactor));
  }
  lighthouseVersion = samples.after[0].version;
  lighthouseResults[formFactor] = Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      Object.fromEntries(
        ['performance', 'tbt', 'cls', 'lcp', 'fcp'].map((key) => [
          key,
          median(list.map((sample) => sample[key])),
        ]),
      ),
    ]),
  );
}

log('launcher: a page with only view="launcher"');
const launcher = await measureLauncher(servers.after.origin);

log('search: before and after');
const search = {
  before: await measureSearch(servers.before.origin, { passes: 3 }),
  after: await measureSearch(servers.after.origin, { passes: 3 }),
};
for (const server of Object.values(servers)) await server.close();
if (!process.env.BENCH_BEFORE) {
  execFileSync('git', ['worktree', 'remove', '--force', beforeDir], { cwd: root });
}
rmSync(synthetic.dir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------

const after = paint.after;
const flatGrowth = paint.x10.bytes - after.bytes;
const status = (met, miss) => (met ? 'met' : `**missed**: ${miss}`);
const lhAfter = (formFactor) => lighthouseResults[formFactor].after;
const lhAdded = (formFactor, key) =>
  lhAfter(formFactor)[key] - lighthouseResults[formFactor].static[key];
const targets = [
  [
    `Emergency numbers painted ≤ ${PAINT_RATIO_TARGET} × the static baseline (${CPU_SLOWDOWN}× CPU)`,
    `${ratio('after').toFixed(2)} × (${ms(after.median)} vs ${ms(paint.baseline.median)}); before ${ratio('before').toFixed(2)} ×`,
    status(
      ratio('after') <= PAINT_RATIO_TARGET,
      `${ms(after.median - PAINT_RATIO_TARGET * paint.baseline.median)} later than ${PAINT_RATIO_TARGET} × baseline`,
    ),
  ],
  ...['phone', 'desktop'].flatMap((formFactor) => [
    [
      `Lighthouse performance ≥ ${LIGHTHOUSE_TARGETS.performance} (${formFactor}, page with the widget)`,
      `${lhAfter(formFactor).performance}; before ${lighthouseResults[formFactor].before.performance}`,
      status(
        lhAfter(formFactor).performance >= LIGHTHOUSE_TARGETS.performance,
        `${LIGHTHOUSE_TARGETS.performance - lhAfter(formFactor).performance} points short`,
      ),
    ],
    [
      `TBT added ≤ ${LIGHTHOUSE_TARGETS.tbt} ms (${formFactor})`,
      `${ms(lhAdded(formFactor, 'tbt'))}; before ${ms(lighthouseResults[formFactor].before.tbt - lighthouseResults[formFactor].static.tbt)}`,
      status(
        lhAdded(formFactor, 'tbt') <= LIGHTHOUSE_TARGETS.tbt,
        `${ms(lhAdded(formFactor, 'tbt') - LIGHTHOUSE_TARGETS.tbt)} over`,
      ),
    ],
    [
      `CLS added ≤ ${LIGHTHOUSE_TARGETS.cls} (${formFactor})`,
      `${lhAdded(formFactor, 'cls').toFixed(3)}; before ${(lighthouseResults[formFactor].before.cls - lighthouseResults[formFactor].static.cls).toFixed(3)}`,
      status(
        lhAdded(formFactor, 'cls') <= LIGHTHOUSE_TARGETS.cls,
        `+${lhAdded(formFactor, 'cls').toFixed(3)}`,
      ),
    ],
  ]),
  [
    `A commune's full view in French ≤ ${kb(FULL_VIEW_TARGET)} brotli in all`,
    `${kb(after.bytes)}; before ${kb(paint.before.bytes)}`,
    status(after.bytes <= FULL_VIEW_TARGET, `${kb(after.bytes - FULL_VIEW_TARGET)} over`),
  ],
  [
    `The same and one search ("${SEARCH}") ≤ ${kb(FULL_VIEW_TARGET)} brotli in all`,
    `${kb(after.bytesWithSearch)}; before ${kb(paint.before.bytesWithSearch)}`,
    status(
      after.bytesWithSearch <= FULL_VIEW_TARGET,
      `${kb(after.bytesWithSearch - FULL_VIEW_TARGET)} over`,
    ),
  ],
  [
    `…of which ≤ ${kb(FIRST_SCREEN_TARGET)} before the emergency numbers paint`,
    `${kb(after.bytesBeforePaint)}; before ${kb(paint.before.bytesBeforePaint)}`,
    status(
      after.bytesBeforePaint <= FIRST_SCREEN_TARGET,
      `${kb(after.bytesBeforePaint - FIRST_SCREEN_TARGET)} over`,
    ),
  ],
  [
    `Flat: ≤ ${kb(FLAT_TARGET)} more with the other communes' data ×10`,
    `${flatGrowth >= 0 ? '+' : ''}${flatGrowth} bytes (${synthetic.contacts} contacts instead of ${synthetic.contacts - synthetic.added})`,
    status(Math.abs(flatGrowth) <= FLAT_TARGET, `${kb(flatGrowth)}`),
  ],
  [
    `A page with only the launcher loads ≤ ${kb(LAUNCHER_TARGET)} until it is opened`,
    `${kb(launcher.bytes)} (${launcher.files.map((file) => file.file).join(', ')}); the element loaded before use: ${launcher.elementLoaded ? '**yes**' : 'no'}`,
    status(
      launcher.bytes <= LAUNCHER_TARGET && !launcher.elementLoaded,
      `${kb(launcher.bytes - LAUNCHER_TARGET)} over`,
    ),
  ],
  ...['phone', 'desktop'].map((formFactor) => {
    const added = (key) =>
      lighthouseResults[formFactor].launcher[key] - lighthouseResults[formFactor].static[key];
    return [
      `Launcher page: TBT added ≤ ${LIGHTHOUSE_TARGETS.tbt} ms and CLS added ≤ ${LIGHTHOUSE_TARGETS.cls} (${formFactor}, Lighthouse)`,
      `TBT ${ms(added('tbt'))}, CLS ${added('cls').toFixed(3)}; in the browser (${launcher.runs} loads, 4× CPU): long tasks at most ${launcher.longTasks}, blocking ${ms(launcher.blocking)}, CLS ${launcher.cls.toFixed(3)}`,
      status(
        added('tbt') <= LIGHTHOUSE_TARGETS.tbt && added('cls') <= LIGHTHOUSE_TARGETS.cls,
        `TBT +${ms(added('tbt'))}, CLS +${added('cls').toFixed(3)}`,
      ),
    ];
  }),
  [
    'Launcher: its first opening (the element, the rest, the commune)',
    `${kb(launcher.bytesOpened)} in all once opened; 17 in the dialog ${ms(launcher.numbersAfter)} after the click (median, 4× CPU)`,
    'reported',
  ],
  [
    'Search and widget input → frame no worse (issue 13, bench/search.mjs, 3 passes; the first keystroke also loads the answers)',
    `input → frame p95 ${ms(search.after.widget.frame.p95)} (before ${ms(search.before.widget.frame.p95)}); search p95 at ×10 ${ms(search.after.scales[1].p95)} (before ${ms(search.before.scales[1].p95)})`,
    'reported',
  ],
];

const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const fileRows = (entry) =>
  entry.files.map((file) => [
    `\`${file.file}\``,
    String(file.bytes),
    file.beforePaint ? 'yes' : 'no',
  ]);

const markdown = `# vif-help: benchmark results

Written by \`npm run bench\` (bench/first-screen.mjs); do not edit by hand. The machine is
shared and noisy: every figure is a median of loads alternating before/after in one run, read with
its ratio to the static baseline measured in the same run.

## Machine and run

| | |
| --- | --- |
| CPU | ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores |
| Memory | ${(totalmem() / 1024 ** 3).toFixed(1)} GB |
| Load average (1 min) | ${loadStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end |
| Node | ${process.version} |
| Lighthouse | ${lhRowsVersion()} |
| Before | commit ${BEFORE_COMMIT} (an entry with Lit and the first screen, and its chunks) |
| After | commit ${commit} (an entry that draws the first screen without Lit, the element, its chunks) |
| Date | ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((Date.now() - started) / 60000).toFixed(1)} min |

## Targets (issues 16, 23 and 24)

${table(['target', 'measured (after)', 'result'], targets)}

## 1. Bytes (brotli, as the server sends them; the page's resource timing)

Page bench/pages/widget.html (\`<vif-help commune="59350">\`, French), fresh context, 4× CPU, until the
full view has loaded (\`updateComplete\`: the directory, its texts and the commune's file).
"Before paint": files whose response ended before the frame that showed the emergency numbers.
Answers in French (loaded on first use, ${kb(answersBytes())}) and English, Arabic, the partner validator are not in the view.

| | before | after | after, other communes ×10 |
| --- | --- | --- | --- |
| all the widget's files | ${kb(paint.before.bytes)} | **${kb(after.bytes)}** | ${kb(paint.x10.bytes)} |
| before the numbers paint | ${kb(paint.before.bytesBeforePaint)} | **${kb(after.bytesBeforePaint)}** | ${kb(paint.x10.bytesBeforePaint)} |
| the full view and one search ("${SEARCH}") | ${kb(paint.before.bytesWithSearch)} | **${kb(after.bytesWithSearch)}** | ${kb(paint.x10.bytesWithSearch)} |
| elements in the shadow root at the end | ${paint.before.elements} | ${after.elements} | ${paint.x10.elements} |

Files of the full view after (last load):

${table(['file', 'bytes sent', 'before paint'], fileRows(after))}

## 2. Time to the emergency numbers painted (${CPU_SLOWDOWN}× CPU, 360 × 740, ${PAINT_RUNS} runs each)

bench/pages/probe.js marks the end of the first frame that shows the "17" link (see the probe).

| page | painted, median | ratio to baseline | first contentful paint | all runs (ms) |
| --- | --- | --- | --- | --- |
${['baseline', 'before', 'after'].map((name) => `| ${name === 'baseline' ? 'static baseline' : `widget, ${name}`} | **${ms(paint[name].median)}** | ${(paint[name].median / paint.baseline.median).toFixed(2)} × | ${ms(paint[name].fcp)} | ${paint[name].all.map((v) => v.toFixed(0)).join(', ')} |`).join('\n')}

## 3. Lighthouse ${LIGHTHOUSE_RUNS} runs each (phone: mobile defaults; desktop: \`--preset=desktop\`)

Host page bench/pages/host-widget.html (the builder's snippet) and host-static.html (the fallback
text instead), served with brotli. Medians.

| form factor | page | performance | TBT | CLS | LCP | FCP |
| --- | --- | --- | --- | --- | --- | --- |
${Object.entries(lighthouseResults)
  .flatMap(([formFactor, result]) =>
    ['static', 'before', 'after', 'launcher'].map(
      (name) =>
        `| ${formFactor} | ${{ static: 'without the widget', launcher: 'host-launcher.html: only the launcher, after' }[name] ?? `with the widget, ${name}`} | ${result[name].performance} | ${ms(result[name].tbt)} | ${result[name].cls.toFixed(3)} | ${ms(result[name].lcp)} | ${ms(result[name].fcp)} |`,
    ),
  )
  .join('\n')}

## 4. Search (bench/search.mjs, 3 passes, before and after)

| | before | after |
| --- | --- | --- |
${search.after.scales.map((scale, index) => `| search p95 at ×${scale.scale} | ${ms(search.before.scales[index].p95)} | ${ms(scale.p95)} |`).join('\n')}
| widget input → updateComplete p95 | ${ms(search.before.widget.update.p95)} | ${ms(search.after.widget.update.p95)} |
| widget input → next frame p95 | ${ms(search.before.widget.frame.p95)} | ${ms(search.after.widget.frame.p95)} |

## Reproduce

\`\`\`sh
npm ci
npm run build
npm run bench   # builds ${BEFORE_COMMIT} in a temporary worktree; BENCH_BEFORE=<built checkout> skips it
\`\`\`
`;
function lhRowsVersion() {
  return lighthouseVersion;
}
/** The answers' chunk, as the server sends it: loaded on first use, not in the view. */
function answersBytes() {
  const file = readdirSync(join(root, 'dist/chunks')).find((name) =>
    name.startsWith('answers.fr-'),
  );
  if (!file) throw new Error('no chunks/answers.fr-*.js: run the build first');
  const bytes = readFileSync(join(root, 'dist/chunks', file));
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}
writeFileSync(join(root, 'bench/results.md'), markdown);
// Laid out as the repository's other Markdown (npm run lint checks it).
execFileSync('npx', ['prettier', '--write', 'bench/results.md'], { cwd: root, stdio: 'ignore' });
console.log(readFileSync(join(root, 'bench/results.md'), 'utf8'));

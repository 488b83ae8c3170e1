// Bytes of dist/vif-help.js, whole and per part. The bundle is rebuilt in memory with the project's
// own rollup configuration plus a source map; every byte of the minified code is attributed to the
// module its source-map segment points to. Each part's bytes, concatenated in file order, are then
// compressed alone: that is what the part costs in isolation, so the parts' compressed sizes do not
// add up to the whole (each part loses the context the others give the compressor).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { decode, encode } from '@jridgewell/sourcemap-codec';
import configs from '../rollup.config.mjs';
import { sourceLocator } from './lib.mjs';

const DIST = new URL('../dist/vif-help.js', import.meta.url);

const OTHER = 'other dependencies';
/** The parts the results report, first matching prefix wins; sources are paths from the root. */
/** @type {[string, RegExp][]} */
const PARTS = [
  [
    'Lit (lit, lit-html, lit-element, @lit/reactive-element)',
    /^node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//,
  ],
  ['@lit/localize runtime', /^node_modules\/@lit\/localize\//],
  ['data (src/data/generated)', /^src\/data\/generated\//],
  ['locales (src/localization/generated)', /^src\/localization\/generated\//],
  ['our code (src/, the rest)', /^src\//],
  [OTHER, /^node_modules\//],
];
const UNMAPPED = 'unmapped (glue added by the build)';

/** The part a source path (relative to the project root) belongs to. */
export const partOfPath = (path) =>
  (path && PARTS.find(([, test]) => test.test(path))?.[0]) || UNMAPPED;

export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * A source map for a chunk that a plugin wrapped without giving one (rollup.config.mjs's run-once
 * wraps the chunk in a function): text before, the chunk's start kept verbatim, text after. Each
 * kept character maps to itself; without this map rollup loses the whole file's mapping.
 */
function wrapMap(code, output) {
  const start = output.indexOf(code.slice(0, 200));
  if (start < 0) return null;
  const lines = output
    .slice(0, start)
    .split('\n')
    .map(() => []);
  let column = output.slice(0, start).length - output.lastIndexOf('\n', start - 1) - 1;
  let [sourceLine, sourceColumn] = [0, 0];
  for (let index = 0; index < code.length && output[start + index] === code[index]; index += 1) {
    lines.at(-1).push([column, 0, sourceLine, sourceColumn]);
    if (code[index] === '\n') {
      lines.push([]);
      [column, sourceLine, sourceColumn] = [0, sourceLine + 1, 0];
    } else {
      [column, sourceColumn] = [column + 1, sourceColumn + 1];
    }
  }
  return { version: 3, sources: [''], names: [], mappings: encode(lines) };
}

/** The plugin, unchanged but for a source map where its renderChunk returns a bare string. */
const withWrapMap = (plugin) =>
  typeof plugin.renderChunk !== 'function'
    ? plugin
    : {
        ...plugin,
        async renderChunk(code, ...rest) {
          const result = await plugin.renderChunk.call(this, code, ...rest);
          return typeof result === 'string' ? { code: result, map: wrapMap(code, result) } : result;
        },
      };

/** The widget's bundle as rollup.config.mjs builds it, with its source map, not written to disk. */
async function buildWithSourceMap() {
  // rollup.config.mjs gives each build one input, one output and a list of plugins.
  const builds =
    /** @type {{ input: string, output: import('rollup').OutputOptions, plugins: import('rollup').Plugin[] }[]} */ (
      /** @type {unknown} */ (configs)
    );
  const widget = builds.find((config) => config.output.file === 'dist/vif-help.js');
  if (!widget) throw new Error('rollup.config.mjs has no build of dist/vif-help.js');
  const plugins = widget.plugins.map(withWrapMap);
  const bundle = await rollup({ input: widget.input, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ ...widget.output, sourcemap: 'hidden' });
  await bundle.close();
  return output[0];
}

/**
 * Splits the code into [source, text] runs, one per source-map segment (columns are UTF-16). A run
 * goes on to the next segment, across line breaks: terser keeps multi-line template literals (our
 * CSS and HTML) as they are, and their inner lines carry no segment of their own.
 */
function* segments(code, map) {
  const decoded = decode(map.mappings);
  let source = null;
  for (const [index, line] of code.split('\n').entries()) {
    if (index > 0) yield [source, '\n'];
    let start = 0;
    for (const [column, sourceIndex] of decoded[index] ?? []) {
      yield [source, line.slice(start, column)];
      start = column;
      source = sourceIndex === undefined ? null : map.sources[sourceIndex];
    }
    yield [source, line.slice(start)];
  }
}

export async function measureSizes() {
  const shipped = readFileSync(DIST);
  const chunk = await buildWithSourceMap();
  if (!chunk.map) throw new Error('rollup gave no source map for the widget');
  const map = chunk.map;
  const sameAsDist = chunk.code === shipped.toString('utf8');

  /** @type {Map<string, string[]>} */
  const partText = new Map();
  for (const name of [...PARTS.map(([part]) => part), UNMAPPED]) partText.set(name, []);
  const moduleText = new Map();
  for (const [source, text] of segments(chunk.code, map)) {
    if (text === '') continue;
    const path = source?.replace(/^(\.\.\/)+/, '') ?? null;
    partText.get(partOfPath(path))?.push(text);
    if (!path) continue;
    if (!moduleText.has(path)) moduleText.set(path, []);
    moduleText.get(path).push(text);
  }

  const measure = (texts) => {
    const bytes = Buffer.from(texts.join(''));
    return { raw: bytes.length, brotli: brotli(bytes), gzip: gzip(bytes) };
  };
  // Name what "other dependencies" holds (tslib's decorator helper, so far).
  const others = [...moduleText.keys()]
    .filter((path) => partOfPath(path) === OTHER)
    .map((path) => path.match(/^node_modules\/((@[^/]+\/)?[^/]+)/)[1]);
  const parts = [...partText].map(([name, texts]) => ({
    name: name === OTHER ? `${OTHER} (${[...new Set(others)].join(', ')})` : name,
    ...measure(texts),
  }));
  const topModules = [...moduleText]
    .map(([path, texts]) => ({ path, texts, raw: Buffer.byteLength(texts.join('')) }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 10)
    .map(({ path, texts }) => ({ path, ...measure(texts) }));
  return {
    whole: { raw: shipped.length, brotli: brotli(shipped), gzip: gzip(shipped) },
    parts: parts.filter((part) => part.raw > 0),
    topModules,
    sameAsDist,
    unmapped: Buffer.byteLength((partText.get(UNMAPPED) ?? []).join('')),
    /** (line, column) of dist/vif-help.js → source path, for the load profile. */
    locateSource: sourceLocator(decode(map.mappings), map.sources),
  };
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = (...beforeMinify) => [
  resolve({ browser: true }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    noEmit: false,
    noEmitOnError: true,
    // The plain .js modules of src/ that node shares (scope, fold, words, …): typed by their JSDoc,
    // checked by `npm run typecheck`, bundled by rollup as they are.
    allowJs: true,
    checkJs: false,
    outDir: 'dist',
  }),
  ...beforeMinify,
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * Each commune's contacts are a chunk of their own. Their names carry no hash of their own, so the
 * entry's map of them stays a few bytes a commune (brotli finds the repeats) however many communes
 * get data; one hash of all of them names their folder, so a new release of the data is never
 * mixed with a copy a browser kept of the previous one.
 */
const COMMUNE_DATA = 'src/data/generated/communes';
function communeChunksFolder() {
  const hash = createHash('sha256');
  if (existsSync(COMMUNE_DATA)) {
    for (const file of readdirSync(COMMUNE_DATA).sort()) {
      hash.update(file).update(readFileSync(`${COMMUNE_DATA}/${file}`));
    }
  }
  return `chunks/communes-${hash.digest('hex').slice(0, 8)}`;
}

/** The folder of this build's commune chunks, set when the build starts. */
let communeFolder = communeChunksFolder();

/** @param {import('rollup').PreRenderedChunk} chunk */
function chunkFileName(chunk) {
  return chunk.facadeModuleId?.replaceAll('\\', '/').includes(`/${COMMUNE_DATA}/`)
    ? `${communeFolder}/[name].js`
    : 'chunks/[name]-[hash].js';
}

/**
 * The chunks of the previous build go: dist/ must hold only what this build's entry can load,
 * since self-hosting copies the folder as it is.
 */
const cleanChunks = /** @type {import('rollup').Plugin} */ ({
  name: 'clean-chunks',
  buildStart() {
    rmSync('dist/chunks', { recursive: true, force: true });
    communeFolder = communeChunksFolder();
  },
});

/**
 * The entry is built after the element, on its own (see the entry's config below): it imports
 * the element's chunk by its hashed name, and Lit's `css` alone (the first screen's styles), not
 * Lit itself, whose Trusted Types policy must be created once, by the element.
 * @type {import('rollup').Plugin}
 */
const ELEMENT = '\0vif-help-element';
/** The element's chunk, as the entry imports it: its name has the hash of this build. */
function elementChunk() {
  const found = readdirSync('dist/chunks').filter((file) => /^element-.*\.js$/.test(file));
  if (found.length !== 1)
    throw new Error(`expected one dist/chunks/element-*.js, found ${found.length}`);
  return `./chunks/${found[0]}`;
}
const entryImports = {
  name: 'entry-imports',
  resolveId(source, importer) {
    if (source === 'lit') {
      return fileURLToPath(import.meta.resolve('@lit/reactive-element/css-tag.js'));
    }
    if (source === './element.js' && importer?.endsWith(`${sep}src${sep}vif-help.ts`)) {
      return { id: ELEMENT, external: true };
    }
    return null;
  },
};

/**
 * The snippet's stylesheet, next to the entry: it keeps the widget's room while it loads.
 * @type {import('rollup').Plugin}
 */
const snippetStyles = {
  name: 'snippet-styles',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'vif-help.css',
      source: readFileSync('src/vif-help.css', 'utf8'),
    });
  },
};

/** Copies the iframe page next to the scripts it loads. */
const embedPage = {
  name: 'embed-page',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'embed.html',
      source: readFileSync('src/embed/embed.html', 'utf8'),
    });
  },
};

/** @type {import('rollup').RollupOptions[]} */
export default [
  /**
   * The element: dist/chunks/element-<hash>.js (Lit, the element, the commune list) and the chunks
   * it loads from its own folder by a relative import when needed: the rest of the full view, each
   * commune's contacts, the other contacts, the texts, the answers, English, Arabic and the
   * partner-data validator.
   */
  {
    input: { element: 'src/element.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'chunks/[name]-[hash].js',
      chunkFileNames: chunkFileName,
    },
    preserveEntrySignatures: 'allow-extension',
    plugins: [cleanChunks, snippetStyles, ...plugins()],
  },
  /**
   * The entry a page loads, dist/vif-help.js: the first screen drawn without Lit, then the
   * element's chunk (built just before, by the config above).
   */
  {
    input: { 'vif-help': 'src/vif-help.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      paths: (id) => (id === ELEMENT ? elementChunk() : id),
    },
    plugins: [entryImports, ...plugins()],
  },
  /** The iframe page's tiny script. */
  {
    input: { embed: 'src/embed/embed.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [...plugins(), embedPage],
  },
  /** The optional host script that sizes the iframe: built alone, so it shares no chunk. */
  {
    input: { 'embed-host': 'src/embed/embed-host.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: plugins(),
  },
];

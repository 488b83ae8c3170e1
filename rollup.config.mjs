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
 * The modules the entry and the element both need (the first screen's styles, lines and texts,
 * the configuration, the launcher, the data's core): the entry holds them, the element takes the
 * entry's copies instead of carrying its own. The entry puts their namespaces, in this order,
 * under a global symbol before it loads the element; in the element's build, each import of one
 * of them becomes a few bytes that read it there. Each listed module must be one the entry
 * imports anyway, or the entry grows (the size check says so).
 */
const SHARED_MODULES = [
  'src/styles/reset.styles.ts',
  'src/components/vif-help/vif-help.styles.ts',
  'src/components/vif-help/exit-bar.styles.ts',
  'src/components/vif-help/first-screen.styles.ts',
  'src/components/vif-help/launcher.ts',
  'src/components/vif-help/config.ts',
  'src/components/vif-help/attributes.ts',
  'src/components/vif-help/first-paint-mark.ts',
  'src/components/vif-help/main-channel.ts',
  'src/components/vif-help/after-paint.ts',
  'src/localization/locales.js',
  'src/localization/locale.ts',
  'src/data/blocks.ts',
  'src/data/links.ts',
].map((file) => fileURLToPath(new URL(file, import.meta.url)));
const SHARED_KEY = 'vif-help.modules';
const SHIM = '\0vif-help-shared:';

/**
 * In the element's build: an import of a shared module reads the entry's copy.
 * @type {import('rollup').Plugin}
 */
const fromEntry = {
  name: 'from-entry',
  async resolveId(source, importer, options) {
    if (!importer || importer.startsWith(SHIM)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const index = resolved ? SHARED_MODULES.indexOf(resolved.id) : -1;
    return index === -1 ? null : `${SHIM}${index}`;
  },
  async load(id) {
    if (!id.startsWith(SHIM)) return null;
    const index = Number(id.slice(SHIM.length));
    const info = await this.load({ id: SHARED_MODULES[index] });
    const names = (info.exports ?? []).filter((name) => name !== 'default');
    return [
      `const m = globalThis[Symbol.for(${JSON.stringify(SHARED_KEY)})][${index}];`,
      names.length > 0 ? `export const { ${names.join(', ')} } = m;` : '',
      info.exports?.includes('default') ? 'export default m.default;' : '',
    ].join('\n');
  },
};

/**
 * In the entry's build: the shared modules' namespaces, under the global symbol, before the
 * entry's own code runs (it loads the element only after the first screen is painted).
 * @type {import('rollup').Plugin}
 */
const toElement = {
  name: 'to-element',
  transform(code, id) {
    if (!id.endsWith(`${sep}src${sep}vif-help.ts`)) return null;
    const imports = SHARED_MODULES.map(
      (file, index) => `import * as shared${index} from ${JSON.stringify(file)};`,
    );
    const list = SHARED_MODULES.map((_, index) => `shared${index}`).join(', ');
    const register = `{ const key = Symbol.for(${JSON.stringify(SHARED_KEY)}); if (!(key in globalThis)) Object.defineProperty(globalThis, key, { value: [${list}] }); }`;
    return { code: `${imports.join('\n')}\n${register}\n${code}`, map: null };
  },
};

/**
 * The files whose functions nearly all run while the widget loads (the entry, Lit and the
 * element, the directory and its cards): a magic comment at their top asks V8 to compile every
 * function while the file arrives, on a background thread, instead of each one on the main thread
 * when it is first called, inside the tasks that draw the widget (Chrome 136 and later; other
 * browsers read a comment). Measured on Lille's page at 4× CPU: compiling on the main thread
 * 144 → 25 ms a load, one long task fewer. After the minifier, which removes comments.
 * @type {import('rollup').Plugin}
 */
const EAGER_CHUNKS = ['vif-help', 'element', 'rest'];
const compileHints = {
  name: 'compile-hints',
  renderChunk(code, chunk) {
    if (!EAGER_CHUNKS.includes(chunk.name)) return null;
    return { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null };
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
    plugins: [cleanChunks, snippetStyles, fromEntry, ...plugins(), compileHints],
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
    plugins: [entryImports, toElement, ...plugins(), compileHints],
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

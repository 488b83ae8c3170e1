import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
 * A page may load the widget twice (two snippets, /1/ and /2/ folders, a query string). A second
 * copy must not run: Lit would create its Trusted Types policy "lit-html" again, which a strict
 * policy refuses with an exception. So the entry's body runs only when no <vif-help> is defined
 * yet, and shares every export (the public ones and those its chunks import) under a global
 * symbol; a second copy re-exports the first one's. That also covers `vif-help.js?v=2` alone:
 * its chunks import `vif-help.js`, a second instance of the entry, which hands them the bindings
 * of the copy that runs.
 * @type {import('rollup').Plugin}
 */
const runOnce = {
  name: 'run-once',
  renderChunk(code, chunk) {
    if (!chunk.isEntry) return null;
    const exportStatement = /\nexport ?\{([^}]*)\};?\s*$/.exec(code);
    if (!exportStatement) this.error('run-once: the entry must end with one export statement');
    const names = exportStatement[1]
      .split(',')
      .map((specifier) => specifier.trim())
      .filter(Boolean)
      .map((specifier) => {
        const [local, exported = local] = specifier.split(/\s+as\s+/);
        return { local, exported };
      });
    const key = 'Symbol.for("vif-help")';
    const shared = names.map(({ local, exported }) => `${JSON.stringify(exported)}: ${local}`);
    return [
      `const vifHelp = customElements.get("vif-help") ? globalThis[${key}] ?? {} : (() => {`,
      code.slice(0, exportStatement.index),
      `const shared = { ${shared.join(', ')} };`,
      `Object.defineProperty(globalThis, ${key}, { value: shared });`,
      'return shared;',
      '})();',
      ...names.map(({ exported }) => `export const ${exported} = vifHelp.${exported};`),
    ].join('\n');
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
   * The widget: the entry dist/vif-help.js (Lit and the first screen) and its chunks in
   * dist/chunks/, each loaded from the entry's own folder by a relative import when needed: the
   * rest of the full view, each commune's contacts, the other contacts, the texts, the answers,
   * English, Arabic and the partner-data validator.
   */
  {
    input: { 'vif-help': 'src/vif-help.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkFileName,
    },
    // The entry keeps its own exports instead of becoming a re-export of a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [cleanChunks, snippetStyles, ...plugins(runOnce)],
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

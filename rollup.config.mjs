import { readFileSync } from 'node:fs';
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
 * A page may load the widget twice (two snippets, /1/ and /2/ folders, a query string). The second
 * copy must not run at all: Lit would create its Trusted Types policy "lit-html" again, which a
 * strict policy refuses with an exception. So the module's body runs only when no <vif-help> is
 * defined yet, and a second copy re-exports what the first one shared under a global symbol.
 * @type {import('rollup').Plugin}
 */
const runOnce = {
  name: 'run-once',
  renderChunk(code) {
    const exportStatement = /\nexport \{([^}]*)\};\s*$/.exec(code);
    if (!exportStatement) this.error('run-once: the chunk must end with one export statement');
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
  /** The widget: one self-contained ES module with Lit, fuse.js, the data and every locale. */
  {
    input: 'src/vif-help.ts',
    output: { file: 'dist/vif-help.js', format: 'es' },
    plugins: plugins(runOnce),
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

import { readFileSync, rmSync } from 'node:fs';
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
    allowJs: false,
    checkJs: false,
  }),
  ...beforeMinify,
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/**
 * The chunks of the previous build go: dist/ must hold only what this build's entry can load,
 * since self-hosting copies the folder as it is.
 */
const cleanChunks = {
  name: 'clean-chunks',
  buildStart() {
    rmSync('dist/chunks', { recursive: true, force: true });
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

export default [
  /**
   * The widget: a small entry (dist/vif-help.js) and its chunks in dist/chunks/, every one loaded
   * from the entry's own folder by a relative import. The first chunk holds Lit and the first
   * screen; the rest of the full view, each commune's contacts, the other contacts, the texts,
   * the answers, English, Arabic and the partner-data validator are chunks of their own.
   */
  {
    input: { 'vif-help': 'src/vif-help.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    // The entry keeps its own exports instead of becoming a re-export of a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [cleanChunks, ...plugins()],
  },
  /** The iframe page's tiny script, and the optional host script that sizes the iframe. */
  {
    input: { embed: 'src/embed/embed.ts', 'embed-host': 'src/embed/embed-host.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [...plugins(), embedPage],
  },
];

import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
  resolve({ browser: true }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    noEmit: false,
    noEmitOnError: true,
    allowJs: false,
    checkJs: false,
  }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

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
  /** The widget: one self-contained ES module with Lit, fuse.js, the data and every locale. */
  {
    input: 'src/vif-help.ts',
    output: { file: 'dist/vif-help.js', format: 'es' },
    plugins: plugins(),
  },
  /** The iframe page's tiny script, and the optional host script that sizes the iframe. */
  {
    input: { embed: 'src/embed/embed.ts', 'embed-host': 'src/embed/embed-host.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [...plugins(), embedPage],
  },
];

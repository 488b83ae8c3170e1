import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** One self-contained ES module: Lit, fuse.js, the data and every locale in a single file. */
export default {
  input: 'src/vif-help.ts',
  output: {
    file: 'dist/vif-help.js',
    format: 'es',
    sourcemap: false,
  },
  plugins: [
    resolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      noEmit: false,
      noEmitOnError: true,
      allowJs: false,
      checkJs: false,
    }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};

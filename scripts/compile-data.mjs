// `npm run data:compile`: checks data/ as data:check does and refuses to compile on any problem,
// then writes src/data/generated/: data.ts, every compiled entry in one typed module (for the
// tests and the search bench), and the split modules the widget loads (see renderSplitModules).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { compileData, renderDataModule, renderSplitModules } from './lib/compile.mjs';
import { readCheckedDataOrExit, todayInParis } from './lib/read-data.mjs';

const root = new URL('..', import.meta.url);
const data = readCheckedDataOrExit(new URL('data/', root), todayInParis(), 'nothing was compiled');
const compiled = compileData(data);
const generated = new URL('src/data/generated/', root);
mkdirSync(generated, { recursive: true });
writeFileSync(new URL('data.ts', generated), renderDataModule(compiled));
// A commune that lost its contacts must lose its file too.
rmSync(new URL('communes/', generated), { recursive: true, force: true });
mkdirSync(new URL('communes/', generated), { recursive: true });
const files = renderSplitModules(compiled);
for (const [path, text] of Object.entries(files)) writeFileSync(new URL(path, generated), text);
console.log(
  `Compiled ${compiled.contacts.length} contacts, ${compiled.categories.length} categories, ` +
    `${compiled.audiences.length} audiences, ${compiled.communes.length} communes ` +
    `(${Object.keys(files).filter((path) => path.startsWith('communes/')).length} commune files).`,
);

// `npm run data:compile`: checks data/ as data:check does and refuses to compile on any problem,
// then writes src/data/generated/: data.ts, every compiled entry in one typed module (for the
// tests and the search bench), and the split modules the widget loads (see renderSplitModules).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { compileData, LOCALES, renderDataModule, renderSplitModules } from './lib/compile.mjs';
import { readCheckedDataOrExit, todayInParis } from './lib/read-data.mjs';

const root = new URL('..', import.meta.url);
const data = readCheckedDataOrExit(new URL('data/', root), todayInParis(), 'nothing was compiled');
const compiled = compileData(data);
const generated = new URL('src/data/generated/', root);
mkdirSync(generated, { recursive: true });
// The split modules of a previous compile go (a commune that lost its contacts loses its file);
// the validator (compile-validator.mjs) stays.
rmSync(new URL('communes/', generated), { recursive: true, force: true });
for (const file of readdirSync(generated))
  if (file.endsWith('.ts') && file !== 'validate-contacts.ts') rmSync(new URL(file, generated));
mkdirSync(new URL('communes/', generated), { recursive: true });
writeFileSync(new URL('data.ts', generated), renderDataModule(compiled));
const files = renderSplitModules(compiled);
for (const [path, text] of Object.entries(files)) writeFileSync(new URL(path, generated), text);
console.log(
  `Compiled ${compiled.contacts.length} contacts, ${compiled.categories.length} categories, ` +
    `${compiled.audiences.length} audiences, ${compiled.communes.length} communes ` +
    `(${Object.keys(files).filter((path) => path.startsWith('communes/')).length / LOCALES.length} communes with a file of their own, in ${LOCALES.length} locales).`,
);

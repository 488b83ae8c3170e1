// `npm run data:compile`: checks data/ as data:check does and refuses to compile on any problem,
// then writes src/data/generated/data.ts, the typed module the bundle imports.
import { mkdirSync, writeFileSync } from 'node:fs';
import { compileData, renderDataModule } from './lib/compile.mjs';
import { readCheckedDataOrExit, todayInParis } from './lib/read-data.mjs';

const root = new URL('..', import.meta.url);
const data = readCheckedDataOrExit(new URL('data/', root), todayInParis(), 'nothing was compiled');
const compiled = compileData(data);
mkdirSync(new URL('src/data/generated/', root), { recursive: true });
writeFileSync(new URL('src/data/generated/data.ts', root), renderDataModule(compiled));
console.log(
  `Compiled ${compiled.contacts.length} contacts, ${compiled.categories.length} categories, ` +
    `${compiled.audiences.length} audiences, ${compiled.communes.length} communes.`,
);

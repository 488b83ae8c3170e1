// The one entry of the data stage: `node scripts/data/main.mjs <command> [arguments]`, behind the
// npm scripts data:communes, data:check, data:compile, data:report and generate.
//   communes [--check]  derive data/communes.json from @etalab/decoupage-administratif
//   check [folder]      check data/ (or a folder laid out the same way) against its schemas and
//                       the domain rules (check.mjs), one line per problem, exit 1 on any
//   compile             check, then write src/data/generated/: data.ts, every compiled entry in
//                       one module (for the tests and the search bench), and the split modules
//                       the widget loads (see renderSplitModules)
//   validator           write src/data/generated/validate-contacts.js, the partner-data validator
//   report [folder]     print what the data team must act on (report.mjs)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { deriveCommunes } from './communes.mjs';
import { compileData, LOCALES, renderDataModule, renderSplitModules } from './compile.mjs';
import { dataFolderFromArguments, readCheckedDataOrExit, todayInParis } from './read.mjs';
import { dataReport } from './report.mjs';
import { compileValidator } from './validator.mjs';

const root = new URL('../../', import.meta.url);

/** @type {Record<string, (args: string[]) => void>} */
const COMMANDS = {
  communes: (args) => deriveCommunes(args.includes('--check')),
  check(args) {
    readCheckedDataOrExit(
      dataFolderFromArguments(args),
      todayInParis(),
      'fix them and run it again',
    );
    console.log('data:check: no problem.');
  },
  compile() {
    const data = readCheckedDataOrExit(
      new URL('data/', root),
      todayInParis(),
      'nothing was compiled',
    );
    const compiled = compileData(data);
    const generated = new URL('src/data/generated/', root);
    mkdirSync(generated, { recursive: true });
    // The modules of a previous compile go (a commune that lost its contacts loses its file);
    // the partner-data validator (the validator command) stays.
    rmSync(new URL('communes/', generated), { recursive: true, force: true });
    for (const file of readdirSync(generated))
      if (file.endsWith('.ts') && !file.startsWith('validate-contacts.'))
        rmSync(new URL(file, generated));
    mkdirSync(new URL('communes/', generated), { recursive: true });
    writeFileSync(new URL('data.ts', generated), renderDataModule(compiled));
    const files = renderSplitModules(compiled);
    for (const [path, text] of Object.entries(files)) writeFileSync(new URL(path, generated), text);
    const communeFiles = Object.keys(files).filter((path) => path.startsWith('communes/')).length;
    console.log(
      `Compiled ${compiled.contacts.length} contacts, ${compiled.categories.length} categories, ` +
        `${compiled.audiences.length} audiences, ${compiled.communes.length} communes ` +
        `(${communeFiles / LOCALES.length} with a file of their own, in ${LOCALES.length} locales).`,
    );
  },
  validator: () => compileValidator(),
  report(args) {
    const today = todayInParis();
    const data = readCheckedDataOrExit(
      dataFolderFromArguments(args),
      today,
      'fix them before the report',
    );
    console.log(dataReport(data, { today }));
  },
};

const [command = '', ...args] = process.argv.slice(2);
const run = COMMANDS[command];
if (!run) {
  console.error(
    `usage: node scripts/data/main.mjs <${Object.keys(COMMANDS).join('|')}> [arguments]`,
  );
  process.exit(2);
}
run(args);

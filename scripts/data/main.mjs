// The one entry of the data stage: `node scripts/data/main.mjs <command> [arguments]`, behind the
// npm scripts data:communes, data:check, data:compile, data:report and generate.
//   communes [--check]  derive data/communes.json from @etalab/decoupage-administratif
//   check [folder]      check data/ (or a folder laid out the same way) against its schemas and
//                       the domain rules (check.mjs), one line per problem, exit 1 on any
//   compile             check, then write src/data/generated/data.ts, the module the bundle imports
//   validator           write src/data/generated/validate-contacts.js, the partner-data validator
//   report [folder]     print what the data team must act on (report.mjs)
import { mkdirSync, writeFileSync } from 'node:fs';
import { deriveCommunes } from './communes.mjs';
import { compileData, renderDataModule } from './compile.mjs';
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
    mkdirSync(new URL('src/data/generated/', root), { recursive: true });
    writeFileSync(new URL('src/data/generated/data.ts', root), renderDataModule(compiled));
    console.log(
      `Compiled ${compiled.contacts.length} contacts, ${compiled.categories.length} categories, ` +
        `${compiled.audiences.length} audiences, ${compiled.communes.length} communes.`,
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

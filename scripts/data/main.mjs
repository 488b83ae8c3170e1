// The one entry of the data stage: `node scripts/data/main.mjs <command> [arguments]`, behind the
// npm scripts data:communes, data:check, data:compile, data:report and generate.
//   communes [--check]  derive data/communes.json from @etalab/decoupage-administratif
//   check [folder]      check data/ (or a folder laid out the same way) against its schemas and
//                       the domain rules (check.mjs), one line per problem, exit 1 on any
//   compile             check, then write src/data/generated/: data.ts, every compiled entry in
//                       one module (for the tests and the search bench), and the split modules
//                       the widget loads (see renderSplitModules)
//   validator           write src/data/generated/validate-contacts.js, the partner-data validator
//   report [folder] [--call-sheet <file>]
//                       print what the data team must act on (report.mjs); with --call-sheet,
//                       also write the call sheet as CSV, to fill in (call-sheet.mjs)
//   confirm <file> [--data <folder>] [--today YYYY-MM-DD]
//                       read a filled call sheet back into data/ (confirm.mjs): every line is
//                       checked first, then the data as it would be; all is written, or nothing
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { callSheetCsv, callSheetRows } from './call-sheet.mjs';
import { checkData } from './check.mjs';
import { applyConfirmations, readFilledSheet } from './confirm.mjs';
import { formatProblem } from '../shared.mjs';
import { deriveCommunes } from './communes.mjs';
import { compileData, renderDataModule, renderSplitModules } from './compile.mjs';
import { LOCALES } from '../../src/localization/locales.js';
import {
  dataFolderFromArguments,
  readCheckedDataOrExit,
  readDataFolder,
  todayInParis,
} from './read.mjs';
import { dataReport } from './report.mjs';
import { compileValidator } from './validator.mjs';

const root = new URL('../../', import.meta.url);

/** @type {Record<string, (args: string[]) => void | Promise<void>>} */
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
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'call-sheet': { type: 'string' } },
    });
    const today = todayInParis();
    const data = readCheckedDataOrExit(
      dataFolderFromArguments(positionals),
      today,
      'fix them before the report',
    );
    console.log(dataReport(data, { today }));
    const sheet = values['call-sheet'];
    if (sheet) {
      const rows = callSheetRows(data);
      writeFileSync(sheet, callSheetCsv(rows));
      console.log(
        `\nCall sheet written to ${sheet}: ${rows.length} contact(s). Fill in date, how (phone, official-page, in-person), what changed and any new_* correction, then: npm run data:confirm ${sheet}`,
      );
    }
  },
  async confirm(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { data: { type: 'string' }, today: { type: 'string' } },
    });
    const [sheet] = positionals;
    if (!sheet) {
      console.error('usage: npm run data:confirm -- <filled call sheet.csv> [--data <folder>]');
      process.exit(2);
    }
    const today = values.today ?? todayInParis();
    const folder = dataFolderFromArguments(values.data ? [values.data] : []);
    const data = readCheckedDataOrExit(folder, today, 'nothing was confirmed');
    const { confirmations, problems } = readFilledSheet(readFileSync(sheet, 'utf8'), data, {
      today,
    });
    if (problems.length > 0) {
      for (const { line, field, wrong, right } of problems)
        console.error(`${sheet}:${line} › ${field}: ${wrong}; ${right}`);
      console.error(`\n${problems.length} problem(s) in the sheet: nothing was written.`);
      process.exit(1);
    }
    const files = applyConfirmations(data, confirmations, { today });
    // The data as it would be, checked as data:check does, before anything is written.
    const { schemas } = readDataFolder(folder);
    const after = checkData({ ...data, ...files }, { schemas, today });
    if (after.length > 0) {
      console.error(after.map(formatProblem).join('\n'));
      console.error(`\n${after.length} problem(s) in the data as confirmed: nothing was written.`);
      process.exit(1);
    }
    // Written as the team's editor would (prettier), so the diff shows only what changed.
    const prettier = await import('prettier');
    for (const [file, content] of Object.entries(files)) {
      const url = new URL(file, folder);
      const options = (await prettier.resolveConfig(url)) ?? {};
      writeFileSync(
        url,
        await prettier.format(JSON.stringify(content), { ...options, parser: 'json' }),
      );
    }
    console.log(
      `data:confirm: ${confirmations.length} contact(s) confirmed (${confirmations.map(({ id }) => id).join(', ') || 'none'}); written: ${
        Object.keys(files)
          .map((file) => `data/${file}`)
          .join(', ') || 'nothing'
      }. Review with git diff data/.`,
    );
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
await run(args);

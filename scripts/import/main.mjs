// `npm run data:import -- <source> <file> [--date YYYY-MM-DD]`: reads a downloaded official file
// (police, gendarmerie, annuaire, annuaire-2019, annuaire-2016 or competence: see data/README.md; competence
// takes the lists it is joined with as --police <file> --gendarmerie <file>), keeps what
// concerns the 95 communes,
// writes data/imported/<source>.json (never data/contacts.json nor data/overrides.json) and prints
// what changed and which communes still lack each kind of first door.
// Options for tests and other folders: --today YYYY-MM-DD, --data <folder>.
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import { checkData } from '../data/check.mjs';
import { communesWithoutDoor, DOOR_KINDS, firstDoorsByCommune } from '../data/doors.mjs';
import { applyImport, buildContacts } from './build.mjs';
import { SOURCES } from './sources.mjs';
import { contactEntries, importedFiles, overridesById } from '../data/imported.mjs';
import { resolveScope } from '../data/scope.mjs';
import { entriesOf } from '../shared.mjs';
import { formatProblem } from '../shared.mjs';
import { readDataFolder, todayInParis } from '../data/read.mjs';

/**
 * What an older file is set against: every contact of data/ but the file being written (group
 * scopes resolved, overrides applied), and the entries of each other import by source.
 * @param {Record<string, any>} data parsed files of data/
 * @param {string} target the file being written, e.g. "imported/annuaire-2016.json"
 * @returns {import('../types.js').NewerData}
 */
function newerData(data, target) {
  /** @type {import('../types.js').DataGroup[]} */
  const groups = entriesOf(data['groups.json'], 'groups');
  const others = Object.fromEntries(Object.entries(data).filter(([name]) => name !== target));
  return {
    contacts: contactEntries(others).map(({ entry }) => ({
      ...entry,
      scope: resolveScope(entry.scope, groups),
    })),
    imports: Object.fromEntries(
      importedFiles(others).map((name) => [
        name.slice('imported/'.length, -'.json'.length),
        entriesOf(others[name], 'contacts'),
      ]),
    ),
  };
}

const USAGE = `usage: npm run data:import -- <${Object.keys(SOURCES).join('|')}> <file> [--date YYYY-MM-DD]`;
/**
 * @param {string} message
 * @returns {never}
 */
const fail = (message) => {
  console.error(`data:import: ${message}`);
  process.exit(1);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    today: { type: 'string' },
    data: { type: 'string' },
    // competence: the lists it is joined with.
    police: { type: 'string' },
    gendarmerie: { type: 'string' },
  },
});
const [kind, path] = positionals;
if (!SOURCES[kind] || !path)
  fail(
    `${USAGE}\n${kind && !SOURCES[kind] ? `unknown source "${kind}"` : 'a source and a file are needed'}`,
  );
for (const option of /** @type {const} */ (['date', 'today'])) {
  if (values[option] && !/^\d{4}-\d{2}-\d{2}$/.test(values[option]))
    fail(`--${option} is written YYYY-MM-DD`);
}

const today = values.today ?? todayInParis();
// The file's own date when given (the date data.gouv.fr shows for it), else the day it was
// downloaded, which is the day it was read.
const date = values.date ?? todayInParis(statSync(path).mtime);
if (date > today) fail(`the file's date ${date} is after today (${today})`);
const file = basename(path);
const folder = values.data
  ? pathToFileURL(`${resolve(values.data)}/`)
  : new URL('../../data/', import.meta.url);

const { data, schemas, problems: unreadable } = readDataFolder(folder);
if (unreadable.length > 0)
  fail(`data/ has files that are not JSON:\n${unreadable.map(formatProblem).join('\n')}`);
/** @type {import('../types.js').DataCommune[]} */
const communes = data['communes.json'].communes;

/** @type {import('../types.js').ImportRecord[]} */
let records;
try {
  // The lists a source is joined with (competence: --police, --gendarmerie), read as they are.
  const lists = Object.fromEntries(
    /** @type {const} */ (['police', 'gendarmerie'])
      .filter((list) => values[list])
      .map((list) => [
        list,
        SOURCES[list].read(readFileSync(/** @type {string} */ (values[list]), 'utf8')),
      ]),
  );
  records = SOURCES[kind].read(readFileSync(path, 'utf8'), lists);
} catch (error) {
  fail(
    `${file} cannot be read as the ${kind} format: ${error instanceof Error ? error.message : error}`,
  );
}
const { kept, outside, warnings } = buildContacts(records, { kind, file, date, today, communes });
// A file older than the rest of data/ publishes only what the newer data lacks (annuaire-2016).
const settled = SOURCES[kind].settle?.(kept, newerData(data, `imported/${kind}.json`)) ?? [];
if (kept.length === 0) {
  fail(
    `${file}: ${records.length} record(s), none for the 95 communes: is it the ${kind} file? Nothing was written.`,
  );
}

const target = `imported/${kind}.json`;
const result = applyImport(data[target], kept, { kind, file, date, today }, overridesById(data));
if (result.refused)
  fail(`nothing was written:\n${result.refused.map((line) => `  ${line}`).join('\n')}`);

const targetUrl = new URL(target, folder);
const config = (await prettier.resolveConfig(targetUrl)) ?? {};
const text = await prettier.format(JSON.stringify(result.content), { ...config, parser: 'json' });
mkdirSync(new URL('imported/', folder), { recursive: true });
writeFileSync(targetUrl, text);

const after = { ...data, [target]: result.content };
const { summary } = result;
/** @param {Record<string, any>[]} contacts */
const names = (contacts) => contacts.map((contact) => `${contact.id} (${contact.name.fr})`);
/**
 * @param {string} title
 * @param {string[]} lines
 */
const list = (title, lines) =>
  [
    `${title} (${lines.length})${lines.length > 0 ? ':' : ''}`,
    ...lines.map((line) => `  ${line}`),
  ].join('\n');
const without = communesWithoutDoor(firstDoorsByCommune(after));
/**
 * A few communes by name; many as a count, since npm run data:report lists them all.
 * @param {{ name: string }[]} communes
 */
const communesIn = (communes) =>
  communes.length === 0
    ? 'none'
    : communes.length <= 12
      ? `${communes.length} (${communes.map((commune) => commune.name).join(', ')})`
      : `${communes.length} (npm run data:report lists them)`;
const report = [
  `data:import ${kind}: ${file} of ${date}, ${records.length} record(s) of the kinds it imports, ${kept.length} kept for the 95 communes, ${outside} left out; data/${target} written.`,
  list('Added', names(summary.added)),
  list(
    'Changed',
    summary.changed.map(
      ({ contact, fields }) => `${contact.id} (${contact.name.fr}): ${fields.join(', ')}`,
    ),
  ),
  list('Unchanged', names(summary.unchanged)),
  list('Removed upstream', names(summary.removed)),
  list('Left out of a record', warnings),
  list('Overrides to look at', summary.overrideWarnings),
  ...(SOURCES[kind].settle ? [list('Set against the newer data of data/', settled)] : []),
  ...(SOURCES[kind].summarise?.(kept, communes) ?? []).map(({ title, lines }) =>
    list(title, lines),
  ),
  list(
    'Communes still without a published first door, by kind',
    DOOR_KINDS.map(({ id, label }) => `${label}: ${communesIn(without[id])}`),
  ),
];
const problems = checkData(after, { schemas, today });
if (problems.length > 0) {
  report.push(list('data:check now reports problems to fix', problems.map(formatProblem)));
}
report.push('Review the change with: git diff data/' + target);
console.log(report.join('\n\n'));

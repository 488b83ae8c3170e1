// Shared by the importer tests: a copy of data/ to import into, and the importer run as the data
// team runs it, with a fixed file date and import day so that runs can be compared.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FILE_DATE = '2026-11-20';
export const IMPORT_DAY = '2026-11-27';

/** A fixture of test/node/fixtures/import/, as text. */
export const importFixture = (name) =>
  readFileSync(new URL(`fixtures/import/${name}`, import.meta.url), 'utf8');

/** A fresh copy of data/, so that imports never touch the real one. */
export function dataCopy() {
  const folder = mkdtempSync(join(tmpdir(), 'vif-import-'));
  cpSync('data', folder, { recursive: true });
  return folder;
}

/**
 * Runs `npm run data:import -- <source> <file>` on a data folder.
 * @param {string} folder a copy of data/
 * @param {string} source police, gendarmerie or annuaire
 * @param {string} text the file's content (written to a file named `name` beside the folder)
 * @param {{ name?: string, today?: string, fileDate?: string, args?: string[] }} options the
 *   file's name, the import day, the file's date, and more arguments (--police <file>…)
 */
export function runImport(
  folder,
  source,
  text,
  { name = `${source}.csv`, today = IMPORT_DAY, fileDate = FILE_DATE, args = [] } = {},
) {
  const file = join(mkdtempSync(join(tmpdir(), 'vif-download-')), name);
  writeFileSync(file, text);
  const run = spawnSync(
    process.execPath,
    [
      'scripts/import/main.mjs',
      source,
      file,
      '--data',
      folder,
      '--date',
      fileDate,
      '--today',
      today,
      ...args,
    ],
    { encoding: 'utf8' },
  );
  return { ...run, file };
}

/** data/imported/<source>.json of a folder, parsed, and its contacts by id. */
export function imported(folder, source) {
  const text = readFileSync(join(folder, 'imported', `${source}.json`), 'utf8');
  const content = JSON.parse(text);
  const byId = new Map(content.contacts.map((entry) => [entry.contact.id, entry]));
  return { text, content, byId, contact: (id) => byId.get(id)?.contact };
}

/** The lines of one part of the importer's summary, without their indent. */
export function summaryPart(stdout, title) {
  const block = stdout.split('\n\n').find((part) => part.startsWith(title));
  if (!block) return null;
  return block
    .split('\n')
    .slice(1)
    .map((line) => line.trim());
}

/** `npm run data:check` on a folder. */
export const checkFolder = (folder) =>
  spawnSync(process.execPath, ['scripts/data/main.mjs', 'check', folder], { encoding: 'utf8' });

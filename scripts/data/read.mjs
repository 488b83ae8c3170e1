// The one module of scripts/data that reads the outside world: it reads the files of a data
// folder and its schemas, tells today's date in the metropolis, and prints problems and exits
// for the scripts. The other rule modules of scripts/data are pure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkData } from './check.mjs';
import { formatProblem, problem } from '../shared.mjs';
import { OPTIONAL_SCHEMA_OF_FILE, SCHEMA_OF_FILE } from './schema.mjs';

/**
 * data/ of this repository, or the folder given as the first argument of a command.
 * @param {string[]} args the command's arguments
 */
export const dataFolderFromArguments = (args) =>
  args[0] ? pathToFileURL(`${resolve(args[0])}/`) : new URL('../../data/', import.meta.url);

/**
 * The files of a data folder to read: those every folder has, data/overrides.json when there is
 * one, and the files of data/imported/ ("imported/police.json"…).
 * @param {URL} folder
 */
function dataFilesOf(folder) {
  const optional = Object.keys(OPTIONAL_SCHEMA_OF_FILE).filter((file) =>
    existsSync(new URL(file, folder)),
  );
  const importedFolder = new URL('imported/', folder);
  const imported = existsSync(importedFolder)
    ? readdirSync(importedFolder)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => `imported/${name}`)
    : [];
  return [...Object.keys(SCHEMA_OF_FILE), ...optional, ...imported];
}

/**
 * Parses every data file and schema of a folder. A file that is not valid JSON becomes a problem
 * (with its line when the parser gives a position), since nothing else can be checked in it.
 * @param {URL} folder
 */
export function readDataFolder(folder) {
  /** @type {Record<string, any>} */
  const data = {};
  const problems = [];
  for (const file of dataFilesOf(folder)) {
    const text = readFileSync(new URL(file, folder), 'utf8');
    try {
      data[file] = JSON.parse(text);
    } catch (error) {
      // V8's message can quote the text around the error, newlines included: one line it is.
      const message = String(error instanceof Error ? error.message : error).replace(/\s+/g, ' ');
      problems.push(
        problem(
          file,
          '(file)',
          '(JSON)',
          `is not valid JSON: ${message}${lineOf(text, message)}`,
          'fix the syntax there (often a missing or extra comma, quote or bracket)',
        ),
      );
    }
  }
  const schemaFolder = new URL('schema/', folder);
  const schemas = readdirSync(schemaFolder)
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, schemaFolder), 'utf8')));
  return { data, schemas, problems };
}

/**
 * " (line 12)" for a JSON.parse error that gives a position, else nothing.
 * @param {string} text
 * @param {string} message
 */
function lineOf(text, message) {
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined
    ? ''
    : ` (line ${text.slice(0, Number(position)).split('\n').length})`;
}

/** Today in Europe/Paris, YYYY-MM-DD: the date the data team lives by. */
export const todayInParis = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(now);

/**
 * Reads and checks a data folder as data:check does; on any problem, prints them all, one a
 * line, says that `refusal` happened, and exits 1. Returns the parsed data otherwise.
 * @param {URL} folder
 * @param {string} today YYYY-MM-DD
 * @param {string} refusal what was not done, e.g. "nothing was compiled"
 */
export function readCheckedDataOrExit(folder, today, refusal) {
  const { data, schemas, problems: unreadable } = readDataFolder(folder);
  const problems = unreadable.length > 0 ? unreadable : checkData(data, { schemas, today });
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join('\n'));
    console.error(`\n${problems.length} problem(s) in the data: ${refusal}.`);
    process.exit(1);
  }
  return data;
}

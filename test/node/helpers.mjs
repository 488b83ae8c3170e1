// Shared by the Node tests of the data scripts: the real data/, and the fixtures beside this file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readDataFolder } from '../../scripts/data/read.mjs';

/** A fixed "today" after every date of the fixtures, so the tests do not depend on the clock. */
export const TODAY = '2026-12-06';

/** The parsed files and schemas of this repository's data/. */
export function realData() {
  const { data, schemas, problems } = readDataFolder(new URL('../../data/', import.meta.url));
  assert.deepEqual(problems, []);
  return { data, schemas };
}

/** A fixture of test/node/fixtures/, a contacts file with one contact. */
export const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8'));

/**
 * The real data with data/contacts.json holding the given contacts instead of its own, and
 * without the content files (answers, situations, synonyms), which point to the real contacts.
 */
export function dataWithContacts(contacts) {
  const { data, schemas } = realData();
  const {
    'answers.json': _answers,
    'paths.json': _paths,
    'synonyms.json': _synonyms,
    ...contactData
  } = data;
  // Only these contacts: nothing imported, and so no correction of an imported one.
  const handWritten = Object.fromEntries(
    Object.entries(contactData).filter(([file]) => !file.startsWith('imported/')),
  );
  return {
    data: { ...handWritten, 'contacts.json': { contacts }, 'overrides.json': { overrides: [] } },
    schemas,
  };
}

// What data:check adds for imported contacts: data/imported/*.json and data/overrides.json follow
// their schemas, every imported contact (overrides applied) follows the contact schema, no entry
// of data/imported/ was edited by hand, and every override names an imported contact.
import {
  applyOverride,
  attributeToOverride,
  CONTACT_FILES,
  contactDigest,
  importedFiles,
  overridesById,
  OVERRIDES_FILE,
} from './imported.mjs';
import { entriesOf, entryName, isObject, problem, quote } from '../shared.mjs';

/**
 * @param {Record<string, unknown>} data parsed files of data/
 * @param {(file: string, data: unknown, schema?: string) => import('../shared.mjs').Problem[]} checkSchema
 */
export function importedProblems(data, checkSchema) {
  // data/overrides.json is checked against its schema with the other optional files.
  const problems = [];
  const overrides = overridesById(data);
  const importedIds = new Set();
  for (const file of importedFiles(data)) {
    problems.push(...checkSchema(file, data[file]));
    const wrappers = entriesOf(data[file], 'contacts').filter(
      (wrapper) => isObject(wrapper) && isObject(wrapper.contact),
    );
    const merged = wrappers.map(({ contact }) =>
      applyOverride(contact, overrides.get(contact.id)?.override),
    );
    problems.push(
      ...checkSchema(
        file,
        { contacts: merged.map(({ contact }) => contact) },
        'contacts.schema.json',
      ).map((found) => {
        const entry = merged.find(({ contact }) => contact.id === found.id);
        return entry ? attributeToOverride(found, entry.overridden) : found;
      }),
    );
    for (const [index, { digest, contact }] of wrappers.entries()) {
      importedIds.add(contact.id);
      if (typeof digest === 'string' && contactDigest(contact) !== digest) {
        problems.push(
          problem(
            file,
            entryName(contact, index),
            '(entry)',
            'was changed by hand after the import (it no longer matches its digest), and the next import would overwrite the change',
            'put the change in data/overrides.json, then restore the entry as it was imported (git diff shows the change) or run npm run data:import again',
          ),
        );
      }
    }
  }
  const handIds = new Set(
    CONTACT_FILES.flatMap((file) => entriesOf(data[file], 'contacts')).map(
      (contact) => contact?.id,
    ),
  );
  const named = new Map();
  for (const [index, override] of entriesOf(data[OVERRIDES_FILE], 'overrides').entries()) {
    if (!isObject(override) || typeof override.id !== 'string') continue;
    const id = entryName(override, index);
    if (named.has(override.id)) {
      problems.push(
        problem(
          OVERRIDES_FILE,
          id,
          'id',
          `is already named by override #${named.get(override.id) + 1}`,
          'one override per contact, with every field it changes',
        ),
      );
    } else named.set(override.id, index);
    if (!importedIds.has(override.id)) {
      problems.push(
        problem(
          OVERRIDES_FILE,
          id,
          'id',
          handIds.has(override.id)
            ? `${quote(override.id)} is a contact written by hand, not an imported one`
            : `${quote(override.id)} names no contact of data/imported/ (removed upstream at the last import?)`,
          handIds.has(override.id)
            ? 'edit that contact in data/contacts.json itself and remove this override'
            : 'the id of a contact of data/imported/, or remove the override if its contact is gone',
        ),
      );
    }
  }
  return problems;
}

// Contacts that `npm run data:import` brings from official open data live apart from the ones the
// team writes by hand: data/imported/<source>.json is written by the importer only, and the team's
// corrections to imported contacts live in data/overrides.json, which no script writes. Every
// other step (check, compile, report) reads the contacts of both through `contactEntries`, with
// each override applied to the contact it names. Pure, apart from the digest's hash.
import { createHash } from 'node:crypto';
import { entriesOf, isObject } from '../shared.mjs';

/** The files that hold contacts, in the order the widget lists them. */
/**
 * A contact of the data and where it is; `overridden` names the fields an override set or removed.
 * @typedef {import('../shared.mjs').FileEntry & { overridden: Set<string> }} ContactEntry
 */

export const CONTACT_FILES = ['national.json', 'contacts.json'];

export const OVERRIDES_FILE = 'overrides.json';
export const IMPORTED_FOLDER = 'imported/';

/**
 * The files of data/imported/ that were read, e.g. "imported/gendarmerie.json".
 * @param {Record<string, unknown>} data parsed files of data/
 */
export const importedFiles = (data) =>
  Object.keys(data)
    .filter((file) => file.startsWith(IMPORTED_FOLDER))
    .sort();

/**
 * What the importer wrote for a contact, as a short hash: an entry whose contact no longer
 * matches its digest was edited by hand in a file that the next import would overwrite.
 * @param {unknown} contact
 */
export const contactDigest = (contact) =>
  createHash('sha256').update(JSON.stringify(contact)).digest('hex').slice(0, 16);

/**
 * The overrides of data/overrides.json that are objects, keyed by the id they name.
 * @param {Record<string, unknown>} data parsed files of data/
 */
export function overridesById(data) {
  /** @type {Map<string, { override: any, index: number }>} */
  const byId = new Map();
  for (const [index, override] of entriesOf(data[OVERRIDES_FILE], 'overrides').entries()) {
    if (isObject(override) && typeof override.id === 'string' && !byId.has(override.id)) {
      byId.set(override.id, { override, index });
    }
  }
  return byId;
}

/**
 * An imported contact with the override that names it applied: each field the override sets
 * replaces the imported one, each field it removes is dropped, and its sources are added.
 * @param {Record<string, any>} contact an imported contact, as read
 * @param {any} [override] its entry of data/overrides.json, as read
 * @returns {{ contact: Record<string, any>, overridden: Set<string> }}
 */
export function applyOverride(contact, override) {
  if (!override) return { contact, overridden: new Set() };
  const merged = { ...contact };
  /** @type {Set<string>} */
  const overridden = new Set();
  for (const field of Array.isArray(override.remove) ? override.remove : []) {
    delete merged[field];
    overridden.add(field);
  }
  for (const [field, value] of Object.entries(isObject(override.set) ? override.set : {})) {
    merged[field] = value;
    overridden.add(field);
  }
  if (Array.isArray(override.sources) && Array.isArray(merged.sources)) {
    merged.sources = [...merged.sources, ...override.sources];
  }
  return { contact: merged, overridden };
}

/**
 * Every contact of the data, as `{ file, entry, index, overridden }`: first the hand-written
 * files, then each imported file with data/overrides.json applied. `overridden` names the fields
 * that came from an override, so a problem in them is reported in data/overrides.json.
 * Entries that are not objects are skipped: the schemas report them.
 * @param {Record<string, unknown>} data parsed files of data/
 * @returns {ContactEntry[]}
 */
export function contactEntries(data) {
  const hand = CONTACT_FILES.flatMap((file) =>
    entriesOf(data[file], 'contacts').map((entry, index) => ({
      file,
      entry,
      index,
      overridden: /** @type {Set<string>} */ (new Set()),
    })),
  );
  const overrides = overridesById(data);
  const imported = importedFiles(data).flatMap((file) =>
    entriesOf(data[file], 'contacts').map((wrapper, index) => {
      const contact = isObject(wrapper) ? wrapper.contact : undefined;
      const { contact: entry, overridden } = isObject(contact)
        ? applyOverride(contact, overrides.get(contact.id)?.override)
        : { contact, overridden: /** @type {Set<string>} */ (new Set()) };
      return { file, entry, index, overridden };
    }),
  );
  return [...hand, ...imported].filter(({ entry }) => isObject(entry));
}

/**
 * A problem found in an imported contact, moved to data/overrides.json when the field it names
 * came from an override: that is where the team fixes it.
 * @param {import('../shared.mjs').Problem} found
 * @param {Set<string>} overridden the fields its contact took from an override
 */
export function attributeToOverride(found, overridden) {
  const field = found.field.split(/[.[]/)[0];
  return overridden.has(field) ? { ...found, file: OVERRIDES_FILE } : found;
}

// `npm run data:confirm <file>`: reads back the call sheet (call-sheet.mjs) once the team filled
// it in, and turns each filled line into a verification and its corrections: in data/contacts.json
// or data/national.json for a hand-written contact, in data/overrides.json for an imported one
// (data/imported/ is written by the importers only). A confirmed contact is of high confidence: the
// notes on what was uncertain go, and « À vérifier » is lifted, one call at a time.
// Pure: the parsed data and the sheet's text in; the files to write, or the problems, out.
import { parse } from 'csv-parse/sync';
import { compileHours } from './hours.mjs';
import { contactEntries, overridesById } from './imported.mjs';
import { normalisePhone } from './phone.mjs';
import { FILLED_COLUMNS, numberToCall } from './call-sheet.mjs';
import { VERIFICATION_WAYS } from '../../src/data/provenance.js';

/**
 * Ways the team may write "how", in French or as the data writes it.
 * @type {Record<string, import('../types.js').VerificationWay>}
 */
const HOW = {
  phone: 'phone',
  telephone: 'phone',
  téléphone: 'phone',
  appel: 'phone',
  'official-page': 'official-page',
  'page officielle': 'official-page',
  'site officiel': 'official-page',
  'in-person': 'in-person',
  'sur place': 'in-person',
};

/** The fields of an uncertain contact that a confirmation makes moot. */
const DOUBT_FIELDS = ['confidenceNote', 'residentNote', 'mayNotAnswer'];

/**
 * @typedef {{ line: number, field: string, wrong: string, right: string }} SheetProblem
 * @typedef {{ date?: string, how?: string, byRole?: string, changes?: string }} VerificationFields
 * @typedef {{ id: string, line: number, verification: VerificationFields, corrections: Record<string, any>, removed: string[] }} Confirmation
 */

/**
 * The filled lines of the sheet, checked against the data: each is a confirmation, or problems.
 * A line whose columns to fill are all empty is skipped (not called yet).
 * @param {string} text the CSV the team filled in
 * @param {Record<string, unknown>} data parsed files of data/ (checked)
 * @param {{ today: string }} options
 * @returns {{ confirmations: Confirmation[], problems: SheetProblem[] }}
 */
export function readFilledSheet(text, data, { today }) {
  /** @type {SheetProblem[]} */
  const problems = [];
  /** @type {{ record: Record<string, string>, info: { lines: number } }[]} */
  let records;
  try {
    records = parse(text, {
      bom: true,
      columns: (header) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: true,
    });
  } catch (caught) {
    const error = /** @type {{ lines?: number, message?: string }} */ (caught);
    const line = Number(error?.lines ?? 1);
    return {
      confirmations: [],
      problems: [
        {
          line,
          field: '(file)',
          wrong: `is not readable CSV: ${error.message}`,
          right: 'a comma-separated file as data:report wrote it',
        },
      ],
    };
  }
  const header = records[0]?.record ? Object.keys(records[0].record) : [];
  const missing = ['id', ...FILLED_COLUMNS.slice(0, 4)].filter((name) => !header.includes(name));
  if (records.length > 0 && missing.length > 0) {
    return {
      confirmations: [],
      problems: [
        {
          line: 1,
          field: '(header)',
          wrong: `has no column ${missing.join(', ')}`,
          right: 'the sheet as npm run data:report -- --call-sheet <file> wrote it',
        },
      ],
    };
  }
  const contacts = new Map(contactEntries(data).map((entry) => [entry.entry.id, entry]));
  const seen = new Map();
  /** @type {Confirmation[]} */
  const confirmations = [];
  for (const { record, info } of records) {
    const line = info.lines;
    const value = (/** @type {string} */ name) => String(record[name] ?? '').trim();
    if (FILLED_COLUMNS.every((name) => value(name) === '')) continue;
    /** @type {(field: string, wrong: string, right: string) => number} */
    const report = (field, wrong, right) => problems.push({ line, field, wrong, right });
    const id = value('id');
    const found = contacts.get(id);
    if (!found || found.entry.status !== 'published') {
      report(
        'id',
        `${JSON.stringify(id)} is not a published contact`,
        'the id as the sheet gave it',
      );
      continue;
    }
    if (seen.has(id)) {
      report('id', `${id} is already confirmed on line ${seen.get(id)}`, 'one line per contact');
      continue;
    }
    seen.set(id, line);
    const contact = found.entry;
    /** @type {VerificationFields} */
    const verification = {};
    const date = value('date');
    if (date === '') report('date', 'is empty', 'the day of the call, YYYY-MM-DD');
    else if (!isRealDate(date))
      report('date', `${JSON.stringify(date)} is not a date`, 'YYYY-MM-DD, e.g. 2027-01-12');
    else if (date > today) report('date', `${date} is in the future`, `${today} at the latest`);
    else verification.date = date;
    const how = HOW[value('how').toLowerCase()];
    if (value('how') === '')
      report('how', 'is empty', `how the facts were confirmed: ${VERIFICATION_WAYS.join(', ')}`);
    else if (!how)
      report(
        'how',
        `${JSON.stringify(value('how'))} is not a way of confirming`,
        `one of ${VERIFICATION_WAYS.join(', ')} (or téléphone, page officielle, sur place)`,
      );
    else verification.how = how;
    if (value('by_role') !== '') verification.byRole = value('by_role');

    /** @type {Record<string, any>} */
    const corrections = {};
    const removed = [];
    const newNumber = value('new_number').replace(/[\s.]/g, '');
    if (newNumber !== '') {
      if (!/^\d{2,10}$/.test(newNumber) || !normalisePhone(newNumber)) {
        report(
          'new_number',
          `${JSON.stringify(value('new_number'))} is not a French number in service`,
          'ten digits starting with 0, e.g. 0320572794',
        );
      } else {
        corrections.channels = replacedNumber(contact, newNumber);
        if (contact.display) removed.push('display');
      }
    }
    const address = ['new_street', 'new_postal_code', 'new_city'].map(value);
    if (address.some((part) => part !== '')) {
      const [street, postalCode, city] = address;
      if (address.some((part) => part === '')) {
        report(
          'new_street',
          'an address needs its street, postal code and city',
          'fill new_street, new_postal_code and new_city together',
        );
      } else if (!/^\d{5}$/.test(postalCode)) {
        report(
          'new_postal_code',
          `${JSON.stringify(postalCode)} is not a postal code`,
          'five digits, e.g. 59000',
        );
      } else corrections.address = { street, postalCode, city };
    }
    const newHours = value('new_hours');
    if (newHours !== '') {
      const { problem } = compileHours(newHours);
      if (problem)
        report('new_hours', `${JSON.stringify(newHours)} ${problem.wrong}`, problem.right);
      else {
        corrections.hours = newHours;
        // The old hours in words no longer say what the new ones do.
        if (contact.hoursText) removed.push('hoursText');
      }
    }
    const changed = Object.keys(corrections).map((field) => CHANGED_WORDS[field]);
    const changes = value('changes');
    if (changes !== '') verification.changes = changes;
    else if (changed.length > 0) verification.changes = `corrigé : ${changed.join(', ')}`;
    removed.push(...DOUBT_FIELDS.filter((field) => contact[field] !== undefined));
    confirmations.push({ id, line, verification, corrections, removed });
  }
  return { confirmations: problems.length > 0 ? [] : confirmations, problems };
}

/** @type {Record<string, string>} */
const CHANGED_WORDS = { channels: 'numéro', address: 'adresse', hours: 'horaires' };

/**
 * A YYYY-MM-DD date that exists in the calendar.
 * @param {string} text
 */
const isRealDate = (text) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/**
 * The contact's channels with the number the sheet named replaced (or a phone added first).
 * @param {import('../types.js').DataContact} contact
 * @param {string} number
 * @returns {import('../types.js').DataChannel[]}
 */
function replacedNumber(contact, number) {
  const channels = Array.isArray(contact.channels) ? contact.channels : [];
  const called = numberToCall(contact);
  if (called === undefined) return [{ type: 'tel', number }, ...channels];
  return channels.map((channel) =>
    channel.type === 'tel' && channel.number === called ? { ...channel, number } : channel,
  );
}

/**
 * The data with the confirmations applied: new contents of the files they touch, keyed by file
 * name. data/release.json moves to `today` (the list changes, and no verification may be later
 * than its release).
 * @param {Record<string, any>} data parsed files of data/ (not modified)
 * @param {Confirmation[]} confirmations
 * @param {{ today: string }} options
 * @returns {Record<string, any>} file name → new content
 */
export function applyConfirmations(data, confirmations, { today }) {
  /** @type {Record<string, any>} */
  const changed = {};
  const copy = (/** @type {string} */ file) => (changed[file] ??= structuredClone(data[file]));
  const where = new Map(contactEntries(data).map(({ file, entry }) => [entry.id, file]));
  for (const { id, verification, corrections, removed } of confirmations) {
    const file = where.get(id) ?? '';
    const fields = { verification, confidence: 'high', ...corrections };
    if (file.startsWith('imported/')) {
      const overrides = copy('overrides.json');
      const index = overridesById({ 'overrides.json': overrides }).get(id)?.index;
      const override =
        index === undefined
          ? overrides.overrides[overrides.overrides.push({ id, why: '' }) - 1]
          : overrides.overrides[index];
      const set = { ...(override.set ?? {}) };
      for (const field of removed) delete set[field];
      override.set = { ...set, ...fields };
      const remove = [...new Set([...(override.remove ?? []), ...removed])].filter(
        (field) => !(field in override.set),
      );
      if (remove.length > 0) override.remove = remove;
      else delete override.remove;
      override.why = [override.why, whyOf(verification)].filter(Boolean).join(' ');
      // Keep the key order of the schema's example: id, set, remove, why, sources.
      const { id: _id, set: newSet, remove: newRemove, why, sources } = override;
      overrides.overrides[overrides.overrides.indexOf(override)] = {
        id,
        set: newSet,
        ...(newRemove && { remove: newRemove }),
        why,
        ...(sources && { sources }),
      };
    } else {
      const list = copy(file).contacts;
      const index = list.findIndex((/** @type {{ id: string }} */ contact) => contact.id === id);
      const contact = { ...list[index] };
      for (const field of removed) delete contact[field];
      list[index] = withVerificationInPlace({ ...contact, ...fields });
    }
  }
  if (confirmations.length > 0) {
    const release = data['release.json'] ?? { date: today };
    changed['release.json'] = { ...release, date: today > release.date ? today : release.date };
  }
  return changed;
}

/**
 * "Confirmé par téléphone le 2027-01-12 (équipe) : corrigé : numéro." for an override's why.
 * @param {VerificationFields} verification
 */
function whyOf({ date, how, byRole, changes }) {
  /** @type {Record<string, string>} */
  const ways = {
    phone: 'par téléphone',
    'official-page': 'sur sa page officielle',
    'in-person': 'sur place',
  };
  return `Confirmé ${ways[/** @type {string} */ (how)]} le ${date}${byRole ? ` (${byRole})` : ''}${changes ? ` : ${changes}` : ''}.`;
}

/**
 * A contact with `verification` written after its sources, where `verified` used to be.
 * @param {Record<string, unknown>} contact
 */
function withVerificationInPlace(contact) {
  const { verification, ...rest } = contact;
  const entries = Object.entries(rest);
  const at = entries.findIndex(([key]) => key === 'sources') + 1;
  return Object.fromEntries([
    ...entries.slice(0, at),
    ['verification', verification],
    ...entries.slice(at),
  ]);
}

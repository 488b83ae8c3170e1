// The call sheet: every published contact no person of the team has confirmed, with the number
// to call and the facts to confirm, oldest source first (SPEC, "Data"). `npm run data:report`
// prints it and, with `--call-sheet <file>`, writes it as a CSV the team fills in (date, how,
// what changed, corrections) and hands back to `npm run data:confirm <file>` (confirm.mjs).
// Pure: parsed files in, rows and text out.
import { entriesOf } from '../shared.mjs';
import { contactEntries } from './imported.mjs';
import { resolveScope } from './scope.mjs';
import { factsDate } from '../../src/data/provenance.js';

/**
 * One line of the call sheet.
 * @typedef {{ file: string, id: string, commune: string, name: string, number: string, toConfirm: string, sourceDate: string, source: string }} CallSheetRow
 */

/** The columns the sheet gives, then those the team fills in (read back by confirm.mjs). */
export const GIVEN_COLUMNS = [
  'id',
  'commune',
  'name',
  'number',
  'to_confirm',
  'source_date',
  'source',
];
export const FILLED_COLUMNS = [
  'date',
  'how',
  'by_role',
  'changes',
  'new_number',
  'new_street',
  'new_postal_code',
  'new_city',
  'new_hours',
];

/**
 * The one number the team calls: the contact's first phone (as the card's call button).
 * @param {import('../types.js').DataContact} contact
 * @returns {string | undefined}
 */
export const numberToCall = (contact) =>
  /** @type {{ number?: string } | undefined} */ (
    (Array.isArray(contact.channels) ? contact.channels : []).find(
      (channel) => channel.type === 'tel',
    )
  )?.number;

/**
 * Where the contact serves, in the team's words: the communes' names, else its wider scope.
 * @param {import('../types.js').DataContact} contact
 * @param {import('../types.js').DataGroup[]} groups data/groups.json's entries
 * @param {Map<string, string>} names INSEE code → commune name
 */
function servedPlace(contact, groups, names) {
  const scope = /** @type {{ type: string, insee?: string[] }} */ (
    resolveScope(contact.scope, groups)
  );
  switch (scope.type) {
    case 'communes':
      return (scope.insee ?? []).map((insee) => names.get(insee) ?? insee).join(', ');
    case 'metropole':
      return 'toute la métropole';
    case 'departement':
      return 'tout le Nord';
    default:
      return 'national';
  }
}

/**
 * What the call must confirm, in French: that it answers, the address, the hours, who it serves.
 * @param {import('../types.js').DataContact} contact
 * @param {string} place where it serves, in the team's words
 */
function toConfirm(contact, place) {
  const facts = [];
  const number = numberToCall(contact);
  facts.push(number ? `répond au ${number}` : "pas de téléphone : confirmer qu'il existe");
  if (contact.address) {
    const { street, postalCode = '', city } = contact.address;
    facts.push(`adresse : ${street}, ${postalCode} ${city}`.replace(/\s+/g, ' '));
  }
  if (contact.hours) facts.push(`horaires : ${contact.hours}`);
  else if (contact.hoursText?.fr) facts.push(`horaires : ${contact.hoursText.fr}`);
  else facts.push('horaires : inconnus, les demander');
  facts.push(`sert : ${place}`);
  return facts.join(' ; ');
}

/**
 * Every published contact no person confirmed, oldest source first (then by id, so the sheet is
 * stable).
 * @param {Record<string, unknown>} data parsed files of data/ (checked)
 * @returns {CallSheetRow[]}
 */
export function callSheetRows(data) {
  /** @type {import('../types.js').DataGroup[]} */
  const groups = entriesOf(data['groups.json'], 'groups');
  const names = new Map(
    entriesOf(data['communes.json'], 'communes').map(
      (/** @type {import('../types.js').DataCommune} */ commune) => [commune.insee, commune.name],
    ),
  );
  return contactEntries(data)
    .filter(({ entry }) => entry.status === 'published' && !factsDate(entry).confirmed)
    .map(({ file, entry: contact }) => {
      const place = servedPlace(contact, groups, names);
      const [source] = contact.sources;
      return {
        file,
        id: contact.id,
        commune: place,
        name: contact.name.fr,
        number: numberToCall(contact) ?? '',
        toConfirm: toConfirm(contact, place),
        sourceDate: source.date,
        source: source.publisher?.fr ?? source.page ?? source.url ?? source.citation ?? '',
      };
    })
    .sort((a, b) => a.sourceDate.localeCompare(b.sourceDate) || a.id.localeCompare(b.id));
}

/**
 * The report's lines of the call sheet: one contact a line.
 * @param {CallSheetRow[]} rows
 */
export const callSheetLines = (rows) =>
  rows.map(
    (row) =>
      `${row.sourceDate} · ${row.commune} · ${row.name} (${row.id}) · ${row.number || 'no phone'} · ${row.toConfirm}`,
  );

/**
 * The sheet as CSV (comma-separated, UTF-8 with a byte-order mark so that a spreadsheet reads its
 * accents), with the columns to fill in left empty.
 * @param {CallSheetRow[]} rows
 */
export function callSheetCsv(rows) {
  const records = rows.map((row) => [
    row.id,
    row.commune,
    row.name,
    row.number,
    row.toConfirm,
    row.sourceDate,
    row.source,
    ...FILLED_COLUMNS.map(() => ''),
  ]);
  const lines = [[...GIVEN_COLUMNS, ...FILLED_COLUMNS], ...records].map((cells) =>
    cells.map(csvCell).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A CSV cell: quoted, quotes doubled, when it holds a comma, a quote or a line break.
 * @param {string} value
 */
const csvCell = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

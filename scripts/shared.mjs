// One data problem: where it is (file, entry, field), what is wrong and what would be right.
// Kept as objects so tests can match on the parts; formatted once, one line each, for the team.
import { isCodeHost } from '../src/data/provenance.js';

/**
 * @typedef {{ file: string, id: string, field: string, wrong: string, right: string }} Problem
 */

/**
 * An entry of a data file and where it is. `entry` is as read: the checks read it before the
 * schema has passed, field by field with `?.`; the other steps read it once data:check passed.
 * @typedef {{ file: string, entry: any, index: number }} FileEntry
 */

/**
 * @param {string} file
 * @param {string} id
 * @param {string} field
 * @param {string} wrong
 * @param {string} right
 * @returns {Problem}
 */
export const problem = (file, id, field, wrong, right) => ({ file, id, field, wrong, right });

/**
 * "data/contacts.json › cidff-lille › channels[0].number: … is wrong; … would be right"
 * @param {Problem} problem
 */
export const formatProblem = ({ file, id, field, wrong, right }) =>
  `data/${file} › ${id} › ${field}: ${wrong}; ${right}`;

/**
 * How an entry is named in a problem: its id, or its position when the id is missing.
 * @param {any} entry an entry as read, before the schema checked it
 * @param {number} index
 */
export const entryName = (entry, index) =>
  typeof entry?.id === 'string' && entry.id !== '' ? entry.id : `#${index + 1}`;

/**
 * A value as it appears in a message: strings quoted, the rest as JSON, long ones cut.
 * @param {unknown} value
 */
export function quote(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * A plain object: not null, not an array.
 * @param {unknown} value
 * @returns {boolean}
 */
export const isObject = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The list of entries of a data file: the file itself, or the list under its one key.
 * @param {unknown} content a parsed file, not checked yet
 * @param {string} [key]
 * @returns {any[]} its entries, as unchecked as the file: typed by callers that read checked data
 */
export function entriesOf(content, key) {
  const list = Array.isArray(content)
    ? content
    : /** @type {Record<string, unknown> | null | undefined} */ (content)?.[String(key)];
  return Array.isArray(list) ? list : [];
}

/**
 * The entries of a file that are objects, with their file and position. The schema reports the
 * others; skipping them here lets every other check run on malformed data without failing.
 * @param {Record<string, unknown>} data parsed files, keyed by file name
 * @param {string} file
 * @param {string} [key]
 * @returns {FileEntry[]}
 */
export const objectEntries = (data, file, key) =>
  entriesOf(data[file], key)
    .map((entry, index) => ({ file, entry, index }))
    .filter(({ entry }) => isObject(entry));

/**
 * Ids used twice, within a file or across files.
 * @param {FileEntry[]} entries
 * @returns {Problem[]}
 */
export function duplicateIds(entries) {
  const firstUse = new Map();
  const problems = [];
  for (const { file, entry, index } of entries) {
    if (typeof entry?.id !== 'string') continue;
    const first = firstUse.get(entry.id);
    if (first) {
      problems.push(
        problem(
          file,
          entry.id,
          'id',
          `is already the id of entry #${first.index + 1} of data/${first.file}`,
          'give each entry its own id',
        ),
      );
    } else firstUse.set(entry.id, { file, index });
  }
  return problems;
}

/**
 * A YYYY-MM-DD date, or null.
 * @param {unknown} value
 */
export const isoDate = (value) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/**
 * Nothing confirmed or published in the future: the date of the entry's `verification` and its
 * sources' dates that are after today, each as the field, what is wrong and what would be right.
 * @param {any} entry
 * @param {string} today YYYY-MM-DD, Europe/Paris
 * @returns {{ field: string, wrong: string, right: string }[]}
 */
export function futureDates(entry, today) {
  const dates = [
    ['verification.date', entry?.verification?.date, 'the day a person confirmed the facts'],
    ...(Array.isArray(entry?.sources) ? entry.sources : []).map(
      (/** @type {any} */ source, /** @type {number} */ index) => [
        `sources[${index}].date`,
        source?.date,
        "the page's date or the day it was read",
      ],
    ),
  ];
  return dates
    .filter(([, date]) => isoDate(date) && date > today)
    .map(([field, date, right]) => ({
      field,
      wrong: `${date} is in the future`,
      right: `${right}, ${today} at the latest`,
    }));
}

/**
 * What residents read of an entry's provenance must be true (SPEC, "Data"): no confirmation
 * dated after the release of the data (data/release.json), none on an entry still flagged « À
 * vérifier », and the source shown (the first) is its publisher's page, never a site that keeps
 * a copy of a file. Future dates are futureDates'.
 * @param {any} entry a contact, an answer or a situation
 * @param {{ released?: string | undefined, shown: boolean }} options the release date, if known; whether
 *   residents see the entry (a published contact, an answer, a situation)
 * @returns {{ field: string, wrong: string, right: string }[]}
 */
export function provenanceProblems(entry, { released, shown }) {
  const found = [];
  const date = isoDate(entry?.verification?.date);
  if (date && released && date > released) {
    found.push({
      field: 'verification.date',
      wrong: `${date} is after the release of the data (${released}, data/release.json)`,
      right:
        'a confirmation made before the list was published; move the release date in data/release.json when publishing a new list (npm run data:confirm does it)',
    });
  }
  if (isObject(entry?.verification) && ['medium', 'low'].includes(entry?.confidence)) {
    found.push({
      field: 'verification',
      wrong: `is there, but the confidence is ${quote(entry.confidence)}: the card says « À vérifier » and would also say it was confirmed`,
      right:
        'a confirmed contact is of "high" confidence, without confidenceNote nor residentNote (npm run data:confirm writes both); or remove the verification',
    });
  }
  const first = Array.isArray(entry?.sources) ? entry.sources[0] : undefined;
  if (shown && isObject(first)) {
    if (isCodeHost(first.page)) {
      found.push({
        field: 'sources[0].page',
        wrong: `${quote(first.page)} is a site that keeps copies of files, not a publisher's page`,
        right:
          'the publisher\'s own page, e.g. "https://lannuaire.service-public.fr/" for the annuaire de l\'administration',
      });
    } else if (isCodeHost(first.url) && first.page === undefined && !isObject(first.publisher)) {
      found.push({
        field: 'sources[0]',
        wrong: `is read at ${quote(first.url)}, a site that keeps copies of files, and names no publisher: residents would read nothing of where the facts come from`,
        right:
          'the publisher\'s own page in "page" (residents follow it; the copy\'s address stays in "url"), or at least "publisher": { "fr": "…", "en": "…", "ar": "…" }, which residents read without a link',
      });
    }
  }
  return found;
}

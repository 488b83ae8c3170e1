// One data problem: where it is (file, entry, field), what is wrong and what would be right.
// Kept as objects so tests can match on the parts; formatted once, one line each, for the team.

/**
 * @typedef {{ file: string, id: string, field: string, wrong: string, right: string }} Problem
 */

/** @returns {Problem} */
export const problem = (file, id, field, wrong, right) => ({ file, id, field, wrong, right });

/** "data/contacts.json › cidff-lille › channels[0].number: … is wrong; … would be right" */
export const formatProblem = ({ file, id, field, wrong, right }) =>
  `data/${file} › ${id} › ${field}: ${wrong}; ${right}`;

/** How an entry is named in a problem: its id, or its position when the id is missing. */
export const entryName = (entry, index) =>
  typeof entry?.id === 'string' && entry.id !== '' ? entry.id : `#${index + 1}`;

/** A value as it appears in a message: strings quoted, the rest as JSON, long ones cut. */
export function quote(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A plain object: not null, not an array. */
export const isObject = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The list of entries of a data file: the file itself, or the list under its one key. */
export function entriesOf(content, key) {
  const list = Array.isArray(content) ? content : content?.[key];
  return Array.isArray(list) ? list : [];
}

/**
 * The entries of a file that are objects, with their file and position. The schema reports the
 * others; skipping them here lets every other check run on malformed data without failing.
 * @param {Record<string, unknown>} data parsed files, keyed by file name
 * @param {string} file
 * @param {string} [key]
 * @returns {{ file: string, entry: any, index: number }[]}
 */
export const objectEntries = (data, file, key) =>
  entriesOf(data[file], key)
    .map((entry, index) => ({ file, entry, index }))
    .filter(({ entry }) => isObject(entry));

/**
 * Ids used twice, within a file or across files.
 * @param {{ file: string, entry: any, index: number }[]} entries
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

/** A YYYY-MM-DD date, or null. */
export const isoDate = (value) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/**
 * Nothing verified or published in the future: the entry's `verified` date and its sources' dates
 * that are after today, each as the field, what is wrong and what would be right.
 * @param {any} entry
 * @param {string} today YYYY-MM-DD, Europe/Paris
 * @returns {{ field: string, wrong: string, right: string }[]}
 */
export function futureDates(entry, today) {
  const dates = [
    ['verified', entry?.verified, 'the day the facts were collected'],
    ...(Array.isArray(entry?.sources) ? entry.sources : []).map((source, index) => [
      `sources[${index}].date`,
      source?.date,
      "the page's date or the day it was read",
    ]),
  ];
  return dates
    .filter(([, date]) => isoDate(date) && date > today)
    .map(([field, date, right]) => ({
      field,
      wrong: `${date} is in the future`,
      right: `${right}, ${today} at the latest`,
    }));
}

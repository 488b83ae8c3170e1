// Unités de gendarmerie accueillant du public (Ministère de l'Intérieur, data.gouv.fr): one CSV
// row each, with their hours, turned into plain records. Pure: text in, records out.
import {
  clockTime,
  DATA_GOUV,
  DAY_NAMES,
  dayIndex,
  INTERIEUR,
  interieurRecord,
  parseCsv,
  plain,
  PUBLISHERS_IN_WORDS,
  webAddresses,
} from './fields.mjs';

/** @type {import('../types.js').ImportSource} */
export const gendarmerie = {
  dataset:
    "Liste des unités de gendarmerie accueillant du public, comprenant leur géolocalisation et leurs horaires d'ouverture",
  publisher: INTERIEUR,
  page: `${DATA_GOUV}liste-des-unites-de-gendarmerie-accueillant-du-public-comprenant-leur-geolocalisation-et-leurs-horaires-douverture/`,
  inWords: PUBLISHERS_IN_WORDS.gendarmerie,
  read: readGendarmerie,
};

/** Gendarmerie units in the list that do not receive the public about an offence. */
const NOT_A_FRONT_DESK = /recrutement|motoris|autorout/i;

/**
 * Gendarmerie units: one CSV row each, identified by `identifiant_public_unite`.
 * @param {string} text the CSV file
 * @returns {import('../types.js').ImportRecord[]}
 */
function readGendarmerie(text) {
  return parseCsv(text)
    .filter((row) => !NOT_A_FRONT_DESK.test(row.service))
    .map((row) => ({
      ...interieurRecord(row, 'gendarmerie'),
      record: row.identifiant_public_unite,
      hours: gendarmerieHours(row),
      publicPage: webAddresses([row.url ?? '']).https[0] ?? null,
    }));
}

/**
 * A unit's hours: from the columns day by day (`lundi_plage1_debut`, …, `jours_feries_plage1_fin`)
 * when the file has them, else from the text of `horaires_accueil`
 * ("Lundi : 8h00-12h00 14h00-18h00 Mardi : …").
 * @param {Record<string, string>} row
 * @returns {import('../types.js').RecordHours | null}
 */
function gendarmerieHours(row) {
  if (Object.keys(row).some((column) => /^lundi_plage\d_debut$/.test(column))) {
    const ranges = (/** @type {string} */ prefix) =>
      [1, 2, 3]
        .map((i) => [
          clockTime(row[`${prefix}_plage${i}_debut`]),
          clockTime(row[`${prefix}_plage${i}_fin`]),
        ])
        .filter(([from, to]) => from && to);
    const week = DAY_NAMES.map(ranges);
    const holidays = ranges('jours_feries');
    if (week.every((day) => day.length === 0)) return null;
    // Only ranges with both ends were kept: no null is left.
    return /** @type {import('../types.js').RecordHours} */ ({
      week,
      holidays: holidays.length > 0 ? holidays : null,
      comments: [],
    });
  }
  return hoursFromText(row.horaires_accueil ?? '');
}

const DAY_LABEL =
  /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jours?\s+f[ée]ri[ée]s?)\s*:/gi;
const RANGE = /(\d{1,2}\s*h\s*\d{0,2})\s*(?:-|–|à)\s*(\d{1,2}\s*h\s*\d{0,2})/gi;

/**
 * Hours written as text, day by day. A day the text does not name is closed; a day whose text
 * says more than times ("sur rendez-vous") keeps that as a comment, so no hours are computed.
 * @param {string} text
 * @returns {import('../types.js').RecordHours | null}
 */
export function hoursFromText(text) {
  const labels = [...text.matchAll(DAY_LABEL)];
  if (labels.length === 0)
    return text.trim() ? { week: null, holidays: null, comments: [text.trim()] } : null;
  /** @type {(string | null)[][][]} */
  const week = DAY_NAMES.map(() => []);
  /** @type {(string | null)[][] | null} */
  let holidays = null;
  /** @type {string[]} */
  const comments = [];
  labels.forEach((label, i) => {
    const content = text.slice(label.index + label[0].length, labels[i + 1]?.index ?? text.length);
    const ranges = [...content.matchAll(RANGE)].map(([, from, to]) => [
      clockTime(from.replace(/\s/g, '')),
      clockTime(to.replace(/\s/g, '')),
    ]);
    const rest = plain(content.replace(RANGE, ''))
      .replace(/\b(et)\b/g, '')
      .trim();
    if (ranges.some(([from, to]) => !from || !to) || (rest && rest !== 'ferme')) {
      comments.push(`${label[1]} : ${content.trim()}`);
    }
    const valid = ranges.filter(([from, to]) => from && to);
    const day = dayIndex(label[1]);
    if (day >= 0) week[day].push(...valid);
    else holidays = valid;
  });
  // Only ranges with both ends were kept: no null is left.
  return /** @type {import('../types.js').RecordHours} */ ({ week, holidays, comments });
}

// Police services accueillant du public (Ministère de l'Intérieur, data.gouv.fr): one CSV row
// each, turned into the plain records the importer keeps or leaves out. Pure: text in, records out.
import { DATA_GOUV, INTERIEUR, interieurRecord, parseCsv, PUBLISHERS_IN_WORDS } from './fields.mjs';

/** @type {import('../types.js').ImportSource} */
export const police = {
  dataset: 'Liste des services de police accueillant du public avec géolocalisation',
  publisher: INTERIEUR,
  page: `${DATA_GOUV}liste-des-services-de-police-accueillant-du-public-avec-geolocalisation/`,
  inWords: PUBLISHERS_IN_WORDS.police,
  read: readPolice,
};

/**
 * Police services: one CSV row each, with no id of its own (the name and commune serve).
 * @param {string} text the CSV file
 * @returns {import('../types.js').ImportRecord[]}
 */
function readPolice(text) {
  return parseCsv(text).map((row) => ({
    ...interieurRecord(row, 'police'),
    record: `${row.code_commune_insee} ${row.service}`,
    hours: null,
    publicPage: null,
  }));
}

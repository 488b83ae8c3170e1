// Police services accueillant du public (Ministère de l'Intérieur, data.gouv.fr): one CSV row
// each, turned into the plain records the importer keeps or leaves out. Pure: text in, records out.
import {
  csvAddress,
  DATA_GOUV,
  emailAddresses,
  INTERIEUR,
  parseCsv,
  phoneNumbers,
  webAddresses,
} from './fields.mjs';

export const police = {
  dataset: 'Liste des services de police accueillant du public avec géolocalisation',
  publisher: INTERIEUR,
  page: `${DATA_GOUV}liste-des-services-de-police-accueillant-du-public-avec-geolocalisation/`,
  read: readPolice,
};

/** Police services: one CSV row each, with no id of its own (the name and commune serve). */
function readPolice(text) {
  return parseCsv(text).map((row) => ({
    record: `${row.code_commune_insee} ${row.service}`,
    kind: 'police',
    name: row.service,
    located: row.code_commune_insee,
    competence: [],
    phones: phoneNumbers(row.telephone),
    emails: emailAddresses([]),
    websites: webAddresses([]),
    address: csvAddress(row),
    hours: null,
    publicPage: null,
    modified: null,
  }));
}

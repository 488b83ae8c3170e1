// `npm run data:import -- competence <file> [--police <file>] [--gendarmerie <file>]`: the
// Interior Ministry's « Compétence territoriale gendarmerie et police nationales », one row per
// commune of France naming the police (PN) or gendarmerie (GN) service competent there, joined
// with the lists of police services and gendarmerie units that `data:import -- police` and
// `-- gendarmerie` read, which give each unit's phone, address and hours. One contact per unit,
// serving the communes of the metropolis it is competent for. Pure: texts and records in,
// records out.
import {
  DATA_GOUV,
  emailAddresses,
  INTERIEUR,
  parseCsv,
  phoneNumbers,
  plain,
  PUBLISHERS_IN_WORDS,
  webAddresses,
} from './fields.mjs';

/** @type {import('../types.js').ImportSource} */
export const competence = {
  dataset: 'Compétence territoriale gendarmerie et police nationales',
  publisher: INTERIEUR,
  page: `${DATA_GOUV}competence-territoriale-gendarmerie-et-police-nationales/`,
  inWords: PUBLISHERS_IN_WORDS.interieur,
  idPrefix: 'competence',
  read: readCompetence,
  summarise,
};

/**
 * What the import summary adds for this source: the joins to look at, the communes left.
 * @param {import('../types.js').KeptRecord[]} kept
 * @param {import('../types.js').DataCommune[]} communes
 */
function summarise(kept, communes) {
  const named = (/** @type {import('../types.js').KeptRecord} */ entry) =>
    `${entry.contact.id} (${entry.contact.name.fr})`;
  return [
    {
      title:
        'Units found in neither list given (--police, --gendarmerie): held, without phone nor address',
      lines: kept.filter(({ origin }) => !origin.joined).map(named),
    },
    {
      title: 'Police services joined by their commune, not by their name: check they are the same',
      lines: kept
        .filter(({ origin }) => origin.joined?.by === 'commune')
        .map((entry) => `${named(entry)} = police list « ${entry.origin.joined?.record} »`),
    },
    {
      title: 'Communes of the metropolis the file names no service for',
      lines: communes
        .filter(
          (commune) => !kept.some(({ contact }) => contact.scope.insee.includes(commune.insee)),
        )
        .map((commune) => `${commune.insee} ${commune.name}`),
    },
  ];
}

const COLUMNS = ['code_commune', 'institution', 'service'];

/**
 * A service the file names competent, with the communes it names it for.
 * @typedef {{ key: string, institution: string, id: string, name: string, codes: string[] }} CompetentService
 */

/**
 * @param {string} text the competence file (";"- or ","-separated, read by column name)
 * @param {Record<string, import('../types.js').ImportRecord[]>} [lists] the records that the police and
 *   gendarmerie readers made of the lists given with --police and --gendarmerie
 * @returns {import('../types.js').ImportRecord[]} one record per competent service, with `competence` its communes, and
 *   `joined` saying which list gave its contacts (null when none did)
 */
export function readCompetence(text, lists = {}) {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const delimiter = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
  const rows = parseCsv(text, delimiter);
  const missing = COLUMNS.filter((column) => rows.length > 0 && !(column in rows[0]));
  if (missing.length > 0) throw new Error(`no column ${missing.join(', ')}`);
  /** @type {Map<string, CompetentService>} */
  const services = new Map();
  for (const row of rows) {
    const institution = row.institution.toUpperCase();
    if (institution !== 'PN' && institution !== 'GN') continue;
    const key = `${institution}-${row.id_service || plain(row.service).replace(/ /g, '-')}`;
    if (!services.has(key)) {
      services.set(key, { key, institution, id: row.id_service, name: row.service, codes: [] });
    }
    const code = row.code_commune.padStart(5, '0');
    const service = /** @type {CompetentService} */ (services.get(key));
    if (!service.codes.includes(code)) service.codes.push(code);
  }
  return [...services.values()].map((service) => {
    const unit = joinUnit(service, lists);
    return {
      record: service.key,
      legacyRecord: null,
      kind: service.institution === 'PN' ? 'police' : 'gendarmerie',
      name: unit?.record.name || service.name,
      located: unit?.record.located ?? null,
      competence: service.codes,
      phones: unit?.record.phones ?? phoneNumbers([]),
      emails: unit?.record.emails ?? emailAddresses([]),
      websites: unit?.record.websites ?? webAddresses([]),
      address: unit?.record.address ?? null,
      hours: unit?.record.hours ?? null,
      publicPage: unit?.record.publicPage ?? null,
      modified: null,
      joined: unit ? { list: unit.list, by: unit.by, record: unit.record.record } : null,
      label: `service ${service.name} (${service.institution}${service.id ? `, id_service ${service.id}` : ''})${
        unit
          ? `, joint à la liste ${unit.list === 'police' ? 'des services de police' : 'des unités de gendarmerie'}`
          : ''
      }`,
    };
  });
}

/**
 * The unit of the police or gendarmerie list that a competent service is: a gendarmerie unit by
 * its identifier (`id_service` = `identifiant_public_unite`); a police service, which the police
 * list gives no identifier, by its name, else as the only police service located in one of the
 * communes it serves.
 * @param {CompetentService} service
 * @param {Record<string, import('../types.js').ImportRecord[]>} lists
 */
function joinUnit(service, lists) {
  if (service.institution === 'GN') {
    const record = (lists.gendarmerie ?? []).find(
      (unit) => service.id && String(unit.record) === String(service.id),
    );
    return record ? { list: 'gendarmerie', by: 'identifiant', record } : null;
  }
  const police = lists.police ?? [];
  const byName = police.filter((unit) => plain(unit.name) === plain(service.name));
  if (byName.length === 1) return { list: 'police', by: 'nom', record: byName[0] };
  const inCommunes = police.filter((unit) =>
    service.codes.includes(/** @type {string} */ (unit.located)),
  );
  if (inCommunes.length === 1) return { list: 'police', by: 'commune', record: inCommunes[0] };
  return null;
}

// `npm run data:import -- annuaire-2019 <file>`: the 2019 export of the annuaire de
// l'administration's local data, as it was published for madada.fr (github:okfnfr/
// dada-france-authorities) — one CSV row per place, `#id` = type-INSEE-nn ("mairie-59512-01"),
// and the address and phones in one `notes` text:
// "Adresse : 17 Grand'place - BP 737,59100,Roubaix | Tél : 03 20 66 46 00 | Fax : 03 20 66 46 99"
// (a few rows, those with a contact form instead of an e-mail, write it
// "Place Jean-Delvainquière,59150,Wattrelos- Tél : 03 20 81 66 66- Fax : …").
// Fax numbers are never read; an e-mail that looks like a person's name is left out. Pure.
import {
  ANNUAIRE_SITE,
  emailAddresses,
  parseCsv,
  phoneNumbers,
  PUBLISHERS_IN_WORDS,
  webAddresses,
} from './fields.mjs';

/**
 * The export's types of place that are first doors or help against violence.
 * @type {Record<string, string>}
 */
export const ANNUAIRE_2019_KINDS = {
  mairie: 'mairie',
  gendarmerie: 'gendarmerie',
  commissariat_police: 'police',
  mjd: 'justice',
  permanence_juridique: 'justice',
  cidf: 'cidff',
};

/** @type {import('../types.js').ImportSource} */
export const annuaire2019 = {
  dataset: "Annuaire de l'administration, export de 2019",
  publisher: 'DILA, fichiers publiés par Open Knowledge France pour madada.fr',
  page: 'https://github.com/okfnfr/dada-france-authorities',
  // The files are a copy kept on a code-hosting site: residents are sent to the annuaire itself.
  shownPage: ANNUAIRE_SITE,
  inWords: PUBLISHERS_IN_WORDS.annuaire,
  idPrefix: 'annuaire-2019',
  read: readAnnuaire2019,
  /** What residents read on every contact of a file this old (see data/README.md). */
  oldFileNote: (year) => ({
    fr: `Numéro de l'annuaire officiel, ${year} : il peut avoir changé.`,
    en: `Number from the official directory, ${year}: it may have changed.`,
    ar: `رقم من الدليل الرسمي لعام ${year}: ربما تغيّر.`,
  }),
};

const ID = /^([a-z_]+)-(\d[\dab]\d{3})-(\d{2})$/i;

/**
 * The rows of the export whose type is one of ANNUAIRE_2019_KINDS, as the importers' records.
 * The file is comma-separated; a first column that is not of the export (such as `source_file`)
 * is ignored, and so is a `request_email` column's personal-looking address.
 * @param {string} text the CSV export
 * @returns {import('../types.js').ImportRecord[]}
 */
export function readAnnuaire2019(text) {
  const rows = parseCsv(text, ',');
  if (rows.length > 0 && !('#id' in rows[0] || 'id' in rows[0]) && !('notes' in rows[0])) {
    throw new Error('no "#id" nor "notes" column: not the 2019 export');
  }
  return rows.flatMap((row) => {
    const id = (row['#id'] ?? row.id ?? '').trim();
    const match = ID.exec(id);
    if (!match) return [];
    const [, type, insee] = match;
    const kind = ANNUAIRE_2019_KINDS[type.toLowerCase()];
    if (!kind) return [];
    const notes = parseNotes(row.notes ?? '');
    const name = cleanName(row.name ?? '');
    return [
      {
        record: id,
        legacyRecord: null,
        kind,
        name,
        names: (commune) => namesOf(type.toLowerCase(), name, commune),
        located: insee,
        competence: [],
        phones: phoneNumbers(notes.phone),
        emails: emailAddresses(row.request_email ?? ''),
        websites: webAddresses([row.home_page ?? '']),
        address: notes.address,
        hours: null,
        publicPage: null,
        modified: null,
        label: `fiche ${id}`,
      },
    ];
  });
}

/**
 * "Adresse : street,CP,Ville | Tél : … | Fax : …" → { address, phone }. The street may hold
 * commas ("174, rue Gabriel-Péri"): the postal code and town are the last two parts. The fax is
 * never kept.
 * @param {string} notes
 */
export function parseNotes(notes) {
  const text = notes.replace(/\s+/g, ' ').trim();
  const tel = /(?:\||-)?\s*T[ée]l\s*:/i.exec(text);
  const fax = /(?:\||-)?\s*Fax\s*:/i.exec(text);
  const addressText = text
    .slice(0, tel?.index ?? fax?.index ?? text.length)
    .replace(/^Adresse\s*:\s*/i, '')
    .trim();
  const phone = tel
    ? text
        .slice(tel.index + tel[0].length, fax && fax.index > tel.index ? fax.index : text.length)
        .trim()
    : '';
  const parts = addressText.split(',').map((part) => part.trim());
  /** @type {{ street: string, postalCode: string, city: string } | null} */
  let address = null;
  if (parts.length >= 3 && /^\d{5}$/.test(/** @type {string} */ (parts.at(-2)))) {
    address = {
      street: tidyStreet(parts.slice(0, -2).join(', ')),
      postalCode: /** @type {string} */ (parts.at(-2)),
      city: /** @type {string} */ (parts.at(-1)),
    };
  } else if (addressText) address = { street: tidyStreet(addressText), postalCode: '', city: '' };
  return { address, phone };
}

/** "Hôtel de Ville - Place Augustin-Laurent - CS 30667" → "Hôtel de Ville, Place Augustin-Laurent, CS 30667" */
const tidyStreet = (/** @type {string} */ street) => street.replace(/\s+-\s+/g, ', ').trim();

/**
 * The record's name without the export's codes: "… - Lille 59350-01" → "… - Lille",
 * "Point d'accès au droit de Lille - LILLE CEDEX 59350-03" → "Point d'accès au droit de Lille".
 * @param {string} name
 */
export function cleanName(name) {
  return name
    .replace(/\s+/g, ' ')
    .replace(/\s+\d[\dab]\d{3}-\d{2}$/i, '')
    .replace(/\s+-\s+[A-Z' -]+CEDEX$/, '')
    .trim();
}

/** Places whose "h" is elided, as the annuaire writes them ("Mairie d'Hem"). */
const ELIDED_H = /^(Hem|Hellemmes)\b/;

/**
 * "de Lille", "d'Armentières", "du Maisnil", "de La Bassée", "d'Hem".
 * @param {string} place
 */
export function ofPlace(place) {
  if (/^Le\s/.test(place)) return `du ${place.slice(3)}`;
  if (/^Les\s/.test(place)) return `des ${place.slice(4)}`;
  return /^[AEIOUYÉÈÊÂÎŒ]/i.test(place) || ELIDED_H.test(place) ? `d'${place}` : `de ${place}`;
}

/**
 * A place's name in French, and in English and Arabic as what it is followed by its French name,
 * which residents will see on the door and in letters ("Town hall (Mairie de Roubaix)").
 * @param {string} type the export's type of place, lower case
 * @param {string} recordName
 * @param {import('../types.js').DataCommune | undefined} commune
 * @returns {import('../types.js').LocalizedText}
 */
function namesOf(type, recordName, commune) {
  // A split has a last part, whatever the text.
  const town = /** @type {string} */ (commune?.name ?? recordName.split(' - ').at(-1));
  let fr;
  if (type === 'mairie') {
    const associated = /^Mairie associée - (.+)$/.exec(recordName);
    fr = associated ? `Mairie associée ${ofPlace(associated[1])}` : `Mairie ${ofPlace(town)}`;
  } else if (type === 'gendarmerie') {
    fr = `Brigade de gendarmerie ${ofPlace(town)}`;
  } else if (type === 'cidf') {
    fr = `CIDFF ${ofPlace(town)}`;
  } else fr = recordName;
  const what = NAME_KINDS[type];
  return { fr, en: `${what.en} (${fr})`, ar: `${what.ar} (${fr})` };
}

/** @type {Record<string, { en: string, ar: string }>} */
const NAME_KINDS = {
  mairie: { en: 'Town hall', ar: 'دار البلدية' },
  gendarmerie: { en: 'Gendarmerie station', ar: 'مركز الدرك' },
  commissariat_police: { en: 'Police station', ar: 'مركز الشرطة' },
  mjd: { en: 'Justice and law centre', ar: 'دار العدالة والقانون' },
  permanence_juridique: { en: 'Legal advice point', ar: 'نقطة الاستشارة القانونية' },
  cidf: {
    en: "Women's and families' rights information centre",
    ar: 'مركز الإعلام حول حقوق النساء والأسر',
  },
};

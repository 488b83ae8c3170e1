// `npm run data:import -- annuaire-2016 <file> --date 2016-02-26`: the annuaire de
// l'administration's local data as converted in February 2016 (github:cquest/
// annuaire-services-publics, files data/annuaire-<département>.sjson): one JSON object a line,
// `id` = type-INSEE-nn ("mairie-59163-01"), `type`, `codeinsee`, `nom`, `contact_phone`
// ("+33 3 20 28 52 52"), `contact_email`, `website` (a list), `writeAddress` ({ streetAddress: [
// … ], postalCode, addressLocality }), `update` (the record's last update, "2015-08-12").
// No hours and no list of the communes a unit serves. The fax is never read.
//
// The file is older than the 2019 export and than the team's own sources: it fills the doors the
// newer data lacks and nothing else. A record is published only when no newer contact is the same
// door: the same record in a newer import, or a published door of its kind in its commune
// (`settle`, run by main.mjs against the rest of data/). What it does not publish stays in the
// file, held, with the newer contact named, so the report shows both. Pure.
import {
  ANNUAIRE_SITE,
  emailAddresses,
  phoneNumbers,
  plain,
  PUBLISHERS_IN_WORDS,
  webAddresses,
} from './fields.mjs';
import { cleanName, ofPlace } from './annuaire-2019.mjs';

/**
 * The record types that are first doors, and what each is for the directory (sources.mjs KINDS).
 * @type {Record<string, string>}
 */
export const ANNUAIRE_2016_KINDS = {
  mairie: 'mairie',
  mairie_com: 'mairie',
  commissariat_police: 'police',
  gendarmerie: 'gendarmerie',
  mjd: 'justice',
  permanence_juridique: 'justice',
  bav: 'victimes',
};

/**
 * Record types never published from this file whatever the gaps, with the team's reason: the
 * court's victim bureau serves the communes of the court's district, a list no source found.
 * @type {Record<string, string>}
 */
const NEVER_PUBLISHED = {
  bav: "Le bureau d'aide aux victimes du tribunal sert les communes du ressort du tribunal, dont aucune source trouvée ne donne la liste ; son numéro est le standard du tribunal. Gardé hors du widget tant que ses communes ne sont pas établies.",
};

/** Newer imports of the same annuaire: a record they hold is theirs to publish. */
const NEWER_IMPORTS = ['annuaire-2019', 'annuaire'];

/** @type {import('../types.js').ImportSource} */
export const annuaire2016 = {
  dataset: "Annuaire de l'administration, données locales de février 2016",
  publisher:
    "DILA, données locales de l'annuaire converties par un contributeur d'OpenStreetMap France",
  page: 'https://github.com/cquest/annuaire-services-publics',
  // The file is a copy kept on a code-hosting site: residents are sent to the annuaire itself.
  shownPage: ANNUAIRE_SITE,
  inWords: PUBLISHERS_IN_WORDS.annuaire,
  idPrefix: 'annuaire-2016',
  read: readAnnuaire2016,
  /** What residents read on every contact of this file (see data/README.md). */
  oldFileNote: (year) => ({
    fr: `Numéro de l'annuaire officiel, ${year} : il peut avoir changé.`,
    en: `Number from the official directory, ${year}: it may have changed.`,
    ar: `رقم من الدليل الرسمي لعام ${year}: ربما تغيّر.`,
  }),
  settle: settleAnnuaire2016,
  summarise: (kept) => [
    {
      title:
        'Held: a newer contact is the same door, no phone, another record fills the gap, or the communes served are not known',
      lines: kept
        .filter(({ contact }) => contact.status === 'held')
        .map(({ contact }) => `${contact.id} (${contact.name.fr})`),
    },
  ],
};

const ID = /^([a-z_]+)-(\d[\dab]\d{3})-(\d{2})$/i;

/**
 * The lines of an sjson file whose type is one of ANNUAIRE_2016_KINDS, as the importers' records.
 * Blank lines are skipped; a line that is not a JSON object is an error that names it.
 * @param {string} text
 * @returns {import('../types.js').ImportRecord[]}
 */
export function readAnnuaire2016(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  /** @type {import('../types.js').ImportRecord[]} */
  const records = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    /** @type {any} a line of the file, as read */
    let row;
    try {
      row = JSON.parse(line);
    } catch (error) {
      throw new Error(
        `line ${index + 1} is not JSON (${error instanceof Error ? error.message : error}): not an sjson file of the annuaire`,
      );
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row) || !('id' in row)) {
      throw new Error(`line ${index + 1} is not a record with an "id": not the 2016 annuaire`);
    }
    const id = String(row.id).trim();
    const match = ID.exec(id);
    const type = String(row.type ?? match?.[1] ?? '').toLowerCase();
    const kind = ANNUAIRE_2016_KINDS[type];
    if (!kind) return;
    const address = writeAddress(row.writeAddress);
    const name = cleanName(String(row.nom ?? ''));
    records.push({
      record: id,
      legacyRecord: null,
      type,
      kind,
      name,
      names: (commune) => namesOf(type, name, commune),
      located: String(row.codeinsee ?? match?.[2] ?? ''),
      competence: [],
      phones: phoneNumbers(row.contact_phone ?? ''),
      emails: emailAddresses(row.contact_email ?? ''),
      websites: webAddresses(Array.isArray(row.website) ? row.website : [row.website ?? '']),
      address,
      hours: null,
      publicPage: null,
      modified: /^\d{4}-\d{2}-\d{2}$/.test(row.update ?? '') ? row.update : null,
      label: `fiche ${id}${row.update ? ` (mise à jour le ${row.update})` : ''}`,
    });
  });
  return records;
}

/**
 * `writeAddress`: the street lines joined ("Maison de la Médiation, 72 Chaussée…"), the postal
 * code and the town as written; null without a street.
 * @param {any} value the record's field, as read
 */
function writeAddress(value) {
  if (value === null || typeof value !== 'object') return null;
  const lines = (Array.isArray(value.streetAddress) ? value.streetAddress : [value.streetAddress])
    .map((/** @type {unknown} */ line) => String(line ?? '').trim())
    .filter(Boolean);
  if (lines.length === 0) return null;
  return {
    street: lines.join(', '),
    postalCode: String(value.postalCode ?? '').trim(),
    city: String(value.addressLocality ?? '').trim(),
  };
}

/**
 * The kinds' names in English and Arabic, followed by the French one, as the 2019 import does.
 * @type {Record<string, { en: string, ar: string }>}
 */
const NAME_KINDS = {
  mairie: { en: 'Town hall', ar: 'دار البلدية' },
  mairie_com: { en: 'Town hall', ar: 'دار البلدية' },
  gendarmerie: { en: 'Gendarmerie station', ar: 'مركز الدرك' },
  commissariat_police: { en: 'Police station', ar: 'مركز الشرطة' },
  mjd: { en: 'Justice and law centre', ar: 'دار العدالة والقانون' },
  permanence_juridique: { en: 'Legal advice point', ar: 'نقطة الاستشارة القانونية' },
  bav: { en: 'Victim support office', ar: 'مكتب مساعدة الضحايا' },
};

/**
 * "Mairie de Croix", "Brigade de gendarmerie d'Annœullin"; a commissariat or a legal advice
 * point keeps the record's name, without the police's internal grade ("subdivisionnaire", "de
 * division") and with the commune's spelling ("Mons-en-Baroeuil" → "Mons-en-Barœul",
 * "Villeneuve D’Ascq" → "Villeneuve-d'Ascq").
 * @param {string} type the record's type of place
 * @param {string} recordName
 * @param {import('../types.js').DataCommune | undefined} commune
 * @returns {import('../types.js').LocalizedText}
 */
function namesOf(type, recordName, commune) {
  const town = commune?.name;
  let fr = recordName
    .replace(/\s{2,}/g, ' ')
    .replace(
      /^Commissariat (?:subdivisionnaire|de division - commissariat) de police /,
      'Commissariat de police ',
    );
  if ((type === 'mairie' || type === 'mairie_com') && town) fr = `Mairie ${ofPlace(town)}`;
  else if (type === 'gendarmerie' && town) fr = `Brigade de gendarmerie ${ofPlace(town)}`;
  else if (town) fr = withTown(fr, town);
  const what = NAME_KINDS[type];
  return { fr, en: `${what.en} (${fr})`, ar: `${what.ar} (${fr})` };
}

/**
 * The name with the commune's own spelling in place of the record's, when the name ends with
 * the town ("… de Mons-en-Baroeuil"); the record's "d'" is kept ("… d'Halluin").
 * @param {string} name
 * @param {string} town
 */
function withTown(name, town) {
  const starts = (/** @type {string} */ text) =>
    plain(text).slice(0, 4) === plain(town).slice(0, 4);
  const joints = [...name.matchAll(/\s(de\s|d['’]\s?)/g)];
  for (const joint of joints.reverse()) {
    const tail = name.slice(joint.index + joint[0].length);
    if (!starts(tail)) continue;
    const elided = /^d/.test(joint[1]) && !/^de\s/.test(joint[1]);
    return `${name.slice(0, joint.index)} ${elided ? `d'${town}` : ofPlace(town)}`;
  }
  return name;
}

/**
 * Holds what newer data already covers, so that this file only fills gaps: a record that a newer
 * import of the annuaire also holds (that one is published, and the two differ at most by age), a
 * door of a kind its commune already has published from elsewhere, a door without a phone, a second door of the same kind
 * and commune in this file (the first record, "-01", fills the gap), and the kinds never
 * published from this file. The held contact keeps its facts and says which newer contact wins, and how the
 * two differ, for the team's report.
 * @param {import('../types.js').KeptRecord[]} kept
 *   buildContacts' output for this file (changed in place: held contacts get status and notes)
 * @param {import('../types.js').NewerData} newer
 *   the other published contacts of data/ (group scopes resolved, overrides applied), and the
 *   entries of the newer imports of the annuaire by source
 * @returns {string[]} one line per record held or compared, for the import's summary
 */
export function settleAnnuaire2016(kept, newer) {
  /** @type {string[]} */
  const lines = [];
  /**
   * The doors this file publishes, so that it fills each gap once ("kind insee").
   * @type {Map<string, string>}
   */
  const filled = new Map();
  for (const entry of kept) {
    const { contact, origin } = entry;
    if (contact.status !== 'published') continue;
    /** @type {string[]} */
    const reasons = [];
    const same = NEWER_IMPORTS.flatMap((source) =>
      (newer.imports[source] ?? []).filter(
        (other) => other.record === entry.record || other.legacyRecord === entry.record,
      ),
    )[0];
    if (same) {
      const differences = compare(contact, same.contact);
      reasons.push(
        `La fiche de même identifiant (${entry.record}) est dans un import plus récent : ${same.contact.id}, qui prévaut${differences.length > 0 ? ` ; en 2016 ${differences.join(', ')}` : ' ; mêmes téléphone et adresse'}.`,
      );
      lines.push(`${contact.id} → ${same.contact.id}: ${differences.join(', ') || 'same'}`);
    } else if (NEVER_PUBLISHED[String(origin.type)]) {
      reasons.push(NEVER_PUBLISHED[String(origin.type)]);
      lines.push(`${contact.id}: never published from this file`);
    } else if (
      contact.firstDoor &&
      !contact.channels?.some((/** @type {{ type: string }} */ channel) => channel.type === 'tel')
    ) {
      reasons.push(
        "Sans téléphone : une permanence de ce fichier, sans numéro ni jours d'ouverture, enverrait quelqu'un à une adresse de 2015 sans pouvoir appeler avant.",
      );
      lines.push(`${contact.id}: no phone`);
    } else if (contact.firstDoor) {
      const doors = newer.contacts.filter(
        (other) =>
          other.status === 'published' &&
          other.firstDoor === contact.firstDoor &&
          other.scope.type === 'communes' &&
          contact.scope.insee.some((/** @type {string} */ insee) =>
            other.scope.insee.includes(insee),
          ),
      );
      if (doors.length > 0) {
        reasons.push(
          `Ses communes ont déjà une porte de ce type publiée, d'une source plus récente : ${doors.map((other) => other.id).join(', ')}.`,
        );
        lines.push(`${contact.id}: the commune already has ${doors.map((o) => o.id).join(', ')}`);
      } else {
        const first = contact.scope.insee
          .map((/** @type {string} */ insee) => filled.get(`${contact.firstDoor} ${insee}`))
          .find(Boolean);
        if (first) {
          reasons.push(
            `Un autre service de ce fichier est déjà la porte de sa commune (${first}) : le fichier ne comble un manque qu'une fois, et ce bureau de 2016 a pu fermer depuis.`,
          );
          lines.push(`${contact.id}: this file already gives ${first}`);
        } else {
          for (const insee of contact.scope.insee)
            filled.set(`${contact.firstDoor} ${insee}`, contact.id);
        }
      }
    }
    if (reasons.length === 0) continue;
    contact.status = 'held';
    contact.confidenceNote = {
      // Why it is held first: the report cuts long notes.
      fr: [...reasons, contact.confidenceNote?.fr].filter(Boolean).join(' '),
    };
    if (contact.confidence === 'high') contact.confidence = 'medium';
  }
  return lines;
}

/**
 * How a 2016 contact differs from the newer one of the same record, in the team's words.
 * @param {Record<string, any>} old
 * @param {Record<string, any>} current
 */
function compare(old, current) {
  /** @param {Record<string, any>} contact */
  const phones = (contact) =>
    (contact.channels ?? [])
      .filter((/** @type {import('../types.js').DataChannel} */ channel) => channel.type === 'tel')
      .map((/** @type {{ number: string }} */ channel) => channel.number)
      .join(' / ');
  const street = (/** @type {Record<string, any>} */ contact) => contact.address?.street ?? '';
  /** @type {string[]} */
  const differences = [];
  if (phones(old) !== phones(current))
    differences.push(
      `téléphone ${phones(old) || 'aucun'} (plus récent : ${phones(current) || 'aucun'})`,
    );
  if (street(old) !== street(current))
    differences.push(`adresse « ${street(old)} » (plus récente : « ${street(current)} »)`);
  return differences;
}

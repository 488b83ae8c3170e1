// The pieces of an official record that every importer turns into the project's fields: CSV
// rows, phone numbers, e-mail addresses, web addresses, communes, and opening hours written
// day by day that become one `opening_hours` value. Pure.
import { parse } from 'csv-parse/sync';
import { normaliseText } from '../../src/search/fold.js';
import { normalisePhone } from '../data/phone.mjs';

/**
 * Rows of a CSV text as objects keyed by the header's column names, read by csv-parse: quoted
 * fields may hold the delimiter, quotes doubled and line breaks; a byte-order mark and CRLF line
 * ends are accepted. Blank rows are skipped, names and values trimmed, missing values empty.
 * @param {string} text
 * @param {string} delimiter ";" for the data.gouv.fr lists
 */
export function parseCsv(text, delimiter = ';') {
  /** @type {string[][]} */
  const rows = parse(text, {
    delimiter,
    bom: true,
    // A quote inside a field is a character, as the lists write "l'unité dite \"X\"".
    relax_quotes: true,
    relax_column_count: true,
    // Line ends as they come, even mixed in one file.
    record_delimiter: ['\r\n', '\n', '\r'],
  });
  const [header = [], ...body] = rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
  const columns = header.map((name) => name.trim());
  return body.map((cells) =>
    Object.fromEntries(columns.map((name, i) => [name, (cells[i] ?? '').trim()])),
  );
}

/**
 * Folded as the widget's search folds (src/search/fold.js), then Latin letters and digits only,
 * for ids and comparisons: "Villeneuve-d'Ascq" → "villeneuve d ascq".
 * @param {unknown} text
 */
export const plain = (text) =>
  normaliseText(String(text ?? ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * An id made of a text: "Brigade de Quesnoy-sur-Deûle" → "brigade-de-quesnoy-sur-deule".
 * @param {unknown} text
 */
export const slug = (text) => plain(text).replace(/ /g, '-');

/**
 * The phone numbers of a field that may hold several ("03 20 … / 03 20 …", "+33 3 20 …"), as
 * the digits data/ uses; what is not a ten-digit French number in service (a short code such as
 * 17 is nobody's own number) is returned apart.
 * @param {string | string[]} field
 */
export function phoneNumbers(field) {
  /** @type {string[]} */
  const numbers = [];
  /** @type {string[]} */
  const rejected = [];
  const parts = (Array.isArray(field) ? field : [field])
    .flatMap((text) => String(text ?? '').split(/[;,/]|\bou\b|\bet\b/))
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) {
    const digits = part.replace(/^\+33\s*(\(0\))?/, '0').replace(/\D/g, '');
    if (/^0\d{9}$/.test(digits) && normalisePhone(digits)) {
      if (!numbers.includes(digits)) numbers.push(digits);
    } else rejected.push(part);
  }
  return { numbers, rejected };
}

/** Words that name a service rather than a person in an e-mail address. */
const SERVICE_WORDS =
  /^(accueil|contact|mairie|ville|ccas|cias|social|secretariat|info|infos|direction|service|services|police|gendarmerie|justice|mjd|cdad|aide|victimes|standard|courrier|etat|civil|population|public)$/;

/**
 * E-mail addresses of a field (a list, or one text with ";"), without those that look like a
 * person's name ("prenom.nom@…"): the data names roles, never people.
 * @param {unknown} field a list, or one text, as read
 */
export function emailAddresses(field) {
  /** @type {string[]} */
  const addresses = [];
  /** @type {string[]} */
  const personal = [];
  const list = (Array.isArray(field) ? field : [field])
    .flatMap((text) => String(text ?? '').split(/[;,\s]+/))
    .map((text) => text.trim())
    .filter((text) => /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(text));
  for (const address of list) {
    const words = address.split('@')[0].toLowerCase().split(/[._-]/);
    const looksPersonal =
      words.length === 2 &&
      words.every((word) => /^[a-z]+$/.test(word)) &&
      !words.some((word) => SERVICE_WORDS.test(word));
    (looksPersonal ? personal : addresses).push(address);
  }
  return { addresses: [...new Set(addresses)], personal };
}

/**
 * Web addresses a contact may link to: https: only. An http: address is returned apart and never
 * rewritten as https:, since nobody checked that the site answers there.
 * @param {unknown[]} list as read
 */
export function webAddresses(list) {
  /** @type {string[]} */
  const https = [];
  /** @type {string[]} */
  const other = [];
  for (const url of list.map((value) => String(value ?? '').trim()).filter(Boolean)) {
    (/^https:\/\/\S+$/.test(url) && URL.canParse(url) ? https : other).push(url);
  }
  return { https: [...new Set(https)], other };
}

/**
 * The commune of the metropolis an INSEE code names: a commune's own code, or the former code of
 * an associated commune ("59355" Lomme → Lille). Undefined outside the 95 communes.
 * @param {string | null} code
 * @param {import('../types.js').DataCommune[]} communes
 */
export function metropolisCommune(code, communes) {
  return communes.find(
    (commune) =>
      commune.insee === code || commune.formerCodes?.includes(/** @type {string} */ (code)),
  );
}

/**
 * How a record's town is written in an address: the official name when the record's spelling is
 * the same name in capitals or without accents ("VILLENEUVE D ASCQ"), else the record's own;
 * "Cedex" is kept after it.
 * @param {string | undefined} recordCity
 * @param {import('../types.js').DataCommune | undefined} commune
 */
export function cityName(recordCity, commune) {
  const names = /** @type {string[]} */ (
    [commune?.name, ...(commune?.aliases ?? [])].filter(Boolean)
  );
  // A file may have lost the "œ" of a name ("Annullin"), and a postal address ends in "Cedex".
  const town = String(recordCity ?? '').replace(/\s+cedex$/i, '');
  const cedex = town !== (recordCity ?? '') ? ' Cedex' : '';
  const same = names.find(
    (name) => plain(name) === plain(town) || plain(name.replace(/œ/gi, '')) === plain(town),
  );
  if (same) return `${same}${cedex}`;
  return recordCity ? recordCity : commune?.name;
}

export const DAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/**
 * "8h00", "08h", "08:00:00", "8:30" → "08:00"; anything else → null.
 * @param {string | undefined} text
 * @returns {string | null}
 */
export function clockTime(text) {
  const match = /^(\d{1,2})\s*[h:]\s*(\d{2})?(?::\d{2})?$/i.exec(String(text ?? '').trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * One `opening_hours` value from hours given day by day.
 * @param {string[][][]} week index 0 = Monday: that day's [from, to] ranges, "HH:MM"
 * @param {string[][] | null} holidays the public holidays' ranges ([] when closed), or null when
 *   the source does not say: then "PH off", and the caller says so in hoursText
 */
export function openingHoursValue(week, holidays) {
  const byDay = week.map((ranges) =>
    ranges
      .map(([from, to]) => `${from}-${to === '00:00' ? '24:00' : to}`)
      .sort()
      .join(','),
  );
  const rules = [];
  const done = new Set();
  for (let day = 0; day < 7; day += 1) {
    if (done.has(day) || byDay[day] === '') continue;
    const same = byDay.flatMap((hours, other) => (hours === byDay[day] ? [other] : []));
    same.forEach((other) => done.add(other));
    rules.push(`${dayList(same)} ${byDay[day]}`);
  }
  if (rules.length === 0) return null;
  const allDay = byDay.every((hours) => hours === '00:00-24:00');
  const holidayRule =
    holidays === null || holidays.length === 0
      ? 'PH off'
      : `PH ${holidays.map(([from, to]) => `${from}-${to === '00:00' ? '24:00' : to}`).join(',')}`;
  if (allDay && holidays?.length === 1 && holidays[0].join('-') === '00:00-24:00') return '24/7';
  return `${rules.join('; ')}; ${holidayRule}`;
}

/**
 * [0, 1, 2, 4] → "Mo-We,Fr"
 * @param {number[]} days
 */
function dayList(days) {
  /** @type {[number, number][]} */
  const runs = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last[1] === day - 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs
    .map(([from, to]) =>
      from === to
        ? OSM_DAYS[from]
        : to === from + 1
          ? `${OSM_DAYS[from]},${OSM_DAYS[to]}`
          : `${OSM_DAYS[from]}-${OSM_DAYS[to]}`,
    )
    .join(',');
}

/**
 * "lundi", "Lundi", "LUNDI" → 0 … "dimanche" → 6; else -1.
 * @param {string} name
 */
export const dayIndex = (name) => DAY_NAMES.indexOf(plain(name));

export const DATA_GOUV = 'https://www.data.gouv.fr/fr/datasets/';
export const INTERIEUR = "Ministère de l'Intérieur";

/**
 * Who published a file, in residents' words, as the card reads it after « D'après »
 * ("According to"), in French, English and Arabic: a source module's `inWords`.
 */
export const PUBLISHERS_IN_WORDS = {
  annuaire: {
    fr: "l'annuaire officiel de l'administration",
    en: 'the official directory of the French administration',
    ar: 'الدليل الرسمي للإدارة الفرنسية',
  },
  police: {
    fr: "la liste officielle des services de police du ministère de l'Intérieur",
    en: "the Ministry of the Interior's official list of police services",
    ar: 'القائمة الرسمية لمصالح الشرطة الصادرة عن وزارة الداخلية',
  },
  gendarmerie: {
    fr: "la liste officielle des unités de gendarmerie du ministère de l'Intérieur",
    en: "the Ministry of the Interior's official list of gendarmerie units",
    ar: 'القائمة الرسمية لوحدات الدرك الصادرة عن وزارة الداخلية',
  },
  interieur: {
    fr: "le ministère de l'Intérieur",
    en: 'the Ministry of the Interior',
    ar: 'وزارة الداخلية',
  },
};

/**
 * The annuaire de l'administration's own site, where residents find any of its places: the page
 * a source read from a stored copy of the annuaire (the 2019 export) links to.
 */
export const ANNUAIRE_SITE = 'https://lannuaire.service-public.fr/';

/**
 * What a row of the Ministère de l'Intérieur's lists (police, gendarmerie) says of a place, in the
 * fields every source gives: its name, commune, phones and address. Each source adds its id,
 * hours and page.
 * @param {Record<string, string>} row
 * @param {string} kind
 */
export function interieurRecord(row, kind) {
  return {
    kind,
    name: row.service,
    located: row.code_commune_insee,
    competence: [],
    phones: phoneNumbers(row.telephone),
    emails: emailAddresses([]),
    websites: webAddresses([]),
    address: csvAddress(row),
    modified: null,
  };
}

/**
 * The street, postal code and town of a row of the police and gendarmerie lists, or null.
 * @param {Record<string, string>} row
 */
function csvAddress(row) {
  // Without `voie`, the street is adresse_geographique up to its postal code and town.
  const geographic = /^\d{5}$/.test(row.code_postal ?? '')
    ? row.adresse_geographique?.split(row.code_postal)[0]
    : row.adresse_geographique;
  const street = row.voie || geographic?.trim();
  return street ? { street, postalCode: row.code_postal, city: row.commune } : null;
}

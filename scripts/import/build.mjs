// From the records of an official file to data/imported/<source>.json: keep what concerns the 95
// communes, write each record as a contact in the project's schema, then set the new contacts
// against the previous import to say what was added, changed, confirmed unchanged or removed
// upstream. Pure: records and the previous file in, the new file and a summary out.
import { compileHours } from '../data/hours.mjs';
import { cityName, DAY_NAMES, metropolisCommune, openingHoursValue, slug } from './fields.mjs';
import { contactDigest } from '../data/imported.mjs';
import { KINDS, SOURCES, TEXTS_TRANSLATED } from './sources.mjs';
import { TARGET_LOCALES } from '../../src/localization/locales.js';

/** @typedef {Record<string, any>} Contact a contact as data/ holds it */
/**
 * What an import adds, changes, confirms and removes, and the overrides it makes doubtful.
 * @typedef {{ added: Contact[], changed: { contact: Contact, fields: string[] }[], unchanged: Contact[], removed: Contact[], overrideWarnings: string[] }} ImportSummary
 */

/** The field that says when and where the facts were read, not what they are. */
const BOOKKEEPING = new Set(['sources']);
/** An annuaire record not updated for this long before the file's date is marked medium. */
const OLD_RECORD_YEARS = 2;

/**
 * @param {import('../types.js').ImportRecord[]} records what a source reader (sources.mjs) returned
 * @param {{ kind: string, file: string, date: string, today: string, communes: import('../types.js').DataCommune[] }} context
 *   the source ("police"…), the file's name and date, the day of the import, data/communes.json
 * @returns {{ kept: import('../types.js').KeptRecord[], outside: number, warnings: string[] }}
 *   (`origin`: the record the contact was written from)
 */
export function buildContacts(records, { kind, file, date, today, communes }) {
  /** @type {import('../types.js').KeptRecord[]} */
  const kept = [];
  /** @type {string[]} */
  const warnings = [];
  /** @type {Set<string>} */
  const ids = new Set();
  for (const record of records) {
    const located = metropolisCommune(record.located, communes);
    const served = /** @type {string[]} */ ([
      ...new Set(
        record.competence.map((code) => metropolisCommune(code, communes)?.insee).filter(Boolean),
      ),
    ]);
    if (!located && served.length === 0) continue;
    let id = contactId(kind, record);
    if (ids.has(id)) id = `${id}-${slug(record.located)}`;
    ids.add(id);
    const say = (/** @type {string} */ text) => warnings.push(`${id}: ${text}`);
    for (const rejected of record.phones.rejected)
      say(`phone ${JSON.stringify(rejected)} left out: not a ten-digit French number in service`);
    for (const address of record.emails.personal)
      say(`e-mail ${address} left out: it looks like a person's name`);
    for (const url of record.websites.other)
      say(`website ${url} left out: not an https:// address (never rewritten as https)`);
    const contact = writeContact(record, {
      id,
      kind,
      file,
      date,
      today,
      // A record kept is located in the metropolis or serves some of it.
      scope:
        served.length > 0
          ? served.sort()
          : [/** @type {import('../types.js').DataCommune} */ (located).insee],
      commune: located,
      say,
    });
    kept.push({
      record: record.record,
      legacyRecord: record.legacyRecord ?? null,
      contact,
      origin: record,
    });
  }
  return { kept, outside: records.length - kept.length, warnings };
}

/**
 * The id of a record's contact, stable from one import to the next.
 * @param {string} kind the source
 * @param {import('../types.js').ImportRecord} record
 */
function contactId(kind, record) {
  switch (kind) {
    case 'police':
      return `police-${slug(record.name)}`;
    case 'gendarmerie':
      return `gendarmerie-${slug(record.record)}`;
    default:
      return `${SOURCES[kind].idPrefix ?? 'annuaire'}-${slug(record.legacyRecord ?? record.record)}`;
  }
}

/**
 * A record as a contact of data/imported/, in the project's schema.
 * @param {import('../types.js').ImportRecord} record
 * @param {{ id: string, kind: string, file: string, date: string, today: string, scope: string[], commune: import('../types.js').DataCommune | undefined, say: (text: string) => void }} context
 * @returns {Contact}
 */
function writeContact(record, { id, kind, file, date, today, scope, commune, say }) {
  const profile = KINDS[record.kind];
  const source = SOURCES[kind];
  const channels = [
    ...record.phones.numbers.map((number) => ({ type: 'tel', number })),
    ...record.websites.https.map((url) => ({ type: 'web', url })),
    ...record.emails.addresses.map((address) => ({ type: 'email', address })),
  ];
  const address = record.address && {
    street: record.address.street,
    ...(/^\d{5}$/.test(record.address.postalCode ?? '') && {
      postalCode: record.address.postalCode,
    }),
    city: cityName(record.address.city, commune),
  };
  const { hours, hoursText } = hoursOf(record.hours, say);
  /** @type {string[]} */
  const notes = [];
  /** @type {import('../types.js').LocalizedText | undefined} */
  let residentNote;
  // A whole file this old (the 2019 export): every contact of it is to be confirmed.
  if (date < yearsBefore(today, OLD_RECORD_YEARS)) {
    notes.push(
      `Fichier du ${frenchDay(date)} (« ${source.dataset} ») : des informations de ${date.slice(0, 4)}, à confirmer auprès de la source à jour avant de relever la confiance.`,
    );
    residentNote = (source.oldFileNote ?? oldRecordNote)(date.slice(0, 4));
  }
  if (record.modified && record.modified < yearsBefore(date, OLD_RECORD_YEARS)) {
    notes.push(
      `Fiche mise à jour pour la dernière fois le ${frenchDay(record.modified)} dans « ${source.dataset} » : à confirmer.`,
    );
    residentNote = oldRecordNote(record.modified.slice(0, 4));
  }
  const reachable = channels.length > 0 || address?.postalCode !== undefined;
  if (!reachable) {
    notes.push(
      'Le fichier importé ne donne ni téléphone, ni site en https, ni e-mail, ni adresse complète : à compléter avant publication.',
    );
  }
  const name = record.names ? record.names(commune) : { fr: record.name };
  const contact = {
    id,
    name,
    description: profile.description,
    categories: profile.categories,
    audiences: ['tous'],
    ...(profile.firstDoor && { firstDoor: profile.firstDoor }),
    summary: profile.summary,
    ...(channels.length > 0 && { channels }),
    ...(address && { address }),
    ...(hours && { hours }),
    ...(hoursText && { hoursText: { fr: hoursText } }),
    scope: { type: 'communes', insee: scope },
    // The file's date is the date residents read: an importer never writes a `verification`,
    // which only a person who confirmed the facts may add (npm run data:confirm).
    sources: [
      {
        url: source.page,
        ...(shownPage(source, record) && { page: shownPage(source, record) }),
        publisher: source.inWords,
        title: `${source.publisher} : « ${source.dataset} », fichier ${file} du ${frenchDay(date)}, ${recordLabel(kind, record)}`,
        date,
      },
    ],
    confidence: notes.length > 0 ? (reachable ? 'medium' : 'low') : 'high',
    ...(notes.length > 0 && { confidenceNote: { fr: notes.join(' ') } }),
    // What residents read of that doubt; a held contact is not shown, and says nothing.
    ...(reachable && residentNote && { residentNote }),
    status: reachable ? 'published' : 'held',
    translation: { en: IMPORTER_TRANSLATION, ar: IMPORTER_TRANSLATION },
  };
  // The importer's own texts come with their English and Arabic: say they are translations.
  /** @type {Contact} */
  const written = contact;
  const translated = (/** @type {string} */ locale) =>
    ['description', 'summary', 'residentNote'].every(
      (field) => written[field] === undefined || written[field][locale] !== undefined,
    );
  const marks = Object.fromEntries(
    TARGET_LOCALES.filter(translated).map((locale) => [
      locale,
      { from: 'fr', date: TEXTS_TRANSLATED },
    ]),
  );
  return Object.keys(marks).length > 0 ? { ...contact, translation: marks } : contact;
}

/**
 * The publisher's page residents follow, when it is not the dataset's page: the record's own page
 * on the publisher's site when the file gives it, else the source's `shownPage` (the annuaire's
 * site for the 2019 export, whose files are kept on a code-hosting site).
 * @param {import('../types.js').ImportSource} source
 * @param {import('../types.js').ImportRecord} record
 */
const shownPage = (source, record) => record.publicPage ?? source.shownPage;

/**
 * The importer's own texts in English and Arabic (the kinds' summaries, the old-record note) were
 * translated from French on that day: every imported contact carries them, and says so.
 */
const IMPORTER_TRANSLATION = { from: 'fr', date: '2026-12-02' };

/**
 * The note residents read on a contact whose record is old (see data/README.md).
 * @param {string} year
 * @returns {import('../types.js').LocalizedText}
 */
const oldRecordNote = (year) => ({
  fr: `Informations mises à jour pour la dernière fois en ${year}. Renseignez-vous avant de vous déplacer.`,
  en: `Information last updated in ${year}. Check before you go.`,
  ar: `آخر تحديث لهذه المعلومات كان في ${year}. تحقّقوا قبل الذهاب.`,
});

/**
 * How the source's title names the record.
 * @param {string} kind the source
 * @param {import('../types.js').ImportRecord} record
 */
function recordLabel(kind, record) {
  if (record.label) return record.label;
  switch (kind) {
    case 'police':
      return `ligne « ${record.name} » (code commune ${record.located})`;
    case 'gendarmerie':
      return `unité ${record.record} (identifiant_public_unite)`;
    default:
      return `fiche ${record.record}${record.legacyRecord ? ` (${record.legacyRecord})` : ''}`;
  }
}

/**
 * `hours` in opening_hours syntax when the source gives plain weekly hours, and always the hours
 * in words with what the source leaves open (public holidays, comments) for residents to read.
 * @param {import('../types.js').RecordHours | null | undefined} hours
 * @param {(text: string) => void} say
 * @returns {{ hours?: string, hoursText?: string }}
 */
function hoursOf(hours, say) {
  if (!hours) return {};
  /** @type {string[]} */
  const words = [];
  if (hours.week) words.push(hoursInWords(hours.week));
  if (hours.holidays === null) {
    words.push('jours fériés : non précisés par la source (indiqués fermés par prudence)');
  } else if (hours.holidays.length > 0) {
    words.push(`jours fériés : ${rangesInWords(hours.holidays)}`);
  } else words.push('fermé les jours fériés');
  words.push(...hours.comments);
  const hoursText = capitalise(words.filter(Boolean).join(' ; '));
  if (!hours.week || hours.comments.length > 0) {
    if (hours.comments.length > 0)
      say('hours kept as text only: the source adds a comment to them');
    return { hoursText };
  }
  const value = openingHoursValue(hours.week, hours.holidays);
  if (!value) return { hoursText };
  const { problem } = compileHours(value);
  if (problem) {
    say(`hours kept as text only: ${JSON.stringify(value)} ${problem.wrong}`);
    return { hoursText };
  }
  return { hours: value, hoursText };
}

/** @param {string} text */
const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "lundi, mardi et jeudi : 8 h–12 h et 14 h–18 h ; samedi : 14 h–18 h"
 * @param {string[][][]} week Monday first
 */
function hoursInWords(week) {
  /** @type {{ text: string, days: number[] }[]} */
  const groups = [];
  week.forEach((ranges, day) => {
    if (ranges.length === 0) return;
    const text = rangesInWords(ranges);
    const group = groups.find((entry) => entry.text === text);
    if (group) group.days.push(day);
    else groups.push({ text, days: [day] });
  });
  if (groups.length === 0) return 'fermé toute la semaine';
  return groups.map(({ text, days }) => `${daysInWords(days)} : ${text}`).join(' ; ');
}

/** @param {number[]} days Monday 0 … Sunday 6 */
function daysInWords(days) {
  const consecutive = days.every((day, i) => i === 0 || day === days[i - 1] + 1);
  if (consecutive && days.length >= 3) {
    return `du ${DAY_NAMES[days[0]]} au ${DAY_NAMES[/** @type {number} */ (days.at(-1))]}`;
  }
  const names = days.map((day) => DAY_NAMES[day]);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

/** @param {string[][]} ranges [from, to], "HH:MM" */
const rangesInWords = (ranges) =>
  ranges.map(([from, to]) => `${clockInWords(from)}–${clockInWords(to)}`).join(' et ');

/** @param {string} time "HH:MM" */
const clockInWords = (time) => {
  const [hours, minutes] = time.split(':');
  return `${Number(hours)} h${minutes === '00' ? '' : ` ${minutes}`}`;
};

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
/** "2026-11-20" → "20 novembre 2026" */
/** @param {string} date */
const frenchDay = (date) => {
  const [year, month, day] = date.split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
};
/**
 * @param {string} date YYYY-MM-DD
 * @param {number} years
 */
const yearsBefore = (date, years) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

/**
 * Sets the new contacts against the previous import of the same source.
 * @param {any} previous the parsed data/imported/<source>.json, if any, as read
 * @param {{ record: string, legacyRecord: string | null, contact: Contact }[]} kept
 * @param {{ kind: string, file: string, date: string, today: string }} context
 * @param {Map<string, { override: any }>} overrides data/overrides.json by contact id
 * @returns {{ refused: string[], content?: undefined, summary?: undefined } | { refused?: undefined, content: Record<string, any>, summary: ImportSummary }}
 */
export function applyImport(previous, kept, { kind, file, date, today }, overrides) {
  /** @type {{ record: string, digest: string, contact: Contact }[]} */
  const before = Array.isArray(previous?.contacts) ? previous.contacts : [];
  const edited = before.filter(({ contact, digest }) => contactDigest(contact) !== digest);
  if (edited.length > 0) {
    return {
      refused: edited.map(
        ({ contact }) =>
          `${contact.id} was changed by hand in data/imported/${kind}.json since the last import: put the change in data/overrides.json and restore the entry (git diff shows it), then import again`,
      ),
    };
  }
  /** @type {ImportSummary} */
  const summary = { added: [], changed: [], unchanged: [], removed: [], overrideWarnings: [] };
  /** @type {Set<(typeof before)[number]>} */
  const matched = new Set();
  const entries = kept.map(({ record, legacyRecord, contact }) => {
    const old = before.find(
      (entry) => !matched.has(entry) && (entry.record === record || entry.record === legacyRecord),
    );
    if (!old) {
      summary.added.push(contact);
      return { record, contact };
    }
    matched.add(old);
    // Ids never change once written: a record keeps the id of its first import.
    /** @type {Contact} */
    const next = { ...contact, id: old.contact.id };
    const fields = [...new Set([...Object.keys(old.contact), ...Object.keys(next)])].filter(
      (field) =>
        !BOOKKEEPING.has(field) &&
        JSON.stringify(old.contact[field]) !== JSON.stringify(next[field]),
    );
    if (fields.length === 0) summary.unchanged.push(next);
    else summary.changed.push({ contact: next, fields });
    const override = overrides.get(next.id)?.override;
    const overridden = fields.filter(
      (field) => field in (override?.set ?? {}) || override?.remove?.includes(field),
    );
    if (overridden.length > 0) {
      summary.overrideWarnings.push(
        `${next.id}: upstream changed ${overridden.join(', ')}, which data/overrides.json replaces: check the override is still right`,
      );
    }
    return { record, contact: next };
  });
  for (const entry of before.filter((entry) => !matched.has(entry))) {
    summary.removed.push(entry.contact);
    if (overrides.has(entry.contact.id)) {
      summary.overrideWarnings.push(
        `${entry.contact.id}: removed upstream, but data/overrides.json still names it: remove that override`,
      );
    }
  }
  const source = SOURCES[kind];
  const content = {
    $schema: '../schema/imported.schema.json',
    $comment: `Généré par « npm run data:import -- ${kind} ${file} » : ne pas modifier à la main, le prochain import réécrit ce fichier ; les corrections vont dans data/overrides.json.`,
    source: {
      kind,
      dataset: source.dataset,
      publisher: source.publisher,
      page: source.page,
      file,
      date,
      imported: today,
    },
    contacts: entries
      .sort((a, b) => a.contact.id.localeCompare(b.contact.id))
      .map(({ record, contact }) => ({ record, digest: contactDigest(contact), contact })),
  };
  return { content, summary };
}

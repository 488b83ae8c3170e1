// What the data team must act on: stale and uncertain entries (with the team's own notes),
// communes without local help, the first doors each commune still lacks, the texts residents
// should read and do not yet (summaries, notes on what is uncertain, translations), and how many
// contacts serve each commune. Pure: parsed files in, text out.
import { entriesOf } from '../shared.mjs';
import { DOOR_COUNT_NAMES, DOOR_KINDS, firstDoorsByCommune, hasPhone } from './doors.mjs';
import { contactEntries, importedFiles, overridesById } from './imported.mjs';
import { isLocalHelp } from '../../src/directory/doors.js';
import { normaliseText } from '../../src/search/fold.js';
import { resolveScope, servesCommune } from './scope.mjs';
import { unreviewedTranslations } from './translations.mjs';
import { callSheetLines, callSheetRows } from './call-sheet.mjs';
import { factsDate } from '../../src/data/provenance.js';
import { TARGET_LOCALES } from '../../src/localization/locales.js';

/** The texts of a contact that residents read (confidenceNote is the team's, never shown). */
const LOCALIZED_FIELDS = [
  'name',
  'description',
  'summary',
  'hoursText',
  'cost',
  'traceNote',
  'residentNote',
];
const ANSWER_FIELDS = ['question', 'answer', 'residentNote'];
const PATH_FIELDS = ['label', 'short', 'intro'];
const NOTE_LENGTH = 110;

/**
 * @param {Record<string, unknown>} data parsed files of data/ that checkData found no problem in
 * @param {{ today: string }} options today's date, YYYY-MM-DD
 * @returns {string} the report, one finding a line
 */
export function dataReport(data, { today }) {
  /** @type {import('../types.js').DataCommune[]} */
  const communes = entriesOf(data['communes.json'], 'communes');
  /** @type {import('../types.js').DataGroup[]} */
  const groups = entriesOf(data['groups.json'], 'groups');
  // Hand-written and imported contacts, the latter with data/overrides.json applied.
  const contacts = contactEntries(data).map(({ file, entry }) => ({ file, contact: entry }));
  const published = contacts
    .filter(({ contact }) => contact.status === 'published')
    .map((entry) => ({ ...entry, scope: resolveScope(entry.contact.scope, groups) }));
  /** @param {{ file: string, contact: import('../types.js').DataContact }} entry */
  const where = ({ file, contact }) => `data/${file} › ${contact.id} (${contact.status})`;

  // Stale (SPEC, "Data"): confirmed by a person more than 12 months ago, or never confirmed and
  // read in a source older than 12 months.
  const staleBefore = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const stale = contacts
    .map((entry) => ({ entry, facts: factsDate(entry.contact) }))
    .filter(({ facts }) => facts.date !== undefined && facts.date < staleBefore)
    .sort((a, b) => String(a.facts.date).localeCompare(String(b.facts.date)))
    .map(
      ({ entry, facts }) =>
        `${where(entry)}: ${facts.confirmed ? `confirmed ${facts.date}` : `never confirmed, source of ${facts.date}`}`,
    );

  /** @type {import('../types.js').DataAnswer[]} */
  const answers = entriesOf(data['answers.json'], 'answers');
  /** @type {import('../types.js').DataPath[]} */
  const paths = entriesOf(data['paths.json'], 'paths');
  // The team's own notes (confidenceNote): here, and never in the widget.
  const uncertain = ['low', 'medium'].flatMap((confidence) => [
    ...contacts
      .filter(({ contact }) => contact.confidence === confidence)
      .map((entry) => `${confidence} · ${where(entry)}: ${cut(entry.contact.confidenceNote.fr)}`),
    ...answers
      .filter((answer) => answer.confidence === confidence)
      .map(
        (answer) =>
          `${confidence} · data/answers.json › ${answer.id}: ${cut(/** @type {import('../types.js').LocalizedText} */ (answer.confidenceNote).fr)}`,
      ),
  ]);

  // Per commune, as the widget counts them (src/directory/doors.js): places of help of its own
  // (its town hall's door is not one), and every published contact that serves it.
  const counts = communes.map((commune) => {
    const serving = published.filter(({ scope }) => servesCommune(scope, commune.insee));
    const local = serving.filter(({ contact, scope }) =>
      isLocalHelp({ ...contact, scope }, commune.insee),
    ).length;
    return { commune, local, all: serving.length };
  });

  const uncertainWithoutNote = [
    ...published
      .filter(({ contact }) => contact.confidence !== 'high')
      .map(({ file, contact }) => ({ where: `data/${file} › ${contact.id}`, entry: contact })),
    ...answers
      .filter((answer) => answer.confidence !== 'high')
      .map((answer) => ({ where: `data/answers.json › ${answer.id}`, entry: answer })),
  ]
    .filter(({ entry }) => entry.residentNote === undefined)
    .map(({ where: label }) => `${label}: no residentNote (what is uncertain, for residents)`);
  const forResidents = [
    ...published
      .filter(({ contact }) => contact.summary === undefined)
      .map(({ file, contact }) => `data/${file} › ${contact.id}: no summary (its closed card)`),
    ...uncertainWithoutNote,
  ];

  const untranslated = /** @type {string[]} */ (
    [
      ...published.map(({ file, contact }) =>
        missingTranslations(`data/${file} › ${contact.id}`, contact, LOCALIZED_FIELDS),
      ),
      ...answers.map((entry) =>
        missingTranslations(`data/answers.json › ${entry.id}`, entry, ANSWER_FIELDS),
      ),
      ...paths.map((entry) =>
        missingTranslations(`data/paths.json › ${entry.id}`, entry, PATH_FIELDS),
      ),
      ...entriesOf(data['categories.json']).map(
        (/** @type {import('../types.js').DataLabelled} */ entry) =>
          missingTranslations(`data/categories.json › ${entry.id}`, entry, ['label']),
      ),
      ...entriesOf(data['audiences.json']).map(
        (/** @type {import('../types.js').DataLabelled} */ entry) =>
          missingTranslations(`data/audiences.json › ${entry.id}`, entry, ['label']),
      ),
      ...groups.map((entry) =>
        missingTranslations(`data/groups.json › ${entry.id}`, entry, ['name']),
      ),
    ].filter(Boolean)
  );

  const doorTable = firstDoorsByCommune(data);
  const withoutLocal = doorTable.filter(({ hasLocal }) => !hasLocal);
  return [
    `Data report of ${today}: ${published.length} contacts published, ${contacts.length - published.length} held back.`,
    doorCounts(doorTable),
    section(
      `Stale: confirmed before ${staleBefore}, or never confirmed and from a source older than that`,
      stale,
    ),
    section(
      'Call sheet: published contacts no person has confirmed, oldest source first (npm run data:report -- --call-sheet <file>, then npm run data:confirm <file>)',
      callSheetLines(callSheetRows(data)),
    ),
    section(
      'Confidence not high: confirm the facts at a primary source, or hold the entry back',
      uncertain,
    ),
    section(
      'Communes with no place of help of their own (a town hall is a first door, not one): the widget says so and shows their doors and the metropolis',
      withoutLocal.map(({ commune }) => `${commune.insee} ${commune.name}`),
    ),
    firstDoorsSection(doorTable),
    section(
      'Published first doors without a phone, or without a dated source',
      doorsToLookAt(doorTable),
    ),
    section(
      'The same record in two imported files, where they differ (as imported, before data/overrides.json): the newer file wins, the older is held',
      recordsInTwoFiles(data),
    ),
    section(
      'Corrections of imported contacts (data/overrides.json), with why: conflicts between sources are kept there',
      [...overridesById(data).values()].map(
        ({ override }) => `${override.id}: ${cut(String(override.why ?? ''))}`,
      ),
    ),
    section(
      'Texts for residents still missing: a summary, a note on what is uncertain',
      forResidents,
    ),
    section('Missing translations of published texts', untranslated),
    reviewSection(unreviewedTranslations(data)),
    section(
      'Published contacts per commune: places of help of its own (commune or group, town hall aside) / in all',
      counts.map(
        ({ commune, local, all }) => `${commune.insee} ${commune.name}: ${local} / ${all}`,
      ),
    ),
  ].join('\n\n');
}

/**
 * Records that two imports of the same dataset hold (the annuaire of 2016 and its 2019 export
 * name a place by the same id, "mairie-59009-01"), where their phones or street differ: the
 * newer file's first, as imported (before data/overrides.json).
 * @param {Record<string, any>} data parsed files of data/ (checked)
 */
function recordsInTwoFiles(data) {
  /** @type {Map<string, { date: string, contact: import('../types.js').DataContact }[]>} */
  const byRecord = new Map();
  for (const file of importedFiles(data)) {
    const date = data[file]?.source?.date ?? '';
    for (const entry of entriesOf(data[file], 'contacts')) {
      if (typeof entry?.record !== 'string' || !entry.contact) continue;
      if (!byRecord.has(entry.record)) byRecord.set(entry.record, []);
      byRecord.get(entry.record)?.push({ date, contact: entry.contact });
    }
  }
  /** @param {import('../types.js').DataContact} contact */
  const phones = (contact) =>
    (contact.channels ?? [])
      .filter((channel) => channel.type === 'tel')
      .map((c) => /** @type {{ number: string }} */ (c).number);
  // The words of a street, whatever their order, case, accents or commas ("BP 10, 35 rue X" is
  // "35 rue X, BP 10"), so that only a real change is listed.
  /** @param {import('../types.js').DataContact} contact */
  const words = (contact) =>
    [...new Set(normaliseText(contact.address?.street ?? '').match(/[a-z0-9]+/g) ?? [])]
      .map((word) => word.replace(/^0+(?=\d)/, ''))
      .sort()
      .join(' ');
  /** @param {{ date: string, contact: import('../types.js').DataContact }} entry */
  const facts = ({ date, contact }) =>
    `${contact.id} (${date}, ${contact.status}): ${phones(contact).join(' / ') || 'no phone'}, ${contact.address?.street ?? 'no address'}`;
  return [...byRecord.entries()]
    .filter(([, entries]) => entries.length > 1)
    .flatMap(([record, entries]) => {
      const [newer, ...older] = [...entries].sort((a, b) => b.date.localeCompare(a.date));
      const differing = older.filter(
        ({ contact }) =>
          phones(contact).join() !== phones(newer.contact).join() ||
          words(contact) !== words(newer.contact),
      );
      return differing.length > 0
        ? [`${record}: ${[newer, ...differing].map(facts).join(' | ')}`]
        : [];
    })
    .sort();
}

/**
 * The translations no reviewer has read yet, per language, with the counts in the title: each
 * stays listed until someone who reads the language adds `reviewed` to the entry's mark.
 * @param {ReturnType<typeof unreviewedTranslations>} byLocale
 */
function reviewSection(byLocale) {
  const counts = Object.entries(byLocale).map(([locale, entries]) => `${locale} ${entries.length}`);
  return [
    `Translations not reviewed yet: ${counts.join(', ')} (once a reader of the language has checked every text of an entry, add "reviewed": "YYYY-MM-DD" to its translation mark):`,
    ...Object.entries(byLocale).flatMap(([locale, entries]) => [
      `  ${locale} (${entries.length}):`,
      ...(entries.length > 0 ? entries : [{ label: '(none)', date: undefined }]).map(
        ({ label, date }) =>
          `    ${label}${date ? `: translated ${date}` : label === '(none)' ? '' : ': no translation mark'}`,
      ),
    ]),
  ].join('\n');
}

/**
 * The first doors of every commune, as firstDoorsByCommune gives them.
 * @typedef {ReturnType<typeof firstDoorsByCommune>} DoorTable
 */

/** @type {Record<string, string>} */
const DOOR_MARK = { published: '✓', held: 'h', null: '·' };
/** @type {Record<string, string>} */
const CONFIDENCE_SHORT = { high: 'high', medium: 'med', low: 'low' };

/**
 * The counts at the top of the report, per kind of first door: communes with one published
 * ("mairie 92/95 publiées"), of which that door has a phone, then held and missing.
 * @param {DoorTable} table
 */
function doorCounts(table) {
  const lines = DOOR_KINDS.map(({ id }) => {
    const count = (/** @type {string | null} */ state) =>
      table.filter(({ doors }) => doors[id] === state).length;
    const phone = table.filter(({ shown }) => hasPhone(shown[id])).length;
    return `${DOOR_COUNT_NAMES[id]} ${count('published')}/${table.length} publiées (${phone} with a phone), ${count('held')} held, ${count(null)} missing`;
  });
  return [`First doors of the ${table.length} communes:`, ...lines.map((line) => `  ${line}`)].join(
    '\n',
  );
}

/**
 * The date of the facts a door shows: its first source's, which the widget cites.
 * @param {Record<string, any>} contact
 */
const dataDate = (contact) => contact.sources?.[0]?.date ?? 'no date';

/**
 * Published doors residents meet that cannot be called, or whose facts have no dated source.
 * @param {DoorTable} table
 */
function doorsToLookAt(table) {
  /** @type {Set<string>} */
  const seen = new Set();
  return table.flatMap(({ shown }) =>
    DOOR_KINDS.flatMap(({ id }) => {
      const contact = shown[id];
      if (!contact || seen.has(contact.id)) return [];
      seen.add(contact.id);
      const missing = [
        !hasPhone(contact) && 'no phone',
        !contact.sources?.[0]?.date && 'no dated source',
      ].filter(Boolean);
      return missing.length > 0 ? [`${contact.id} (${id}): ${missing.join(', ')}`] : [];
    }),
  );
}

/**
 * The gap table: for each commune, each kind of first door published (✓, with the date of its
 * facts and its confidence), known but held back (h) or missing (·), with the totals per kind
 * first. Its count is the communes with a gap.
 * @param {DoorTable} table
 */
function firstDoorsSection(table) {
  const width = Math.max(...table.map(({ commune }) => commune.name.length));
  const cellWidth = Math.max(
    ...DOOR_KINDS.map(({ label }) => label.length),
    '✓ 2019-09-22 med'.length,
  );
  const cell = (/** @type {string} */ text) => text.padEnd(cellWidth);
  /**
   * @param {DoorTable[number]['doors']} doors
   * @param {DoorTable[number]['shown']} shown
   * @param {string} kind
   */
  const mark = (doors, shown, kind) =>
    doors[kind] === 'published' && shown[kind]
      ? `✓ ${dataDate(shown[kind])} ${CONFIDENCE_SHORT[shown[kind].confidence] ?? shown[kind].confidence}`
      : DOOR_MARK[String(doors[kind])];
  const totals = DOOR_KINDS.map((kind) => {
    const count = (/** @type {string | null} */ state) =>
      table.filter(({ doors }) => doors[kind.id] === state).length;
    return `${kind.label}: ✓ ${count('published')}, h ${count('held')}, · ${count(null)}`;
  });
  const rows = table.map(({ commune, doors, shown }) =>
    [
      commune.insee,
      commune.name.padEnd(width),
      ...DOOR_KINDS.map((kind) => cell(mark(doors, shown ?? {}, kind.id))),
    ]
      .join('  ')
      .trimEnd(),
  );
  const gaps = table.filter(({ doors }) =>
    Object.values(doors).some((state) => state !== 'published'),
  );
  return [
    `First doors per commune: ✓ published (date of its facts, confidence), h known but held back, · missing (${gaps.length} communes with a gap):`,
    ...totals.map((line) => `  ${line}`),
    `  ${['INSEE', 'commune'.padEnd(width), ...DOOR_KINDS.map(({ label }) => cell(label))].join('  ').trimEnd()}`,
    ...rows.map((row) => `  ${row}`),
  ].join('\n');
}

/**
 * "data/… › id: en missing for name, description; ar missing for name" or null.
 * @param {string} label
 * @param {Record<string, any>} entry an entry of data/ (checked)
 * @param {string[]} fields its localized fields
 */
function missingTranslations(label, entry, fields) {
  const present = fields.filter((field) => entry[field] !== undefined);
  const missing = TARGET_LOCALES.map((locale) => ({
    locale,
    fields: present.filter((field) => entry[field][locale] === undefined),
  })).filter(({ fields: missingFields }) => missingFields.length > 0);
  if (missing.length === 0) return null;
  const [first] = missing;
  const sameFields = missing.every(({ fields: f }) => f.join() === first.fields.join());
  const parts = sameFields
    ? [
        `${missing.map(({ locale }) => locale).join(' and ')} missing for ${first.fields.join(', ')}`,
      ]
    : missing.map(({ locale, fields: f }) => `${locale} missing for ${f.join(', ')}`);
  return `${label}: ${parts.join('; ')}`;
}

/**
 * A section of the report: its title with its count, then its lines, or "(none)".
 * @param {string} title
 * @param {string[]} lines
 */
const section = (title, lines) =>
  [
    `${title} (${lines.length}):`,
    ...(lines.length > 0 ? lines : ['(none)']).map((line) => `  ${line}`),
  ].join('\n');

/** @param {string} text */
const cut = (text) => (text.length > NOTE_LENGTH ? `${text.slice(0, NOTE_LENGTH - 1)}…` : text);

// Turns checked data into what the bundle carries: held entries dropped, the team's notes
// (`confidenceNote`) left out, links normalised (E.164 for phone links, the French grouping for
// display), hours compiled, group scopes resolved into their communes. Pure; it expects data
// that checkData found no problem in.
import { entriesOf } from '../shared.mjs';
import { compileHours } from './hours.mjs';
import { contactEntries } from './imported.mjs';
import { normalisePhone } from './phone.mjs';
import { resolveScope } from './scope.mjs';
import { shownLink } from '../../src/data/provenance.js';
import { LOCALES } from '../../src/localization/locales.js';

/**
 * What the bundle carries, before it is written as modules: the entries in the bundle's shapes
 * (src/data/types.ts), contacts compiled (each a Contact of src/data/types.ts; typed loosely here,
 * since the benchmark edits copies of them).
 * @typedef {{ communes: import('../types.js').DataCommune[], categories: object[], audiences: object[], contacts: Record<string, any>[], answers: object[], paths: object[], synonyms: import('../types.js').DataSynonym[], dataDate: string | undefined }} CompiledData
 */

/**
 * @param {Record<string, unknown>} data parsed files of data/, keyed by file name
 * @returns {CompiledData}
 */
export function compileData(data) {
  /** @type {import('../types.js').DataGroup[]} */
  const groups = entriesOf(data['groups.json'], 'groups');
  // Hand-written contacts, then imported ones with data/overrides.json applied.
  const contacts = contactEntries(data)
    .map(({ entry }) => entry)
    .filter((contact) => contact.status === 'published')
    .map((contact) => compileContact(contact, groups));
  return {
    communes: entriesOf(data['communes.json'], 'communes'),
    categories: entriesOf(data['categories.json']).map(withoutTranslationMark),
    audiences: entriesOf(data['audiences.json']).map(withoutTranslationMark),
    contacts,
    answers: entriesOf(data['answers.json'], 'answers').map((answer) =>
      withoutTranslationMark(withoutTeamNote(shownSourceOnly(answer))),
    ),
    paths: entriesOf(data['paths.json'], 'paths').map((path) =>
      withoutTranslationMark(shownSourceOnly(path)),
    ),
    synonyms: entriesOf(data['synonyms.json'], 'synonyms'),
    // The day the list was published (data/release.json), which the footer says it is; a folder
    // without one (a partner's) falls back to its newest dated fact.
    dataDate:
      /** @type {any} */ (data['release.json'])?.date ??
      contacts
        .flatMap((contact) => [contact.verification?.date, contact.sources[0]?.date])
        .filter(Boolean)
        .sort()
        .at(-1),
  };
}

/**
 * A source as residents see it: who published it (`publisher`, in their words), its date, whether
 * the page gave no date of its own, and the link they may follow (the publisher's page; never a
 * code-hosting site: shownLink). The address of a stored copy and the team's title stay in data/.
 * @param {{ url?: string, page?: string, publisher?: object, date: string, undated?: true }} source
 */
export function shownSource(source) {
  const url = shownLink(source);
  return {
    ...(url && { url }),
    ...(source.publisher && { publisher: source.publisher }),
    date: source.date,
    ...(source.undated && { undated: true }),
  };
}

/**
 * The bundle carries the first source of an entry only, the one the widget shows, as residents
 * see it; the others stay in data/ for the team. It keeps the file small.
 * @param {{ sources: import('../types.js').DataSource[] }} entry an answer or a situation
 */
const shownSourceOnly = (entry) => ({
  ...entry,
  sources: entry.sources.slice(0, 1).map(shownSource),
});

/**
 * `confidenceNote` is the data team's note on its sources: it stays in data/ and in the report,
 * and never ships. Residents read `residentNote`, written for them.
 * @param {Record<string, unknown>} entry
 */
const withoutTeamNote = ({ confidenceNote: _teamNote, ...entry }) => entry;

/**
 * Which texts are translations, and whether a reviewer read them, is the team's business too.
 * @param {Record<string, any>} entry
 */
function withoutTranslationMark(entry) {
  const { translation: _mark, ...shipped } = entry;
  return shipped;
}

/**
 * Keeps the data's order of fields, so the generated module reads like data/.
 * @param {import('../types.js').DataContact} contact a published contact, checked
 * @param {import('../types.js').DataGroup[]} groups
 * @returns {import('../../src/data/types.js').Contact}
 */
function compileContact(contact, groups) {
  /** @type {Record<string, any>} */
  const compiled = {};
  for (const [key, value] of Object.entries(contact)) {
    switch (key) {
      // The data team's note, never shown to residents (see withoutTeamNote), the team's mark
      // of which texts are translations, and what the compiled fields already say.
      case 'confidenceNote':
      case 'translation':
      case 'display':
      case 'status':
        break;
      case 'channels':
        compiled.channels = value.map((/** @type {import('../types.js').DataChannel} */ channel) =>
          compileChannel(channel, contact.display ?? {}),
        );
        break;
      case 'scope':
        compiled.scope = resolveScope(value, groups);
        break;
      case 'hours':
        compiled.openingHours = compileHours(value).hours;
        break;
      case 'sources':
        compiled.sources = value.slice(0, 1).map(shownSource);
        break;
      default:
        compiled[key] = value;
    }
  }
  // The widget lists the ways to reach a contact; a contact with an address only has none.
  compiled.channels ??= [];
  return /** @type {import('../../src/data/types.js').Contact} */ (compiled);
}

/**
 * A channel with its link normalised and the text residents read.
 * @param {import('../types.js').DataChannel} channel
 * @param {Record<string, string>} display the contact's own spellings of numbers
 * @returns {import('../../src/data/types.js').Channel}
 */
function compileChannel(channel, display) {
  switch (channel.type) {
    case 'tel':
    case 'sms': {
      const phone = normalisePhone(channel.number);
      // data:check refused every number that does not normalise before compile runs.
      if (!phone) throw new Error(`${channel.number} is not a number data:check accepts`);
      return {
        type: channel.type,
        href: `${channel.type}:${phone.dial}`,
        display: display[channel.number] ?? phone.display,
      };
    }
    case 'email':
      return { type: 'email', href: `mailto:${channel.address}`, display: channel.address };
    default: {
      const url = new URL(channel.url);
      // A chat that answers at its own hours carries them, compiled, with their words and trace.
      const { hours, hoursText, traceNote } = channel;
      return {
        type: channel.type,
        href: url.href,
        display: url.hostname.replace(/^www\./, ''),
        // data:check refused hours that do not compile before compile runs.
        ...(hours && {
          openingHours: /** @type {import('../../src/data/types.js').CompiledHours} */ (
            compileHours(hours).hours
          ),
        }),
        ...(hoursText && { hoursText }),
        ...(traceNote && { traceNote }),
      };
    }
  }
}

/** The first line of every generated data module. */
const HEADER =
  '// Generated by scripts/data/main.mjs compile from data/ — do not edit; edit data/ and run npm run data:compile.';

/**
 * A list as a TypeScript literal, one entry a line, so that a data change shows line by line.
 * @param {unknown[]} items
 */
const literal = (items) => `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`;

/**
 * The TypeScript module src/data/generated/data.ts, typed by src/data/types.ts: one entry a
 * line, so that a change of data shows as a change of the lines of the entries it touches.
 * @param {CompiledData} data
 */
export function renderDataModule({
  communes,
  categories,
  audiences,
  contacts,
  answers,
  paths,
  synonyms,
  dataDate,
}) {
  return `${HEADER}
import type { Answer, Audience, Category, Commune, Contact, SituationPath, Synonym } from '../types.js';

export const COMMUNES: readonly Commune[] = ${literal(communes)};

export const CATEGORIES: readonly Category[] = ${literal(categories)};

export const AUDIENCES: readonly Audience[] = ${literal(audiences)};

export const CONTACTS: readonly Contact[] = ${literal(contacts)};

export const ANSWERS: readonly Answer[] = ${literal(answers)};

export const PATHS: readonly SituationPath[] = ${literal(paths)};

export const SYNONYMS: readonly Synonym[] = ${literal(synonyms)};

/** The day the list was published (data/release.json): not the day every fact was checked. */
export const DATA_DATE = ${JSON.stringify(dataDate)};
`;
}

/**
 * An entry as a page in `locale` needs it: every text in French and in that locale only (a text
 * is an object with a French string, or French words, and other locales beside it). French stays,
 * since a text not yet translated is shown in French.
 * @param {unknown} value
 * @param {string} locale
 * @returns {unknown}
 */
export function forLocale(value, locale) {
  if (Array.isArray(value)) return value.map((item) => forLocale(item, locale));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const isText =
    'fr' in value && keys.every((key) => /** @type {readonly string[]} */ (LOCALES).includes(key));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !isText || key === 'fr' || key === locale)
      .map(([key, item]) => [key, forLocale(item, locale)]),
  );
}

/**
 * The modules the widget loads, split so that a page pays only for what it shows (issue 16):
 * - `core.ts`, in the first chunk: the communes, the categories, the national lines of the first
 *   screen as it shows them (number and short label), the data's date;
 * - `area.<locale>.ts`: every contact that serves the whole metropolis or wider, those lines
 *   included;
 * - `communes/<insee>.<locale>.ts`: the contacts of one commune (a contact of several communes
 *   is in each of their files), loaded only by a page of that commune;
 * - `commune-files.ts`: which communes have a file, and every file as an explicit `import()`
 *   so that the bundler emits one chunk each;
 * - `texts.<locale>.ts` (situations, synonyms, the number of answers) and `answers.<locale>.ts`
 *   (the answers, on first use);
 * - `partner-facts.ts`: what the partner-data validator checks against (every id, the short
 *   numbers), loaded with the validator only.
 * Every file but core.ts comes once per locale (`area.fr.ts`, `area.en.ts`, …): French and that
 * locale's texts only (forLocale). Every contact carries `position`, its place in the data, so that
 * the widget merges the files back in the data's order. Returns paths (relative to
 * src/data/generated/) → text.
 * @param {CompiledData} data
 * @returns {Record<string, string>}
 */
export function renderSplitModules({
  communes,
  categories,
  audiences,
  contacts,
  answers,
  paths,
  synonyms,
  dataDate,
}) {
  /** @type {Record<string, any>[]} */
  const positioned = contacts.map((contact, position) => ({ ...contact, position }));
  const highlighted = positioned.filter((contact) => contact.highlight);
  // The first screen shows a line's number and its short label: the rest of it (description,
  // hours, sources) comes with the directory, in area.ts.
  const firstScreen = highlighted.map(({ id, name, summary, channels, highlight, notOnBill }) => ({
    id,
    name,
    ...(summary ? { summary } : {}),
    channels: channels.slice(0, 1),
    highlight,
    ...(notOnBill ? { notOnBill } : {}),
  }));
  const area = positioned.filter((contact) => contact.scope.type !== 'communes');
  /** @type {Map<string, typeof positioned>} */
  const byCommune = new Map();
  for (const contact of positioned) {
    if (contact.highlight || contact.scope.type !== 'communes') continue;
    for (const insee of contact.scope.insee) {
      if (!byCommune.has(insee)) byCommune.set(insee, []);
      byCommune.get(insee)?.push(contact);
    }
  }
  /**
   * @param {unknown[]} list
   * @param {string} [typesPath]
   */
  const contactsModule = (list, typesPath = '../types.js') =>
    `${HEADER}\nimport type { Contact } from '${typesPath}';\n\nexport const CONTACTS: readonly Contact[] = ${literal(list)};\n`;
  /** @type {Record<string, string>} */
  const files = {
    'core.ts': `${HEADER}
import type { Category, Commune, FirstScreenLine } from '../types.js';

export const COMMUNES: readonly Commune[] = ${literal(communes)};

export const CATEGORIES: readonly Category[] = ${literal(categories)};

/** The national lines of the first screen (emergency numbers, listening lines), as it shows them. */
export const HIGHLIGHTED: readonly FirstScreenLine[] = ${literal(firstScreen)};

/** The day the list was published (data/release.json): not the day every fact was checked. */
export const DATA_DATE = ${JSON.stringify(dataDate)};
`,
    'partner-facts.ts': `${HEADER}

/** Every id of the widget's own contacts: partner data may not reuse one. */
export const BUNDLED_IDS: readonly string[] = ${JSON.stringify(contacts.map(({ id }) => id))};

/** The short numbers the reviewed data uses (17, 115, 3919…): a partner may use them too. */
export const SHORT_CODES: readonly string[] = ${JSON.stringify([
      ...new Set(
        contacts
          .flatMap((contact) => contact.channels)
          .filter((channel) => /^(tel|sms):\d{2,6}$/.test(channel.href))
          .map((channel) => channel.href.replace(/^\w+:/, '')),
      ),
    ])};
`,
  };
  for (const locale of LOCALES) {
    const local = (/** @type {unknown[]} */ items) =>
      /** @type {unknown[]} */ (forLocale(items, locale));
    files[`area.${locale}.ts`] = contactsModule(local(area));
    files[`texts.${locale}.ts`] = `${HEADER}
import type { Audience, SituationPath, Synonym } from '../types.js';

export const AUDIENCES: readonly Audience[] = ${literal(local(audiences))};

export const PATHS: readonly SituationPath[] = ${literal(local(paths))};

/** In every language: a resident may type a word of any of them. */
export const SYNONYMS: readonly Synonym[] = ${literal(synonyms)};

/** How many answers "Vos questions" holds; the answers load on first use. */
export const ANSWER_COUNT = ${answers.length};
`;
    files[`answers.${locale}.ts`] = `${HEADER}
import type { Answer } from '../types.js';

export const ANSWERS: readonly Answer[] = ${literal(local(answers))};
`;
    for (const [insee, list] of byCommune)
      files[`communes/${insee}.${locale}.ts`] = contactsModule(local(list), '../../types.js');
  }
  const byLocale = (/** @type {string} */ path) =>
    `{ ${LOCALES.map((locale) => `${locale}: () => import('${path}.${locale}.js')`).join(', ')} }`;
  const loaders = [...byCommune.keys()]
    .sort()
    .map((insee) => `  '${insee}': ${byLocale(`./communes/${insee}`)},`);
  files['commune-files.ts'] = `${HEADER}
import type { Contact, Locale } from '../types.js';

type Load<T> = () => Promise<T>;
type PerLocale<T> = Readonly<Record<Locale, Load<T>>>;

/** The communes that have contacts of their own, and how to load them (one chunk each, per locale). */
export const COMMUNE_FILES: Readonly<Record<string, PerLocale<{ CONTACTS: readonly Contact[] }>>> = {
${loaders.join('\n')}
};

/** The contacts of the metropolis and wider, the situations and synonyms, the answers. */
export const AREA_FILES: PerLocale<{ CONTACTS: readonly Contact[] }> = ${byLocale('./area')};
export const TEXT_FILES: PerLocale<typeof import('./texts.fr.js')> = ${byLocale('./texts')};
export const ANSWER_FILES: PerLocale<typeof import('./answers.fr.js')> = ${byLocale('./answers')};
`;
  return files;
}

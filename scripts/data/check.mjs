// Every check of data/: the JSON Schemas first, then what a schema cannot say (ids unique across
// files, references to categories, audiences, communes and groups, phone numbers in service, hours
// that compile, dates not in the future). Pure: it takes parsed files and returns all problems.
import { compileHours } from './hours.mjs';
import { normalisePhone, PHONE_HINT, spellsSameDigits } from './phone.mjs';
import {
  duplicateIds,
  entryName,
  futureDates,
  isoDate,
  provenanceProblems,
  objectEntries,
  problem,
  quote,
} from '../shared.mjs';
import { createSchemaCheck, OPTIONAL_SCHEMA_OF_FILE, SCHEMA_OF_FILE } from './schema.mjs';
import { contentProblems } from './check-content.mjs';
import { importedProblems } from './check-imported.mjs';
import { attributeToOverride, contactEntries } from './imported.mjs';
import { translationProblems } from './translations.mjs';
import { checkTextsForResidents } from './words.mjs';

/**
 * What the checks of a contact know of the rest of data/: the communes by INSEE code, the ids
 * of categories, audiences and groups, today, and the release date of data/release.json.
 * @typedef {{ communes: Map<string, any>, categories: string[], audiences: string[], groups: string[], today: string, released: string | undefined }} Known
 */

/**
 * How a check reports a problem of the contact it reads: the field, what is wrong, what is right.
 * @typedef {(field: string, wrong: string, right: string) => unknown} Report
 */

/**
 * @param {Record<string, unknown>} data parsed files of data/, keyed by file name
 * @param {{ schemas: object[], today: string }} options the schemas of data/schema/, and today's
 *   date (YYYY-MM-DD, Europe/Paris)
 * @returns {import('../shared.mjs').Problem[]}
 */
export function checkData(data, { schemas, today }) {
  const checkSchema = createSchemaCheck(schemas);
  const present = Object.keys(OPTIONAL_SCHEMA_OF_FILE).filter((file) => data[file] !== undefined);
  const problems = [...Object.keys(SCHEMA_OF_FILE), ...present].flatMap((file) =>
    checkSchema(file, data[file]),
  );

  const communes = objectEntries(data, 'communes.json', 'communes').map(({ entry }) => entry);
  const categories = objectEntries(data, 'categories.json');
  const audiences = objectEntries(data, 'audiences.json');
  const groups = objectEntries(data, 'groups.json', 'groups');
  // Hand-written and imported contacts, the latter with data/overrides.json applied.
  const contacts = contactEntries(data);
  problems.push(...importedProblems(data, checkSchema));
  const known = {
    communes: new Map(communes.map((commune) => [commune.insee, commune])),
    categories: idsOf(categories),
    audiences: idsOf(audiences),
    groups: idsOf(groups),
    today,
    // The day the list was published (data/release.json): no confirmation after it.
    released: isoDate(/** @type {any} */ (data['release.json'])?.date) ?? undefined,
  };

  problems.push(...duplicateIds(categories), ...duplicateIds(audiences), ...duplicateIds(groups));
  for (const { entry, index } of groups) {
    problems.push(
      ...inseeProblems('groups.json', entryName(entry, index), 'insee', entry.insee, known),
    );
  }
  problems.push(...duplicateIds(contacts), ...duplicateHighlights(contacts));
  for (const { file, entry, index, overridden } of contacts) {
    problems.push(
      ...contactProblems(file, entry, entryName(entry, index), known).map((found) =>
        attributeToOverride(found, overridden),
      ),
    );
  }
  const published = contacts.filter(({ entry }) => entry.status === 'published');
  const contactIds = new Set(published.map(({ entry }) => entry.id));
  problems.push(
    ...contentProblems(data, { ...known, contactIds, numberDisplays: numberDisplays(published) }),
    ...translationProblems(data),
  );
  return problems;
}

/**
 * How the widget writes each number of the published contacts: "116006" → "116 006".
 * @param {import('../shared.mjs').FileEntry[]} published
 */
function numberDisplays(published) {
  /** @type {Map<string, string>} */
  const displays = new Map();
  for (const { entry } of published) {
    for (const channel of listOrEmpty(entry.channels)) {
      if (!['tel', 'sms'].includes(channel?.type) || typeof channel.number !== 'string') continue;
      const shown = entry.display?.[channel.number] ?? normalisePhone(channel.number)?.display;
      if (shown) displays.set(channel.number, shown);
    }
  }
  return displays;
}

/**
 * The ids of entries that have one.
 * @param {import('../shared.mjs').FileEntry[]} entries
 * @returns {string[]}
 */
const idsOf = (entries) =>
  entries.map(({ entry }) => entry.id).filter((id) => typeof id === 'string');

/**
 * Two numbers at the same place of the "en danger maintenant" or "parler à quelqu'un" block.
 * @param {import('../shared.mjs').FileEntry[]} contacts
 */
function duplicateHighlights(contacts) {
  /** @type {Map<string, string>} */
  const taken = new Map();
  /** @type {import('../shared.mjs').Problem[]} */
  const problems = [];
  for (const { file, entry, index } of contacts) {
    const { block, order } = entry?.highlight ?? {};
    if (block === undefined || order === undefined) continue;
    const key = `${block} ${order}`;
    if (taken.has(key)) {
      problems.push(
        problem(
          file,
          entryName(entry, index),
          'highlight.order',
          `${order} is also the order of ${taken.get(key)} in the "${block}" block`,
          'give each contact of a block its own order',
        ),
      );
    } else taken.set(key, entryName(entry, index));
  }
  return problems;
}

/**
 * The problems of one contact that the schema cannot see.
 * @param {string} file
 * @param {Record<string, any>} contact a contact as read, before the schema passed
 * @param {string} id how the contact is named in a problem
 * @param {Known} known
 */
function contactProblems(file, contact, id, known) {
  /** @type {import('../shared.mjs').Problem[]} */
  const problems = [];
  /** @type {Report} */
  const report = (field, wrong, right) => problems.push(problem(file, id, field, wrong, right));
  checkReferences(contact, known, report);
  checkChannels(contact, report);
  checkHours(contact, report);
  checkDates(contact, known, report);
  checkResidentNote(contact, report);
  checkTextsForResidents(contact, ['summary', 'residentNote'], report);
  checkFlags(contact, report);
  if (contact.scope?.type === 'communes') {
    problems.push(...inseeProblems(file, id, 'scope.insee', contact.scope.insee, known));
  }
  return problems;
}

/**
 * Categories, audiences and the group of a scope must exist.
 * @param {Record<string, any>} contact a contact as read, before the schema passed
 * @param {Known} known
 * @param {Report} report
 */
function checkReferences(contact, known, report) {
  for (const [field, ids, listFile] of /** @type {[string, string[], string][]} */ ([
    ['categories', known.categories, 'categories.json'],
    ['audiences', known.audiences, 'audiences.json'],
  ])) {
    for (const [i, value] of listOrEmpty(contact[field]).entries()) {
      if (typeof value === 'string' && !ids.includes(value)) {
        report(
          `${field}[${i}]`,
          `${quote(value)} is not an id of data/${listFile}`,
          `one of ${ids.join(', ')}`,
        );
      }
    }
  }
  const { scope } = contact;
  if (scope?.type === 'group' && typeof scope.id === 'string' && !known.groups.includes(scope.id)) {
    report(
      'scope.id',
      `${quote(scope.id)} is not a group of data/groups.json`,
      `one of ${known.groups.join(', ')}, or add the group there`,
    );
  }
}

/**
 * Numbers in service, addresses a browser reads, a way to reach the contact, display texts.
 * @param {Record<string, any>} contact a contact as read, before the schema passed
 * @param {Report} report
 */
function checkChannels(contact, report) {
  const channels = listOrEmpty(contact.channels);
  for (const [i, channel] of channels.entries()) {
    if (['tel', 'sms'].includes(channel?.type) && /^\d{2,10}$/.test(channel.number)) {
      if (!normalisePhone(channel.number)) {
        report(
          `channels[${i}].number`,
          `${quote(channel.number)} is neither a French number in service nor a known short code`,
          PHONE_HINT,
        );
      }
    }
    if (['web', 'chat'].includes(channel?.type))
      checkUrl(channel.url, `channels[${i}].url`, report);
    // A channel with its own hours (the 3919's chat): they compile as a contact's do.
    if (typeof channel?.hours === 'string' && channel.hours !== '') {
      const { problem: refusal } = compileHours(channel.hours);
      if (refusal)
        report(`channels[${i}].hours`, `${quote(channel.hours)} ${refusal.wrong}`, refusal.right);
    }
  }
  // A held contact may have none yet: it is held precisely until one is found.
  if (channels.length === 0 && contact.address === undefined && contact.status !== 'held') {
    report(
      'channels',
      'no channel and no address: nobody can reach this contact',
      'at least one phone number, website, e-mail or address, or hold the contact ("status": "held") until one is known',
    );
  }
  const displays = typeof contact.display === 'object' ? contact.display : null;
  for (const [number, display] of Object.entries(displays ?? {})) {
    if (!channels.some((channel) => channel?.number === number)) {
      report(
        `display.${number}`,
        'names no number of channels',
        'use a number of channels as the key',
      );
    } else if (typeof display === 'string' && !spellsSameDigits(display, number)) {
      report(
        `display.${number}`,
        `${quote(display)} does not spell the digits ${number}`,
        'the same digits, grouped as they are announced',
      );
    }
  }
}

/**
 * An https: address (the schema checks the scheme) that the browser can also parse.
 * @param {unknown} url
 * @param {string} field
 * @param {Report} report
 */
function checkUrl(url, field, report) {
  if (typeof url === 'string' && /^https:\/\/\S+$/.test(url) && !URL.canParse(url)) {
    report(
      field,
      `${quote(url)} is not a valid address`,
      'an https:// address as the browser shows it',
    );
  }
}

/**
 * @param {Record<string, any>} contact a contact as read, before the schema passed
 * @param {Report} report
 */
function checkHours(contact, report) {
  if (typeof contact.hours !== 'string' || contact.hours === '') return;
  const { problem: refusal } = compileHours(contact.hours);
  if (refusal) report('hours', `${quote(contact.hours)} ${refusal.wrong}`, refusal.right);
}

/**
 * Nothing confirmed or published in the future, nor confirmed after the release; what residents
 * read of the provenance is true (provenanceProblems); every address is one a browser reads.
 * @param {Record<string, any>} contact a contact as read, before the schema passed
 * @param {Known} known
 * @param {Report} report
 */
function checkDates(contact, known, report) {
  for (const { field, wrong, right } of futureDates(contact, known.today))
    report(field, wrong, right);
  const shown = contact.status === 'published';
  for (const { field, wrong, right } of provenanceProblems(contact, {
    released: known.released,
    shown,
  }))
    report(field, wrong, right);
  for (const [i, source] of listOrEmpty(contact.sources).entries()) {
    checkUrl(source?.url, `sources[${i}].url`, report);
    checkUrl(source?.page, `sources[${i}].page`, report);
  }
}

/**
 * An uncertain contact that residents see tells them, in their words, what is uncertain. A rule
 * of data/ rather than of the schema, which partner data also follows and which asks no such
 * note of it.
 * @param {Record<string, any>} contact a contact as read, before the schema passed
 * @param {Report} report
 */
function checkResidentNote(contact, report) {
  const uncertain = contact.confidence === 'medium' || contact.confidence === 'low';
  if (contact.status === 'published' && uncertain && contact.residentNote === undefined) {
    report(
      'residentNote',
      'is missing',
      'a published contact whose confidence is not high tells residents what is uncertain and what to do, in at most 25 plain words: "residentNote": { "fr": "Horaires à confirmer. Appelez avant de vous déplacer.", "en": "…", "ar": "…" }',
    );
  }
}

/**
 * The two marks the widget acts on agree with the rest of the contact: a contact that may not
 * answer is not of high confidence; a call said to be absent from the bill is said so in the
 * trace note residents read.
 * @param {Record<string, any>} contact a contact as read, before the schema passed
 * @param {Report} report
 */
function checkFlags(contact, report) {
  if (contact.mayNotAnswer === true && contact.confidence === 'high') {
    report(
      'mayNotAnswer',
      'is true, but the confidence is "high"',
      'a contact that may not be working is of "medium" or "low" confidence, and its confidenceNote and residentNote say why',
    );
  }
  const trace = contact.traceNote?.fr;
  if (contact.notOnBill === true && !(typeof trace === 'string' && /facture/i.test(trace))) {
    report(
      'notOnBill',
      'is true, but traceNote.fr does not say that the call is absent from the bill',
      'only when a source says so, and then say it in traceNote too: "N\'apparaît pas sur la facture de téléphone."',
    );
  }
}

/**
 * INSEE codes that are not communes of the metropolis, with what was probably meant.
 * @param {string} file
 * @param {string} id
 * @param {string} field
 * @param {unknown} codes the list as read
 * @param {Known} known
 */
function inseeProblems(file, id, field, codes, known) {
  /** @type {import('../shared.mjs').Problem[]} */
  const problems = [];
  for (const [i, code] of listOrEmpty(codes).entries()) {
    if (typeof code !== 'string' || !/^\d{5}$/.test(code) || known.communes.has(code)) continue;
    const communes = [...known.communes.values()];
    const formerOf = communes.find((commune) => commune.formerCodes?.includes?.(code));
    const postalOf = communes.filter((commune) => commune.postalCodes?.includes?.(code));
    const right = formerOf
      ? `it is an associated commune of ${formerOf.name}: use ${formerOf.name}'s code "${formerOf.insee}"`
      : postalOf.length > 0
        ? `it is a postal code; the INSEE code of ${postalOf.map((c) => `${c.name} is "${c.insee}"`).join(', of ')}`
        : 'an INSEE code of data/communes.json, e.g. "59350" for Lille';
    problems.push(
      problem(
        file,
        id,
        `${field}[${i}]`,
        `${quote(code)} is not the INSEE code of a commune of the metropolis`,
        right,
      ),
    );
  }
  return problems;
}

/**
 * A list as read, or none.
 * @param {unknown} value
 * @returns {any[]}
 */
const listOrEmpty = (value) => (Array.isArray(value) ? value : []);

// Which texts of an entry are translations from French, and whether someone who reads the
// language has checked them. An entry with texts in `en` or `ar` carries a mark per language,
// "translation": { "ar": { "from": "fr", "date": "2026-12-06", "reviewed": "2027-01-12" } }:
// data:check holds every entry of every file to it, and data:report lists the translations no
// reviewer has read yet. Pure, like check.mjs.
import { attributeToOverride, contactEntries } from './imported.mjs';
import { entriesOf, entryName, isObject, problem, quote } from '../shared.mjs';
import { TARGET_LOCALES } from '../../src/localization/locales.js';

/** The locales an entry's texts are translated into (its `translation` marks). */
export const TRANSLATED_LOCALES = TARGET_LOCALES;

/**
 * Every entry of data/ that holds texts residents read, with its file: contacts (hand-written,
 * and imported with data/overrides.json applied), answers, situations, groups, categories and
 * audiences.
 * @param {Record<string, unknown>} data parsed files of data/
 * @returns {import('./imported.mjs').ContactEntry[]}
 */
export function textEntries(data) {
  const listed = [
    ['answers.json', 'answers'],
    ['paths.json', 'paths'],
    ['groups.json', 'groups'],
    ['categories.json'],
    ['audiences.json'],
  ].flatMap(([file = '', key]) =>
    entriesOf(data[file], key).map((entry, index) => ({
      file,
      entry,
      index,
      overridden: /** @type {Set<string>} */ (new Set()),
    })),
  );
  return [...contactEntries(data), ...listed].filter(({ entry }) => isObject(entry));
}

/**
 * The fields of an entry that hold a text for residents, `{ "fr": "…", "en": "…" }`; the team's
 * `confidenceNote` is not one (it is never shown, never translated).
 * @param {object} entry
 * @returns {[string, Record<string, unknown>][]}
 */
const textFields = (entry) =>
  Object.entries(entry).filter(
    ([field, value]) =>
      field !== 'confidenceNote' && isObject(value) && typeof value.fr === 'string',
  );

/**
 * A language's mark on an entry, when the entry has one.
 * @param {any} entry an entry as read
 * @param {string} locale
 * @returns {Partial<import('../types.js').TranslationNote> | undefined} as read: the schema checks its form
 */
const markOf = (entry, locale) =>
  isObject(entry.translation) && isObject(entry.translation[locale])
    ? entry.translation[locale]
    : undefined;

/**
 * Problems of the translation marks: texts in a language without its mark, a mark for a language
 * the entry has no text in, a review dated before the translation. (The schema checks the dates' form.)
 * @param {Record<string, unknown>} data parsed files of data/
 */
export function translationProblems(data) {
  /** @type {import('../shared.mjs').Problem[]} */
  const problems = [];
  for (const { file, entry, index, overridden } of textEntries(data)) {
    const id = entryName(entry, index);
    /** @type {(field: string, wrong: string, right: string) => number} */
    const add = (field, wrong, right) =>
      problems.push(attributeToOverride(problem(file, id, field, wrong, right), overridden));
    const fields = textFields(entry);
    for (const locale of TRANSLATED_LOCALES) {
      const translated = fields.filter(([, text]) => text[locale] !== undefined);
      const mark = markOf(entry, locale);
      if (!mark && translated.length > 0) {
        add(
          'translation',
          `has texts in ${locale} (${translated.map(([field]) => field).join(', ')}) and no mark that they are translated`,
          `add "translation": { "${locale}": { "from": "fr", "date": "YYYY-MM-DD" } }, the day they were translated from French`,
        );
      }
      if (!mark) continue;
      // A text added in French later leaves the mark standing: the build must not wait for its
      // translation, and data:report lists it among the missing translations meanwhile.
      if (translated.length === 0) {
        add(
          `translation.${locale}`,
          `marks the entry as translated into ${locale}, but it has no ${locale} text`,
          `translate ${fields.map(([field]) => `${field}.${locale}`).join(', ')} from French, or remove the mark`,
        );
      }
      if (
        typeof mark.reviewed === 'string' &&
        typeof mark.date === 'string' &&
        mark.reviewed < mark.date
      ) {
        add(
          `translation.${locale}.reviewed`,
          `${quote(mark.reviewed)} is before the translation (${mark.date})`,
          'write the day a reviewer read the translation, on or after the day it was made',
        );
      }
    }
  }
  return problems;
}

/**
 * The entries whose texts in a language no reviewer has read yet: marked without `reviewed`, or
 * (in data that data:check did not pass) with texts in the language and no mark at all.
 * @param {Record<string, unknown>} data parsed files of data/
 * @returns {Record<string, { label: string, date: string | undefined }[]>} per language
 */
export function unreviewedTranslations(data) {
  /** @type {Record<string, { label: string, date: string | undefined }[]>} */
  const byLocale = Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, []]));
  for (const { file, entry, index } of textEntries(data)) {
    const fields = textFields(entry);
    for (const locale of TRANSLATED_LOCALES) {
      const mark = markOf(entry, locale);
      const hasTexts = fields.some(([, text]) => text[locale] !== undefined);
      if (mark?.reviewed !== undefined || (!mark && !hasTexts)) continue;
      const status = entry.status === undefined ? '' : ` (${entry.status})`;
      byLocale[locale].push({
        label: `data/${file} › ${entryName(entry, index)}${status}`,
        date: mark?.date,
      });
    }
  }
  return byLocale;
}

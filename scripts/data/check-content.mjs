// Checks of the content files (answers, situations, synonyms) that a schema cannot say: ids
// unique, references to categories, audiences, contacts and answers that exist, dates not in the
// future, texts for residents of their length, numbers of an intro written as the widget shows
// them, a search term used once. Pure, like check.mjs, which calls it.
import {
  duplicateIds,
  entryName,
  futureDates,
  objectEntries,
  problem,
  provenanceProblems,
  quote,
} from '../shared.mjs';
import { checkTextsForResidents } from './words.mjs';
import { LOCALES } from '../../src/localization/locales.js';

/**
 * The values of a list of ids that name nothing known.
 * @param {string} file
 * @param {string} id
 * @param {string} field
 * @param {unknown} values the list as read
 * @param {Set<unknown>} known the ids that exist
 * @param {string} what what the ids should name, e.g. "a category of data/categories.json"
 */
function unknownIds(file, id, field, values, known, what) {
  if (!Array.isArray(values)) return [];
  return values
    .filter((value) => typeof value === 'string' && !known.has(value))
    .map((value) =>
      problem(
        file,
        id,
        field,
        `${quote(value)} is not ${what}`,
        `use one of ${[...known].slice(0, 12).join(', ')}${known.size > 12 ? ', …' : ''}`,
      ),
    );
}

/**
 * The widget makes a link of every number of an intro that it shows the same way on a card:
 * "116 006", "0 800 05 95 95", and the 114 as "SMS au 114", since it takes no call.
 * @param {string} id
 * @param {Record<string, unknown> | undefined} intro the situation's intro, as read
 * @param {Map<string, string>} displays how the widget writes each number
 */
function numberProblems(id, intro, displays) {
  /** @type {import('../shared.mjs').Problem[]} */
  const problems = [];
  for (const locale of LOCALES) {
    const text = intro?.[locale];
    if (typeof text !== 'string') continue;
    for (const { 0: written, index } of text.matchAll(/\d+(?: \d+)*/g)) {
      const display = displays.get(written.replaceAll(' ', ''));
      if (display !== undefined && display !== written) {
        problems.push(
          problem(
            'paths.json',
            id,
            `intro.${locale}`,
            `${quote(written)} is not written as the widget shows that number`,
            `write ${quote(display)}, which the widget makes a link`,
          ),
        );
      } else if (locale === 'fr' && written === '114' && !/SMS au $/.test(text.slice(0, index))) {
        problems.push(
          problem(
            'paths.json',
            id,
            'intro.fr',
            '"114" is not written "SMS au 114"',
            'the 114 takes SMS only, never a call: write "envoyez un SMS au 114", which the widget makes an SMS link',
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * The problems of the texts residents read in an entry (see words.mjs).
 * @param {string} file
 * @param {string} id
 * @param {Record<string, any>} entry an answer or a situation, as read
 * @param {string[]} fields keys of WORD_LIMITS
 */
function textProblems(file, id, entry, fields) {
  /** @type {import('../shared.mjs').Problem[]} */
  const problems = [];
  checkTextsForResidents(entry, fields, (field, wrong, right) =>
    problems.push(problem(file, id, field, wrong, right)),
  );
  return problems;
}

/**
 * @param {Record<string, unknown>} data parsed files of data/
 * @param {{ categories: string[], audiences: string[], contactIds: Set<string>,
 *   numberDisplays?: Map<string, string>, today: string, released?: string | undefined }} known the ids that
 *   exist, the ids of published contacts, how the widget writes each of their numbers ("116006"
 *   → "116 006"), today and the day the list was published
 */
export function contentProblems(data, known) {
  const { categories, audiences, contactIds, numberDisplays = new Map(), today } = known;
  const categoryIds = new Set(categories);
  const audienceIds = new Set(audiences);
  const answers = objectEntries(data, 'answers.json', 'answers');
  const paths = objectEntries(data, 'paths.json', 'paths');
  const synonyms = objectEntries(data, 'synonyms.json', 'synonyms');
  const answerIds = new Set(answers.map(({ entry }) => entry.id));
  const problems = [...duplicateIds(answers), ...duplicateIds(paths)];

  for (const { entry, index } of answers) {
    const id = entryName(entry, index);
    problems.push(
      ...unknownIds(
        'answers.json',
        id,
        'categories',
        entry.categories,
        categoryIds,
        'a category of data/categories.json',
      ),
      ...unknownIds(
        'answers.json',
        id,
        'contacts',
        entry.contacts,
        contactIds,
        'a published contact',
      ),
      ...[
        ...futureDates(entry, today),
        ...provenanceProblems(entry, { released: known.released, shown: true }),
      ].map(({ field, wrong, right }) => problem('answers.json', id, field, wrong, right)),
      ...textProblems('answers.json', id, entry, ['residentNote']),
    );
  }
  for (const { entry, index } of paths) {
    const id = entryName(entry, index);
    problems.push(
      ...unknownIds(
        'paths.json',
        id,
        'filter.categories',
        entry.filter?.categories,
        categoryIds,
        'a category of data/categories.json',
      ),
      ...unknownIds(
        'paths.json',
        id,
        'filter.audiences',
        entry.filter?.audiences,
        audienceIds,
        'an audience of data/audiences.json',
      ),
      ...unknownIds(
        'paths.json',
        id,
        'answers',
        entry.answers,
        answerIds,
        'an answer of data/answers.json',
      ),
      ...unknownIds(
        'paths.json',
        id,
        'contacts',
        entry.contacts,
        contactIds,
        'a published contact',
      ),
      ...[
        ...futureDates(entry, today),
        ...provenanceProblems(entry, { released: known.released, shown: true }),
      ].map(({ field, wrong, right }) => problem('paths.json', id, field, wrong, right)),
      ...textProblems('paths.json', id, entry, ['short', 'intro']),
      ...numberProblems(id, entry.intro, numberDisplays),
    );
  }
  const seenTerms = new Map();
  for (const { entry, index } of synonyms) {
    for (const term of Array.isArray(entry.terms) ? entry.terms : []) {
      const folded = String(term).toLowerCase();
      if (seenTerms.has(folded)) {
        problems.push(
          problem(
            'synonyms.json',
            `#${index + 1}`,
            'terms',
            `${quote(term)} is already a term of entry #${seenTerms.get(folded) + 1}`,
            'keep each term in one entry only',
          ),
        );
      } else seenTerms.set(folded, index);
    }
  }
  return problems;
}

import Fuse from 'fuse.js/basic';
import { normaliseText } from './normalise.js';
import { buildSynonymTable, expandQuery } from './synonyms.js';
import type { Synonym } from '../data/types.js';

/** What the search reads of an item, each field as plain text in every locale. */
export interface SearchFields {
  /** The item's name and other words that should weigh most (summary, keywords). */
  name: string;
  categories: string;
  text: string;
  /** Phone numbers, digits only. */
  numbers?: string;
}

export interface Search<T> {
  /** Items matching every word of the query, best first; every item, in order, when empty. */
  search(query: string): T[];
}

interface Document<T> {
  item: T;
  name: string;
  categories: string;
  text: string;
  numbers: string;
}

/** A query longer than this is cut: no one types more, and the fuzzy matcher caps patterns. */
const MAX_QUERY_LENGTH = 64;
const MIN_WORD_LENGTH = 2;
/** A word found in a description ranks after a match of the name or the category. */
const TEXT_MATCH_SCORE = 0.5;

/**
 * A search over a fixed list: accent- and case-insensitive, tolerant of a typo or two in names and
 * categories ("hebergment"), words of descriptions found as typed, every word of the query
 * required, each word also matching the words the data team declared as its synonyms ("dormir"
 * finds housing).
 */
export function createSearch<T>(
  items: readonly T[],
  fieldsOf: (item: T) => SearchFields,
  synonyms: readonly Synonym[] = [],
): Search<T> {
  const documents: Document<T>[] = items.map((item) => {
    const fields = fieldsOf(item);
    return {
      item,
      name: normaliseText(fields.name),
      categories: normaliseText(fields.categories),
      text: normaliseText(fields.text),
      numbers: fields.numbers ?? '',
    };
  });
  const table = buildSynonymTable(synonyms);
  const fuse = new Fuse(documents, {
    // Fuzzy matching costs with the length of the text: it runs on the short fields only, and the
    // long descriptions are searched word for word (below).
    keys: [
      { name: 'name', weight: 3 },
      { name: 'categories', weight: 2 },
      { name: 'numbers', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: MIN_WORD_LENGTH,
  });
  const order = new Map(items.map((item, position) => [item, position]));

  /** The best score of each item for any of the alternatives of one word. */
  const matchWord = (alternatives: string[]): Map<T, number> => {
    const best = new Map<T, number>();
    const keep = (item: T, score: number) => {
      const previous = best.get(item);
      if (previous === undefined || score < previous) best.set(item, score);
    };
    for (const word of alternatives) {
      for (const { item, score = 0 } of fuse.search(word)) keep(item.item, score);
      for (const document of documents) {
        if (document.text.includes(word)) keep(document.item, TEXT_MATCH_SCORE);
      }
    }
    return best;
  };

  return {
    search(query) {
      const words = expandQuery(normaliseText(query.slice(0, MAX_QUERY_LENGTH)), table).filter(
        ([word]) => word!.length >= MIN_WORD_LENGTH,
      );
      if (words.length === 0) return [...items];
      let scores: Map<T, number> | null = null;
      for (const alternatives of words) {
        const matches = matchWord(alternatives);
        const next = new Map<T, number>();
        for (const [item, score] of matches) {
          const previous = scores ? scores.get(item) : 0;
          if (previous !== undefined) next.set(item, previous + score);
        }
        scores = next;
        if (scores.size === 0) break;
      }
      return [...scores!.entries()]
        .sort(([a, scoreA], [b, scoreB]) => scoreA - scoreB || order.get(a)! - order.get(b)!)
        .map(([item]) => item);
    },
  };
}

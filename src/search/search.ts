import { normaliseText, searchWord } from './normalise.js';
import { STOP_WORDS } from './stop-words.js';
import { buildSynonymTable, expandQuery, type QuerySlot } from './synonyms.js';
import type { Synonym } from '../data/types.js';

/** A field's text, or its parts (each distinct part is folded once, however many items share it). */
type FieldText = string | readonly string[];

/** What the search reads of an item, each field as plain text in every locale. */
export interface SearchFields {
  /** The item's name and other words that should weigh most (keywords). */
  name: FieldText;
  categories: FieldText;
  text: FieldText;
  /** Phone numbers, digits only. */
  numbers?: string;
}

/** One item found, with how many of the query's words it matched and how well. */
export interface Ranked<T> {
  item: T;
  /** How many meaningful words of the query it matched. */
  matched: number;
  /** How well: exact before prefix before typo, name before category before text, rare words more. */
  score: number;
  /**
   * Whether a word met its name, keywords, categories, summary or number, not only its longer
   * text; read only when asked for (`named` option), false otherwise.
   */
  named: boolean;
}

export interface Search<T> {
  /** The items that match any meaningful word of the query, best first; all, in order, if empty. */
  search(query: string): T[];
  /** The same, with how each matched; `relaxed` also takes farther typos and shorter prefixes. */
  rank(query: string, options?: { relaxed?: boolean; named?: boolean }): Ranked<T>[];
}

/** A query longer than this is cut: no one types more. */
const MAX_QUERY_LENGTH = 64;
const MIN_WORD_LENGTH = 2;
const FIELD_WEIGHT = { name: 3, categories: 2, text: 1 } as const;
type Field = keyof typeof FIELD_WEIGHT;
/** How a word met a token: as typed, as the start of it, with a typo. */
const EXACT = 1;
const PREFIX = 0.8;
const TYPO = 0.6;
/** A known word's typos may touch only its ending, this long, and only past a stem this long. */
const KNOWN_ENDING = 2;
const KNOWN_STEM = 4;
/** A number typed matches a phone number it starts: it weighs like a rare word of a name. */
const NUMBER_WEIGHT = 3;

/** Whether a and b are within `max` edits (insertion, deletion, substitution, transposition). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** Typos a word may carry: none under 4 letters, one up to 7, two from 8. */
const typosAllowed = (word: string, relaxed: boolean): number =>
  (word.length < 4 ? 0 : word.length < 8 ? 1 : 2) + (relaxed && word.length >= 3 ? 1 : 0);

/**
 * A search over a fixed list, built once: every word of every field is indexed, folded (case,
 * accents, Arabic letter forms) and weighed by how rare it is. A query's words each count and
 * none is required: more matched words first, then exact, name, number and category matches,
 * then prefixes and typos. Each word also stands for the words the data team declared as its
 * synonyms ("dormir" finds housing, "ne peux pas parler" the SMS), in any language.
 */
export function createSearch<T>(
  items: readonly T[],
  fieldsOf: (item: T) => SearchFields,
  synonyms: readonly Synonym[] = [],
): Search<T> {
  /** Every distinct word of the items, and its number. */
  const tokenIds = new Map<string, number>();
  /**
   * A word's number → the items that hold it, flat as [index, weight, index, weight, …] in item
   * order, with the best field weight the word has in each.
   */
  const holders: number[][] = [];
  const numbers: string[][] = [];
  // Many entries share their texts (a description, a category, the imported town halls' words):
  // each distinct text is folded, cut into words and numbered once.
  const idsOfText = new Map<string, readonly number[]>();
  const idsOf = (text: string): readonly number[] => {
    let ids = idsOfText.get(text);
    if (!ids) {
      const words = new Set(
        normaliseText(text)
          .split(' ')
          .map(searchWord)
          .filter((word) => word.length >= MIN_WORD_LENGTH),
      );
      ids = [...words].map((word) => {
        let id = tokenIds.get(word);
        if (id === undefined) {
          id = holders.length;
          tokenIds.set(word, id);
          holders.push([]);
        }
        return id;
      });
      idsOfText.set(text, ids);
    }
    return ids;
  };
  items.forEach((item, index) => {
    const fields = fieldsOf(item);
    for (const field of Object.keys(FIELD_WEIGHT) as Field[]) {
      const weight = FIELD_WEIGHT[field];
      const text = fields[field];
      for (const part of typeof text === 'string' ? [text] : text) {
        for (const id of idsOf(part)) {
          const entry = holders[id]!;
          if (entry[entry.length - 2] !== index) entry.push(index, weight);
          else if (entry[entry.length - 1]! < weight) entry[entry.length - 1] = weight;
        }
      }
    }
    numbers.push((fields.numbers ?? '').split(/\s+/).filter((digits) => digits !== ''));
  });
  const postings = new Map([...tokenIds].map(([word, id]) => [word, holders[id]!]));
  const vocabulary = [...postings.keys()].sort();
  const rarity = (token: string) => 1 + Math.log(items.length / (postings.get(token)!.length / 2));
  const table = buildSynonymTable(synonyms);
  /** Words that are words of their own: those of the items and those the synonyms name. */
  const knownBySynonyms = new Set([...table.known].map(searchWord));
  const isKnown = (word: string) => postings.has(word) || knownBySynonyms.has(word);
  /** What each word of a query meets in the vocabulary, remembered: the vocabulary never changes. */
  const met = new Map<string, { token: string; quality: number }[]>();

  /** The first vocabulary entry not before `word` (binary search). */
  const lowerBound = (word: string) => {
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (vocabulary[middle]! < word) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  function meet(word: string, relaxed: boolean): { token: string; quality: number }[] {
    const key = `${relaxed ? 1 : 0}${word}`;
    const known = met.get(key);
    if (known) return known;
    const found = new Map<string, number>();
    if (postings.has(word)) found.set(word, EXACT);
    if (word.length >= (relaxed ? 2 : 3)) {
      for (let at = lowerBound(word); at < vocabulary.length; at++) {
        const token = vocabulary[at]!;
        if (!token.startsWith(word)) break;
        if (!found.has(token)) found.set(token, PREFIX);
      }
    }
    // A known word is read in its other forms ("frapper" → "frappe", "frappée"), never as another
    // word ("argent" is not "urgent"): only its last letters may differ, and a short one not at all.
    const stem = isKnown(word) ? word.slice(0, -KNOWN_ENDING) : '';
    const typos = stem === '' || stem.length >= KNOWN_STEM ? typosAllowed(word, relaxed) : 0;
    if (typos > 0 && (found.size === 0 || relaxed)) {
      for (let at = lowerBound(stem); at < vocabulary.length; at++) {
        const token = vocabulary[at]!;
        if (!token.startsWith(stem)) break;
        if (!found.has(token) && withinEdits(word, token, typos)) found.set(token, TYPO);
      }
    }
    const result = [...found].map(([token, quality]) => ({ token, quality }));
    met.set(key, result);
    return result;
  }

  /** The meaningful words of a query, each with the terms it stands for and their weight. */
  function wordsOf(query: string): QuerySlot[] {
    const expanded = expandQuery(normaliseText(query.slice(0, MAX_QUERY_LENGTH)), table)
      .map((slot) => slot.map(([term, weight]) => [searchWord(term), weight] as const))
      .filter(([[word]]) => word.length >= MIN_WORD_LENGTH || /^\d+$/.test(word));
    const meaningful = expanded.filter(([[word]]) => !STOP_WORDS.has(word));
    return meaningful.length > 0 ? meaningful : expanded;
  }

  function rank(query: string, { relaxed = false, named: withNamed = false } = {}): Ranked<T>[] {
    const words = wordsOf(query);
    if (words.length === 0)
      return items.map((item) => ({ item, matched: 0, score: 0, named: false }));
    const matched = new Map<number, { matched: number; score: number }>();
    const named = new Set<number>();
    const typedDigits = words.map(([[word]]) => word).filter((word) => /^\d+$/.test(word));
    // "116 006" or "03 20 49": the digits typed together, as one number.
    const digits = typedDigits.join('');
    for (const slot of words) {
      const best = new Map<number, number>();
      const keep = (index: number, value: number) => {
        if (value > (best.get(index) ?? 0)) best.set(index, value);
      };
      for (const [term, through] of slot) {
        for (const { token, quality } of meet(term, relaxed)) {
          const weight = quality * through * rarity(token);
          const entry = postings.get(token)!;
          for (let at = 0; at < entry.length; at += 2) {
            const field = entry[at + 1]!;
            keep(entry[at]!, weight * field);
            if (withNamed && field > FIELD_WEIGHT.text) named.add(entry[at]!);
          }
        }
      }
      if (/^\d+$/.test(slot[0]![0]) && digits.length >= 2) {
        numbers.forEach((list, index) => {
          if (list.some((number) => number.startsWith(digits))) {
            keep(index, NUMBER_WEIGHT * 2);
            named.add(index);
          }
        });
      }
      for (const [index, value] of best) {
        const entry = matched.get(index) ?? { matched: 0, score: 0 };
        entry.matched += 1;
        entry.score += value;
        matched.set(index, entry);
      }
    }
    return [...matched]
      .sort(([a, x], [b, y]) => y.matched - x.matched || y.score - x.score || a - b)
      .map(([index, { matched: count, score }]) => ({
        item: items[index]!,
        matched: count,
        score,
        named: named.has(index),
      }));
  }

  return {
    rank,
    search: (query) => rank(query).map(({ item }) => item),
  };
}

import { normaliseText } from './normalise.js';
import type { Synonym } from '../data/types.js';

export interface SynonymTable {
  /** Multi-word terms, longest first, with the words they mean ("porter plainte" → ["police"]). */
  phrases: readonly { phrase: string; means: readonly string[] }[];
  /** Single-word terms and the words they mean ("dormir" → ["hebergement"]). */
  words: ReadonlyMap<string, readonly string[]>;
  /** Every word the table names, in a term or a meaning: words a resident may mean as typed. */
  known: ReadonlySet<string>;
}

export function buildSynonymTable(synonyms: readonly Synonym[]): SynonymTable {
  const phrases: { phrase: string; means: string[] }[] = [];
  const words = new Map<string, string[]>();
  for (const { terms, means } of synonyms) {
    const meanings = (typeof means === 'string' ? [means] : means).map(normaliseText);
    for (const term of terms) {
      const folded = normaliseText(term);
      if (folded.includes(' ')) phrases.push({ phrase: folded, means: meanings });
      else words.set(folded, [...(words.get(folded) ?? []), ...meanings]);
    }
  }
  phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  const known = new Set(
    [...phrases.flatMap(({ phrase, means }) => [phrase, ...means]), ...words.keys()]
      .concat([...words.values()].flat())
      .flatMap((text) => text.split(' '))
      .filter((word) => word !== ''),
  );
  return { phrases, words, known };
}

/** One word of a query: the terms it stands for, each with how much a match through it counts. */
export type QuerySlot = readonly (readonly [term: string, weight: number])[];

/** A word typed counts fully, its synonyms a little less. */
const TYPED = 1;
const MEANING = 0.9;
/** Inside a known phrase, its meanings count fully and its own words only half. */
const PHRASE_WORD = 0.5;

/**
 * The words of a folded query, each with the terms it may stand for. A phrase the table knows is
 * one word standing for its meanings, and for its own words at half weight ("il me frappe" →
 * police, violences; "frappe"), so a phrase counts once and never hides what was typed; a known
 * word also looks for its meanings ("dormir" → "dormir", then "hebergement").
 */
export function expandQuery(foldedQuery: string, table: SynonymTable): QuerySlot[] {
  const words = foldedQuery.split(' ').filter((word) => word !== '');
  const withMeanings = (word: string, weight: number): [string, number][] => [
    [word, weight],
    ...(table.words.get(word) ?? []).map((meaning): [string, number] => [
      meaning,
      weight * MEANING,
    ]),
  ];
  const slots: QuerySlot[] = [];
  for (let at = 0; at < words.length;) {
    const rest = ` ${words.slice(at).join(' ')} `;
    const phrase = table.phrases.find((candidate) => rest.startsWith(` ${candidate.phrase} `));
    if (phrase) {
      const length = phrase.phrase.split(' ').length;
      slots.push([
        ...phrase.means.map((meaning): [string, number] => [meaning, TYPED]),
        ...words.slice(at, at + length).flatMap((word) => withMeanings(word, PHRASE_WORD)),
      ]);
      at += length;
    } else {
      slots.push(withMeanings(words[at]!, TYPED));
      at += 1;
    }
  }
  return slots;
}

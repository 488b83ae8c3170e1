import { normaliseText } from './normalise.js';
import type { Synonym } from '../data/types.js';

export interface SynonymTable {
  /** Multi-word terms, longest first, with the word they mean ("porter plainte" → "police"). */
  phrases: readonly { phrase: string; means: string }[];
  /** Single-word terms and the words they mean ("dormir" → ["hebergement"]). */
  words: ReadonlyMap<string, readonly string[]>;
}

export function buildSynonymTable(synonyms: readonly Synonym[]): SynonymTable {
  const phrases: { phrase: string; means: string }[] = [];
  const words = new Map<string, string[]>();
  for (const { terms, means } of synonyms) {
    const meaning = normaliseText(means);
    for (const term of terms) {
      const folded = normaliseText(term);
      if (folded.includes(' ')) phrases.push({ phrase: folded, means: meaning });
      else words.set(folded, [...(words.get(folded) ?? []), meaning]);
    }
  }
  phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  return { phrases, words };
}

/**
 * The words of a folded query, each with the words it may stand for: a phrase the table knows is
 * replaced by its meaning ("porter plainte" → "police"), and a known word also looks for its
 * meaning ("dormir" → "dormir" or "hebergement").
 */
export function expandQuery(foldedQuery: string, table: SynonymTable): string[][] {
  let query = ` ${foldedQuery} `;
  for (const { phrase, means } of table.phrases) {
    query = query.split(` ${phrase} `).join(` ${means} `);
  }
  return query
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => [word, ...(table.words.get(word) ?? [])]);
}

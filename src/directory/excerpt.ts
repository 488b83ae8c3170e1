import { wordCount } from './words.js';

/** The words of a text, as a reader counts them and as data:check does (words.js). */
export { wordCount };

/**
 * Splits paragraphs into what is shown first (at most `limit` words, cut between sentences) and
 * the rest, shown on "Lire la suite". The first sentence is always shown, however long.
 */
export function excerpt(
  paragraphs: readonly string[],
  limit: number,
): { shown: string[]; rest: string[] } {
  const shown: string[] = [];
  const rest: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    if (rest.length > 0) {
      rest.push(paragraph);
      continue;
    }
    const sentences = paragraph.match(/[^.!?؟]+(?:[.!?؟]+|$)\s*/g) ?? [paragraph];
    let kept = '';
    let index = 0;
    for (; index < sentences.length; index++) {
      const count = wordCount(sentences[index]!);
      if (words + count > limit && words > 0) break;
      words += count;
      kept += sentences[index];
    }
    if (kept.trim() !== '') shown.push(kept.trim());
    if (index < sentences.length) rest.push(sentences.slice(index).join('').trim());
  }
  return { shown, rest };
}

import { normaliseText } from './fold.js';

export { normaliseText };

/** The Arabic article and the one-letter words written onto it ("والشرطة" → "شرطه"). */
const ARABIC_ARTICLE = /^(?:و|ف|ب|ك|ل)?(?:ال|لل)(?=.{3})/;

/**
 * A folded word reduced to what a search compares: the Arabic article and the conjunction or
 * preposition glued to it are dropped, so "الشرطه", "شرطه" and "بالشرطه" meet.
 */
export function searchWord(folded: string): string {
  return folded.replace(ARABIC_ARTICLE, '');
}

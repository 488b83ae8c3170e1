const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const SEPARATORS = /[\s'’‘`´\-‐‑–—_.,;:/()]+/g;

/**
 * Folds a text for comparison: lower case, no accents or ligatures, and hyphens, apostrophes and
 * punctuation read as one space, so "Villeneuve-d'Ascq", "villeneuve d ascq" and
 * "VILLENEUVE D’ASCQ" compare equal.
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

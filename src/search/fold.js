// Text folding: one rule for the widget's search and for the data scripts (the importer's
// names and days, scripts/import/fields.mjs). Plain JavaScript with JSDoc types, so node imports
// it as it is.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** @type {Record<string, string>} */
const LIGATURES = { œ: 'oe', æ: 'ae', ß: 'ss' };
const SEPARATORS = /[\s'’‘`´\-‐‑–—_.,;:/()!?«»"،؛؟]+/g;
/** Arabic short vowels and other marks (harakat, shadda, sukun, dagger alef), and the tatweel. */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
/** Alef with hamza or madda, and alef wasla, are read as a plain alef. */
const ARABIC_ALEFS = /[\u0622\u0623\u0625\u0671]/g;

/**
 * Folds a text for comparison: lower case, no accents or ligatures, hyphens, apostrophes and
 * punctuation read as one space, so "Villeneuve-d'Ascq", "villeneuve d ascq" and
 * "VILLENEUVE D’ASCQ" compare equal. Arabic loses its diacritics and its letter variants
 * (alef forms → ا, ta marbuta → ه, alef maqsura → ي), as people type it on a phone.
 * @param {string} text
 * @returns {string}
 */
export function normaliseText(text) {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_ALEFS, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a')
    .replace(SEPARATORS, ' ')
    .trim();
}

// Counting words: one rule for the widget (where a long text is cut, src/directory/excerpt.ts)
// and for data:check (the limits of texts written for residents, scripts/data/words.mjs). Plain
// JavaScript with JSDoc types, so node imports it as it is.

/**
 * The words of a text, as a reader counts them: what stands between spaces and holds a letter or
 * a digit, so that punctuation alone (":", "–") is no word and "l'appel" is one. A number written
 * in groups of digits ("0 800 05 95 95", "116 006", with plain or non-breaking spaces) is one
 * word, as a resident reads it.
 * @param {string} text
 * @returns {number}
 */
export const wordCount = (text) =>
  text
    .replace(/\d(?:[\d\s\u00a0\u202f]*\d)?/g, '0')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

// Phone numbers as the data team writes them ("0320572794", "3919") become a link target in
// E.164 ("tel:+33320572794") and the French way of writing them ("03 20 57 27 94"), by the same
// rule the widget holds partner numbers to (src/data/french-numbers.js).
import { frenchDial, frenchDisplay, isFrenchNumber } from '../../src/data/french-numbers.js';

/**
 * The short numbers the widget may link to. The numbering plan of long numbers does not cover
 * them, so they are listed here, each with what it is; add one only with its official source.
 */
export const SHORT_CODES = new Map([
  ['15', 'SAMU'],
  ['17', 'police secours, gendarmerie'],
  ['18', 'sapeurs-pompiers'],
  ['112', 'European emergency number'],
  ['114', 'emergency number by SMS'],
  ['115', 'emergency housing (Samu social)'],
  ['119', 'Allô Enfance en danger'],
  ['3919', 'Violences Femmes Info'],
  ['116006', 'France Victimes'],
]);

/** What a phone problem should say would be right. */
export const PHONE_HINT = `10 digits starting with 0 that form a French number in service (e.g. "0320572794"), or one of the short codes ${[...SHORT_CODES.keys()].join(', ')}`;

/**
 * @param {string} number digits as written in data/ ("0320572794", "3919")
 * @returns {{ dial: string, display: string } | null} what a link dials (E.164, or the short
 *   code itself, which has no international form) and how the number is written; null when it
 *   is neither a valid French number nor a listed short code
 */
export function normalisePhone(number) {
  if (SHORT_CODES.has(number)) return { dial: number, display: number };
  if (!isFrenchNumber(number)) return null;
  return { dial: frenchDial(number), display: frenchDisplay(number) };
}

/**
 * Whether a display text such as "08 019 019 11" spells the same digits as the number.
 * @param {string} display
 * @param {string} number digits as written in data/
 */
export const spellsSameDigits = (display, number) => display.replace(/\D/g, '') === number;

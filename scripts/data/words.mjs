// The texts residents read are held to a length, and kept free of the data team's words: a
// card's summary, a note for residents, a situation's button and its intro. Pure.
import { wordCount } from '../../src/directory/words.js';
import { quote } from '../shared.mjs';

/**
 * How many words of each text a resident reads, at most, in French, and what would be right.
 * @type {Record<string, { limit: number, right: string }>}
 */
export const WORD_LIMITS = {
  summary: {
    limit: 12,
    right:
      'at most 12 words: one line on what it is and for whom, e.g. "Accueil de jour pour femmes, avec ou sans enfants, sans rendez-vous"',
  },
  residentNote: {
    limit: 25,
    right:
      'at most 25 plain words for residents: what is uncertain and what to do, e.g. "Horaires à confirmer. Appelez avant de vous déplacer."',
  },
  short: {
    limit: 4,
    right: 'at most 4 words: the label of the situation\'s button, e.g. "Dormir ce soir"',
  },
  intro: {
    limit: 60,
    right:
      'at most 60 words: what to do now, every number written as the widget shows it ("17", "SMS au 114", "116 006")',
  },
};

/** The words of a text, counted as the widget counts them (src/directory/words.js). */
export const countWords = wordCount;

/**
 * Words of the data team's own notes that residents must never read in a text written for them
 * ("source secondaire", "fichier", "jeu de données", "relevé").
 */
const TEAM_WORDS = /source secondaire|fichier|jeu de donn[ée]es|relev[ée]s?/i;

/** The texts written for residents, where the team's words are refused. */
const FOR_RESIDENTS = new Set(['summary', 'residentNote']);

/**
 * Reports the French texts of `fields` that are longer than their limit, and the team's words
 * in a text written for residents.
 * @param {Record<string, any>} entry a contact, an answer or a situation, as read
 * @param {string[]} fields keys of WORD_LIMITS
 * @param {(field: string, wrong: string, right: string) => void} report
 */
export function checkTextsForResidents(entry, fields, report) {
  for (const field of fields) {
    const text = entry?.[field]?.fr;
    if (typeof text !== 'string') continue;
    const { limit, right } = /** @type {{ limit: number, right: string }} */ (WORD_LIMITS[field]);
    const words = countWords(text);
    if (words > limit) report(`${field}.fr`, `${quote(text)} has ${words} words`, right);
    const teamWord = FOR_RESIDENTS.has(field) ? TEAM_WORDS.exec(text)?.[0] : undefined;
    if (teamWord) {
      report(
        `${field}.fr`,
        `${quote(teamWord)} is a word of the data team's notes, not of residents`,
        "say in everyday words what is uncertain and what to do; the team's explanation stays in confidenceNote",
      );
    }
  }
}

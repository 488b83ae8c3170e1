import { highlightedContacts } from './contacts.js';
import { HIGHLIGHTED } from './generated/core.js';
import type { FirstScreenLine } from './types.js';

/**
 * The three numbers a resident in danger needs first, in this order: the police, the SMS for
 * someone who cannot speak, the 24-hour listening line (RESIDENT-FIRST C1: arretonslesviolences
 * and the SAFE study put these forward; 15 and 18 are not specific to violence at home).
 */
const PRIMARY_IDS = ['police-secours-17', 'urgence-sms-114', '3919-violences-femmes-info'];

export interface FirstScreenLines<T extends FirstScreenLine = FirstScreenLine> {
  /** 17, SMS 114, 3919: the large tiles. */
  primary: readonly T[];
  /** The other emergency numbers (112, 15, 18): one compact line. */
  also: readonly T[];
  /** The other listening lines (119, 116 006, …): one disclosure of one-line rows. */
  others: readonly T[];
}

/** The national numbers of the first screen, split as a resident meets them. */
export function firstScreenLines<T extends FirstScreenLine>(
  contacts: readonly T[],
): FirstScreenLines<T> {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const primary = PRIMARY_IDS.flatMap((id) => byId.get(id) ?? []);
  const isPrimary = (contact: T) => primary.includes(contact);
  return {
    primary,
    also: highlightedContacts('emergency', contacts).filter((contact) => !isPrimary(contact)),
    others: highlightedContacts('talk', contacts).filter((contact) => !isPrimary(contact)),
  };
}

/** The first screen's lines, as the first chunk carries them (number and short label). */
export const FIRST_SCREEN_LINES: FirstScreenLines = firstScreenLines(HIGHLIGHTED);

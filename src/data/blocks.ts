import { highlightedContacts } from './contacts.js';
import { CONTACTS } from './generated/data.js';
import type { Contact } from './types.js';

/**
 * The three numbers a resident in danger needs first, in this order: the police, the SMS for
 * someone who cannot speak, the 24-hour listening line (RESIDENT-FIRST C1: arretonslesviolences
 * and the SAFE study put these forward; 15 and 18 are not specific to violence at home).
 */
const PRIMARY_IDS = ['police-secours-17', 'urgence-sms-114', '3919-violences-femmes-info'];

export interface FirstScreenLines {
  /** 17, SMS 114, 3919: the large tiles. */
  primary: readonly Contact[];
  /** The other emergency numbers (112, 15, 18): one compact line. */
  also: readonly Contact[];
  /** The other listening lines (119, 116 006, …): one disclosure of one-line rows. */
  others: readonly Contact[];
}

/** The national numbers of the first screen, split as a resident meets them. */
export function firstScreenLines(contacts: readonly Contact[] = CONTACTS): FirstScreenLines {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const primary = PRIMARY_IDS.flatMap((id) => byId.get(id) ?? []);
  const isPrimary = (contact: Contact) => primary.includes(contact);
  return {
    primary,
    also: highlightedContacts('emergency', contacts).filter((contact) => !isPrimary(contact)),
    others: highlightedContacts('talk', contacts).filter((contact) => !isPrimary(contact)),
  };
}

/** Every national line of the blocks above the directory. */
export const NATIONAL_LINES: readonly Contact[] = CONTACTS.filter((contact) => contact.highlight);

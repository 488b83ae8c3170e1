import Fuse from 'fuse.js/basic';
import { normaliseText } from './normalise.js';
import type { Category, Contact, LocalizedText } from '../data/types.js';

/** One contact as the search sees it: folded text, every locale at once. */
interface SearchDocument {
  contact: Contact;
  name: string;
  categories: string;
  text: string;
  numbers: string;
}

export interface DirectorySearch {
  /** Contacts matching every word of the query, best first; all contacts, in order, when empty. */
  search(query: string): Contact[];
}

/** A query longer than this is cut: no one types more, and the fuzzy matcher caps patterns. */
const MAX_QUERY_LENGTH = 64;
const MIN_TOKEN_LENGTH = 2;

const allLocales = (text: LocalizedText | undefined): string =>
  text ? Object.values(text).join(' ') : '';

function toDocument(contact: Contact, categoryLabels: ReadonlyMap<string, string>): SearchDocument {
  return {
    contact,
    name: normaliseText(`${allLocales(contact.name)} ${allLocales(contact.summary)}`),
    categories: normaliseText(
      contact.categories.map((id) => categoryLabels.get(id) ?? id).join(' '),
    ),
    text: normaliseText(
      [
        allLocales(contact.description),
        contact.audiences.join(' '),
        contact.address ? `${contact.address.city} ${contact.address.postalCode}` : '',
      ].join(' '),
    ),
    numbers: contact.channels
      .filter((channel) => channel.type === 'tel' || channel.type === 'sms')
      .map((channel) => channel.display.replace(/\D/g, ''))
      .join(' '),
  };
}

/**
 * Builds the directory's search over a fixed list of contacts: accent- and case-insensitive,
 * tolerant of a typo or two ("hebergment"), every word of the query required.
 */
export function createDirectorySearch(
  contacts: readonly Contact[],
  categories: readonly Category[],
): DirectorySearch {
  const categoryLabels = new Map(categories.map((c) => [c.id, allLocales(c.label)]));
  const documents = contacts.map((contact) => toDocument(contact, categoryLabels));
  const fuse = new Fuse(documents, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'categories', weight: 2 },
      { name: 'text', weight: 1 },
      { name: 'numbers', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: MIN_TOKEN_LENGTH,
  });

  return {
    search(query) {
      const tokens = normaliseText(query.slice(0, MAX_QUERY_LENGTH))
        .split(' ')
        .filter((token) => token.length >= MIN_TOKEN_LENGTH);
      if (tokens.length === 0) return [...contacts];

      let scores: Map<Contact, number> | null = null;
      for (const token of tokens) {
        const matches = new Map<Contact, number>();
        for (const { item, score = 0 } of fuse.search(token)) {
          const previous: number | undefined = scores ? scores.get(item.contact) : 0;
          if (previous !== undefined) matches.set(item.contact, previous + score);
        }
        scores = matches;
        if (scores.size === 0) break;
      }
      const order = new Map(contacts.map((contact, position) => [contact, position]));
      return [...scores!.entries()]
        .sort(([a, scoreA], [b, scoreB]) => scoreA - scoreB || order.get(a)! - order.get(b)!)
        .map(([contact]) => contact);
    },
  };
}

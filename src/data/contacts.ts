import { CATEGORIES } from './generated/core.js';
import type { Category, Contact, ContactScope } from './types.js';
import { servesCommune } from './scope.js';

/** Local first: a resident looks for the door nearest to them before a national line. */
const SCOPE_RANK: Record<ContactScope['type'], number> = {
  communes: 0,
  metropole: 1,
  departement: 2,
  national: 3,
};

/**
 * Whether a contact serves a commune of the metropolis. With no commune chosen, only what serves
 * the whole metropolis (or wider) applies.
 */
export function appliesToCommune(contact: Contact, insee: string | null): boolean {
  return servesCommune(contact.scope, insee);
}

/** The contacts that serve a commune (or the whole metropolis), local first, stable otherwise. */
export function contactsForCommune(insee: string | null, contacts: readonly Contact[]): Contact[] {
  return contacts
    .filter((contact) => appliesToCommune(contact, insee))
    .map((contact, position) => ({ contact, position }))
    .sort(
      (a, b) =>
        SCOPE_RANK[a.contact.scope.type] - SCOPE_RANK[b.contact.scope.type] ||
        a.position - b.position,
    )
    .map(({ contact }) => contact);
}

/** The contacts of one highlighted block ("emergency" or "talk"), in their set order. */
export function highlightedContacts<T extends Pick<Contact, 'highlight'>>(
  block: 'emergency' | 'talk',
  contacts: readonly T[],
): T[] {
  return contacts
    .filter((contact) => contact.highlight?.block === block)
    .sort((a, b) => a.highlight!.order - b.highlight!.order);
}

/**
 * Parses a `categories` attribute ("hebergement, police") into known category ids, keeping the
 * data's order. Unknown ids are returned apart so the element can warn about them.
 */
export function parseCategoryList(
  value: unknown,
  categories: readonly Category[] = CATEGORIES,
): { known: Category[]; unknown: string[] } {
  if (typeof value !== 'string' || value.trim() === '')
    return { known: [...categories], unknown: [] };
  const requested = new Set(
    value
      .split(',')
      .map((id) => id.trim().toLowerCase())
      .filter((id) => id !== ''),
  );
  const known = categories.filter((category) => requested.has(category.id));
  const knownIds = new Set(known.map((category) => category.id));
  const unknown = [...requested].filter((id) => !knownIds.has(id)).map((id) => id.slice(0, 40));
  return { known: known.length > 0 ? known : [...categories], unknown };
}

import { resolveCommune } from '../data/communes.js';
import { CATEGORIES, CONTACTS, PATHS, SYNONYMS } from '../data/generated/data.js';
import type { HelpData } from './model.js';

/**
 * The help data of one commune (an INSEE code, or none) from every entry of the data at once
 * (generated/data.ts), for the tests and the search bench: what the widget's loaded files give
 * it, with no partner data and every category allowed. The widget never imports this module.
 */
export function everyEntryFor(insee: string | null, overrides: Partial<HelpData> = {}): HelpData {
  const resolved = resolveCommune(insee);
  return {
    contacts: CONTACTS,
    partner: null,
    contactsMode: 'extend',
    commune: resolved.kind === 'found' ? resolved.commune : null,
    categories: CATEGORIES,
    paths: PATHS,
    synonyms: SYNONYMS,
    ...overrides,
  };
}

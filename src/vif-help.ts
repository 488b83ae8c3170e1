// The widget itself, loaded by the entry (vif-help.ts) from the script's own folder: the element,
// the first screen, and what the page may import. The rest of the full view, the data beyond the
// first screen, the locales and the partner-data validator are chunks it loads when needed.
import { VifHelp } from './components/vif-help/vif-help.component.js';
import { allCommunes } from './data/communes.js';
import { CATEGORIES } from './data/generated/core.js';
import { ATTRIBUTES } from './components/vif-help/attributes.js';

export { VifHelp };
export { VifCommuneChangeEvent } from './events/commune-change.js';
export { VifExitEvent } from './events/exit.js';
export { VifDataErrorEvent } from './events/data-error.js';

// The entry (vif-help.ts) loads this module once per page; a definition by anything else wins.
if (!customElements.get('vif-help')) {
  customElements.define('vif-help', VifHelp);
}

/** The 95 communes of the metropolis (INSEE code and name), e.g. for a page's own commune list. */
export function listCommunes(): { insee: string; name: string }[] {
  return allCommunes().map(({ insee, name }) => ({ insee, name }));
}

/** The categories of the directory (id and French label), for the `categories` attribute. */
export function listCategories(): { id: string; label: string }[] {
  return CATEGORIES.map(({ id, label }) => ({ id, label: label.fr }));
}

/**
 * The widget's attributes: each one's name, the property it sets, and whether the iframe page
 * takes it, e.g. for a snippet builder.
 */
export function listAttributes(): { attribute: string; property: string; embed: boolean }[] {
  return ATTRIBUTES.map(({ attribute, property, embed }) => ({ attribute, property, embed }));
}

// The element and what a page may import, loaded by the entry (vif-help.ts) once it has drawn the
// first screen: Lit, the element, the commune list. The rest of the full view, the data beyond
// the first screen, the locales and the partner-data validator are chunks it loads from its own
// folder when needed.
import { VifHelp } from './components/vif-help/vif-help.component.js';
import { allCommunes } from './data/communes.js';
import { CATEGORIES } from './data/generated/core.js';
import { ATTRIBUTES, type AttributeSpec } from './components/vif-help/attributes.js';
import { resolveElementLocale } from './localization/locale.js';
import { setPageLocale } from './localization/localization.js';
import { nextTask } from './components/vif-help/after-paint.js';

export { VifHelp };
export { VifCommuneChangeEvent } from './events/commune-change.js';
export { VifExitEvent } from './events/exit.js';
export { VifDataErrorEvent } from './events/data-error.js';

/**
 * Settles once <vif-help> is defined. The language of the page's widgets is loaded first, so that
 * an Arabic or English widget whose first screen is drawn already (first-paint.ts) is taken over
 * in its language, not in French for a moment. A page may include the script twice (two
 * snippets, two versions): the first definition wins. For the entry only (it waits for it).
 * @internal
 */
export const defined: Promise<void> = setPageLocale(
  resolveElementLocale(
    [...document.querySelectorAll('vif-help')].at(-1) ?? document.documentElement,
  ),
)
  // The first render (taking over the drawing) in a task after this chunk's evaluation: two
  // tasks of a phone's 50 ms or so instead of one long one.
  .then(nextTask)
  .then(() => {
    if (!customElements.get('vif-help')) customElements.define('vif-help', VifHelp);
  });

declare global {
  interface HTMLElementTagNameMap {
    'vif-help': VifHelp;
  }
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
 * The widget's attributes, from its one table: each one's name, the property it sets, whether the
 * iframe page takes it, the kind of value it takes (with its values, range or address schemes) and
 * its default, e.g. for a snippet builder. A copy: changing it changes nothing in the widget.
 */
export function listAttributes(): AttributeSpec[] {
  return JSON.parse(JSON.stringify(ATTRIBUTES)) as AttributeSpec[];
}

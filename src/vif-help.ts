// The entry a page loads. It only decides whether this copy of the script may run the widget:
// a page may include it twice (two snippets, a query string, /1/ and /2/ folders), and a second
// copy of the widget's code would have Lit create its Trusted Types policy "lit-html" again,
// which a strict policy refuses with an exception. So the first copy loads the widget (main.ts)
// from its own folder and shares the loading under a global symbol; any later copy re-exports
// what the first one loaded, and runs nothing else.
import type * as Main from './main.js';

type Shared = typeof Main;
const KEY = Symbol.for('vif-help');
const registry = globalThis as unknown as Record<symbol, Shared | Promise<Shared> | undefined>;

function start(): Promise<Shared> | Partial<Shared> {
  // Defined by something else (an older copy that shared nothing): do not run a second Lit.
  if (customElements.get('vif-help')) return {};
  const loading = import('./main.js');
  Object.defineProperty(globalThis, KEY, { value: loading });
  return loading;
}

const shared: Partial<Shared> = await (registry[KEY] ?? start());

export const VifHelp = shared.VifHelp!;
export type VifHelp = Main.VifHelp;
export const VifCommuneChangeEvent = shared.VifCommuneChangeEvent!;
export type VifCommuneChangeEvent = Main.VifCommuneChangeEvent;
export const VifExitEvent = shared.VifExitEvent!;
export type VifExitEvent = Main.VifExitEvent;
export const VifDataErrorEvent = shared.VifDataErrorEvent!;
export type VifDataErrorEvent = Main.VifDataErrorEvent;
/** The 95 communes of the metropolis (INSEE code and name), e.g. for a page's own commune list. */
export const listCommunes = shared.listCommunes!;
/** The categories of the directory (id and French label), for the `categories` attribute. */
export const listCategories = shared.listCategories!;
/**
 * The widget's attributes: each one's name, the property it sets, and whether the iframe page
 * takes it, e.g. for a snippet builder.
 */
export const listAttributes = shared.listAttributes!;

declare global {
  interface HTMLElementTagNameMap {
    'vif-help': Main.VifHelp;
  }
}

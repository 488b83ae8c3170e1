// The entry a page loads, without Lit: it draws the first screen of every <vif-help> already on
// the page (first-paint.ts), so that the emergency numbers are links at once, then, once that is
// painted, loads the element (element.ts, a chunk of its own folder), which takes over the same shadow roots. The
// exports are the element's, once it has loaded. A page whose widgets are all view="launcher"
// loads the element only when a resident first opens one (launcher.ts), and its exports settle then.
//
// A page may include the script twice (two snippets, /1/ and /2/ folders, a query string): the
// first copy to run keeps its loading under a global symbol and a second copy shares it, so that
// Lit and the element run once (Lit's Trusted Types policy "lit-html" cannot be created twice).
import { paintFirstScreens } from './components/vif-help/first-paint.js';
import { afterPaint } from './components/vif-help/after-paint.js';

type Element = typeof import('./element.js');

const KEY = Symbol.for('vif-help');
const shared = globalThis as unknown as Record<symbol, Promise<Element> | Element | undefined>;
let loading = shared[KEY];
if (!loading) {
  // Drawn now, in the parser's last task, which then lays it out: drawn at the start of the next
  // frame instead, the numbers painted 160 ms later (median of 15 loads, 4× CPU) and no task
  // that counts got shorter. Once the drawing is on screen, the element: its code arriving sooner
  // would run before that frame.
  let opened!: () => void;
  const firstOpening = new Promise<void>((resolve) => (opened = resolve));
  const drawn = paintFirstScreens(() => opened());
  const ready =
    drawn === 'launchers' ? firstOpening : drawn === 'screens' ? afterPaint() : Promise.resolve();
  loading = ready.then(() => import('./element.js'));
  Object.defineProperty(globalThis, KEY, { value: loading });
}
const element = await loading;
await element.defined;

export const {
  VifHelp,
  VifCommuneChangeEvent,
  VifExitEvent,
  VifDataErrorEvent,
  listCommunes,
  listCategories,
  listAttributes,
} = element;
export type VifHelp = InstanceType<Element['VifHelp']>;
export type VifCommuneChangeEvent = InstanceType<Element['VifCommuneChangeEvent']>;
export type VifExitEvent = InstanceType<Element['VifExitEvent']>;
export type VifDataErrorEvent = InstanceType<Element['VifDataErrorEvent']>;

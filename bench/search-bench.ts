// Runs in bench/pages/search.html, bundled by bench/search.mjs with esbuild: times the help
// model per keystroke (the directory search, its groups, the answers and situations a query finds,
// as the widget asks for them) on the real contacts and on synthetic ×10 / ×100 data, and the
// widget's own update per keystroke. Results go back to Node through globalThis.vifBench.
import { createHelpModel } from '../src/help/model.js';
import { EMPTY_REQUEST } from '../src/help/request.js';
import { everyEntryFor } from '../src/help/every-entry.js';
import { ANSWERS, COMMUNES, CONTACTS } from '../src/data/generated/data.js';
import type { Contact } from '../src/data/types.js';

/**
 * `scale` copies of the contacts; every copy but the first gets its own id, and a commune's name in
 * its name and address, so the index grows with distinct entries as a bigger directory would.
 */
function scaledContacts(scale: number): Contact[] {
  return Array.from({ length: scale }, (_, copy) =>
    CONTACTS.map((contact, index): Contact => {
      if (copy === 0) return contact;
      const town = COMMUNES[(copy * CONTACTS.length + index) % COMMUNES.length]!;
      return {
        ...contact,
        id: `${contact.id}-${copy}`,
        name: { ...contact.name, fr: `${contact.name.fr} ${town.name}` },
        ...(contact.address && {
          address: { ...contact.address, city: town.name, postalCode: town.postalCodes[0]! },
        }),
      };
    }),
  ).flat();
}

/** Lets timers and garbage collection run between keystrokes, as they do between a person's. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Resolves once the next frame has been rendered (see bench/pages/probe.js). */
const renderedFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    }),
  );

const NOW = new Date('2026-12-02T10:00:00Z');

/**
 * Each query's time in ms over `passes` passes, after one pass that warms the code up: the help
 * model's view of the query, as the widget asks for it at each keystroke. `build` is the first
 * query's view, which also builds the directory and its index.
 */
async function searchLatency(scale: number, queries: string[], passes: number) {
  const contacts = scaledContacts(scale);
  const model = createHelpModel();
  // Lille: the commune with the most contacts of its own.
  const data = everyEntryFor('59350', { contacts });
  const ask = (query: string) => model.view(data, { ...EMPTY_REQUEST, query }, ANSWERS, NOW);
  const start = performance.now();
  ask('a');
  const build = performance.now() - start;
  const times: number[] = [];
  for (let pass = 0; pass <= passes; pass += 1) {
    for (const query of queries) {
      await pause();
      const before = performance.now();
      ask(query);
      if (pass > 0) times.push(performance.now() - before);
    }
  }
  return { contacts: contacts.length, build, times };
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * The widget's work per keystroke: from the input event to `updateComplete` (its search, filters
 * and render), and to the end of the next rendered frame (adding style, layout, paint, and the wait
 * for that frame).
 */
async function widgetUpdates(queries: string[], passes: number) {
  await customElements.whenDefined('vif-help');
  const widget = document.querySelector('vif-help') as Widget;
  await widget.updateComplete;
  const input = widget.shadowRoot!.querySelector<HTMLInputElement>('input[part~="search"]')!;
  const type = async (value: string) => {
    input.value = value;
    const start = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await widget.updateComplete;
    const updated = performance.now();
    await renderedFrame();
    return { update: updated - start, frame: performance.now() - start };
  };
  const update: number[] = [];
  const frame: number[] = [];
  for (let pass = 0; pass <= passes; pass += 1) {
    for (const query of queries) {
      await pause();
      const times = await type(query);
      if (pass === 0) continue;
      update.push(times.update);
      frame.push(times.frame);
    }
    await type('');
  }
  return { update, frame };
}

declare global {
  var vifBench: { searchLatency: typeof searchLatency; widgetUpdates: typeof widgetUpdates };
}
globalThis.vifBench = { searchLatency, widgetUpdates };

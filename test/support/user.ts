// Test helpers that look at the widget the way a resident does: by visible text, accessible
// name and role, not by CSS classes.
import { sendKeys } from '@web/test-runner-commands';
import type { VifHelp } from '../../src/vif-help.js';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function root(el: VifHelp): ShadowRoot {
  if (!el.shadowRoot) throw new Error('<vif-help> has no shadow root: it did not render');
  return el.shadowRoot;
}

/** The accessible name as the platform computes it for links, buttons and headings here. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const rootNode = element.getRootNode() as ShadowRoot | Document;
    return labelledBy
      .split(' ')
      .map((id) => collapse(rootNode.getElementById(id)?.textContent))
      .join(' ');
  }
  return collapse(element.getAttribute('aria-label') ?? element.textContent);
}

/** Every link of the widget, with its accessible name and its href. */
export function links(
  el: VifHelp,
  within: ParentNode = root(el),
): { name: string; href: string }[] {
  return [...within.querySelectorAll('a')].map((a) => ({
    name: accessibleName(a),
    href: a.getAttribute('href') ?? '',
  }));
}

/** How the regions and groups the tests look for are written in the widget's markup. */
const ROLE_SELECTORS = {
  region: 'section[aria-labelledby], section[aria-label], [role="region"]',
  group: 'fieldset, [role="group"]',
} as const;

/** The accessible name of a region or a group: a fieldset's legend, else as accessibleName. */
function roleName(element: Element): string {
  const legend = element.tagName === 'FIELDSET' ? element.querySelector(':scope > legend') : null;
  return legend ? collapse(legend.textContent) : accessibleName(element);
}

/** The region or group of the widget with this accessible name, or null when none is shown. */
export function queryByRole(
  el: VifHelp,
  role: keyof typeof ROLE_SELECTORS,
  name: string | RegExp,
): HTMLElement | null {
  const named = (element: Element) => {
    const found = roleName(element);
    return typeof name === 'string' ? found === name : name.test(found);
  };
  return [...root(el).querySelectorAll<HTMLElement>(ROLE_SELECTORS[role])].find(named) ?? null;
}

/** As queryByRole, and fails when nothing has that role and name. */
export function getByRole(
  el: VifHelp,
  role: keyof typeof ROLE_SELECTORS,
  name: string | RegExp,
): HTMLElement {
  const found = queryByRole(el, role, name);
  if (!found) throw new Error(`no ${role} named ${String(name)} in <vif-help>`);
  return found;
}

export function part(el: VifHelp, name: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part="${name}" in <vif-help>`);
  return found;
}

export function parts(el: VifHelp, name: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function headings(el: VifHelp): { level: number; text: string }[] {
  return [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
    level: Number(h.tagName.slice(1)),
    text: collapse(h.textContent),
  }));
}

/** The contacts listed in the directory, in order: a card's name, or a line's number and label. */
export function listedContacts(el: VifHelp): string[] {
  return parts(el, 'contact').map((item) =>
    collapse((item.querySelector('h1, h2, h3, h4, h5, h6') ?? item).textContent),
  );
}

/** The headings of the directory's groups, in order ("À Lille (5)", "Dans la métropole (2)"…). */
export function groupHeadings(el: VifHelp): string[] {
  return [...part(el, 'list').querySelectorAll('section > :is(h2, h3, h4, h5, h6)')].map((h) =>
    collapse(h.textContent),
  );
}

/** Presses a button by its accessible name, and waits for the widget to update. */
export async function press(el: VifHelp, name: string | RegExp): Promise<void> {
  buttonByName(el, name).click();
  await el.updateComplete;
}

/** The card of a contact, by the start of its name. */
export function card(el: VifHelp, name: string): HTMLElement {
  const found = parts(el, 'contact').find((item) =>
    collapse(item.querySelector('h1, h2, h3, h4, h5, h6')?.textContent).startsWith(name),
  );
  if (!found) throw new Error(`no card named ${name}`);
  return found;
}

export function statusText(el: VifHelp): string {
  return [...root(el).querySelectorAll('[role="status"]')]
    .map((s) => collapse(s.textContent))
    .join(' | ');
}

export function buttonByName(el: VifHelp, name: string | RegExp): HTMLButtonElement {
  const button = [...root(el).querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? accessibleName(b) === name : name.test(accessibleName(b)),
  );
  if (!button) throw new Error(`no button named ${String(name)}`);
  return button;
}

/** Focuses the search field and types like a person, key by key. */
export async function typeInto(el: VifHelp, text: string): Promise<void> {
  const input = part(el, 'search') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

export async function clearSearch(el: VifHelp): Promise<void> {
  const input = part(el, 'search') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

export function visibleText(el: VifHelp): string {
  return collapse(root(el).textContent);
}

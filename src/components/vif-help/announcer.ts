// What screen readers must hear (the result count, "no result", the data errors, the quick exit's
// Shift presses) goes through one live region in the page's own DOM, outside every shadow root:
// live regions inside a shadow root are not reliably announced (Chrome, iOS VoiceOver). One region
// serves every widget of the page; it is created when the first widget connects (a live region
// must exist before its text changes to be heard), visually hidden without taking room in the host
// page's layout, and removed when the last widget leaves. A widget inside a modal dialog (the
// launcher's) gets a region inside that dialog, since everything outside a modal dialog is inert.
//
// Polite only: a count, a refused file or a Shift press never justifies interrupting the reader.
// The quick exit's own "Chargement…" cover is a role="alert" of the document already.

/** Marks the region, for the tests and for the host page's own checks. */
export const ANNOUNCER_MARK = 'data-vif-help-announcer';

/** What the screen reader hears last, once the text has been still this long (typing settles). */
export const ANNOUNCE_DELAY_MS = 500;

interface Region {
  element: HTMLElement;
  owners: Set<object>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** The regions of the page by their container: document.body, or a modal dialog. */
const regions = new Map<Element, Region>();
/** Which container each widget announces into. */
const containers = new WeakMap<object, Element>();

/** The page's body, or the dialog the widget sits in (the launcher's). */
function containerOf(widget: Element): Element | null {
  const dialog = widget.closest('dialog');
  return dialog ?? widget.ownerDocument.body;
}

function createRegion(container: Element): HTMLElement {
  const element = container.ownerDocument.createElement('div');
  element.setAttribute(ANNOUNCER_MARK, '');
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.setAttribute('aria-atomic', 'true');
  // Through the CSSOM, which a strict Content-Security-Policy allows. Fixed and clipped to one
  // pixel: it never moves the page's content nor makes it scroll, whatever the body's layout.
  element.style.cssText =
    'position:fixed;top:0;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  container.append(element);
  return element;
}

/**
 * Registers `owner` (a widget) as a speaker; its region is created if it is the first of its
 * container. Call again if the widget moved (it finds its container anew).
 */
export function joinAnnouncer(owner: object, widget: Element): void {
  const container = containerOf(widget);
  if (!container) return;
  const previous = containers.get(owner);
  if (previous === container) return;
  if (previous) leaveAnnouncer(owner);
  containers.set(owner, container);
  let region = regions.get(container);
  if (!region) {
    region = { element: createRegion(container), owners: new Set(), timer: undefined };
    regions.set(container, region);
  }
  region.owners.add(owner);
}

/** Unregisters `owner`; the region goes when the last widget of its container has left. */
export function leaveAnnouncer(owner: object): void {
  const container = containers.get(owner);
  if (!container) return;
  containers.delete(owner);
  const region = regions.get(container);
  if (!region) return;
  region.owners.delete(owner);
  if (region.owners.size > 0) return;
  clearTimeout(region.timer);
  region.element.remove();
  regions.delete(container);
}

/**
 * Says `text` politely, in `lang` (so the reader pronounces it in that language), once the
 * speaker has been quiet for ANNOUNCE_DELAY_MS: a burst of changes (typing) is heard once, as it
 * ended. The same text said twice is heard twice (the text node is replaced).
 */
export function announce(owner: object, text: string, lang: string, dir: string): void {
  const container = containers.get(owner);
  const region = container && regions.get(container);
  if (!region) return;
  clearTimeout(region.timer);
  region.timer = setTimeout(() => {
    region.timer = undefined;
    const { element } = region;
    // A host page that rebuilt its body took the region with it: put it back.
    if (!element.isConnected) container.append(element);
    element.setAttribute('lang', lang);
    element.setAttribute('dir', dir);
    element.replaceChildren(element.ownerDocument.createTextNode(text));
  }, ANNOUNCE_DELAY_MS);
}

import type { ReactiveController, ReactiveElement } from 'lit';
import { FIRST_PAINT_MARK } from './first-paint-mark.js';

/** Where `node` sits under `root`, as the index of each element among its parent's children. */
function pathOf(node: Element, root: ParentNode): number[] | null {
  const path: number[] = [];
  let current: Element = node;
  while (current.parentNode !== root) {
    const parent = current.parentElement;
    if (!parent) return null;
    path.unshift([...parent.children].indexOf(current));
    current = parent;
  }
  path.unshift([...root.children].indexOf(current));
  return path;
}

function atPath(root: ParentNode, path: readonly number[]): Element | null {
  let current: Element | undefined;
  let children = root.children;
  for (const index of path) {
    current = children[index];
    if (!current) return null;
    children = current.children;
  }
  return current ?? null;
}

/**
 * Takes over the first screen the entry drew before the element arrived (first-paint.ts): the
 * element's first render goes into the same shadow root, then this removes the drawing in the
 * same task, so no frame shows both or neither. What was typed in the search field goes to
 * `onTyped` before that render; focus (and the caret) moves to the same place in the new markup,
 * which is the same as the drawing's.
 */
export class FirstPaintController implements ReactiveController {
  private drawn: Element[] = [];
  private focus: {
    path: number[];
    tag: string;
    selection: [number | null, number | null] | null;
  } | null = null;
  private done = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly onTyped: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const root = this.host.shadowRoot;
    if (this.done || !root) return;
    // Only the drawing: where the browser cannot adopt style sheets, Lit puts <style> elements
    // in the root, and nothing was drawn.
    this.drawn = [...root.children].filter((child) => child.hasAttribute(FIRST_PAINT_MARK));
    if (this.drawn.length === 0) {
      this.done = true;
      return;
    }
    const input = this.drawn[0].querySelector('input');
    if (input?.value) this.onTyped(input.value);
    const active = root.activeElement;
    const path = active && pathOf(active, root);
    if (path) {
      this.focus = {
        path,
        tag: active.tagName,
        selection:
          active instanceof HTMLInputElement ? [active.selectionStart, active.selectionEnd] : null,
      };
    }
  }

  hostUpdated(): void {
    if (this.done) return;
    this.done = true;
    this.drawn.forEach((node) => node.remove());
    this.drawn = [];
    const root = this.host.shadowRoot;
    const target = this.focus && root && atPath(root, this.focus.path);
    if (target instanceof HTMLElement && target.tagName === this.focus?.tag) {
      target.focus({ preventScroll: true });
      const selection = this.focus?.selection;
      if (selection && target instanceof HTMLInputElement)
        target.setSelectionRange(selection[0], selection[1]);
    }
    this.focus = null;
  }
}

// view="launcher": one discreet button, for the footer of every page of a site, that opens the
// full widget for the commune in a native modal <dialog>. Plain DOM, no Lit: the entry draws it
// (first-paint.ts) before the element has loaded, so a page with only the launcher loads the
// element on first use only; the element, once defined, keeps the same drawing (vif-help.component.ts
// calls drawLauncher again, which only brings its texts and styles up to date).
//
// The dialog holds a <vif-help view="full"> created when it opens and removed when it closes:
// its quick exit and its Shift×3 listener exist only while the dialog is open. No history entry,
// no change to the URL: showModal() and close() touch neither.
import { css } from 'lit';
import { ATTRIBUTES } from './attributes.js';
import { directionOf } from '../../localization/locale.js';
import type { Locale } from '../../data/types.js';

/** Marks the launcher's drawing, which the element keeps (unlike the first paint's). */
export const LAUNCHER_MARK = 'data-launcher';

export interface LauncherTexts {
  /** The button's text, which also names the dialog. */
  label: string;
  /** The dialog's close button. */
  close: string;
}

export interface LauncherOptions {
  texts: LauncherTexts;
  locale: Locale;
  /** Called on each opening, before the widget is created: the entry loads the element then. */
  onOpen?: (() => void) | undefined;
  /** Draws the nested widget's first screen while the element is not defined yet. */
  paint?: (widget: HTMLElement) => void;
}

/**
 * The launcher's own styles. Its classes are its own, and it sets what it uses, so that the
 * element's styles, adopted into the same root when it arrives, change nothing on screen.
 */
export const launcherStyles = css`
  :host([view]) {
    display: block;
    contain: none;
  }
  .launcher {
    --_vif-focus: var(--vif-focus, #0b57d0);
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    min-block-size: 44px;
    min-inline-size: 44px;
    max-inline-size: 100%;
    margin: 0;
    padding: 0.375em 0.75em;
    font: inherit;
    line-height: 1.4;
    color: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    background: transparent;
    border: 1px solid currentcolor;
    border-radius: var(--vif-radius, 0.5em);
    cursor: pointer;
  }
  .launcher:focus-visible,
  .close:focus-visible {
    outline: 3px solid var(--_vif-focus);
    outline-offset: 2px;
  }
  .launcher-dialog {
    --_vif-focus: var(--vif-focus, #0b57d0);
    box-sizing: border-box;
    inline-size: min(48em, 100vw);
    max-inline-size: 100vw;
    max-block-size: 100dvh;
    margin-block-start: 0;
    padding: 0;
    font: inherit;
    color: var(--vif-text, #1d1b20);
    background: var(--vif-background, #ffffff);
    border: 0;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .launcher-dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  /* Forced colours flatten the backdrop: the dialog keeps an edge of its own. */
  @media (forced-colors: active) {
    .launcher-dialog {
      border: 2px solid CanvasText;
    }
  }
  .launcher-bar {
    display: flex;
    justify-content: flex-end;
    padding: 0.25em;
  }
  .close {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.25em 0.75em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentcolor;
    border-radius: var(--vif-radius, 0.5em);
    cursor: pointer;
  }
`;

/** The attributes the nested widget takes from the launcher (all but the view). */
const PASSED = ATTRIBUTES.map((entry) => entry.attribute).filter(
  (attribute) => attribute !== 'view' && attribute !== 'lang',
);

function ensureStyles(root: ShadowRoot): void {
  const sheet = launcherStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** The full widget the dialog shows, configured as the launcher is, in the launcher's language. */
function nestedWidget(host: HTMLElement, locale: Locale): HTMLElement {
  const widget = document.createElement('vif-help');
  for (const attribute of PASSED) {
    const value = host.getAttribute(attribute);
    if (value !== null) widget.setAttribute(attribute, value);
  }
  widget.setAttribute('view', 'full');
  widget.setAttribute('lang', locale);
  // Partner data given by script (the `contacts` property) goes with it, as the attributes do.
  const { contacts } = host as HTMLElement & { contacts?: unknown };
  if (contacts !== null && contacts !== undefined) Object.assign(widget, { contacts });
  return widget;
}

/** Removes the launcher's drawing, if any (the view changed). */
export function removeLauncher(host: HTMLElement): void {
  const root = host.shadowRoot;
  if (!root) return;
  [...root.children].forEach((child) => {
    if (child.hasAttribute(LAUNCHER_MARK)) child.remove();
  });
}

/**
 * Draws the launcher of `host` in its shadow root (attached if it has none), or, if it is drawn
 * already, brings its texts, language and styles up to date.
 */
export function drawLauncher(host: HTMLElement, options: LauncherOptions): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  ensureStyles(root);
  const { texts, locale } = options;
  const drawn = [...root.children].find((child) => child.hasAttribute(LAUNCHER_MARK));
  if (drawn) {
    drawn.setAttribute('lang', locale);
    drawn.setAttribute('dir', directionOf(locale));
    const [button, dialog, close] = ['.launcher', '.launcher-dialog', '.close'].map((selector) =>
      drawn.querySelector(selector),
    );
    if (button) button.textContent = texts.label;
    dialog?.setAttribute('aria-label', texts.label);
    if (close) close.textContent = texts.close;
    return;
  }

  const box = document.createElement('div');
  box.setAttribute(LAUNCHER_MARK, '');
  box.setAttribute('lang', locale);
  box.setAttribute('dir', directionOf(locale));

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  button.textContent = texts.label;

  const dialog = document.createElement('dialog');
  dialog.className = 'launcher-dialog';
  dialog.setAttribute('aria-label', texts.label);
  const bar = document.createElement('div');
  bar.className = 'launcher-bar';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = texts.close;
  bar.append(close);
  dialog.append(bar);

  button.addEventListener('click', () => {
    if (dialog.open) return;
    options.onOpen?.();
    const widget = nestedWidget(host, (box.getAttribute('lang') as Locale | null) ?? locale);
    // The quick exit leaves at once: the dialog goes with the page.
    widget.addEventListener('vif-exit', () => dialog.close());
    dialog.append(widget);
    if (!customElements.get('vif-help')) options.paint?.(widget);
    dialog.showModal();
    close.focus();
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    // Its quick exit and Shift×3 go with it; the next opening starts afresh.
    dialog.querySelector('vif-help')?.remove();
    button.focus();
  });

  box.append(button, dialog);
  root.append(box);
}

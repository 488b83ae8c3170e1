/**
 * Leaving the page: hide the whole host page at once (not only the widget), from sight and from
 * assistive technology, then replace the page by the exit URL so it leaves the back history.
 * Styles go through the CSSOM, which a strict Content-Security-Policy allows.
 */

interface HiddenPage {
  overlay: HTMLElement;
  bodyDisplay: string;
  bodyDisplayPriority: string;
  bodyInert: boolean;
}

let hidden: HiddenPage | null = null;

function coverPage(message: string): void {
  const { body, documentElement } = document;
  if (hidden || !body) return;
  const overlay = document.createElement('div');
  overlay.setAttribute('role', 'alert');
  Object.assign(overlay.style, {
    position: 'fixed',
    inset: '0',
    zIndex: '2147483647',
    background: '#ffffff',
    color: '#1d1b20',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    font: '1rem system-ui, sans-serif',
  });
  hidden = {
    overlay,
    bodyDisplay: body.style.getPropertyValue('display'),
    bodyDisplayPriority: body.style.getPropertyPriority('display'),
    bodyInert: body.inert,
  };
  // The overlay sits outside <body>, so hiding the body hides everything else, even a host
  // cookie banner with a huge z-index or a modal dialog in the top layer.
  documentElement.append(overlay);
  body.style.setProperty('display', 'none', 'important');
  body.inert = true;
  // Set the text after insertion so screen readers announce the alert.
  overlay.textContent = message;
}

/** Brings the page back when the browser restores it from the back/forward cache. */
export function restorePage(): void {
  if (!hidden) return;
  const { overlay, bodyDisplay, bodyDisplayPriority, bodyInert } = hidden;
  overlay.remove();
  document.body.style.setProperty('display', bodyDisplay, bodyDisplayPriority);
  document.body.inert = bodyInert;
  hidden = null;
}

/**
 * Replaces the page of the whole tab: in the iframe embed, the host page (a cross-origin frame
 * may call `top.location.replace` after a user gesture), else this page.
 */
function leaveTab(exitUrl: string): void {
  if (window.top && window.top !== window) {
    try {
      window.top.location.replace(exitUrl);
      return;
    } catch {
      // A sandbox without allow-top-navigation: at least this frame leaves.
    }
  }
  window.location.replace(exitUrl);
}

function onPageShow(event: PageTransitionEvent): void {
  if (!event.persisted) return;
  window.removeEventListener('pageshow', onPageShow);
  restorePage();
}

/**
 * Covers the page, then leaves it for `exitUrl` without adding a history entry. Should the
 * resident come back with Back (back/forward cache), the page is shown again, not left blank.
 */
export function exitPage(exitUrl: string, message: string): void {
  coverPage(message);
  window.addEventListener('pageshow', onPageShow);
  leaveTab(exitUrl);
}

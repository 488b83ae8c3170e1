import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce, joinAnnouncer, leaveAnnouncer } from './announcer.js';

/**
 * Relays the widget's status messages (every `role="status"` of its shadow root: the result
 * count, "no result", the data notices, the quick exit's Shift presses) to the page's live region
 * (announcer.ts), and silences them where they are (`aria-live="off"`), so that a screen reader
 * that does hear live regions in a shadow root does not hear each message twice. They keep their
 * role and their place on screen.
 *
 * What a widget shows when it first renders is not announced (nobody asked yet); afterwards a
 * message is announced when its text changes, and a notice (`part="notice"`: refused data, a
 * failed load) also when it appears.
 */
export class AnnouncerController implements ReactiveController {
  /** The last text of each message, by its place in the widget (its class and part). */
  private readonly said = new Map<string, string>();
  private rendered = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    leaveAnnouncer(this);
    this.said.clear();
    this.rendered = false;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    const widget = root?.querySelector<HTMLElement>('.root');
    // view="launcher" renders no widget of its own: its dialog's widget speaks.
    if (!root || !widget) {
      leaveAnnouncer(this);
      return;
    }
    joinAnnouncer(this, this.host);
    const first = !this.rendered;
    this.rendered = true;
    for (const status of root.querySelectorAll<HTMLElement>('[role="status"]')) {
      if (status.getAttribute('aria-live') !== 'off') status.setAttribute('aria-live', 'off');
      const key = `${status.className}|${status.getAttribute('part') ?? ''}`;
      const text = (status.textContent ?? '').replace(/\s+/g, ' ').trim();
      const previous = this.said.get(key);
      this.said.set(key, text);
      if (first || text === '' || text === previous) continue;
      const notice = status.part.contains('notice');
      if (previous === undefined && !notice) continue;
      announce(this, text, widget.lang, widget.dir);
    }
  }
}

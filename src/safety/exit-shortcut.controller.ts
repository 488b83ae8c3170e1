import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  EMPTY_SEQUENCE,
  nextShiftSequence,
  PRESS_TIMEOUT_MS,
  PRESSES_TO_EXIT,
  type ShiftSequence,
} from './shift-sequence.js';

/**
 * The Shift×3 quick-exit shortcut. One capture-phase `keyup` listener on `document` serves every
 * instance on the page; it is added with the first instance and removed with the last.
 */

interface Subscriber {
  progress(count: number, expired: boolean): void;
  exit(): void;
}

const subscribers = new Set<Subscriber>();
let sequence: ShiftSequence = EMPTY_SEQUENCE;
let expiry: ReturnType<typeof setTimeout> | undefined;

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Virtual keyboards send Shift as the resident types (GOV.UK issue 4095): on a touch device,
 * presses made while a text field has focus do not count.
 */
function typingOnTouchDevice(): boolean {
  const active = deepActiveElement();
  const textEntry =
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLInputElement &&
      !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
        active.type,
      )) ||
    (active instanceof HTMLElement && active.isContentEditable);
  return textEntry && window.matchMedia('(pointer: coarse)').matches;
}

function notify(count: number, expired: boolean): void {
  for (const subscriber of subscribers) subscriber.progress(count, expired);
}

function onKeyUp(event: KeyboardEvent): void {
  if (typeof event.key !== 'string' || typingOnTouchDevice()) return;
  const wasCounting = sequence.count > 0;
  sequence = nextShiftSequence(sequence, event, event.timeStamp);
  clearTimeout(expiry);
  if (sequence.count >= PRESSES_TO_EXIT) {
    sequence = EMPTY_SEQUENCE;
    notify(0, false);
    subscribers.values().next().value?.exit();
    return;
  }
  if (sequence.count > 0) {
    expiry = setTimeout(() => {
      sequence = EMPTY_SEQUENCE;
      notify(0, true);
    }, PRESS_TIMEOUT_MS);
  }
  if (sequence.count > 0 || wasCounting) notify(sequence.count, false);
}

function subscribe(subscriber: Subscriber): void {
  if (subscribers.size === 0) document.addEventListener('keyup', onKeyUp, { capture: true });
  subscribers.add(subscriber);
}

function unsubscribe(subscriber: Subscriber): void {
  subscribers.delete(subscriber);
  if (subscribers.size > 0) return;
  document.removeEventListener('keyup', onKeyUp, { capture: true });
  clearTimeout(expiry);
  sequence = EMPTY_SEQUENCE;
}

/** Whether the shared listener is in place (for tests of the listener's lifecycle). */
export function isShortcutListening(): boolean {
  return subscribers.size > 0;
}

/**
 * Connects an element to the shortcut while it is connected and `enabled()` says so; exposes the
 * presses counted so far and whether the last sequence expired, for feedback.
 */
export class ExitShortcutController implements ReactiveController, Subscriber {
  count = 0;
  expired = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly enabled: () => boolean,
    private readonly onExit: () => void,
  ) {
    host.addController(this);
  }

  /** Subscribes or unsubscribes after a configuration change (quick-exit on/off). */
  sync(): void {
    if (this.host.isConnected && this.enabled()) subscribe(this);
    else unsubscribe(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    unsubscribe(this);
  }

  progress(count: number, expired: boolean): void {
    this.count = count;
    this.expired = expired;
    this.host.requestUpdate();
  }

  exit(): void {
    this.onExit();
  }
}

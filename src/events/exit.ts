/**
 * Fired on the element just before the quick exit leaves the page (not cancelable: nothing may
 * hold a resident back). `trigger` says how the resident asked to leave.
 */
export class VifExitEvent extends Event {
  static readonly type = 'vif-exit';

  constructor(
    /** Where the page is going. */
    readonly exitUrl: string,
    readonly trigger: 'button' | 'shortcut',
  ) {
    super(VifExitEvent.type, { bubbles: true, composed: true, cancelable: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vif-exit': VifExitEvent;
  }
}

/**
 * Fired when partner data (`contacts-src` or the `contacts` property) is refused as a whole; the
 * widget keeps showing its own data. `reasons` says what was wrong, for the webmaster.
 */
export class VifDataErrorEvent extends Event {
  static readonly type = 'vif-data-error';

  constructor(
    /** What was wrong, one line each (at most 20). */
    readonly reasons: readonly string[],
    /** Where the data came from: the `contacts-src` address, or "contacts" for the property. */
    readonly source: string,
  ) {
    super(VifDataErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vif-data-error': VifDataErrorEvent;
  }
}

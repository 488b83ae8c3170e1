/**
 * Fired when a resident picks a commune in the widget's picker (never for the `commune`
 * attribute set by the page). The page may use it, for instance, to adjust its own content.
 */
export class VifCommuneChangeEvent extends Event {
  static readonly type = 'vif-commune-change';

  constructor(
    /** INSEE code of the commune picked. */
    readonly insee: string,
    /** Its official name. */
    readonly communeName: string,
  ) {
    super(VifCommuneChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vif-commune-change': VifCommuneChangeEvent;
  }
}

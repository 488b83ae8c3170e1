import { css } from 'lit';

/** Shared reset for every shadow root: predictable boxes, a working [hidden], hidden helpers. */
export const resetStyles = css`
  :host {
    display: block;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden,
  .visually-hidden-focusable:not(:focus):not(:focus-within) {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
    /* The font of the text around it: each size and weight costs the first layout a lookup. */
    font: inherit !important;
  }
`;

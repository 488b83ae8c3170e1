import { css } from 'lit';

/** The sticky quick exit, its Shift×3 lights and the secondary link (see exit-bar.ts). */
export const exitBarStyles = css`
  /* The quick exit stays reachable while the widget is on screen. */
  .exit-bar {
    position: sticky;
    inset-block-start: max(var(--vif-sticky-top, 0px), var(--_vif-header-offset, 0px));
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding-block: 0.25em;
    margin-inline: calc(-0.75 * var(--_vif-space));
    padding-inline: calc(0.75 * var(--_vif-space));
    background: var(--_vif-bg);
    border-start-start-radius: var(--_vif-radius);
    border-start-end-radius: var(--_vif-radius);
  }
  .exit {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_vif-radius);
    background: var(--_vif-accent);
    color: var(--_vif-accent-text);
    font-weight: 700;
    text-decoration: none;
  }
  .exit:hover {
    text-decoration: underline;
  }
  .presses {
    display: inline-flex;
    gap: 0.25em;
    margin-inline-start: 0.5em;
  }
  .press {
    inline-size: 0.5em;
    block-size: 0.5em;
    border: 1px solid currentColor;
    border-radius: 50%;
  }
  .press.on {
    background: currentColor;
  }
  .presses:not(:has(.on)) {
    display: none;
  }
  .secondary-exit:focus {
    display: block;
    padding: 0.75em;
    margin-block-start: 0.5em;
    background: var(--_vif-accent);
    color: var(--_vif-accent-text);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .exit {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: ButtonText;
      color: ButtonFace;
    }
  }
  @media print {
    .exit-bar,
    .secondary-exit {
      display: none !important;
    }
  }
`;

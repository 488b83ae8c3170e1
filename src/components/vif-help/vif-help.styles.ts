import { css } from 'lit';
import { resetStyles } from '../../styles/reset.styles.js';
import { exitBarStyles } from './exit-bar.styles.js';
import { firstScreenStyles } from './first-screen.styles.js';

/** The dark theme's defaults, for theme="dark" and for theme="auto" in a dark environment. */
const darkPalette = css`
  --_vif-accent: var(--vif-accent, #d0bcff);
  --_vif-accent-text: var(--vif-accent-text, #21005d);
  --_vif-emergency: var(--vif-emergency, #ffb4ab);
  --_vif-emergency-text: var(--vif-emergency-text, #410002);
  --_vif-bg: var(--vif-background, #1d1b20);
  --_vif-surface: var(--vif-surface, #2b2930);
  --_vif-text: var(--vif-text, #e6e0e9);
  --_vif-muted: var(--vif-muted-text, #cac4d0);
  --_vif-border: var(--vif-border, #938f99);
  --_vif-focus: var(--vif-focus, #a8c7fa);
  --_vif-open: var(--vif-open-text, #a5d6a7);
`;

/**
 * The widget's frame: palette, typography, and the few pieces every template shares (headings,
 * link buttons, disclosures, notices, fields). Each template's own styles sit beside it.
 * Public knobs are read as var(--vif-*, default) and never declared on :host, so a page's
 * `:root { --vif-accent: … }` wins. Private values live on .root as --_vif-*.
 */
export const vifHelpStyles = css`
  .root {
    --_vif-accent: var(--vif-accent, #5b2a86);
    --_vif-accent-text: var(--vif-accent-text, #ffffff);
    --_vif-emergency: var(--vif-emergency, #a4161a);
    --_vif-emergency-text: var(--vif-emergency-text, #ffffff);
    --_vif-bg: var(--vif-background, #ffffff);
    --_vif-surface: var(--vif-surface, #f5f2f8);
    --_vif-text: var(--vif-text, #1d1b20);
    --_vif-muted: var(--vif-muted-text, #4a4458);
    --_vif-border: var(--vif-border, #79747e);
    --_vif-focus: var(--vif-focus, #0b57d0);
    --_vif-open: var(--vif-open-text, #1b5e20);
    --_vif-radius: var(--vif-radius, 0.5em);
    --_vif-space: var(--vif-space, 1em);

    max-inline-size: var(--vif-max-width, 48em);
    margin-inline: auto;
    font-family: var(--vif-font-family, inherit);
    /* medium is the reader's own text size: a page's html { font-size: 62.5% } cannot shrink it. */
    font-size: var(--vif-font-size, medium);
    line-height: 1.4;
    color: var(--_vif-text);
    background: var(--_vif-bg);
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
    padding: 0 calc(0.75 * var(--_vif-space)) calc(0.75 * var(--_vif-space));
    text-align: start;
    overflow-wrap: anywhere;
    /* Inherited text styles of the host page stop here (the page's own rules on vif-help still apply to :host). */
    -webkit-text-fill-color: currentcolor;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    writing-mode: horizontal-tb;
  }
  .root.dark {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${darkPalette}
    }
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 1em 0 0.375em;
    line-height: 1.25;
  }
  /* Bold at the text's size: each font size costs the first layout a lookup. */
  .title {
    font-size: 1em;
    margin-block: 0.125em 0;
  }
  .section-title {
    font-size: 1em;
  }
  p {
    margin: 0.25em 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: inherit;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex='-1']:focus-visible,
  label:focus-within {
    outline: 3px solid var(--_vif-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .link-button {
    min-block-size: 44px;
    padding: 0 0.25em;
    border: 0;
    background: none;
    text-align: start;
    text-decoration: underline;
  }
  /* A button that opens something below it: its state is drawn, not only said. */
  .disclosure {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
    background: var(--_vif-bg);
    text-align: start;
  }
  .disclosure::after {
    content: '+' / '';
    margin-inline-start: auto;
    font-weight: 700;
  }
  .disclosure[aria-expanded='true']::after {
    content: '−' / '';
  }
  .meta {
    color: var(--_vif-muted);
    font-size: 0.875em;
  }
  .notice {
    margin-block: 0.75em;
    padding: 0.75em;
    border-inline-start: 4px solid var(--_vif-accent);
    background: var(--_vif-surface);
  }
  .commune-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    margin: 0;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .picker label {
    display: block;
    font-weight: 700;
  }
  .field {
    flex: 1 1 12em;
  }
  select,
  input[type='search'] {
    display: block;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5em;
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
    background: var(--_vif-bg);
  }
  .primary-button {
    min-block-size: 44px;
    padding: 0.5em 1em;
    border: 0;
    border-radius: var(--_vif-radius);
    background: var(--_vif-accent);
    color: var(--_vif-accent-text);
    font-weight: 700;
  }
  .footer {
    margin-block-start: 1em;
  }
  .footer-links a {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.625em;
  }
  bdi {
    unicode-bidi: isolate;
  }
  bdi.number {
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .root,
    .disclosure,
    .primary-button {
      border: 1px solid CanvasText;
    }
    .primary-button {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
  @media print {
    .root {
      border: 0;
      color: #000;
      background: #fff;
    }
    .picker,
    .link-button,
    .disclosure,
    .questions,
    [role='search'] {
      display: none !important;
    }
  }
`;

/** The element's own styles: the first screen's (the rest's are added when their chunk arrives). */
export const widgetStyles = [resetStyles, vifHelpStyles, exitBarStyles, firstScreenStyles];

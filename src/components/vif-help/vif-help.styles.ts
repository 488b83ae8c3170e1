import { css } from 'lit';

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
  --_vif-caution-bg: var(--vif-caution-background, #3d2e00);
  --_vif-open: var(--vif-open-text, #a5d6a7);
  --_vif-caution-text: var(--vif-caution-text, #ffdf99);
`;

/**
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
    --_vif-caution-bg: var(--vif-caution-background, #fff4d6);
    --_vif-open: var(--vif-open-text, #1b5e20);
    --_vif-caution-text: var(--vif-caution-text, #5c3c00);
    --_vif-radius: var(--vif-radius, 0.5em);
    --_vif-space: var(--vif-space, 1em);

    max-inline-size: var(--vif-max-width, 48em);
    margin-inline: auto;
    font-family: var(--vif-font-family, inherit);
    /* medium is the reader's own text size: a page's html { font-size: 62.5% } cannot shrink it. */
    font-size: var(--vif-font-size, medium);
    line-height: 1.5;
    color: var(--_vif-text);
    background: var(--_vif-bg);
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
    padding: 0 var(--_vif-space) var(--_vif-space);
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
    margin: 1.25em 0 0.5em;
    line-height: 1.25;
  }
  .title {
    font-size: 1.2em;
    margin-block: 0.25em;
  }
  .section-title {
    font-size: 1.1em;
    margin-block: 0.75em 0.5em;
  }
  .contact-title {
    font-size: 1em;
    margin: 0;
  }
  p {
    margin: 0.25em 0;
  }
  a {
    color: inherit;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
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

  /* The quick exit stays reachable while the widget is on screen. */
  .exit-bar {
    position: sticky;
    inset-block-start: max(var(--vif-sticky-top, 0px), var(--_vif-header-offset, 0px));
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding-block: 0.5em;
    margin-inline: calc(-1 * var(--_vif-space));
    padding-inline: var(--_vif-space);
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
  .view-emergency .numbers {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 7em), 1fr));
  }
  .view-emergency .section-title {
    margin-block-start: 0;
  }

  .commune-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .link-button {
    min-block-size: 44px;
    padding: 0 0.25em;
    border: 0;
    background: none;
    text-decoration: underline;
  }

  .notice {
    margin-block: 0.75em;
    padding: 0.75em;
    border-inline-start: 4px solid var(--_vif-accent);
    background: var(--_vif-surface);
  }

  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
    margin-block: 0.75em;
  }
  .picker label {
    display: block;
    font-weight: 600;
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
    font-weight: 600;
  }

  .numbers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8em), 1fr));
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .talk .numbers {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .numbers > li {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .number {
    display: flex;
    flex-direction: column;
    flex: 1 0 auto;
    min-block-size: 44px;
    padding: 0.375em 0.75em;
    border-radius: var(--_vif-radius);
    text-decoration: none;
    background: var(--_vif-surface);
    border: 1px solid var(--_vif-border);
  }
  .emergency .number {
    background: var(--_vif-emergency);
    color: var(--_vif-emergency-text);
    border-color: var(--_vif-emergency);
  }
  .number .digits {
    /* Left to right inside, but placed at the start of the line in right-to-left text too. */
    align-self: flex-start;
    font-size: 1.5em;
    font-weight: 800;
    line-height: 1.1;
  }
  .number .label {
    font-size: 0.875em;
    line-height: 1.3;
  }
  .number:hover .label {
    text-decoration: underline;
  }
  .trace {
    color: var(--_vif-muted);
    font-size: 0.875em;
  }

  .filters {
    border: 0;
    margin: 0.75em 0 0;
    padding: 0;
  }
  .filters legend {
    padding: 0;
    font-weight: 600;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.25em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 44px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_vif-border);
    border-radius: 999px;
    cursor: pointer;
  }
  .chip input {
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: var(--_vif-accent);
  }
  .chip:has(input:checked) {
    background: var(--_vif-surface);
    border-color: var(--_vif-accent);
    font-weight: 600;
  }
  .situation-list,
  .related {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .situation {
    min-block-size: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
    background: var(--_vif-bg);
    text-align: start;
  }
  .situation[aria-pressed='true'] {
    border-color: var(--_vif-accent);
    background: var(--_vif-surface);
    font-weight: 700;
    box-shadow: inset 0 0 0 1px var(--_vif-accent);
  }
  .situation-intro,
  .related-block {
    margin-block: 0.75em;
    padding: 0.75em;
    border-inline-start: 4px solid var(--_vif-accent);
    background: var(--_vif-surface);
  }
  .related {
    flex-direction: column;
    gap: 0;
  }
  .related-label {
    margin-block-start: 0.5em;
    font-weight: 600;
  }
  .answer {
    border-block-end: 1px solid var(--_vif-border);
    padding-block: 0.25em;
  }
  .answer summary {
    min-block-size: 44px;
    display: flex;
    align-items: center;
    gap: 0.5em;
    cursor: pointer;
    font-weight: 600;
  }
  .answer summary::before {
    content: '+' / '';
    inline-size: 1em;
    flex: none;
  }
  .answer[open] summary::before {
    content: '−' / '';
  }
  .answer summary::-webkit-details-marker {
    display: none;
  }
  .footer {
    margin-block-start: 1.5em;
  }
  .open-now {
    margin-block-start: 0.75em;
  }
  .opening.is-open {
    color: var(--_vif-open);
  }
  .count {
    margin-block: 0.75em;
    font-weight: 600;
  }

  .contacts {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contact {
    padding: 0.75em;
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0;
    padding: 0;
    list-style: none;
  }
  .channels a,
  .answer-contacts a,
  .provenance a {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.625em;
    font-weight: 600;
  }
  .meta {
    color: var(--_vif-muted);
    font-size: 0.875em;
  }
  .caution {
    display: inline-block;
    margin-block: 0.25em;
    padding: 0.125em 0.5em;
    border-radius: var(--_vif-radius);
    background: var(--_vif-caution-bg);
    color: var(--_vif-caution-text);
    font-size: 0.875em;
  }
  bdi,
  .ltr {
    unicode-bidi: isolate;
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
    .number,
    .exit,
    .chip,
    .contact,
    .primary-button {
      border: 1px solid CanvasText;
    }
    .emergency .number,
    .exit,
    .primary-button {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
  @media print {
    /* A clean sheet a resident can give someone: the numbers and the commune's contacts. */
    .exit-bar,
    .secondary-exit,
    .picker,
    .filters,
    .open-now,
    .count,
    .link-button,
    .situations,
    .related-block,
    .questions,
    .protect,
    [role='search'] {
      display: none !important;
    }
    .root {
      border: 0;
      color: #000;
      background: #fff;
    }
    .number,
    .emergency .number {
      color: #000;
      background: #fff;
      border: 1px solid #000;
    }
    .contact {
      break-inside: avoid;
    }
  }
`;

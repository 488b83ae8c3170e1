import { css } from 'lit';

/** The safety banner, the three tiles, the compact line, the other lines and the band. */
export const firstScreenStyles = css`
  .safety-banner {
    margin: 0 0 0.25em;
    font-size: 0.8125em;
    line-height: 1.35;
  }
  /* The padding gives a 44 px target, the negative margin keeps the line as tall as its text. */
  .safety-banner .link-button,
  .commune-line .link-button {
    min-block-size: 0;
    margin-block: calc((1lh - 45px) / 2);
    padding: calc((45px - 1lh) / 2) 0;
    font-weight: 700;
  }
  .protect {
    margin-block: 0.25em 0.75em;
    padding: 0.25em 0.75em 0.5em;
    border-inline-start: 4px solid var(--_vif-accent);
    background: var(--_vif-surface);
  }
  .protect .section-title {
    margin-block-start: 0.5em;
  }
  .protect ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }

  .emergency {
    margin-block: 0.5em 0;
  }
  /* 17 and SMS 114 side by side, the 3919 across: a tile is a link as large as a thumb. */
  .tiles {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.375em;
  }
  .tile-item:nth-child(3) {
    grid-column: 1 / -1;
  }
  .tile {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 44px;
    padding: 0.25em 0.625em 0.375em;
    border: 1px solid var(--_vif-emergency);
    border-radius: var(--_vif-radius);
    background: var(--_vif-emergency);
    color: var(--_vif-emergency-text);
    text-decoration: none;
  }
  .tile-item:nth-child(3) .tile {
    flex-direction: row;
    align-items: center;
    gap: 0.75em;
  }
  .tile .digits {
    /* Left to right inside, but placed at the start of the line in right-to-left text too. */
    align-self: flex-start;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.15;
  }
  .tile-item:nth-child(3) .digits {
    flex: none;
    align-self: center;
  }
  .tile .sms {
    /* 13 px bold, as the banner's link. */
    font-size: calc(0.8125em / 1.5);
    font-weight: 700;
  }
  .tile .label {
    font-size: 0.875em;
    line-height: 1.25;
  }
  .tile:hover .label {
    text-decoration: underline;
  }
  /* 112, 15 and 18: three small links in one row, the digits over a word or two. */
  .also {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.375em;
    margin-block-start: 0.375em;
  }
  .also a {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: 44px;
    padding: 0 0.375em;
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
    text-decoration: none;
  }
  .also .digits {
    align-self: flex-start;
    font-weight: 700;
  }
  .also .label {
    font-size: 0.8125em;
    line-height: 1.2;
  }
  .also a:hover .label {
    text-decoration: underline;
  }
  .other-lines {
    margin-block: 0.25em 0;
  }
  .row-button {
    inline-size: 100%;
    font-weight: 700;
  }
  .other-lines .disclosure-region {
    padding-block: 0.25em;
  }

  /* view="emergency": one band, the numbers in one row beside the exit. */
  .view-emergency {
    padding-block-end: 0.375em;
  }
  .band-numbers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .band-numbers a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding: 0 0.5em;
    border-radius: var(--_vif-radius);
    background: var(--_vif-emergency);
    color: var(--_vif-emergency-text);
    font-weight: 700;
    text-decoration: none;
  }
  .band-numbers a.more {
    padding-inline: 0.25em;
    background: none;
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .tile,
    .band-numbers a {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: ButtonText;
      color: ButtonFace;
    }
  }
  @media print {
    .tile,
    .band-numbers a {
      color: #000;
      background: #fff;
      border: 1px solid #000;
    }
    .safety-banner,
    .protect {
      display: none !important;
    }
  }

  /* The one-line rows of the other listening lines (also the directory's matched lines). */
  .lines {
    display: grid;
  }
  .line-row a {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
    padding-block: 0.25em;
    text-decoration: none;
  }
  .line-row + .line-row {
    border-block-start: 1px solid var(--_vif-border);
  }
  .line-digits {
    flex: none;
    min-inline-size: 3.5em;
    font-weight: 700;
    text-decoration: underline;
  }
  .line-label {
    font-size: 0.9375em;
  }
  .line-row a:hover .line-label {
    text-decoration: underline;
  }

  /* The directory's field, on the first screen, and the room kept while the directory loads. */
  /* While the directory loads, the widget keeps at least the window's height: what follows it on
     the page is out of view already, and does not move again when the directory arrives. */
  .directory[aria-busy='true'] {
    min-block-size: 100vh;
  }
  .directory .search-title {
    margin-block: 0.5em 0.25em;
    font-size: 1em;
  }
`;

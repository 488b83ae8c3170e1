import { css } from 'lit';

/** Compact cards, one-line rows of national lines, and the card's details (contact-card.ts). */
export const contactCardStyles = css`
  .cards {
    display: grid;
    gap: 0.5em;
  }
  @media (min-width: 40em) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .card,
  .door-placeholder {
    padding: 0.375em 0.625em;
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
  }
  .card article {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
  }
  .card-name {
    font-size: 0.9375em;
    line-height: 1.2;
    margin: 0;
  }
  .card-actions {
    display: flex;
    align-items: center;
    gap: 0 0.5em;
  }
  .call {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.625em;
    line-height: 1.2;
    font-weight: 700;
  }
  .details-button {
    flex: none;
    min-block-size: 44px;
    margin-inline-start: auto;
    padding: 0 0.375em;
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
    background: var(--_vif-bg);
    font-size: 0.875em;
  }
  .details-button[aria-expanded='true'] {
    background: var(--_vif-surface);
  }
  .card-summary,
  .card-status {
    margin: 0;
    font-size: 0.8125em;
    line-height: 1.3;
  }
  .card-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
  }
  .opening,
  .channel-opening {
    font-weight: 700;
  }
  /* Under a national line of the results, a way to reach it that answers at its own hours
     (the 3919's chat): its link, whether it answers now, its hours in words. */
  .line-channel {
    padding-block: 0 0.5em;
  }
  .line-channel > a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }
  .line-channel p {
    margin: 0.125em 0 0;
    font-size: 0.875em;
  }
  .opening.is-open,
  .channel-opening.is-open {
    color: var(--_vif-open);
  }
  .badge {
    padding: 0 0.375em;
    border: 1px solid var(--_vif-border);
    border-radius: var(--_vif-radius);
    color: var(--_vif-muted);
    font-size: 0.9375em;
    line-height: 1.2;
    white-space: nowrap;
  }
  .card-details {
    margin-block-start: 0.25em;
    padding-block-start: 0.25em;
    border-block-start: 1px solid var(--_vif-border);
    font-size: 0.9375em;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .channels a,
  .provenance a {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.625em;
    font-weight: 700;
  }
  .resident-note {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .card,
    .door-placeholder {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;

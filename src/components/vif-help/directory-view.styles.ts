import { css } from 'lit';

/** The search field, the needs, the situation in place, the results and their groups. */
export const directoryStyles = css`
  .need-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em 0.25em;
    margin-block-start: 0.375em;
  }
  .need {
    min-block-size: 44px;
    padding: 0.25em 0.625em;
    border: 1px solid var(--_vif-border);
    border-radius: 999px;
    background: var(--_vif-bg);
    font-size: 0.875em;
  }
  .need[aria-pressed='true'] {
    border-color: var(--_vif-accent);
    background: var(--_vif-surface);
    font-weight: 700;
    box-shadow: inset 0 0 0 1px var(--_vif-accent);
  }
  .more-needs {
    border-style: dashed;
  }
  .situation-panel,
  .related-block {
    margin-block: 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_vif-accent);
    background: var(--_vif-surface);
  }
  .situation-panel a {
    font-weight: 700;
    padding-block: 0.5em;
  }
  .related-label {
    margin-block-start: 0.5em;
    font-weight: 700;
  }
  .results-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 0.5em;
    margin-block-start: 0.25em;
  }
  .count {
    font-weight: 700;
    margin: 0;
  }
  .filter-button {
    font-size: 0.875em;
  }
  .filters {
    border: 0;
    margin: 0.25em 0 0;
    padding: 0;
  }
  .filters legend {
    padding: 0;
    font-weight: 700;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
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
    font-weight: 700;
  }
  .results > .lines {
    margin-block: 0.25em;
  }
  .group-title {
    font-size: 1em;
    margin-block: 0.75em 0.375em;
  }
  .group-count {
    color: var(--_vif-muted);
    font-weight: normal;
  }
  .group-intro {
    margin-block-end: 0.375em;
  }
  .doors {
    margin-block-end: 0.5em;
  }
  .door-name {
    margin: 0;
    font-weight: 700;
  }
  .door-placeholder .meta {
    margin: 0;
  }
  .more-button {
    min-block-size: 44px;
    margin-block-start: 0.5em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_vif-accent);
    border-radius: var(--_vif-radius);
    background: var(--_vif-bg);
    font-weight: 700;
  }
  .doubt-note {
    margin-block-start: 0.75em;
  }
  @media print {
    .needs,
    .results-bar,
    .filters-region,
    .more-button,
    .related-block {
      display: none !important;
    }
  }
`;

import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * What is open in the widget: a card's details, an answer, the other listening lines. Content is
 * rendered only once open, so a closed disclosure adds nothing to the page's text or links, and
 * toggling never touches the address bar or the history.
 */
export interface Disclosures {
  isOpen(key: string): boolean;
  toggle(key: string): void;
}

/** A button that shows and hides the region `regionId` (aria-expanded, aria-controls). */
export function disclosureButton(
  disclosures: Disclosures,
  key: string,
  regionId: string,
  label: unknown,
  className = 'disclosure',
  /** Ids whose text names the button, when its own text needs context ("Détails" of what). */
  labelledBy?: string,
): TemplateResult {
  const open = disclosures.isOpen(key);
  return html`<button
    type="button"
    class=${className}
    aria-labelledby=${ifDefined(labelledBy)}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${regionId}
    @click=${() => disclosures.toggle(key)}
  >
    ${label}
  </button>`;
}

/** The region a disclosure button controls: empty and hidden while closed. */
export function disclosureRegion(
  disclosures: Disclosures,
  key: string,
  regionId: string,
  content: () => unknown,
  className = 'disclosure-region',
): TemplateResult {
  const open = disclosures.isOpen(key);
  return html`<div id=${regionId} class=${className} ?hidden=${!open}>
    ${open ? content() : nothing}
  </div>`;
}

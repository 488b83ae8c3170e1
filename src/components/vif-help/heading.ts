import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingLevel } from './config.js';

/**
 * A real heading element at a level the page chose (`heading-level`), deeper levels capped at 6.
 * `focusable` lets the widget move focus to it (tabindex -1) without adding it to the tab order.
 * A switch over literal templates keeps markup out of strings (no static-html, Trusted Types safe).
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; className?: string; focusable?: boolean } = {},
): TemplateResult {
  const { id, className, focusable } = options;
  const tabindex = focusable ? '-1' : undefined;
  switch (Math.min(level, 6) as HeadingLevel) {
    case 2:
      return html`<h2
        id=${ifDefined(id)}
        class=${ifDefined(className)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h2>`;
    case 3:
      return html`<h3
        id=${ifDefined(id)}
        class=${ifDefined(className)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h3>`;
    case 4:
      return html`<h4
        id=${ifDefined(id)}
        class=${ifDefined(className)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h4>`;
    case 5:
      return html`<h5
        id=${ifDefined(id)}
        class=${ifDefined(className)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h5>`;
    case 6:
      return html`<h6
        id=${ifDefined(id)}
        class=${ifDefined(className)}
        tabindex=${ifDefined(tabindex)}
      >
        ${content}
      </h6>`;
  }
}
